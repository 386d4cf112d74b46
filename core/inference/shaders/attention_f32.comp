// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Causal self-attention of one query token and one head over the KV cache, with grouped-query heads: scores
// q.k/sqrt(d) for positions 0..pos, softmax (max-subtracted), weighted sum of V. One workgroup per (head, token).
#version 450
#extension GL_GOOGLE_include_directive : require
#include "types.glsl"

layout(local_size_x_id = 0, local_size_y = 1, local_size_z = 1) in;

layout(binding = 0, std140) uniform QIn { vec4 qin[4096]; };
layout(binding = 1, std430) readonly buffer KCache { vec4 kc[]; };
layout(binding = 2, std430) readonly buffer VCache { float vc[]; };
// the same caches stored as F16 (pKvHalf 2): four keys in a uvec2, two values in a uint
layout(binding = 1, std430) readonly buffer KCacheH { uvec2 kch[]; };
layout(binding = 2, std430) readonly buffer VCacheH { uint vch[]; };
layout(binding = 3, std430) buffer Scores { float sc[]; };
layout(binding = 4, std430) buffer Out { float outv[]; };
layout(binding = 5, std430) readonly buffer Params { PARAMS_BLOCK };

layout(push_constant) uniform PC
{
    uint nHead;
    uint nHeadKv;
    uint headDim;
    uint qStride;   // vec4s per token in qin
    uint outStride; // floats per token in outv
    uint ctxStride; // floats per (token, head) in sc
    uint nkv;       // floats per position in the caches (nHeadKv * headDim)
    uint xTok0;     // first token of the dispatch within the batch
    float scale;    // 1/sqrt(headDim)
    uint window;    // sliding-window attention: the last `window` positions (0: all)
    float softcap;  // scores soft-capped as softcap * tanh(s / softcap) when > 0 (gemma2)
} pc;

shared float sSub[64];
shared float sAcc[1024];

float workgroupMax(float v)
{
    v = subgroupMax(v);
    if (gl_NumSubgroups == 1)
        return v;
    barrier();
    if (subgroupElect())
        sSub[gl_SubgroupID] = v;
    barrier();
    float m = sSub[0];
    for (uint s = 1; s < gl_NumSubgroups; ++s)
        m = max(m, sSub[s]);
    return m;
}

float workgroupSum(float v)
{
    v = subgroupAdd(v);
    if (gl_NumSubgroups == 1)
        return v;
    barrier();
    if (subgroupElect())
        sSub[gl_SubgroupID] = v;
    barrier();
    float m = 0.0;
    for (uint s = 0; s < gl_NumSubgroups; ++s)
        m += sSub[s];
    return m;
}

vec4 keys(uint i)
{
    return pKvHalf == 2u ? vec4(unpackHalf2x16(kch[i].x), unpackHalf2x16(kch[i].y)) : kc[i];
}

float value(uint e)
{
    return pKvHalf == 2u ? unpackHalf2x16(vch[e >> 1])[e & 1u] : vc[e];
}

void main()
{
    const uint A = gl_WorkGroupSize.x;
    const uint h = gl_WorkGroupID.x;
    const uint t = pc.xTok0 + gl_WorkGroupID.y;
    const uint li = gl_LocalInvocationID.x;
    const uint hd = pc.headDim;
    const uint kvh = h / (pc.nHead / pc.nHeadKv);
    const uint n = pPos + t + 1; // causal: this token sees positions 0..pos
    const uint p0 = pc.window != 0 && n > pc.window ? n - pc.window : 0; // and, with a window, none before p0
    const uint qo = t * pc.qStride + h * hd / 4;
    const uint so = (t * pc.nHead + h) * pc.ctxStride;

    float mx = -3.402823466e38;
    for (uint p = p0 + li; p < n; p += A) {
        const uint ko = (p * pc.nkv + kvh * hd) / 4;
        float s = 0.0;
        for (uint i = 0; i < hd / 4; ++i)
            s += dot(qin[qo + i], keys(ko + i));
        s *= pc.scale;
        if (pc.softcap > 0.0)
            s = pc.softcap * safeTanh(s * (1.0 / pc.softcap));
        sc[so + p] = s;
        mx = max(mx, s);
    }
    mx = workgroupMax(mx);
    float sum = 0.0;
    for (uint p = p0 + li; p < n; p += A) {
        const float e = exp(sc[so + p] - mx);
        sc[so + p] = e;
        sum += e;
    }
    sum = workgroupSum(sum);
    memoryBarrierBuffer();
    barrier();

    const uint parts = max(1u, A / hd);
    const uint oo = t * pc.outStride + h * hd;
    if (parts == 1) {
        for (uint d = li; d < hd; d += A) {
            float acc = 0.0;
            for (uint p = p0; p < n; ++p)
                acc += sc[so + p] * value(p * pc.nkv + kvh * hd + d);
            outv[oo + d] = acc / sum;
        }
    } else {
        float acc = 0.0;
        if (li < hd * parts) {
            const uint d = li % hd;
            for (uint p = p0 + li / hd; p < n; p += parts)
                acc += sc[so + p] * value(p * pc.nkv + kvh * hd + d);
        }
        sAcc[li] = acc;
        barrier();
        if (li < hd) {
            float a = 0.0;
            for (uint part = 0; part < parts; ++part)
                a += sAcc[part * hd + li];
            outv[oo + li] = a / sum;
        }
    }
}
