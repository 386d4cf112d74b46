// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// y = W x for CPU Vulkan devices (lavapipe): the lanes of one subgroup split each row's 32-blocks between them
// (lane l takes blocks l, l+L, ...) and keep their slice of the input in registers for all RPW rows of the
// workgroup; a row's sum is one subgroupAdd. lavapipe loads a buffer value lane by lane unless its address is a
// compile-time constant, so loading the input once per workgroup instead of once per row and block is what makes
// this fast there. Weights are plain row-major blocks (the layout of types.glsl with G = 1). Same bindings, push
// constants and epilogues as matmul.glsl. Include after defining one of WTYPE_F32, WTYPE_Q8_0, WTYPE_Q4_0,
// WTYPE_SUB4, WTYPE_SUB6, WTYPE_SUB8.
#extension GL_EXT_control_flow_attributes : require
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y_id = 1, local_size_z = 1) in;
layout(constant_id = 3) const uint MODE = 0;
layout(constant_id = 4) const uint NORM = 0;
layout(constant_id = 5) const uint TB = 1;
layout(constant_id = 6) const uint BPL = 1; // blocks per lane: ceil(nb / lanes)
layout(constant_id = 7) const uint RPW = 16; // rows per workgroup (even)

// Weights through uniform texel buffers (views made by the host: RGBA32UI, or RGBA32F for F32, and R16F scales, or
// RGBA32F (d0, d1, m0, m1) for the sub-block types).
// In lavapipe's generated code a storage-buffer load is a loop over the lanes with two branches per lane and
// component; texel fetches are cheaper: with the KV cache read the same way (attentionk_f32), 110m Q4_0 decode went
// from 39 to 60 tokens/s.
#if defined(WTYPE_F32)
layout(binding = 0) uniform samplerBuffer wq;
#else
layout(binding = 0) uniform usamplerBuffer wq;
#endif
layout(binding = 1) uniform samplerBuffer ws;
MATMUL_UNIFORM_INPUTS
MATMUL_OUTPUT_BINDINGS

MATMUL_PUSH_CONSTANTS

vec4 xr[TB * BPL * 8];
// Q4_0 and the sub-block types: the sums of each input block's halves, for sum((d q - m) x) = d sum(q x) - m sum(x)
vec2 xsum[TB * BPL];

float rowDot(uint t, uint j, vec4 w[8])
{
    float s = 0.0;
    [[unroll]] for (uint i = 0; i < 8; ++i)
        s += dot(w[i], xr[(t * BPL + j) * 8 + i]);
    return s;
}

// the dot products of the block's two halves of 16
vec2 halfDots(uint t, uint j, vec4 w[8])
{
    float lo = 0.0, hi = 0.0;
    [[unroll]] for (uint i = 0; i < 4; ++i) {
        lo += dot(w[i], xr[(t * BPL + j) * 8 + i]);
        hi += dot(w[i + 4], xr[(t * BPL + j) * 8 + i + 4]);
    }
    return vec2(lo, hi);
}

// the raw quants of block e as floats and its scales (d in .x; the sub-block types' (d0, d1, m0, m1)): scales and
// offsets are applied once per block, not per element (fewer instructions per weight where the device is a CPU)
void dequant(uint e, out vec4 w[8], out vec4 d)
{
#if defined(WTYPE_Q4_0) || defined(WTYPE_SUB4)
    const uvec4 q = texelFetch(wq, int(e));
    d = texelFetch(ws, int(e));
    [[unroll]] for (uint i = 0; i < 4; ++i) {
        const uint u = q[i];
        w[i] = vec4(u & 0xFu, (u >> 8) & 0xFu, (u >> 16) & 0xFu, (u >> 24) & 0xFu);
        w[i + 4] = vec4((u >> 4) & 0xFu, (u >> 12) & 0xFu, (u >> 20) & 0xFu, u >> 28);
    }
#elif defined(WTYPE_Q8_0) || defined(WTYPE_SUB8)
    const ivec4 q0 = ivec4(texelFetch(wq, int(2 * e)));
    const ivec4 q1 = ivec4(texelFetch(wq, int(2 * e + 1)));
    d = texelFetch(ws, int(e));
    [[unroll]] for (uint i = 0; i < 4; ++i) {
        w[i] = vec4(bitfieldExtract(q0[i], 0, 8), bitfieldExtract(q0[i], 8, 8), bitfieldExtract(q0[i], 16, 8),
            bitfieldExtract(q0[i], 24, 8));
        w[i + 4] = vec4(bitfieldExtract(q1[i], 0, 8), bitfieldExtract(q1[i], 8, 8), bitfieldExtract(q1[i], 16, 8),
            bitfieldExtract(q1[i], 24, 8));
    }
#elif defined(WTYPE_SUB6)
    vec2 d6;
    unpackSixBits(texelFetch(wq, int(2 * e)), texelFetch(wq, int(2 * e + 1)), w, d6);
    d = vec4(d6, 32.0 * d6);
#elif defined(WTYPE_F32)
    [[unroll]] for (uint i = 0; i < 8; ++i)
        w[i] = texelFetch(wq, int(8 * e + i));
    d = vec4(1.0);
#else
#error "define WTYPE_*"
#endif
}

