// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Causal GQA attention for CPU Vulkan devices (lavapipe): one subgroup per (head, token); lane l takes positions
// l, l+L, ... and keeps the query, its running maximum, sum and weighted sum of V in registers (online softmax), so
// K and V are read once and nothing goes through memory; the lanes' partial results are merged with subgroup
// operations. Same bindings and push constants as attention_f32.comp (the scores buffer is unused).
#version 450
#extension GL_GOOGLE_include_directive : require
#extension GL_EXT_control_flow_attributes : require
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y = 1, local_size_z = 1) in;
layout(constant_id = 3) const uint HD = 64; // head size, a multiple of 4

layout(binding = 0, std140) uniform QIn { vec4 qin[4096]; };
// the caches through texel buffers (RGBA32F views): cheaper than storage-buffer loads on lavapipe (matmulk.glsl)
layout(binding = 1) uniform samplerBuffer kc;
layout(binding = 2) uniform samplerBuffer vc;
layout(binding = 3, std430) buffer Scores { float sc[]; };
layout(binding = 4, std430) buffer Out { float outv[]; };
layout(binding = 5, std430) readonly buffer Params { PARAMS_BLOCK };

layout(push_constant) uniform PC
{
    uint nHead;
    uint nHeadKv;
    uint headDim;
    uint qStride;
    uint outStride;
    uint ctxStride;
    uint nkv;
    uint xTok0;
    float scale;
    uint window;    // sliding-window attention: the last `window` positions (0: all)
    float softcap;  // scores soft-capped as softcap * tanh(s / softcap) when > 0 (gemma2)
} pc;

void main()
{
    const uint L = gl_WorkGroupSize.x;
    const uint lane = gl_LocalInvocationID.x;
    const uint h = gl_WorkGroupID.x;
    const uint t = pc.xTok0 + gl_WorkGroupID.y;
    const uint kvh = h / (pc.nHead / pc.nHeadKv);
    const uint n = pPos + t + 1;
    const uint p0 = pc.window != 0 && n > pc.window ? n - pc.window : 0; // sliding window: none before p0
    const uint qo = t * pc.qStride + h * HD / 4;

    vec4 q[HD / 4];
    vec4 acc[HD / 4];
    [[unroll]] for (uint i = 0; i < HD / 4; ++i) {
        q[i] = qin[qo + i];
        acc[i] = vec4(0.0);
    }
    float m = -3.402823466e38, l = 0.0;
    for (uint p = p0 + lane; p < n; p += L) {
        const uint ko = (p * pc.nkv + kvh * HD) / 4;
        float s = 0.0;
        [[unroll]] for (uint i = 0; i < HD / 4; ++i)
            s += dot(q[i], texelFetch(kc, int(ko + i)));
        s *= pc.scale;
        if (pc.softcap > 0.0)
            s = pc.softcap * safeTanh(s * (1.0 / pc.softcap));
        const float mNew = max(m, s);
        const float c = exp(m - mNew);
        const float e = exp(s - mNew);
        l = l * c + e;
        [[unroll]] for (uint i = 0; i < HD / 4; ++i)
            acc[i] = acc[i] * c + e * texelFetch(vc, int(ko + i));
        m = mNew;
    }
    const float mAll = subgroupMax(m);
    const float f = exp(m - mAll); // 0 for a lane that saw no position
    const float lAll = subgroupAdd(l * f);
    const uint oo = t * pc.outStride + h * HD;
    [[unroll]] for (uint i = 0; i < HD / 4; ++i) {
        const vec4 a = subgroupAdd(acc[i] * f) / lAll;
        if (lane == (i % L)) {
            outv[oo + 4 * i] = a.x;
            outv[oo + 4 * i + 1] = a.y;
            outv[oo + 4 * i + 2] = a.z;
            outv[oo + 4 * i + 3] = a.w;
        }
    }
}
