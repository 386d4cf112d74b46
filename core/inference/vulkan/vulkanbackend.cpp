// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/vulkanbackend.h"

#include "core/gguf/quants.h"
#include "core/inference/model.h"
#include "core/inference/vulkan/buffer.h"
#include "core/inference/vulkan/descriptorallocator.h"
#include "core/inference/vulkan/kernels.h"
#include "core/inference/vulkan/pipelinecache.h"
#include "core/inference/vulkan/vkcheck.h"
#include "core/inference/vulkan/weightpacker.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <functional>
#include <map>

namespace Inference {

namespace {

    constexpr uint32_t pad32(uint32_t n)
    {
        return (n + 31) & ~31u;
    }

    Error schemaError(const QString& message, const QString& source = {})
    {
        Error e;
        e.code = Error::Code::Schema;
        e.message = message;
        e.source = source;
        return e;
    }

    /** A weight view as the packer reads it; types without a kernel are dequantized into `owned` (exact). */
    RawMatrix rawMatrix(const WeightView& w, std::vector<std::vector<float>>& owned)
    {
        using T = Gguf::TensorType;
        RawMatrix m { RowType::F32, w.data, uint64_t(w.rows), uint64_t(w.cols) };
        switch (w.type) {
        case T::F32:
            return m;
        case T::F16:
            m.type = RowType::F16;
            return m;
        case T::Q8_0:
            m.type = RowType::Q8_0;
            return m;
        case T::Q4_0:
            m.type = RowType::Q4_0;
            return m;
        default:
            break;
        }
        owned.emplace_back(size_t(w.rows * w.cols));
        for (int64_t r = 0; r < w.rows; ++r)
            Gguf::dequantizeRow(w.type, w.row(r), owned.back().data() + r * w.cols, w.cols);
        m.data = reinterpret_cast<const std::byte*>(owned.back().data());
        return m;
    }

    struct GpuMatrix
    {
        WeightType type = WeightType::F32;
        uint32_t rows = 0, k = 0, nb = 0;
        std::unique_ptr<Buffer> quants, scales;
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
        Result<void> evalLogProbs(std::span<const int32_t> tokens, int pos, std::span<const int32_t> targets,
            std::span<double> out) override;
        int64_t weightsBytes() const override { return m_weightsBytes; }
        std::vector<KernelTime> kernelTimes() const override;

    private:
        Result<std::unique_ptr<Buffer>> deviceBuffer(const void* data, size_t bytes, bool isWeight);
        Result<GpuMatrix> upload(const std::vector<WeightView>& parts, Combine combine);
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
            Buffer* kc = nullptr, Buffer* vc = nullptr);
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
            GpuMatrix qkv, wo, gateUp, down;
            std::unique_ptr<Buffer> k, v;
        };
        std::vector<Layer> m_layers;
        std::unique_ptr<Buffer> m_embd, m_outNorm, m_rope, m_params, m_dummy;
        WeightType m_embdType = WeightType::F32;
        uint32_t m_embdRowBytes = 0;
        GpuMatrix m_output;
        std::unique_ptr<Buffer> m_x, m_q, m_att, m_h, m_scores, m_logits, m_readback, m_logProbs;

        uint32_t m_nCtx = 0, m_maxBatch = 1;
        uint32_t m_e = 0, m_qp = 0, m_f = 0; // padded strides (floats) of the residual, q/attention and FFN rows
        int64_t m_weightsBytes = 0;
        std::map<std::pair<uint32_t, int>, VkCommandBuffer> m_commands;

