// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The VulkanBackend (vulkanbackendimpl.h): uploading the model, running batches, reading results back.
#include "core/inference/vulkan/vulkanbackend.h"

#include "core/gguf/subblocks.h"

#include "core/gguf/quants.h"
#include "core/inference/model.h"
#include "core/inference/vulkan/vkcheck.h"
#include "core/inference/vulkan/vulkanbackendimpl.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>

namespace Inference {

namespace VulkanDetail {

    Error schemaError(const QString& message, const QString& source)
    {
        Error e;
        e.code = Error::Code::Schema;
        e.message = message;
        e.source = source;
        return e;
    }

    namespace {

        /** Row `r` of a Q or K matrix laid out for NEOX RoPE: within each head, rows 2i and 2i+1 are the original
         * rows i and i + headDim/2. */
        int64_t neoxSource(int64_t r, int headDim)
        {
            const int64_t head = r / headDim, j = r % headDim;
            return head * headDim + (j % 2 == 0 ? j / 2 : headDim / 2 + j / 2);
        }

        /** A weight view as the packer reads it (any type the model loader accepts). */
        RawMatrix rawMatrix(const WeightView& w)
        {
            return { w.type, w.data, uint64_t(w.rows), uint64_t(w.cols) };
        }

    } // namespace

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

