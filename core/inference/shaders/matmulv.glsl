// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// y = W x for GPUs: the whole workgroup (WG lanes, local_size_x) cooperates on R consecutive rows (R even, so RoPE
// and SwiGLU partners share a workgroup). A row's weights are split into 16-byte chunks (one uvec4: a Q4_0 block, half
// a Q8_0 block, 4 floats); lane l reads chunks l, l + WG, ... of every row of the workgroup, so each load instruction
// of a subgroup reads consecutive 16-byte words (coalesced), and each input value a lane loads serves R rows. Partial
// sums are reduced with subgroupAdd, then across subgroups in shared memory. With NORM the sum of squares of the
// input is gathered in the same pass (RMSNorm scale applied to the sums). Weights are plain row-major blocks (the
// layout of types.glsl with G = 1, like matmulk.glsl). Same bindings (the inputs as storage buffers), push constants
// and epilogues as matmul.glsl. Include after defining one of WTYPE_F32, WTYPE_Q8_0, WTYPE_Q4_0, WTYPE_SUB4,
// WTYPE_SUB6, WTYPE_SUB8.
#extension GL_EXT_control_flow_attributes : require
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y = 1, local_size_z = 1) in;
layout(constant_id = 3) const uint MODE = 0;
layout(constant_id = 4) const uint NORM = 0;
layout(constant_id = 5) const uint TB = 1;
layout(constant_id = 6) const uint R = 4; // rows per workgroup (even)

layout(binding = 0, std430) readonly buffer WQ { uvec4 wq[]; };
layout(binding = 1, std430) readonly buffer WS { uint ws[]; };
layout(binding = 2, std430) readonly buffer XIn { vec4 xin[]; };
layout(binding = 3, std430) readonly buffer GIn { vec4 gin[]; };
MATMUL_OUTPUT_BINDINGS

MATMUL_PUSH_CONSTANTS

#if defined(WTYPE_Q4_0)
#define CPB 1u // chunks per 32-block
#elif defined(WTYPE_Q8_0)
#define CPB 2u
#elif defined(WTYPE_SUB4)
#define CPB 1u
#elif defined(WTYPE_SUB8)
#define CPB 2u
#elif defined(WTYPE_SUB6)
#define CPB 1u // a chunk of two uvec4
#elif defined(WTYPE_F32)
#define CPB 8u
#else
#error "define WTYPE_*"
#endif
#define XV (8u / CPB) // input vec4s per chunk

// per subgroup: R x TB row sums, then TB sums of squares (NORM)
shared float sRed[(gl_WorkGroupSize.x / 4) * (R + 1) * TB]; // subgroups of 4 lanes or more

// chunk c of row `row` as XV vec4s matching the input vec4s xin[x0 + i]
void chunk(uint row, uint c, out vec4 w[XV])
{
#if defined(WTYPE_Q4_0)
    const uint e = row * pc.nb + c;
    const uvec4 q = wq[e];
    const float d = unpackHalf2x16(ws[e >> 1])[e & 1];
    [[unroll]] for (uint i = 0; i < 4; ++i) {
        const uint u = q[i];
        w[i] = (vec4(u & 0xFu, (u >> 8) & 0xFu, (u >> 16) & 0xFu, (u >> 24) & 0xFu) - 8.0) * d;
        w[i + 4] = (vec4((u >> 4) & 0xFu, (u >> 12) & 0xFu, (u >> 20) & 0xFu, u >> 28) - 8.0) * d;
    }
#elif defined(WTYPE_Q8_0)
    const uint i2 = row * pc.nb * 2 + c;
    const uvec4 q = wq[i2];
    const uint e = i2 >> 1;
    const float d = unpackHalf2x16(ws[e >> 1])[e & 1];
    [[unroll]] for (uint i = 0; i < 4; ++i) {
        const int u = int(q[i]);
        w[i] = vec4(bitfieldExtract(u, 0, 8), bitfieldExtract(u, 8, 8), bitfieldExtract(u, 16, 8),
                   bitfieldExtract(u, 24, 8)) * d;
    }
#elif defined(WTYPE_SUB4)
    const uint e = row * pc.nb + c;
    unpackNibbles(wq[e], w);
    applySubScales(w, uintBitsToFloat(uvec4(ws[4 * e], ws[4 * e + 1], ws[4 * e + 2], ws[4 * e + 3])));
#elif defined(WTYPE_SUB8)
    const uint i2 = row * pc.nb * 2 + c; // half (i2 & 1) of block i2 >> 1
    const uint s = 4 * (i2 >> 1) + (i2 & 1);
    const float d = uintBitsToFloat(ws[s]), m = uintBitsToFloat(ws[s + 2]);
    unpackBytes(wq[i2], w);
    [[unroll]] for (uint i = 0; i < 4; ++i)
        w[i] = w[i] * d - m;
#elif defined(WTYPE_SUB6)
    const uint e = row * pc.nb + c;
    vec2 d6;
    unpackSixBits(wq[2 * e], wq[2 * e + 1], w, d6);
    applySubScales(w, vec4(d6, 32.0 * d6));
#else
    w[0] = uintBitsToFloat(wq[row * pc.nb * 8 + c]);
#endif
}

