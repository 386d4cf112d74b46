// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// x[t] += RMSNorm(y[t]) * w: gemma2's post-attention and post-FFN norms before the residual add. One workgroup per
// token; the lanes stride over the row, sum squares with subgroup operations, then across subgroups in shared memory.
#version 450
#extension GL_GOOGLE_include_directive : require
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y = 1, local_size_z = 1) in;

layout(binding = 0, std430) readonly buffer Y { float yv[]; };
layout(binding = 1, std430) readonly buffer W { float wv[]; };
layout(binding = 2, std430) buffer X { float xv[]; };

layout(push_constant) uniform PC
{
    uint n;      // real elements per row
    uint stride; // floats per token in y and x
    float eps;
    uint pad;
} pc;

shared float partial[64];

void main()
{
    const uint t = gl_WorkGroupID.x;
    const uint li = gl_LocalInvocationID.x;
    const uint o = t * pc.stride;
    float ss = 0.0;
    for (uint i = li; i < pc.n; i += gl_WorkGroupSize.x)
        ss += yv[o + i] * yv[o + i];
    ss = subgroupAdd(ss);
    if (gl_NumSubgroups > 1) {
        if (subgroupElect())
            partial[gl_SubgroupID] = ss;
        barrier();
        ss = 0.0;
        for (uint s = 0; s < gl_NumSubgroups; ++s)
            ss += partial[s];
    }
    const float scale = inversesqrt(ss / float(pc.n) + pc.eps);
    for (uint i = li; i < pc.n; i += gl_WorkGroupSize.x)
        xv[o + i] += yv[o + i] * scale * wv[i];
}
