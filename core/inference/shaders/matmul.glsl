// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// y = W x for TB tokens per workgroup, G rows (x) by S split-K slices (y) per workgroup, weights dequantized in the
// shader; optional RMSNorm of the input (NORM) and the fused epilogues of types.glsl. Include after defining one of
// WTYPE_F32, WTYPE_Q8_0, WTYPE_Q4_0, WTYPE_SUB4, WTYPE_SUB6, WTYPE_SUB8.
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y_id = 1, local_size_z = 1) in;
layout(constant_id = 3) const uint MODE = 0;
layout(constant_id = 4) const uint NORM = 0;
layout(constant_id = 5) const uint TB = 1;

layout(binding = 0, std430) readonly buffer WQ { uvec4 wq[]; };
layout(binding = 1, std430) readonly buffer WS { uint ws[]; };
MATMUL_UNIFORM_INPUTS
MATMUL_OUTPUT_BINDINGS

MATMUL_PUSH_CONSTANTS

shared float sRed[gl_WorkGroupSize.x * gl_WorkGroupSize.y * TB];
shared float sSub[64];

void main()
{
    const uint G = gl_WorkGroupSize.x;
    const uint S = gl_WorkGroupSize.y;
    const uint lane = gl_LocalInvocationID.x;
    // note: a constant 0 without split-K keeps every input index uniform across the workgroup, so lavapipe loads
    // the inputs once per SIMD step (scalar load + broadcast) instead of gathering per lane
    const uint slice = S > 1 ? gl_LocalInvocationID.y : 0;
    const uint li = slice * G + lane;
    const uint group = gl_WorkGroupID.x;
    const uint tBase = gl_WorkGroupID.z * TB; // first token of this tile, relative to the dispatch
    const uint row = group * G + lane;

    float scale[TB];
    for (uint t = 0; t < TB; ++t)
        scale[t] = 1.0;
    if (NORM != 0) {
        // RMSNorm: every workgroup sums the squares of its tokens' inputs itself (cheap next to the weights)
        for (uint t = 0; t < TB; ++t) {
            const uint xo = (pc.xTok0 + min(tBase + t, pc.nTok - 1)) * pc.xStride;
            float ss = 0.0;
            for (uint i = li; i < pc.nb * 8; i += G * S) {
                const vec4 v = xin[xo + i];
                ss += dot(v, v);
            }
            ss = subgroupAdd(ss);
            if (gl_NumSubgroups > 1) {
                barrier();
                if (subgroupElect())
                    sSub[gl_SubgroupID] = ss;
                barrier();
                ss = 0.0;
                for (uint s = 0; s < gl_NumSubgroups; ++s)
                    ss += sSub[s];
            }
            scale[t] = inversesqrt(ss / float(pc.kReal) + pc.eps);
        }
    }

    float acc[TB];
    for (uint t = 0; t < TB; ++t)
        acc[t] = 0.0;

    for (uint b = slice; b < pc.nb; b += S) {
        const uint e = (group * pc.nb + b) * G + lane;
        vec4 w[8];
#if defined(WTYPE_Q4_0)
        const uvec4 q = wq[e];
        const float d = unpackHalf2x16(ws[e >> 1])[e & 1];
        for (uint i = 0; i < 4; ++i) {
            const uint u = q[i];
            w[i] = (vec4(u & 0xFu, (u >> 8) & 0xFu, (u >> 16) & 0xFu, (u >> 24) & 0xFu) - 8.0) * d;
            w[i + 4] = (vec4((u >> 4) & 0xFu, (u >> 12) & 0xFu, (u >> 20) & 0xFu, u >> 28) - 8.0) * d;
        }
#elif defined(WTYPE_Q8_0)
        const uvec4 q0 = wq[2 * e];
        const uvec4 q1 = wq[2 * e + 1];
        const float d = unpackHalf2x16(ws[e >> 1])[e & 1];
        for (uint i = 0; i < 4; ++i) {
            const int u0 = int(q0[i]);
            const int u1 = int(q1[i]);
            w[i] = vec4(bitfieldExtract(u0, 0, 8), bitfieldExtract(u0, 8, 8), bitfieldExtract(u0, 16, 8),
                       bitfieldExtract(u0, 24, 8)) * d;
            w[i + 4] = vec4(bitfieldExtract(u1, 0, 8), bitfieldExtract(u1, 8, 8), bitfieldExtract(u1, 16, 8),
                           bitfieldExtract(u1, 24, 8)) * d;
        }
#elif defined(WTYPE_SUB4) || defined(WTYPE_SUB8)
#if defined(WTYPE_SUB4)
        unpackNibbles(wq[e], w);
#else
        vec4 lo[4], hi[4];
        unpackBytes(wq[2 * e], lo);
        unpackBytes(wq[2 * e + 1], hi);
        for (uint i = 0; i < 4; ++i) {
            w[i] = lo[i];
            w[i + 4] = hi[i];
        }
#endif
        applySubScales(w, uintBitsToFloat(uvec4(ws[4 * e], ws[4 * e + 1], ws[4 * e + 2], ws[4 * e + 3])));
#elif defined(WTYPE_SUB6)
        vec2 d6;
        unpackSixBits(wq[2 * e], wq[2 * e + 1], w, d6);
        applySubScales(w, vec4(d6, 32.0 * d6));
#elif defined(WTYPE_F32)
        for (uint i = 0; i < 8; ++i)
            w[i] = uintBitsToFloat(wq[8 * e + i]);
#else
#error "define WTYPE_*"
#endif
        if (NORM != 0)
            for (uint i = 0; i < 8; ++i)
                w[i] *= gin[b * 8 + i];
        for (uint t = 0; t < TB; ++t) {
            const uint xo = (pc.xTok0 + min(tBase + t, pc.nTok - 1)) * pc.xStride + b * 8;
            float s = 0.0;
            for (uint i = 0; i < 8; ++i)
                s += dot(w[i], xin[xo + i]);
            acc[t] += s;
        }
    }

    if (S > 1) {
        for (uint t = 0; t < TB; ++t)
            sRed[li * TB + t] = acc[t];
        barrier();
        if (slice != 0)
            return;
        for (uint s = 1; s < S; ++s)
            for (uint t = 0; t < TB; ++t)
                acc[t] += sRed[(s * G + lane) * TB + t];
    }

    for (uint t = 0; t < TB; ++t) {
        const uint tok = tBase + t;
        if (tok >= pc.nTok) // uniform across the workgroup
            break;
        const float y = acc[t] * scale[t] + (MODE == MODE_QKV ? QKV_BIAS(row) : 0.0);
        const uint o = (pc.outTok0 + tok) * pc.outStride;
        if (MODE == MODE_STORE) {
            if (row < pc.rows)
                out0[o + row] = STORE_VALUE(y);
        } else if (MODE == MODE_ADD) {
            if (row < pc.rows)
                out0[o + row] += y;
        } else if (MODE == MODE_QKV) {
            const float other = subgroupShuffleXor(y, 1); // RoPE partner: rows 2i and 2i+1 of a head
            const uint pos = pPos + pc.xTok0 + tok;
            float r = y;
            if (row < pc.nq + pc.nkv) {
                const uint j = row < pc.nq ? row : row - pc.nq;
                const vec2 cs = rope[pos * (pc.headDim / 2) + (j % pc.headDim) / 2];
                r = (row & 1u) == 0 ? y * cs.x - other * cs.y : other * cs.y + y * cs.x;
            }
            const float rOther = subgroupShuffleXor(r, 1); // the pair's other value, for F16 storage
            if (row < pc.nq)
                out0[o + row] = r;
            else if (pKvHalf == 2u) { // the even row of a pair writes both
                if ((row & 1u) == 0 && row < pc.nq + pc.nkv) {
                    KV_STORE_PAIR(out1, pos * pc.nkv + row - pc.nq, r, rOther)
                } else if ((row & 1u) == 0 && row < pc.rows) {
                    KV_STORE_PAIR(out2, pos * pc.nkv + row - pc.nq - pc.nkv, r, rOther)
                }
            } else if (row < pc.nq + pc.nkv)
                out1[pos * pc.nkv + row - pc.nq] = KV_VALUE(r);
            else if (row < pc.rows)
                out2[pos * pc.nkv + row - pc.nq - pc.nkv] = KV_VALUE(r);
        } else if (MODE == MODE_SWIGLU || MODE == MODE_GEGLU) {
            const float other = subgroupShuffleXor(y, 1); // gate in even rows, up in odd rows
            if ((row & 1u) == 0 && row < pc.rows)
                out0[o + row / 2] = GLU_GATE(y) * other;
        }
    }
}