void main()
{
    const uint WG = gl_WorkGroupSize.x;
    const uint tid = gl_LocalInvocationID.x;
    const uint row0 = gl_WorkGroupID.x * R;
    const uint tBase = gl_WorkGroupID.z * TB;
    const uint nc = pc.nb * CPB;

    float acc[R * TB];
    float ss[TB];
    [[unroll]] for (uint i = 0; i < R * TB; ++i)
        acc[i] = 0.0;
    [[unroll]] for (uint t = 0; t < TB; ++t)
        ss[t] = 0.0;

    for (uint c = tid; c < nc; c += WG) {
        const uint x0 = c * XV; // input vec4 of the chunk's first elements, relative to the token row
        vec4 g[XV];
        if (NORM != 0)
            [[unroll]] for (uint i = 0; i < XV; ++i)
                g[i] = gin[x0 + i];
        vec4 x[TB * XV];
        [[unroll]] for (uint t = 0; t < TB; ++t) {
            const uint xo = (pc.xTok0 + min(tBase + t, pc.nTok - 1)) * pc.xStride + x0;
            [[unroll]] for (uint i = 0; i < XV; ++i) {
                vec4 v = xin[xo + i];
                if (NORM != 0) {
                    ss[t] += dot(v, v);
                    v *= g[i];
                }
                x[t * XV + i] = v;
            }
        }
        [[unroll]] for (uint r = 0; r < R; ++r) {
            vec4 w[XV];
            chunk(min(row0 + r, pc.rows - 1), c, w);
            [[unroll]] for (uint t = 0; t < TB; ++t) {
                float s = 0.0;
                [[unroll]] for (uint i = 0; i < XV; ++i)
                    s += dot(w[i], x[t * XV + i]);
                acc[r * TB + t] += s;
            }
        }
    }

    // reduce: within the subgroup, then across subgroups through shared memory
    [[unroll]] for (uint i = 0; i < R * TB; ++i)
        acc[i] = subgroupAdd(acc[i]);
    if (NORM != 0)
        [[unroll]] for (uint t = 0; t < TB; ++t)
            ss[t] = subgroupAdd(ss[t]);
    const uint nsg = gl_NumSubgroups;
    if (nsg > 1) {
        if (subgroupElect()) {
            [[unroll]] for (uint i = 0; i < R * TB; ++i)
                sRed[gl_SubgroupID * (R + 1) * TB + i] = acc[i];
            if (NORM != 0)
                [[unroll]] for (uint t = 0; t < TB; ++t)
                    sRed[gl_SubgroupID * (R + 1) * TB + R * TB + t] = ss[t];
        }
        barrier();
        if (tid != 0)
            return;
        [[unroll]] for (uint i = 0; i < R * TB; ++i)
            acc[i] = 0.0;
        [[unroll]] for (uint t = 0; t < TB; ++t)
            ss[t] = 0.0;
        for (uint s = 0; s < nsg; ++s) {
            [[unroll]] for (uint i = 0; i < R * TB; ++i)
                acc[i] += sRed[s * (R + 1) * TB + i];
            if (NORM != 0)
                [[unroll]] for (uint t = 0; t < TB; ++t)
                    ss[t] += sRed[s * (R + 1) * TB + R * TB + t];
        }
    } else if (tid != 0) {
        return;
    }

    // lane 0 writes the R rows of every token (pairs r, r + 1 are RoPE / SwiGLU partners)
    [[unroll]] for (uint t = 0; t < TB; ++t) {
        const uint tok = tBase + t;
        if (tok >= pc.nTok)
            break;
        const float scale = NORM != 0 ? inversesqrt(ss[t] / float(pc.kReal) + pc.eps) : 1.0;
        const uint o = (pc.outTok0 + tok) * pc.outStride;
        [[unroll]] for (uint r = 0; r < R; r += 2) {
            const uint row = row0 + r; // even
            const float y0 = acc[r * TB + t] * scale + (MODE == MODE_QKV ? QKV_BIAS(row) : 0.0);
            const float y1 = acc[(r + 1) * TB + t] * scale + (MODE == MODE_QKV ? QKV_BIAS(row + 1) : 0.0);
            if (MODE == MODE_STORE || MODE == MODE_ADD) {
                if (row < pc.rows)
                    out0[o + row] = MODE == MODE_ADD ? out0[o + row] + y0 : STORE_VALUE(y0);
                if (row + 1 < pc.rows)
                    out0[o + row + 1] = MODE == MODE_ADD ? out0[o + row + 1] + y1 : STORE_VALUE(y1);
            } else if (MODE == MODE_QKV) {
                const uint pos = pPos + pc.xTok0 + tok;
                if (row < pc.nq + pc.nkv) {
                    const uint j = row < pc.nq ? row : row - pc.nq;
                    const vec2 cs = rope[pos * (pc.headDim / 2) + (j % pc.headDim) / 2];
                    const float r0 = y0 * cs.x - y1 * cs.y;
                    const float r1 = y0 * cs.y + y1 * cs.x;
                    if (row < pc.nq) {
                        out0[o + row] = r0;
                        out0[o + row + 1] = r1;
                    } else {
                        KV_STORE_PAIR(out1, pos * pc.nkv + j, r0, r1)
                    }
                } else if (row < pc.rows) { // rows = nq + 2 nkv is even: row + 1 is a real row
                    const uint j = row - pc.nq - pc.nkv;
                    KV_STORE_PAIR(out2, pos * pc.nkv + j, y0, y1)
                }
            } else if (MODE == MODE_SWIGLU || MODE == MODE_GEGLU) {
                if (row < pc.rows)
                    out0[o + row / 2] = GLU_GATE(y0) * y1;
            }
        }
    }
}
