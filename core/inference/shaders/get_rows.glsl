// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Embedding lookup: out[t][c] = dequant(W[token t][c]) straight from the GGUF row bytes (ggml block layouts).
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y = 1, local_size_z = 1) in;

layout(binding = 0, std430) readonly buffer W { uint w[]; };
layout(binding = 1, std430) buffer Out { float outv[]; };
layout(binding = 2, std430) readonly buffer Params { PARAMS_BLOCK };

layout(push_constant) uniform PC
{
    uint rowBytes;  // bytes per row in w
    uint k;         // elements per row
    uint outStride; // floats per token in outv
    uint tok0;      // first token of the batch to look up
    float scale;    // times this (gemma2: sqrt(n_embd); 1 for the others)
} pc;

uint byteAt(uint off)
{
    return (w[off >> 2] >> ((off & 3u) * 8u)) & 0xFFu;
}

float halfAt(uint off) // off is even: a half never straddles two words
{
    return unpackHalf2x16(w[off >> 2] >> ((off & 2u) * 8u)).x;
}

void main()
{
    const uint c = gl_GlobalInvocationID.x;
    const uint t = pc.tok0 + gl_WorkGroupID.y;
    if (c >= pc.k)
        return;
    const uint base = pTokens[t] * pc.rowBytes;
    float v;
#if defined(WTYPE_F32)
    v = uintBitsToFloat(w[base / 4 + c]);
#elif defined(WTYPE_Q8_0)
    const uint blk = base + (c / 32) * 34;
    v = float(int(byteAt(blk + 2 + c % 32) << 24) >> 24) * halfAt(blk);
#elif defined(WTYPE_Q4_0)
    const uint blk = base + (c / 32) * 18;
    const uint j = c % 32;
    const uint byte = byteAt(blk + 2 + j % 16);
    v = (float(j < 16 ? byte & 0xFu : byte >> 4) - 8.0) * halfAt(blk);
#else
#error "define WTYPE_*"
#endif
    outv[t * pc.outStride + c] = v * pc.scale;
}