        // profiling (VulkanOptions::profile): timestamp i + 1 of a command buffer ends the dispatch labelled i
        VkQueryPool m_queries = VK_NULL_HANDLE;
        uint32_t m_queryCapacity = 0;
        std::vector<const char*> m_recording;
        std::map<VkCommandBuffer, std::vector<const char*>> m_stampLabels;
        std::map<QString, KernelTime> m_times;
    };

    void VulkanBackend::stamp(VkCommandBuffer cb, const char* kernel)
    {
        if (!m_queries || m_recording.size() + 1 >= m_queryCapacity)
            return;
        m_recording.push_back(kernel);
        vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, m_queries, uint32_t(m_recording.size()));
    }

    void VulkanBackend::collectTimes(VkCommandBuffer cb)
    {
        const auto it = m_stampLabels.find(cb);
        if (!m_queries || it == m_stampLabels.end() || it->second.empty())
            return;
        const auto& labels = it->second;
        std::vector<uint64_t> ts(labels.size() + 1);
        if (vkGetQueryPoolResults(m_ctx->device(), m_queries, 0, uint32_t(ts.size()), ts.size() * 8, ts.data(), 8,
                VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT)
            != VK_SUCCESS)
            return;
        for (size_t i = 0; i < labels.size(); ++i) {
            KernelTime& k = m_times[QString::fromLatin1(labels[i])];
            k.kernel = QString::fromLatin1(labels[i]);
            k.ms += double(ts[i + 1] - ts[i]) * double(m_ctx->timestampPeriodNs()) * 1e-6;
            ++k.dispatches;
        }
    }

    std::vector<KernelTime> VulkanBackend::kernelTimes() const
    {
        std::vector<KernelTime> out;
        for (const auto& [name, k] : m_times)
            out.push_back(k);
        std::sort(out.begin(), out.end(), [](const KernelTime& a, const KernelTime& b) { return a.ms > b.ms; });
        return out;
    }

    Result<std::unique_ptr<Buffer>> VulkanBackend::deviceBuffer(const void* data, size_t bytes, bool isWeight)
    {
        if (bytes > m_ctx->limits().maxStorageBufferRange)
            return schemaError(QCoreApplication::translate("Inference",
                                   "A tensor of %1 bytes exceeds the largest buffer %2 can bind (%3 bytes)")
                                   .arg(bytes)
                                   .arg(m_ctx->info().name)
                                   .arg(m_ctx->limits().maxStorageBufferRange),
                m_model->path());
        auto b = Buffer::create(*m_ctx, std::max<size_t>(bytes, 16), MemoryKind::Device);
        if (!b)
            return b.error();
        if (data) {
            auto r = b.value()->upload(data, bytes);
            if (!r)
                return r.error();
        }
        if (isWeight)
            m_weightsBytes += int64_t(bytes);
        return b;
    }

    Result<GpuMatrix> VulkanBackend::upload(const std::vector<WeightView>& parts, Combine combine)
    {
        std::vector<std::vector<float>> owned;
        std::vector<RawMatrix> raws;
        for (const auto& p : parts)
            raws.push_back(rawMatrix(p, owned));
        auto packed = packWeights(raws, combine, m_shape.layoutGroup());
        if (!packed)
            return packed.error();
        const PackedWeights& pw = packed.value();
        GpuMatrix m;
        m.type = pw.type;
        m.rows = pw.rows;
        m.k = pw.k;
        m.nb = pw.nb;
        auto q = deviceBuffer(pw.quants.data(), pw.quants.size() * 4, true);
        if (!q)
            return q.error();
        m.quants = std::move(q.value());
        auto s = pw.scales.empty() ? deviceBuffer(nullptr, 16, false)
                                   : deviceBuffer(pw.scales.data(), pw.scales.size() * 4, true);
        if (!s)
            return s.error();
        m.scales = std::move(s.value());
        return m;
    }

    Result<std::unique_ptr<Buffer>> VulkanBackend::uploadNorm(const WeightView& w)
    {
        std::vector<float> v(m_e, 0.0f);
        Gguf::dequantizeRow(w.type, w.data, v.data(), w.cols);
        return deviceBuffer(v.data(), v.size() * 4, true);
    }

    Result<void> VulkanBackend::init(const VulkanOptions& options)
    {
        const ModelConfig& c = m_model->config();
        const QString src = m_model->path();
        if (c.headDim % 4 || c.nRot % 2 || c.nRot > c.headDim || c.nHeadKv <= 0 || c.nHead % c.nHeadKv)
            return schemaError(QCoreApplication::translate("Inference",
                                   "The Vulkan engine needs a head size that is a multiple of 4 and whole query-head "
                                   "groups (head size %1, "
                                   "%2 heads, %3 KV heads)")
                                   .arg(c.headDim)
                                   .arg(c.nHead)
                                   .arg(c.nHeadKv),
                src);
        m_shape = KernelShape::forDevice(*m_ctx);
        if (options.profile) {
            VkQueryPoolCreateInfo qi { VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO };
            qi.queryType = VK_QUERY_TYPE_TIMESTAMP;
            qi.queryCount = m_queryCapacity = 5 * uint32_t(c.nLayer) + 8;
            if (auto e = vkCheck(vkCreateQueryPool(m_ctx->device(), &qi, nullptr, &m_queries), "vkCreateQueryPool"))
                return *e;
        }
        m_pipelines = std::make_unique<PipelineCache>(*m_ctx);
        m_sets = std::make_unique<DescriptorAllocator>(*m_ctx);
        m_nCtx = uint32_t(options.contextSize > 0 ? options.contextSize
                                                  : std::min(c.contextLength > 0 ? c.contextLength : 4096, 4096));
        m_e = pad32(uint32_t(c.nEmbd));
        m_qp = pad32(uint32_t(c.qDim()));
        m_f = pad32(uint32_t(c.nFf));
        // the matmul input is a uniform buffer (uniform loads are broadcast to all lanes): a batch must fit its range
        const uint32_t widest = std::max({ m_e, m_qp, m_f });
        m_maxBatch = std::clamp<uint32_t>(m_ctx->limits().maxUniformBufferRange / (4 * widest), 1, 64);
        if (m_maxBatch >= m_shape.tile)
            m_maxBatch -= m_maxBatch % m_shape.tile;
        if (m_maxBatch == 0)
            return schemaError(QStringLiteral("embedding too wide for a uniform buffer"), src);

        // weights
        const auto& tok = m_model->tokenEmbedding();
        {
            using T = Gguf::TensorType;
            std::vector<float> converted;
            const void* data = tok.data;
            size_t bytes = tok.bytes;
            if (tok.type == T::F32 || tok.type == T::Q8_0 || tok.type == T::Q4_0) {
                m_embdType = tok.type == T::F32 ? WeightType::F32
                    : tok.type == T::Q8_0       ? WeightType::Q8_0
                                                : WeightType::Q4_0;
                m_embdRowBytes = uint32_t(tok.rowBytes());
            } else { // dequantized once: exact
                converted.resize(size_t(tok.rows * tok.cols));
                for (int64_t r = 0; r < tok.rows; ++r)
                    Gguf::dequantizeRow(tok.type, tok.row(r), converted.data() + r * tok.cols, tok.cols);
                data = converted.data();
                bytes = converted.size() * 4;
                m_embdType = WeightType::F32;
                m_embdRowBytes = uint32_t(tok.cols * 4);
            }
            auto b = deviceBuffer(data, bytes, true);
            if (!b)
                return b.error();
            m_embd = std::move(b.value());
        }
        for (const auto& lw : m_model->layers()) {
            Layer l;
            auto an = uploadNorm(lw.attnNorm), fn = uploadNorm(lw.ffnNorm);
            if (!an)
                return an.error();
            if (!fn)
                return fn.error();
            l.attnNorm = std::move(an.value());
            l.ffnNorm = std::move(fn.value());
            auto qkv = upload({ lw.wq, lw.wk, lw.wv }, Combine::Stack);
            if (!qkv)
                return qkv.error();
            l.qkv = std::move(qkv.value());
            auto wo = upload({ lw.wo }, Combine::Stack);
            if (!wo)
                return wo.error();
            l.wo = std::move(wo.value());
            auto gu = upload({ lw.ffnGate, lw.ffnUp }, Combine::Interleave);
            if (!gu)
                return gu.error();
            l.gateUp = std::move(gu.value());
            auto down = upload({ lw.ffnDown }, Combine::Stack);
            if (!down)
                return down.error();
            l.down = std::move(down.value());
            auto kb = deviceBuffer(nullptr, size_t(m_nCtx) * c.kvDim() * 4, false);
            auto vb = deviceBuffer(nullptr, size_t(m_nCtx) * c.kvDim() * 4, false);
            if (!kb)
                return kb.error();
            if (!vb)
                return vb.error();
            l.k = std::move(kb.value());
            l.v = std::move(vb.value());
            m_layers.push_back(std::move(l));
        }
        auto on = uploadNorm(m_model->outputNorm());
        if (!on)
            return on.error();
        m_outNorm = std::move(on.value());
        auto out = upload({ m_model->output() }, Combine::Stack);
        if (!out)
            return out.error();
        m_output = std::move(out.value());

        // RoPE table (cos, sin) per position and pair, computed as ggml does: inverse frequencies theta_scale^i by
        // repeated multiplication in float, divided by rope_freqs factors, times freq_scale; angle pos * inv_freq in
        // float. Pairs past n_rot are not rotated (cos 1, sin 0).
        {
            const uint32_t pairs = uint32_t(c.headDim) / 2;
            std::vector<float> invFreq(pairs, 0.0f);
            const float thetaScale = std::pow(c.ropeFreqBase, -2.0f / float(c.nRot));
            float theta = 1.0f;
            for (int i = 0; i < c.nRot / 2; ++i) {
                float f = theta;
                if (m_model->ropeFreqs().valid()) {
                    float factor = 1.0f;
                    Gguf::dequantizeRow(Gguf::TensorType::F32, m_model->ropeFreqs().data + 4 * i, &factor, 1);
                    f /= factor;
                }
                invFreq[size_t(i)] = f * c.ropeFreqScale();
                theta *= thetaScale;
            }
            std::vector<float> table(size_t(m_nCtx) * pairs * 2);
            for (uint32_t p = 0; p < m_nCtx; ++p)
                for (uint32_t i = 0; i < pairs; ++i) {
                    const bool rotated = int(i) < c.nRot / 2;
                    const float th = float(p) * invFreq[i];
                    table[(size_t(p) * pairs + i) * 2] = rotated ? std::cos(th) : 1.0f;
                    table[(size_t(p) * pairs + i) * 2 + 1] = rotated ? std::sin(th) : 0.0f;
                }
            auto b = deviceBuffer(table.data(), table.size() * 4, false);
            if (!b)
                return b.error();
            m_rope = std::move(b.value());
        }

        // activations (zero padding past the real lengths stays zero: kernels write only real elements)
        const uint32_t B = m_maxBatch;
        struct
        {
            std::unique_ptr<Buffer>* target;
            size_t floats;
        } acts[] = { { &m_x, size_t(B) * m_e }, { &m_q, size_t(B) * m_qp }, { &m_att, size_t(B) * m_qp },
            { &m_h, size_t(B) * m_f }, { &m_scores, size_t(B) * c.nHead * m_nCtx },
            { &m_logits, size_t(B) * c.vocabSize }, { &m_dummy, 4 } };
        for (auto& a : acts) {
            auto b = deviceBuffer(nullptr, a.floats * 4, false);
            if (!b)
                return b.error();
            *a.target = std::move(b.value());
        }
        // token ids, then (LogitsMode::LogProbs) their targets
        auto params = Buffer::create(*m_ctx, sizeof(ParamsHeader) + 2 * 4 * B, MemoryKind::Upload);
        if (!params)
            return params.error();
        m_params = std::move(params.value());
        if (!m_logits->mapped()) {
            auto rb = Buffer::create(*m_ctx, size_t(B) * c.vocabSize * 4, MemoryKind::Readback);
            if (!rb)
                return rb.error();
            m_readback = std::move(rb.value());
        }
        auto lp = Buffer::create(*m_ctx, size_t(B) * 4, MemoryKind::Readback);
        if (!lp)
            return lp.error();
        m_logProbs = std::move(lp.value());
        // the decode command buffer, recorded once
        auto cb = commands(1, LogitsMode::Last);
        if (!cb)
            return cb.error();
        return {};
    }

    Result<void> VulkanBackend::dispatchMatmul(VkCommandBuffer cb, const GpuMatrix& w, MatmulMode mode, bool norm,
        Buffer& x, uint32_t xStride, Buffer* g, Buffer& out, uint32_t outStride, uint32_t kReal, uint32_t xTok0,
        uint32_t nTok, Buffer* kc, Buffer* vc)
    {
        const ModelConfig& c = m_model->config();
        const uint32_t tile = m_shape.tileFor(w.nb, nTok);
        auto p = m_pipelines->get(matmulDesc(w.type, mode, norm, tile, m_shape, w.nb, w.rows));
        if (!p)
            return p.error();
        Buffer& d = *m_dummy;
        const bool uniformX = p.value()->bindings[2] == VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER;
        const Buffer& gb = g ? *g : d;
        auto set = m_sets->allocate(*p.value(),
            { { w.quants->handle() }, { w.scales->handle() },
                uniformX ? uniformRange(x) : BufferRange { x.handle() },
                uniformX ? uniformRange(gb) : BufferRange { gb.handle() },
                { out.handle() }, { (kc ? kc : &d)->handle() }, { (vc ? vc : &d)->handle() }, { m_rope->handle() },
                { m_params->handle() } });
        if (!set)
            return set.error();
        MatmulPush pc;
        pc.rows = w.rows;
        pc.nb = w.nb;
        pc.kReal = kReal;
        pc.xStride = xStride / 4;
        pc.xTok0 = xTok0;
        pc.outStride = outStride;
        pc.outTok0 = 0;
        pc.nTok = nTok;
        pc.eps = c.rmsEps;
        pc.nq = uint32_t(c.qDim());
        pc.nkv = uint32_t(c.kvDim());
        pc.headDim = uint32_t(c.headDim);
        recordDispatch(cb, *p.value(), set.value(), &pc, m_shape.groupsFor(w.rows), 1, (nTok + tile - 1) / tile);
        recordComputeBarrier(cb);
        return {};
    }

    Result<void> VulkanBackend::record(VkCommandBuffer cb, uint32_t nTok, LogitsMode mode)
    {
        const ModelConfig& c = m_model->config();
        VkCommandBufferBeginInfo bi { VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
        if (auto e = vkCheck(vkBeginCommandBuffer(cb, &bi), "vkBeginCommandBuffer"))
            return *e;
        m_recording.clear();
        if (m_queries) {
            vkCmdResetQueryPool(cb, m_queries, 0, m_queryCapacity);
            vkCmdWriteTimestamp(cb, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, m_queries, 0);
        }
        {
            // the host's parameter writes and earlier submissions' writes (uploads, previous tokens) before any shader
            VkMemoryBarrier mb { VK_STRUCTURE_TYPE_MEMORY_BARRIER };
            mb.srcAccessMask = VK_ACCESS_HOST_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_SHADER_WRITE_BIT;
            mb.dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_UNIFORM_READ_BIT;
            vkCmdPipelineBarrier(cb,
                VK_PIPELINE_STAGE_HOST_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT,
                VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, 0, 1, &mb, 0, nullptr, 0, nullptr);
        }
        // embedding lookup
        {
            auto p = m_pipelines->get(getRowsDesc(m_embdType));
            if (!p)
                return p.error();
            auto set
                = m_sets->allocate(*p.value(), { { m_embd->handle() }, { m_x->handle() }, { m_params->handle() } });
            if (!set)
                return set.error();
            GetRowsPush pc { m_embdRowBytes, uint32_t(c.nEmbd), m_e, 0 };
            recordDispatch(
                cb, *p.value(), set.value(), &pc, (uint32_t(c.nEmbd) + getRowsThreads - 1) / getRowsThreads, nTok);
            recordComputeBarrier(cb);
            stamp(cb, "embedding");
        }
        for (Layer& l : m_layers) {
            if (auto r = dispatchMatmul(cb, l.qkv, MatmulMode::Qkv, true, *m_x, m_e, l.attnNorm.get(), *m_q, m_qp,
                    uint32_t(c.nEmbd), 0, nTok, l.k.get(), l.v.get());
                !r)
                return r;
            stamp(cb, "qkv");
            {
                auto p = m_pipelines->get(attentionDesc(m_shape, uint32_t(c.headDim)));
                if (!p)
                    return p.error();
                auto set = m_sets->allocate(*p.value(),
                    { uniformRange(*m_q), { l.k->handle() }, { l.v->handle() }, { m_scores->handle() },
                        { m_att->handle() }, { m_params->handle() } });
                if (!set)
                    return set.error();
                AttentionPush pc;
                pc.nHead = uint32_t(c.nHead);
                pc.nHeadKv = uint32_t(c.nHeadKv);
                pc.headDim = uint32_t(c.headDim);
                pc.qStride = m_qp / 4;
                pc.outStride = m_qp;
                pc.ctxStride = m_nCtx;
                pc.nkv = uint32_t(c.kvDim());
                pc.xTok0 = 0;
                pc.scale = 1.0f / std::sqrt(float(c.headDim));
                recordDispatch(cb, *p.value(), set.value(), &pc, uint32_t(c.nHead), nTok);
                recordComputeBarrier(cb);
                stamp(cb, "attention");
            }
            if (auto r = dispatchMatmul(
                    cb, l.wo, MatmulMode::Add, false, *m_att, m_qp, nullptr, *m_x, m_e, uint32_t(c.qDim()), 0, nTok);
                !r)
                return r;
            stamp(cb, "wo");
            if (auto r = dispatchMatmul(cb, l.gateUp, MatmulMode::Swiglu, true, *m_x, m_e, l.ffnNorm.get(), *m_h, m_f,
                    uint32_t(c.nEmbd), 0, nTok);
                !r)
                return r;
            stamp(cb, "gate_up");
            if (auto r = dispatchMatmul(
                    cb, l.down, MatmulMode::Add, false, *m_h, m_f, nullptr, *m_x, m_e, uint32_t(c.nFf), 0, nTok);
                !r)
                return r;
            stamp(cb, "down");
        }
        if (mode != LogitsMode::None) {
            const bool all = mode == LogitsMode::All || mode == LogitsMode::LogProbs;
            const uint32_t first = all ? 0 : nTok - 1;
            const uint32_t rows = all ? nTok : 1;
            if (auto r = dispatchMatmul(cb, m_output, MatmulMode::Store, true, *m_x, m_e, m_outNorm.get(), *m_logits,
                    uint32_t(c.vocabSize), uint32_t(c.nEmbd), first, rows);
                !r)
                return r;
            stamp(cb, "output");
            VkMemoryBarrier mb { VK_STRUCTURE_TYPE_MEMORY_BARRIER };
            if (mode == LogitsMode::LogProbs) {
                auto p = m_pipelines->get(logSoftmaxDesc(m_shape));
                if (!p)
                    return p.error();
                auto set = m_sets->allocate(
                    *p.value(), { { m_logits->handle() }, { m_logProbs->handle() }, { m_params->handle() } });
                if (!set)
                    return set.error();
                const LogSoftmaxPush pc { uint32_t(c.vocabSize), uint32_t(c.vocabSize), m_maxBatch, 0 };
                recordDispatch(cb, *p.value(), set.value(), &pc, nTok);
                stamp(cb, "log_softmax");
                mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
            } else if (m_readback) {
                VkBufferCopy region { 0, 0, VkDeviceSize(rows) * c.vocabSize * 4 };
                mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
                mb.dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT;
                vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1,
                    &mb, 0, nullptr, 0, nullptr);
                vkCmdCopyBuffer(cb, m_logits->handle(), m_readback->handle(), 1, &region);
                mb.srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT;
            } else {
                mb.srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT;
            }
            const bool copied = mode != LogitsMode::LogProbs && m_readback;
            mb.dstAccessMask = VK_ACCESS_HOST_READ_BIT;
            vkCmdPipelineBarrier(cb, copied ? VK_PIPELINE_STAGE_TRANSFER_BIT : VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT,
                VK_PIPELINE_STAGE_HOST_BIT, 0, 1, &mb, 0, nullptr, 0, nullptr);
        }
        if (auto e = vkCheck(vkEndCommandBuffer(cb), "vkEndCommandBuffer"))
            return *e;
        m_stampLabels[cb] = m_recording;
        return {};
    }

    Result<VkCommandBuffer> VulkanBackend::commands(uint32_t nTok, LogitsMode mode)
    {
        const auto key = std::make_pair(nTok, int(mode));
        if (auto it = m_commands.find(key); it != m_commands.end())
            return it->second;
        // keep the decode buffer and a few batch shapes (perplexity reuses one chunk size); forget the others
        if (m_commands.size() >= 8)
            for (auto it = m_commands.begin(); it != m_commands.end(); ++it)
                if (it->first != std::make_pair(1u, int(LogitsMode::Last))) {
                    m_stampLabels.erase(it->second);
                    m_ctx->freeCommandBuffer(it->second);
                    m_commands.erase(it);
                    break;
                }
        auto cb = m_ctx->allocateCommandBuffer();
        if (!cb)
            return cb.error();
        if (auto r = record(cb.value(), nTok, mode); !r) {
            m_ctx->freeCommandBuffer(cb.value());
            return r.error();
        }
        m_commands[key] = cb.value();
        return cb.value();
    }

    Result<void> VulkanBackend::checkPositions(std::span<const int32_t> tokens, int pos) const
    {
        const ModelConfig& c = m_model->config();
        if (pos < 0 || size_t(pos) + tokens.size() > m_nCtx)
            return schemaError(
                QCoreApplication::translate("Inference", "Positions %1..%2 exceed the context of %3 tokens")
                    .arg(pos)
                    .arg(pos + qsizetype(tokens.size()) - 1)
                    .arg(m_nCtx));
        for (int32_t t : tokens)
            if (t < 0 || t >= c.vocabSize)
                return schemaError(QCoreApplication::translate("Inference", "Token %1 is outside the vocabulary of %2")
                                       .arg(t)
                                       .arg(c.vocabSize));
        return {};
    }

    Result<void> VulkanBackend::runBatches(std::span<const int32_t> tokens, int pos, std::span<const int32_t> targets,
        const std::function<LogitsMode(bool last)>& modeFor,
        const std::function<void(size_t done, uint32_t m, LogitsMode mode)>& take)
    {
        char* params = static_cast<char*>(m_params->mapped());
        for (size_t done = 0; done < tokens.size();) {
            const uint32_t m = uint32_t(std::min<size_t>(m_maxBatch, tokens.size() - done));
            const LogitsMode mode = modeFor(done + m == tokens.size());
            auto cb = commands(m, mode);
            if (!cb)
                return cb.error();
            auto* header = reinterpret_cast<ParamsHeader*>(params);
            header->pos = uint32_t(pos) + uint32_t(done);
            header->nTokens = m;
            std::memcpy(params + sizeof(ParamsHeader), tokens.data() + done, m * 4);
            if (!targets.empty())
                std::memcpy(params + sizeof(ParamsHeader) + 4 * size_t(m_maxBatch), targets.data() + done, m * 4);
            if (auto r = m_ctx->submitAndWait(cb.value()); !r)
                return r;
            collectTimes(cb.value());
            take(done, m, mode);
            done += m;
        }
        return {};
    }

    Result<void> VulkanBackend::eval(std::span<const int32_t> tokens, int pos, std::span<float> logits, bool allLogits)
    {
        const size_t vocab = size_t(m_model->config().vocabSize);
        const size_t n = tokens.size();
        if (n == 0)
            return {};
        if (auto r = checkPositions(tokens, pos); !r)
            return r;
        const size_t need = (allLogits ? n : 1) * vocab;
        if (logits.size() < need)
            return schemaError(QCoreApplication::translate("Inference", "Logits buffer of %1 floats, %2 needed")
                                   .arg(logits.size())
                                   .arg(need));
        return runBatches(
            tokens, pos, {},
            [&](bool last) { return allLogits ? LogitsMode::All : last ? LogitsMode::Last : LogitsMode::None; },
            [&](size_t done, uint32_t m, LogitsMode mode) {
                if (mode == LogitsMode::None)
                    return;
                const Buffer& src = m_readback ? *m_readback : *m_logits;
                const size_t rows = mode == LogitsMode::All ? m : 1;
                float* dst = logits.data() + (mode == LogitsMode::All ? done * vocab : 0);
                std::memcpy(dst, src.mapped(), rows * vocab * 4);
            });
    }

    Result<void> VulkanBackend::evalLogProbs(
        std::span<const int32_t> tokens, int pos, std::span<const int32_t> targets, std::span<double> out)
    {
        if (tokens.empty())
            return {};
        if (auto r = checkPositions(tokens, pos); !r)
            return r;
        if (auto r = checkTargets(*this, tokens, targets, out); !r)
            return r;
        return runBatches(
            tokens, pos, targets, [](bool) { return LogitsMode::LogProbs; },
            [&](size_t done, uint32_t m, LogitsMode) {
                const float* lp = static_cast<const float*>(m_logProbs->mapped());
                for (uint32_t i = 0; i < m; ++i)
                    out[done + i] = double(lp[i]);
            });
    }

} // namespace

Result<std::unique_ptr<Backend>> createVulkanBackend(std::shared_ptr<const Model> model, const VulkanOptions& options)
{
    auto ctx = VulkanContext::create(options.device);
    if (!ctx)
        return ctx.error();
    auto backend = std::make_unique<VulkanBackend>(std::move(model), ctx.value());
    if (auto r = backend->init(options); !r)
        return r.error();
    return std::unique_ptr<Backend>(std::move(backend));
}

} // namespace Inference