    Result<GpuMatrix> VulkanBackend::upload(const std::vector<WeightView>& parts, Combine combine, uint32_t neoxParts)
    {
        std::vector<std::vector<std::byte>> permuted;
        std::vector<RawMatrix> raws;
        const int headDim = m_model->config().headDim;
        for (const auto& p : parts) {
            RawMatrix m = rawMatrix(p);
            if (raws.size() < neoxParts) { // rows reordered so that NEOX pairs sit side by side (see neoxSource)
                const uint64_t rb = rawRowBytes(m.type, m.k);
                permuted.emplace_back(size_t(rb * m.rows));
                for (uint64_t r = 0; r < m.rows; ++r)
                    std::memcpy(permuted.back().data() + r * rb,
                        m.data + uint64_t(neoxSource(int64_t(r), headDim)) * rb, size_t(rb));
                m.data = permuted.back().data();
            }
            raws.push_back(m);
        }
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
        // an F16 cache is stored as F16 (half the memory) where the CPU-device kernel can read it through RGBA16F
        // texel views, else rounded in F32 buffers (the same values)
        m_kvHalf = options.kv != KvType::F16                                                     ? 0u
            : !m_shape.lanesOverK || m_ctx->hasUniformTexelFormat(VK_FORMAT_R16G16B16A16_SFLOAT) ? 2u
                                                                                                 : 1u;
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
            auto embd = [&](const void* data, size_t bytes) -> Result<void> {
                auto b = deviceBuffer(data, bytes, true);
                if (!b)
                    return b.error();
                m_embd = std::move(b.value());
                return {};
            };
            Result<void> up;
            if (tok.type == T::F32 || tok.type == T::Q8_0 || tok.type == T::Q4_0) { // GGUF's rows as they are
                m_embdType = tok.type == T::F32 ? WeightType::F32
                    : tok.type == T::Q8_0       ? WeightType::Q8_0
                                                : WeightType::Q4_0;
                m_embdRowBytes = uint32_t(tok.rowBytes());
                up = embd(tok.data, tok.bytes);
            } else if (Gguf::hasSubBlocks(tok.type)) { // the matmuls' sub-block layout, rows row-major
                auto packed = packWeights({ rawMatrix(tok) }, Combine::Stack, 1);
                if (!packed)
                    return packed.error();
                const PackedWeights& pw = packed.value();
                m_embdType = pw.type;
                m_embdRowBytes = pw.nb; // blocks per row (GetRowsPush)
                auto sc = deviceBuffer(pw.scales.empty() ? nullptr : pw.scales.data(),
                    std::max<size_t>(pw.scales.size() * 4, 16), !pw.scales.empty());
                if (!sc)
                    return sc.error();
                m_embdScales = std::move(sc.value());
                up = embd(pw.quants.data(), pw.quants.size() * 4);
            } else { // F16, BF16: dequantized once (exact)
                std::vector<float> converted(size_t(tok.rows * tok.cols));
                for (int64_t r = 0; r < tok.rows; ++r)
                    Gguf::dequantizeRow(tok.type, tok.row(r), converted.data() + r * tok.cols, tok.cols);
                m_embdType = WeightType::F32;
                m_embdRowBytes = uint32_t(tok.cols * 4);
                up = embd(converted.data(), converted.size() * 4);
            }
            if (!up)
                return up.error();
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
            if (lw.attnPostNorm.valid()) { // gemma2
                auto ap = uploadNorm(lw.attnPostNorm), fp = uploadNorm(lw.ffnPostNorm);
                if (!ap)
                    return ap.error();
                if (!fp)
                    return fp.error();
                l.attnPostNorm = std::move(ap.value());
                l.ffnPostNorm = std::move(fp.value());
            }
            // NEOX RoPE (qwen2) rotates rows (i, i + headDim/2) of a head: Q and K go up with those rows adjacent,
            // where the epilogue's pair (2i, 2i+1) is; scores are unchanged, as Q and K are permuted alike
            auto qkv = upload({ lw.wq, lw.wk, lw.wv }, Combine::Stack, c.ropeNeox ? 2 : 0);
            if (!qkv)
                return qkv.error();
            l.qkv = std::move(qkv.value());
            if (lw.bq.valid()) {
                std::vector<float> bias(size_t(l.qkv.rows), 0.0f);
                size_t at = 0;
                int part = 0;
                for (const WeightView* b : { &lw.bq, &lw.bk, &lw.bv }) {
                    std::vector<float> v(static_cast<size_t>(b->cols));
                    Gguf::dequantizeRow(b->type, b->data, v.data(), b->cols);
                    for (int64_t i = 0; i < b->cols; ++i)
                        bias[at + size_t(i)] = v[size_t(c.ropeNeox && part < 2 ? neoxSource(i, c.headDim) : i)];
                    at += size_t(b->cols);
                    ++part;
                }
                auto bb = deviceBuffer(bias.data(), bias.size() * 4, true);
                if (!bb)
                    return bb.error();
                l.qkv.bias = std::move(bb.value());
                m_qkvBias = 1;
            }
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
            const size_t kvBytes = size_t(m_nCtx) * c.kvDim() * (m_kvHalf == 2 ? 2 : 4);
            auto kb = deviceBuffer(nullptr, kvBytes, false);
            auto vb = deviceBuffer(nullptr, kvBytes, false);
            if (!kb)
                return kb.error();
            if (!vb)
                return vb.error();
            l.k = std::move(kb.value());
            l.v = std::move(vb.value());
            m_kvBytes += 2 * int64_t(kvBytes);
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
            const std::vector<float> speeds = m_model->ropeInvFreq(int(m_nCtx));
            for (size_t i = 0; i < speeds.size() && i < pairs; ++i)
                invFreq[i] = speeds[i] * c.ropeFreqScale();
            std::vector<float> table(size_t(m_nCtx) * pairs * 2);
            for (uint32_t p = 0; p < m_nCtx; ++p)
                for (uint32_t i = 0; i < pairs; ++i) {
                    const bool rotated = int(i) < c.nRot / 2;
                    const float th = float(p) * invFreq[i];
                    table[(size_t(p) * pairs + i) * 2] = rotated ? std::cos(th) * c.ropeAttnFactor : 1.0f;
                    table[(size_t(p) * pairs + i) * 2 + 1] = rotated ? std::sin(th) * c.ropeAttnFactor : 0.0f;
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
            { &m_h, size_t(B) * m_f }, { &m_o, c.postNorms ? size_t(B) * m_e : 4 },
            { &m_scores, size_t(B) * c.nHead * m_nCtx }, { &m_logits, size_t(B) * c.vocabSize }, { &m_dummy, 4 } };
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
            header->pad[0] = m_kvHalf;
            header->pad[1] = m_qkvBias;
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
            [&](bool last) { return allLogits ? LogitsMode::All
                                 : last       ? LogitsMode::Last
                                              : LogitsMode::None; },
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

} // namespace VulkanDetail

using VulkanDetail::VulkanBackend;

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
