// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Shared by the kernels. Weight layout of the mat-vec/mat-mat kernels ("row-interleaved blocks", made on upload by
// weightpacker.cpp): a row of K elements is padded to nb = ceil(K/32) blocks of 32; rows are grouped by G (the
// workgroup's x size); block b of row lane of group g has index e = (g * nb + b) * G + lane, so the G lanes of a
// workgroup read neighbouring 16-byte words (coalesced on GPUs, cache-friendly on CPUs) while every lane uses the
// same 32 input values (uniform loads). Q4_0: wq[e] holds ggml's 16 quant bytes (low nibbles are elements 0..15,
// high nibbles 16..31, value (q-8)*d); Q8_0: wq[2e], wq[2e+1] hold the 32 int8; F32: wq[8e..8e+7] hold 32 floats.
// Scales: fp16 d of block e in half (e & 1) of ws[e >> 1].
// Sub-block types (any other quantized GGUF type, repacked on upload from core/gguf/subblocks.h): SUB4 stores 4-bit
// quants as Q4_0 does, SUB8 8-bit quants as Q8_0 does (unsigned nibbles, signed bytes); value = d[h] * q - m[h] for
// the half h of 16 elements, with the scales of block e as four floats (d0, d1, m0, m1) at ws[4e..4e+3]. SUB6 (signed
// 6-bit quants without an offset, Q6_K) keeps a block in two uvec4: q + 32's low nibbles as Q4_0, then the high 2 bits
// (in x and y, see unpackSixBits) and d0, d1 as float bits in z, w; value = d[h] (n - 32).

#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
#extension GL_KHR_shader_subgroup_shuffle : require

// Modes of the matmul kernel (spec constant MODE)
#define MODE_STORE 0u    // out0[t][row] = y
#define MODE_ADD 1u      // out0[t][row] += y (residual)
#define MODE_QKV 2u      // rows [0,nq) -> q (RoPE), [nq,nq+nkv) -> K cache (RoPE), then V cache
#define MODE_SWIGLU 3u   // rows interleaved gate, up: out0[t][row/2] = silu(gate) * up
#define MODE_GEGLU 4u    // the same with GELU (gemma2): out0[t][row/2] = gelu(gate) * up

// Push constants of every matmul family (matmul, matmulk, matmulv); C++ side: the struct with the static_assert in
// core/inference/vulkan. One definition, so that the three families cannot drift apart.
#define MATMUL_PUSH_CONSTANTS                                                                                         \
    layout(push_constant) uniform PC                                                                                  \
    {                                                                                                                 \
        uint rows;      /* real output rows */                                                                        \
        uint nb;        /* 32-blocks per row */                                                                       \
        uint kReal;     /* real row length (RMSNorm mean) */                                                          \
        uint xStride;   /* vec4s per token in xin */                                                                  \
        uint xTok0;     /* first token row of xin */                                                                  \
        uint outStride; /* floats per token in out0 */                                                                \
        uint outTok0;   /* first token row of out0 */                                                                 \
        uint nTok;      /* tokens in this dispatch */                                                                 \
        float eps;      /* RMSNorm epsilon */                                                                         \
        uint nq;        /* MODE_QKV: q rows */                                                                        \
        uint nkv;       /* MODE_QKV: k rows (= v rows) = floats per position in the caches */                         \
        uint headDim;   /* MODE_QKV: RoPE pairs per head = headDim / 2 */                                             \
        float softcap;  /* MODE_STORE: y = softcap * tanh(y / softcap) when > 0 (gemma2's logits) */                  \
    } pc;

// Bindings 4-8 of every matmul family: the outputs (out1/out2 are the K and V caches in MODE_QKV), the RoPE table
// (cos, sin per position and pair) and the per-call parameters. Bindings 0-1 (weights) and 2-3 (input, RMSNorm
// weight) differ by family; MATMUL_UNIFORM_INPUTS is the uniform-buffer form of 2-3.
#define MATMUL_OUTPUT_BINDINGS                                                                                        \
    layout(binding = 4, std430) buffer Out0 { float out0[]; };                                                        \
    layout(binding = 5, std430) buffer Out1 { float out1[]; };                                                        \
    layout(binding = 6, std430) buffer Out2 { float out2[]; };                                                        \
    layout(binding = 5, std430) buffer Out1H { uint out1h[]; }; /* the caches as F16 pairs (pKvHalf 2) */            \
    layout(binding = 6, std430) buffer Out2H { uint out2h[]; };                                                       \
    layout(binding = 7, std430) readonly buffer Rope { vec2 rope[]; };                                                \
    layout(binding = 8, std430) readonly buffer Params { PARAMS_BLOCK };                                              \
    layout(binding = 9, std430) readonly buffer Bias { float bias[]; };
#define MATMUL_UNIFORM_INPUTS                                                                                         \
    layout(binding = 2, std140) uniform XIn { vec4 xin[4096]; };                                                      \
    layout(binding = 3, std140) uniform GIn { vec4 gin[4096]; };

// Per-call parameters written by the host before each submit (the command buffers are reused)
#define PARAMS_BLOCK                                                                                                  \
    uint pPos;       /* position of the first token of the batch */                                                   \
    uint pNTokens;   /* tokens in the batch */                                                                        \
    uint pKvHalf;    /* F16 KV cache as llama.cpp's default: 1 values rounded in F32 buffers, 2 stored as F16 */      \
    uint pQkvBias;   /* 1: MODE_QKV adds the Q/K/V biases (binding 9) before RoPE (qwen2) */                          \
    uint pTokens[];  /* token ids */

