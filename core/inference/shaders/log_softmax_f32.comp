// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Log-softmax of each token's logits, read at that token's target: out[t] = (l[t][y] - max l[t]) - log sum exp(l[t] -
// max l[t]), y = pTokens[targets + t]. One workgroup per token; the lanes stride over the vocabulary and merge with
// subgroup operations, then across subgroups through shared memory. Only the scored value leaves the device (a
// perplexity chunk reads back one float per position instead of a vocabulary of logits).
#version 450
#extension GL_GOOGLE_include_directive : require
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y = 1, local_size_z = 1) in;

layout(binding = 0, std430) readonly buffer Logits { float lg[]; };
layout(binding = 1, std430) buffer Out { float outv[]; };
layout(binding = 2, std430) readonly buffer Params { PARAMS_BLOCK };

layout(push_constant) uniform PC
{
    uint vocab;   // logits per token
    uint stride;  // floats per token in lg
    uint targets; // index in pTokens of token 0's target
    uint pad;
} pc;

shared float partial[32]; // one value per subgroup (workgroups of at most 256 lanes, subgroups of at least 8)

float workgroupMax(float v)
{
    v = subgroupMax(v);
    if (gl_NumSubgroups == 1)
        return v;
    if (subgroupElect())
        partial[gl_SubgroupID] = v;
    barrier();
    float m = partial[0];
    for (uint i = 1; i < gl_NumSubgroups; ++i)
        m = max(m, partial[i]);
    barrier(); // partial is reused
    return m;
}

float workgroupAdd(float v)
{
    v = subgroupAdd(v);
    if (gl_NumSubgroups == 1)
        return v;
    if (subgroupElect())
        partial[gl_SubgroupID] = v;
    barrier();
    float s = 0.0;
    for (uint i = 0; i < gl_NumSubgroups; ++i)
        s += partial[i];
    barrier();
    return s;
}

void main()
{
    const uint t = gl_WorkGroupID.x;
    const uint base = t * pc.stride;
    const uint L = gl_WorkGroupSize.x;
    float m = -3.402823466e38;
    for (uint i = gl_LocalInvocationID.x; i < pc.vocab; i += L)
        m = max(m, lg[base + i]);
    m = workgroupMax(m);
    float s = 0.0;
    for (uint i = gl_LocalInvocationID.x; i < pc.vocab; i += L)
        s += exp(lg[base + i] - m);
    s = workgroupAdd(s);
    if (gl_LocalInvocationID.x == 0)
        outv[t] = (lg[base + pTokens[pc.targets + t]] - m) - log(s);
}
