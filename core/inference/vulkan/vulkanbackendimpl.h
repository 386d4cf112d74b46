// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The VulkanBackend class, private to core/inference/vulkan: vulkanbackend.cpp uploads the model and runs batches,
// vulkanrecord.cpp records a batch's command buffer (dispatches, barriers, timestamps).
#pragma once

#include "core/inference/backend.h"
#include "core/inference/model.h"
#include "core/inference/weightview.h"
#include "core/inference/vulkan/buffer.h"
#include "core/inference/vulkan/descriptorallocator.h"
#include "core/inference/vulkan/kernels.h"
#include "core/inference/vulkan/pipelinecache.h"
#include "core/inference/vulkan/vulkanbackend.h"
#include "core/inference/vulkan/vulkancontext.h"
#include "core/inference/vulkan/weightpacker.h"

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <vector>

namespace Inference::VulkanDetail {

constexpr uint32_t pad32(uint32_t n)
{
    return (n + 31) & ~31u;
}

/** Error::Schema with `message` (and the file it concerns). */
Error schemaError(const QString& message, const QString& source = {});

struct GpuMatrix
{
    WeightType type = WeightType::F32;
    uint32_t rows = 0, k = 0, nb = 0;
    std::unique_ptr<Buffer> quants, scales;
    std::unique_ptr<Buffer> bias; // MODE_QKV's Q/K/V biases (qwen2), one float per row; null without
};

// what a batch leaves for the host: nothing, the last token's logits, every token's logits, or every token's
// log-probability of its target (log-softmax on the device)
enum class LogitsMode { None, Last, All, LogProbs };

class VulkanBackend : public Backend
{
public:
    VulkanBackend(std::shared_ptr<const Model> model, std::shared_ptr<VulkanContext> ctx)
        : m_model(std::move(model))
        , m_ctx(std::move(ctx))
    { }

    ~VulkanBackend() override
    {
        for (auto& [key, cb] : m_commands)
            m_ctx->freeCommandBuffer(cb);
        if (m_queries)
            vkDestroyQueryPool(m_ctx->device(), m_queries, nullptr);
        // members (buffers, pipelines, sets) are destroyed before m_ctx: declared after it
    }

    Result<void> init(const VulkanOptions& options);

    QString name() const override { return QStringLiteral("vulkan"); }
    QString device() const override { return m_ctx->info().name; }
    const Model& model() const override { return *m_model; }
    int contextSize() const override { return int(m_nCtx); }
    void reset() override { } // positions past `pos` are never read: eval() overwrites them first
    Result<void> eval(std::span<const int32_t> tokens, int pos, std::span<float> logits, bool allLogits) override;
    Result<void> evalLogProbs(
        std::span<const int32_t> tokens, int pos, std::span<const int32_t> targets, std::span<double> out) override;
    int64_t weightsBytes() const override { return m_weightsBytes; }
    int64_t kvCacheBytes() const override { return m_kvBytes; }
    std::vector<KernelTime> kernelTimes() const override;

private:
    Result<std::unique_ptr<Buffer>> deviceBuffer(const void* data, size_t bytes, bool isWeight);
    Result<GpuMatrix> upload(const std::vector<WeightView>& parts, Combine combine, uint32_t neoxParts = 0);
    Result<std::unique_ptr<Buffer>> uploadNorm(const WeightView& w);
    Result<VkCommandBuffer> commands(uint32_t nTok, LogitsMode mode);
    Result<void> record(VkCommandBuffer cb, uint32_t nTok, LogitsMode mode);
    /** With profiling: a timestamp after the dispatch just recorded, charged to `kernel`. */
    void stamp(VkCommandBuffer cb, const char* kernel);
    void collectTimes(VkCommandBuffer cb);
    Result<void> checkPositions(std::span<const int32_t> tokens, int pos) const;
    /** Runs `tokens` in batches of at most m_maxBatch; after each batch, `done` tokens before it, calls `take`. */
    Result<void> runBatches(std::span<const int32_t> tokens, int pos, std::span<const int32_t> targets,
        const std::function<LogitsMode(bool last)>& modeFor,
        const std::function<void(size_t done, uint32_t m, LogitsMode mode)>& take);
    Result<void> dispatchMatmul(VkCommandBuffer cb, const GpuMatrix& w, MatmulMode mode, bool norm, Buffer& x,
        uint32_t xStride, Buffer* g, Buffer& out, uint32_t outStride, uint32_t kReal, uint32_t xTok0, uint32_t nTok,
        Buffer* kc = nullptr, Buffer* vc = nullptr, float softcap = 0.0f);
    /** x += RMSNorm(y) * w over nTok tokens (shaders/rms_norm_add.comp): gemma2's post-norms. */
    Result<void> dispatchNormAdd(VkCommandBuffer cb, Buffer& y, Buffer& w, uint32_t nTok);
    /** The block output y (wo or down) into the residual m_x: a fused add, or through `postNorm` (gemma2). */
    Result<void> addBlockOutput(VkCommandBuffer cb, const GpuMatrix& w, Buffer& y, uint32_t yStride, uint32_t kReal,
        Buffer* postNorm, uint32_t nTok);
    BufferRange uniformRange(const Buffer& b) const
    {
        return { b.handle(), 0, std::min<VkDeviceSize>(b.size(), m_ctx->limits().maxUniformBufferRange) };
    }

    std::shared_ptr<const Model> m_model;
    std::shared_ptr<VulkanContext> m_ctx; // destroyed last
    std::unique_ptr<PipelineCache> m_pipelines;
    std::unique_ptr<DescriptorAllocator> m_sets;
    KernelShape m_shape;

    struct Layer
    {
        std::unique_ptr<Buffer> attnNorm, ffnNorm;
        std::unique_ptr<Buffer> attnPostNorm, ffnPostNorm; // gemma2; null for the others
        GpuMatrix qkv, wo, gateUp, down;
        std::unique_ptr<Buffer> k, v;
    };
    std::vector<Layer> m_layers;
    std::unique_ptr<Buffer> m_embd, m_embdScales, m_outNorm, m_rope, m_params, m_dummy; // m_embdScales: packed types
    WeightType m_embdType = WeightType::F32;
    uint32_t m_embdRowBytes = 0;
    GpuMatrix m_output;
    std::unique_ptr<Buffer> m_x, m_q, m_att, m_h, m_o, m_scores, m_logits, m_readback, m_logProbs;

    uint32_t m_nCtx = 0, m_maxBatch = 1;
    uint32_t m_kvHalf = 0; // ParamsHeader::pad[0], read by the QKV epilogues
    uint32_t m_qkvBias = 0; // ParamsHeader::pad[1]: the QKV matmuls add their bias buffers
    uint32_t m_e = 0, m_qp = 0, m_f = 0; // padded strides (floats) of the residual, q/attention and FFN rows
    int64_t m_weightsBytes = 0;
    int64_t m_kvBytes = 0; // the K and V buffers of every layer
    std::map<std::pair<uint32_t, int>, VkCommandBuffer> m_commands;

    // profiling (VulkanOptions::profile): timestamp i + 1 of a command buffer ends the dispatch labelled i
    VkQueryPool m_queries = VK_NULL_HANDLE;
    uint32_t m_queryCapacity = 0;
    std::vector<const char*> m_recording;
    std::map<VkCommandBuffer, std::vector<const char*>> m_stampLabels;
    std::map<QString, KernelTime> m_times;
};

} // namespace Inference::VulkanDetail
