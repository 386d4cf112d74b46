// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/kernels.h"

#include "core/inference/vulkan/vulkancontext.h"

#include <algorithm>
#include <bit>

namespace Inference {

namespace {

    uint32_t envOr(const char* name, uint32_t fallback)
    {
        bool ok = false;
        const int v = qEnvironmentVariableIntValue(name, &ok);
        return ok && v > 0 ? uint32_t(v) : fallback;
    }

    QString typeSuffix(WeightType t)
    {
        switch (t) {
        case WeightType::F32:
            return QStringLiteral("f32");
        case WeightType::Q8_0:
            return QStringLiteral("q8_0");
        case WeightType::Q4_0:
            return QStringLiteral("q4_0");
        case WeightType::Sub4:
            return QStringLiteral("sub4");
        case WeightType::Sub8:
            return QStringLiteral("sub8");
        case WeightType::Sub6:
            return QStringLiteral("sub6");
        }
        return {};
    }

} // namespace

KernelShape KernelShape::forDevice(const VulkanContext& ctx)
{
    KernelShape s;
    const uint32_t sg = std::clamp<uint32_t>(ctx.info().subgroupSize, 4, 64);
    if (ctx.isCpu()) {
        // lavapipe runs a workgroup on one thread, 8 lanes per SIMD step: one step of rows, no split-K reduction
        s.rows = std::max<uint32_t>(8, sg);
        s.splits = 1;
        s.attentionThreads = 8;
    } else {
        s.rows = std::max<uint32_t>(32, sg);
        s.splits = 8; // H200, 110m-shaped model: 32x8 decodes 1257 tok/s, 32x4 1059, 16x8 1198, 16x16 1244
        // attention_f32 runs a workgroup per head: with 64 lanes and 64-wide heads its V pass walks every position
        // serially. Measured on an H200 (1b Q4_0 decode, one setting changed at a time): attention 64 lanes 590
        // tok/s, 256 lanes 608, 1,024 lanes 642; of the matmulv shapes tried, 128 threads x 4 rows was best (650)
        s.attentionThreads = 1024;
        s.coopThreads = 128;
        s.cooperative = true;
    }
    s.lanesOverK = ctx.isCpu() && ctx.hasUniformTexelFormat(VK_FORMAT_R32G32B32A32_UINT)
        && ctx.hasUniformTexelFormat(VK_FORMAT_R32G32B32A32_SFLOAT) && ctx.hasUniformTexelFormat(VK_FORMAT_R16_SFLOAT);
    s.lanes = sg;
    const QByteArray kernel = qgetenv("INFEROMETER_VK_KERNEL");
    if (kernel == "rows") {
        s.lanesOverK = false;
        s.cooperative = false;
    } else if (kernel == "lanes") {
        s.lanesOverK = true;
        s.cooperative = false;
    } else if (kernel == "coop") {
        s.cooperative = true;
    }
    s.coopThreads = std::max(envOr("INFEROMETER_VK_COOP_THREADS", s.coopThreads), sg);
    s.coopRows = std::max<uint32_t>(envOr("INFEROMETER_VK_COOP_ROWS", s.coopRows) & ~1u, 2);
    s.rowsPerWorkgroup = envOr("INFEROMETER_VK_RPW", s.rowsPerWorkgroup) & ~1u;
    s.rows = envOr("INFEROMETER_VK_ROWS", s.rows) & ~1u; // even: RoPE and SwiGLU pairs share a workgroup
    s.splits = envOr("INFEROMETER_VK_SPLITS", s.splits);
    s.tile = envOr("INFEROMETER_VK_TILE", s.tile);
    s.attentionThreads = std::clamp<uint32_t>(envOr("INFEROMETER_VK_ATTN_THREADS", s.attentionThreads), sg, 1024);
    // within the device's workgroup limits (1,024 on desktop GPUs; Vulkan only promises 128)
    const uint32_t maxLanes = std::bit_floor(
        std::min(ctx.limits().maxComputeWorkGroupInvocations, ctx.limits().maxComputeWorkGroupSize[0]));
    s.attentionThreads = std::min(s.attentionThreads, maxLanes);
    s.coopThreads = std::min(s.coopThreads, maxLanes);
    while (s.splits > 1 && s.rows * s.splits > ctx.limits().maxComputeWorkGroupInvocations)
        s.splits /= 2;
    return s;
}

uint32_t KernelShape::tileFor(uint32_t nb, uint32_t nTok) const
{
    if (nTok <= 1)
        return 1;
    if (cooperative) // matmulv keeps tile x up to 8 vec4 of input in registers per lane
        return std::min<uint32_t>(tile, 4);
    if (!lanesOverK)
        return tile;
    // matmulk keeps tile x blocks-per-lane x 8 vec4 of input in registers: bound it (64: 110m Q4_0 prefill 69 tok/s
    // against 24 with 16 on a loaded lavapipe)
    const uint32_t bpl = (nb + lanes - 1) / lanes;
    return std::clamp<uint32_t>(64 / bpl, 1, tile);
}

uint32_t KernelShape::rowsPerGroupFor(uint32_t nRows) const
{
    // each workgroup loads and normalizes its input once (the fixed cost): as many rows as keep 8 workgroups
    uint32_t per = 2;
    while (per * 2 <= rowsPerWorkgroup && per * 2 * 8 <= nRows)
        per *= 2;
    return per;
}

uint32_t KernelShape::groupsFor(uint32_t nRows) const
{
    const uint32_t per = cooperative ? coopRows : lanesOverK ? rowsPerGroupFor(nRows) : rows;
    return (nRows + per - 1) / per;
}

PipelineDesc matmulDesc(WeightType type, MatmulMode mode, bool norm, uint32_t tileTokens, const KernelShape& shape,
    uint32_t nb, uint32_t rows)
{
    PipelineDesc d;
    const auto S = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    const auto U = VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER;
    d.pushConstantSize = sizeof(MatmulPush);
    if (shape.cooperative) {
        // lanes index the input by their own chunk: storage buffers (a uniform buffer read at divergent addresses is
        // serialized on some GPUs)
        d.shader = QStringLiteral("matmulv_") + typeSuffix(type);
        d.bindings = { S, S, S, S, S, S, S, S, S, S };
        d.workgroup = { shape.coopThreads, 1, 1 };
        d.specConstants = { uint32_t(mode), norm ? 1u : 0u, tileTokens, shape.coopRows };
        return d;
    }
    d.shader = (shape.lanesOverK ? QStringLiteral("matmulk_") : QStringLiteral("matmul_")) + typeSuffix(type);
    d.bindings = { S, S, U, U, S, S, S, S, S, S };
    if (shape.lanesOverK) {
        // weights through texel buffers: lavapipe compiles a storage-buffer load into a loop over the lanes with
        // two branches per lane and component; texel fetches cost less (shaders/matmulk.glsl)
        const auto T = VK_DESCRIPTOR_TYPE_UNIFORM_TEXEL_BUFFER;
        const auto F = VK_FORMAT_R32G32B32A32_SFLOAT;
        d.bindings[0] = T;
        d.bindings[1] = T;
        const bool sub = type == WeightType::Sub4 || type == WeightType::Sub8;
        d.texelFormats = { type == WeightType::F32 ? F : VK_FORMAT_R32G32B32A32_UINT, sub ? F : VK_FORMAT_R16_SFLOAT };
        d.workgroup = { shape.lanes, 1, 1 };
        d.specConstants = { uint32_t(mode), norm ? 1u : 0u, tileTokens, (nb + shape.lanes - 1) / shape.lanes,
            shape.rowsPerGroupFor(rows) };
    } else {
        d.workgroup = { shape.rows, shape.splits, 1 };
        d.specConstants = { uint32_t(mode), norm ? 1u : 0u, tileTokens };
    }
    return d;
}

PipelineDesc attentionDesc(const KernelShape& shape, uint32_t headDim, bool kvHalf)
{
    PipelineDesc d;
    d.shader = shape.lanesOverK ? QStringLiteral("attentionk_f32") : QStringLiteral("attention_f32");
    const auto S = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    d.bindings = { VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, S, S, S, S, S };
    d.pushConstantSize = sizeof(AttentionPush);
    if (shape.lanesOverK) {
        d.bindings[1] = VK_DESCRIPTOR_TYPE_UNIFORM_TEXEL_BUFFER;
        d.bindings[2] = VK_DESCRIPTOR_TYPE_UNIFORM_TEXEL_BUFFER;
        const VkFormat kv = kvHalf ? VK_FORMAT_R16G16B16A16_SFLOAT : VK_FORMAT_R32G32B32A32_SFLOAT;
        d.texelFormats = { VK_FORMAT_UNDEFINED, kv, kv };
        d.workgroup = { shape.lanes, 1, 1 }; // one subgroup: the kernel merges lanes with subgroup operations
        d.specConstants = { headDim };
    } else {
        d.workgroup = { shape.attentionThreads, 1, 1 };
    }
    return d;
}

PipelineDesc getRowsDesc(WeightType type)
{
    PipelineDesc d;
    d.shader = QStringLiteral("get_rows_") + typeSuffix(type);
    const auto S = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    const bool packed = type == WeightType::Sub4 || type == WeightType::Sub6 || type == WeightType::Sub8;
    d.bindings = packed ? std::vector<VkDescriptorType> { S, S, S, S } : std::vector<VkDescriptorType> { S, S, S };
    d.pushConstantSize = sizeof(GetRowsPush);
    d.workgroup = { getRowsThreads, 1, 1 };
    return d;
}

PipelineDesc normAddDesc(const KernelShape& shape)
{
    PipelineDesc d;
    d.shader = QStringLiteral("rms_norm_add");
    const auto S = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    d.bindings = { S, S, S };
    d.pushConstantSize = sizeof(NormAddPush);
    d.workgroup = { shape.lanesOverK ? shape.lanes : std::max<uint32_t>(64, shape.lanes), 1, 1 };
    return d;
}

PipelineDesc logSoftmaxDesc(const KernelShape& shape)
{
    PipelineDesc d;
    d.shader = QStringLiteral("log_softmax_f32");
    const auto S = VK_DESCRIPTOR_TYPE_STORAGE_BUFFER;
    d.bindings = { S, S, S };
    d.pushConstantSize = sizeof(LogSoftmaxPush);
    d.workgroup = { shape.lanesOverK ? shape.lanes : std::max<uint32_t>(256, shape.lanes), 1, 1 };
    return d;
}

void recordDispatch(
    VkCommandBuffer cb, const Pipeline& p, VkDescriptorSet set, const void* push, uint32_t gx, uint32_t gy, uint32_t gz)
{
    vkCmdBindPipeline(cb, VK_PIPELINE_BIND_POINT_COMPUTE, p.pipeline);
    vkCmdBindDescriptorSets(cb, VK_PIPELINE_BIND_POINT_COMPUTE, p.layout, 0, 1, &set, 0, nullptr);
    if (p.pushConstantSize)
        vkCmdPushConstants(cb, p.layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, p.pushConstantSize, push);
    vkCmdDispatch(cb, gx, gy, gz);
}

void recordComputeBarrier(VkCommandBuffer cb)
{
    // note: an experiment switch only (tst_vkbackend shows what lavapipe does without the barriers)
    static const bool skip = qEnvironmentVariableIntValue("INFEROMETER_VK_DEBUG_NO_BARRIERS") == 1;
    if (skip)
        return;
    VkMemoryBarrier mb { VK_STRUCTURE_TYPE_MEMORY_BARRIER };
    mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
    mb.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_UNIFORM_READ_BIT;
    vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1, &mb, 0,
        nullptr, 0, nullptr);
}

} // namespace Inference