// The value x takes as an IEEE half (round to nearest, ties to even; the subnormal quantum 2^-24 below 2^-14; overflow
// at 65520), in float: what an F16 KV cache holds. Exact: x is scaled by powers of two built from bits, rounded to an
// integer with roundEven, and scaled back.
float roundToHalf(float x)
{
    const float ax = abs(x);
    if (ax >= 65520.0)
        return x * 1e30; // ±inf, as the conversion overflows
    // quantum q = 2^(E - 137) for a normal half (E: x's biased float exponent), 2^-24 for a subnormal one
    const int qe = ax < 6.103515625e-05 ? -24 : int((floatBitsToUint(ax) >> 23) & 0xffu) - 137;
    const float q = uintBitsToFloat(uint(qe + 127) << 23);
    const float invQ = uintBitsToFloat(uint(127 - qe) << 23);
    return roundEven(x * invQ) * q;
}
#define KV_VALUE(x) (pKvHalf != 0u ? roundToHalf(x) : (x))
// Stores the cache values a, b of elements i, i + 1 (i even) of cache `c` (out1 or out2); with F16 storage as one
// packed pair (values rounded first, so packHalf2x16's own rounding mode does not matter)
#define KV_STORE_PAIR(c, i, a, b)                                                                                     \
    if (pKvHalf == 2u)                                                                                                \
        c##h[(i) >> 1] = packHalf2x16(vec2(roundToHalf(a), roundToHalf(b)));                                          \
    else {                                                                                                            \
        c[i] = KV_VALUE(a);                                                                                           \
        c[(i) + 1] = KV_VALUE(b);                                                                                     \
    }
// MODE_QKV's bias of output row r (rows past the real ones read nothing)
#define QKV_BIAS(r) (pQkvBias != 0u && (r) < pc.rows ? bias[r] : 0.0)

// The 32 quants of a SUB4 / Q4_0 block (one uvec4 in Q4_0's nibble order) as floats, elements 0..31 in w[0..7]
void unpackNibbles(uvec4 q, out vec4 w[8])
{
    for (uint i = 0; i < 4; ++i) {
        const uint u = q[i];
        w[i] = vec4(u & 0xFu, (u >> 8) & 0xFu, (u >> 16) & 0xFu, (u >> 24) & 0xFu);
        w[i + 4] = vec4((u >> 4) & 0xFu, (u >> 12) & 0xFu, (u >> 20) & 0xFu, u >> 28);
    }
}
// 16 signed bytes (one uvec4 of a SUB8 / Q8_0 block) as floats
void unpackBytes(uvec4 q, out vec4 w[4])
{
    for (uint i = 0; i < 4; ++i) {
        const int u = int(q[i]);
        w[i] = vec4(bitfieldExtract(u, 0, 8), bitfieldExtract(u, 8, 8), bitfieldExtract(u, 16, 8),
            bitfieldExtract(u, 24, 8));
    }
}
// A sub-block's quants w[0..7] (elements 0..31) to values with its scales sc = (d0, d1, m0, m1)
void applySubScales(inout vec4 w[8], vec4 sc)
{
    for (uint i = 0; i < 4; ++i) {
        w[i] = w[i] * sc.x - sc.z;
        w[i + 4] = w[i + 4] * sc.y - sc.w;
    }
}

// A SUB6 block (its two uvec4) as floats n = q + 32 (0..63), elements 0..31 in w[0..7]; its scales (d0, d1) in d.
// The high bits are laid out so that one shift and mask puts four of them under their four nibbles: byte k of x holds,
// at bits 2i..2i+1, element 4i + k's (y: element 16 + 4i + k's).
void unpackSixBits(uvec4 q0, uvec4 q1, out vec4 w[8], out vec2 d)
{
    for (uint i = 0; i < 4; ++i) {
        const uint u = q0[i];
        const uint a = (u & 0x0F0F0F0Fu) | (((q1.x >> (2u * i)) & 0x03030303u) << 4);
        const uint b = ((u >> 4) & 0x0F0F0F0Fu) | (((q1.y >> (2u * i)) & 0x03030303u) << 4);
        w[i] = vec4(a & 0xFFu, (a >> 8) & 0xFFu, (a >> 16) & 0xFFu, a >> 24);
        w[i + 4] = vec4(b & 0xFFu, (b >> 8) & 0xFFu, (b >> 16) & 0xFFu, b >> 24);
    }
    d = uintBitsToFloat(q1.zw);
}

// tanh in the form ggml's Vulkan shaders use, finite for any input (exp overflowing gives 1)
float safeTanh(float x)
{
    return 1.0 - 2.0 / (exp(2.0 * x) + 1.0);
}
// ggml's GELU, the tanh form
float geluTanh(float x)
{
    return 0.5 * x * (1.0 + safeTanh(0.79788456080286535587989211986876 * x * (1.0 + 0.044715 * x * x)));
}
// the gate of MODE_SWIGLU / MODE_GEGLU (MODE: the including kernel's spec constant)
#define GLU_GATE(g) (MODE == MODE_GEGLU ? geluTanh(g) : (g) / (1.0 + exp(-(g))))
// MODE_STORE's soft-capping
#define STORE_VALUE(y) (pc.softcap > 0.0 ? pc.softcap * safeTanh((y) * (1.0 / pc.softcap)) : (y))
