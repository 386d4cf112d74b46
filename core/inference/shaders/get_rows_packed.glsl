// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Embedding lookup from the sub-block kernel layouts (types.glsl; rows row-major, a group of 1): out[t][c] = d[h] q -
// m[h] of element c of row pTokens[t]. For embeddings of K-quant and other types, packed as the matmuls' weights are.
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y = 1, local_size_z = 1) in;

layout(binding = 0, std430) readonly buffer WQ { uint wq[]; };
layout(binding = 1, std430) readonly buffer WS { uint ws[]; };
layout(binding = 2, std430) buffer Out { float outv[]; };
layout(binding = 3, std430) readonly buffer Params { PARAMS_BLOCK };

layout(push_constant) uniform PC
{
    uint nb;        // 32-blocks per row
    uint k;         // elements per row
    uint outStride; // floats per token in outv
    uint tok0;      // first token of the batch to look up
    float scale;    // times this (gemma2: sqrt(n_embd))
} pc;

void main()
{
    const uint c = gl_GlobalInvocationID.x;
    const uint t = pc.tok0 + gl_WorkGroupID.y;
    if (c >= pc.k)
        return;
    const uint e = pTokens[t] * pc.nb + c / 32; // the element's block
    const uint j = c % 32, h = j / 16;
    float v;
#if defined(WTYPE_SUB4) || defined(WTYPE_SUB6)
    // nibbles as Q4_0: element j low in byte j, element j + 16 high
    const uint wpb = WTYPE_WORDS;
    const uint byte = (wq[e * wpb + (j % 16) / 4] >> (8 * (j % 4))) & 0xFFu;
    uint n = j < 16 ? byte & 0xFu : byte >> 4;
#if defined(WTYPE_SUB6)
    const uint jj = j % 16; // high bits: words 4 (elements 0..15) and 5 (16..31), element jj at bit 8 (jj % 4) + 2 (jj / 4)
    n |= ((wq[e * 8 + 4 + h] >> (8 * (jj % 4) + 2 * (jj / 4))) & 3u) << 4;
    v = uintBitsToFloat(wq[e * 8 + 6 + h]) * (float(n) - 32.0);
#else
    v = uintBitsToFloat(ws[4 * e + h]) * float(n) - uintBitsToFloat(ws[4 * e + 2 + h]);
#endif
#elif defined(WTYPE_SUB8)
    const int q = bitfieldExtract(int(wq[e * 8 + j / 4]), int(8 * (j % 4)), 8);
    v = uintBitsToFloat(ws[4 * e + h]) * float(q) - uintBitsToFloat(ws[4 * e + 2 + h]);
#else
#error "define WTYPE_SUB4, WTYPE_SUB6 or WTYPE_SUB8"
#endif
    outv[t * pc.outStride + c] = v * pc.scale;
}