float blockTerm(uint t, uint j, vec4 w[8], vec4 d)
{
#if defined(WTYPE_Q4_0)
    const vec2 xs = xsum[t * BPL + j];
    return d.x * (rowDot(t, j, w) - 8.0 * (xs.x + xs.y));
#elif defined(WTYPE_Q8_0)
    return d.x * rowDot(t, j, w);
#elif defined(WTYPE_SUB4) || defined(WTYPE_SUB8) || defined(WTYPE_SUB6)
    const vec2 hd = halfDots(t, j, w);
    const vec2 xs = xsum[t * BPL + j];
    return (d.x * hd.x + d.y * hd.y) - (d.z * xs.x + d.w * xs.y);
#else
    return rowDot(t, j, w);
#endif
}

void main()
{
    const uint L = gl_WorkGroupSize.x;
    const uint lane = gl_LocalInvocationID.x;
    const uint tBase = gl_WorkGroupID.z * TB;

    // this lane's slice of every token's input, normalized (RMSNorm and its weight) when NORM
    [[unroll]] for (uint t = 0; t < TB; ++t) {
        const uint xo = (pc.xTok0 + min(tBase + t, pc.nTok - 1)) * pc.xStride;
        float ss = 0.0;
        [[unroll]] for (uint j = 0; j < BPL; ++j) {
            const uint b = lane + j * L;
            [[unroll]] for (uint i = 0; i < 8; ++i) {
                const vec4 v = b < pc.nb ? xin[xo + b * 8 + i] : vec4(0.0);
                xr[(t * BPL + j) * 8 + i] = v;
                ss += dot(v, v);
            }
        }
        if (NORM != 0) {
            const float scale = inversesqrt(subgroupAdd(ss) / float(pc.kReal) + pc.eps);
            [[unroll]] for (uint j = 0; j < BPL; ++j) {
                const uint b = lane + j * L;
                [[unroll]] for (uint i = 0; i < 8; ++i)
                    xr[(t * BPL + j) * 8 + i] *= (b < pc.nb ? gin[b * 8 + i] : vec4(0.0)) * scale;
            }
        }
        [[unroll]] for (uint j = 0; j < BPL; ++j) {
            vec4 lo = vec4(0.0), hi = vec4(0.0);
            [[unroll]] for (uint i = 0; i < 4; ++i) {
                lo += xr[(t * BPL + j) * 8 + i];
                hi += xr[(t * BPL + j) * 8 + i + 4];
            }
            xsum[t * BPL + j] = vec2((lo.x + lo.y) + (lo.z + lo.w), (hi.x + hi.y) + (hi.z + hi.w));
        }
    }

    const uint r0 = gl_WorkGroupID.x * RPW;
    for (uint rr = 0; rr < RPW; rr += 2) {
        const uint r = r0 + rr;
        if (r >= pc.rows) // uniform
            continue;
        float acc0[TB], acc1[TB];
        [[unroll]] for (uint t = 0; t < TB; ++t) {
            acc0[t] = 0.0;
            acc1[t] = 0.0;
        }
        const bool second = r + 1 < pc.rows;
        [[unroll]] for (uint j = 0; j < BPL; ++j) {
            const uint b = lane + j * L;
            if (b < pc.nb) {
                vec4 w[8];
                vec4 d;
                dequant(r * pc.nb + b, w, d);
                [[unroll]] for (uint t = 0; t < TB; ++t)
                    acc0[t] += blockTerm(t, j, w, d);
                if (second) {
                    dequant((r + 1) * pc.nb + b, w, d);
                    [[unroll]] for (uint t = 0; t < TB; ++t)
                        acc1[t] += blockTerm(t, j, w, d);
                }
            }
        }
        [[unroll]] for (uint t = 0; t < TB; ++t) {
            const uint tok = tBase + t;
            const float y0 = subgroupAdd(acc0[t]) + (MODE == MODE_QKV ? QKV_BIAS(r) : 0.0);
            const float y1 = subgroupAdd(acc1[t]) + (MODE == MODE_QKV ? QKV_BIAS(r + 1) : 0.0);
            if (tok >= pc.nTok || lane != 0)
                continue;
            const uint o = (pc.outTok0 + tok) * pc.outStride;
            if (MODE == MODE_STORE) {
                out0[o + r] = STORE_VALUE(y0);
                if (second)
                    out0[o + r + 1] = STORE_VALUE(y1);
            } else if (MODE == MODE_ADD) {
                out0[o + r] += y0;
                if (second)
                    out0[o + r + 1] += y1;
            } else if (MODE == MODE_QKV) {
                const uint pos = pPos + pc.xTok0 + tok;
                float a = y0, c = y1;
                if (r < pc.nq + pc.nkv) {
                    const uint jj = r < pc.nq ? r : r - pc.nq;
                    const vec2 cs = rope[pos * (pc.headDim / 2) + (jj % pc.headDim) / 2];
                    a = y0 * cs.x - y1 * cs.y;
                    c = y0 * cs.y + y1 * cs.x;
                }
                if (r < pc.nq) {
                    out0[o + r] = a;
                    out0[o + r + 1] = c;
                } else if (r < pc.nq + pc.nkv) {
                    KV_STORE_PAIR(out1, pos * pc.nkv + r - pc.nq, a, c)
                } else {
                    KV_STORE_PAIR(out2, pos * pc.nkv + r - pc.nq - pc.nkv, a, c)
                }
            } else if (MODE == MODE_SWIGLU || MODE == MODE_GEGLU) {
                out0[o + r / 2] = GLU_GATE(y0) * y1;
            }
        }
    }
}
