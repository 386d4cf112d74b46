// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Recording a batch (VulkanBackend, vulkanbackendimpl.h): the embedding lookup, per layer the fused QKV matmul,
// attention, output projection, gate/up and down matmuls, then logits (and log-softmax), a barrier between dependent
// dispatches; with profiling a timestamp after each dispatch.
#include "core/inference/vulkan/vkcheck.h"
#include "core/inference/vulkan/vulkanbackendimpl.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Inference::VulkanDetail {

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

Result<void> VulkanBackend::dispatchMatmul(VkCommandBuffer cb, const GpuMatrix& w, MatmulMode mode, bool norm,
    Buffer& x, uint32_t xStride, Buffer* g, Buffer& out, uint32_t outStride, uint32_t kReal, uint32_t xTok0,
    uint32_t nTok, Buffer* kc, Buffer* vc, float softcap)
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
        { { w.quants->handle() }, { w.scales->handle() }, uniformX ? uniformRange(x) : BufferRange { x.handle() },
            uniformX ? uniformRange(gb) : BufferRange { gb.handle() }, { out.handle() }, { (kc ? kc : &d)->handle() },
            { (vc ? vc : &d)->handle() }, { m_rope->handle() }, { m_params->handle() },
            { (w.bias ? w.bias.get() : &d)->handle() } });
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
    pc.softcap = softcap;
    recordDispatch(cb, *p.value(), set.value(), &pc, m_shape.groupsFor(w.rows), 1, (nTok + tile - 1) / tile);
    recordComputeBarrier(cb);
    return {};
}

Result<void> VulkanBackend::dispatchNormAdd(VkCommandBuffer cb, Buffer& y, Buffer& w, uint32_t nTok)
{
    auto p = m_pipelines->get(normAddDesc(m_shape));
    if (!p)
        return p.error();
    auto set = m_sets->allocate(*p.value(), { { y.handle() }, { w.handle() }, { m_x->handle() } });
    if (!set)
        return set.error();
    const NormAddPush pc { uint32_t(m_model->config().nEmbd), m_e, m_model->config().rmsEps, 0 };
    recordDispatch(cb, *p.value(), set.value(), &pc, nTok);
    recordComputeBarrier(cb);
    return {};
}

Result<void> VulkanBackend::addBlockOutput(VkCommandBuffer cb, const GpuMatrix& w, Buffer& y, uint32_t yStride,
    uint32_t kReal, Buffer* postNorm, uint32_t nTok)
{
    if (!postNorm)
        return dispatchMatmul(cb, w, MatmulMode::Add, false, y, yStride, nullptr, *m_x, m_e, kReal, 0, nTok);
    if (auto r = dispatchMatmul(cb, w, MatmulMode::Store, false, y, yStride, nullptr, *m_o, m_e, kReal, 0, nTok); !r)
        return r;
    return dispatchNormAdd(cb, *m_o, *postNorm, nTok);
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
        auto set = m_embdScales
            ? m_sets->allocate(*p.value(),
                { { m_embd->handle() }, { m_embdScales->handle() }, { m_x->handle() }, { m_params->handle() } })
            : m_sets->allocate(*p.value(), { { m_embd->handle() }, { m_x->handle() }, { m_params->handle() } });
        if (!set)
            return set.error();
        GetRowsPush pc { m_embdRowBytes, uint32_t(c.nEmbd), m_e, 0, c.embedScale };
        recordDispatch(
            cb, *p.value(), set.value(), &pc, (uint32_t(c.nEmbd) + getRowsThreads - 1) / getRowsThreads, nTok);
        recordComputeBarrier(cb);
        stamp(cb, "embedding");
    }
    for (size_t li = 0; li < m_layers.size(); ++li) {
        Layer& l = m_layers[li];
        if (auto r = dispatchMatmul(cb, l.qkv, MatmulMode::Qkv, true, *m_x, m_e, l.attnNorm.get(), *m_q, m_qp,
                uint32_t(c.nEmbd), 0, nTok, l.k.get(), l.v.get());
            !r)
            return r;
        stamp(cb, "qkv");
        {
            auto p = m_pipelines->get(attentionDesc(m_shape, uint32_t(c.headDim), m_kvHalf == 2));
            if (!p)
                return p.error();
            auto set = m_sets->allocate(*p.value(),
                { uniformRange(*m_q), { l.k->handle() }, { l.v->handle() }, { m_scores->handle() }, { m_att->handle() },
                    { m_params->handle() } });
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
            pc.scale = c.queryScale;
            pc.window = uint32_t(c.windowOf(int(li)));
            pc.softcap = c.attnSoftcap;
            recordDispatch(cb, *p.value(), set.value(), &pc, uint32_t(c.nHead), nTok);
            recordComputeBarrier(cb);
            stamp(cb, "attention");
        }
        if (auto r = addBlockOutput(cb, l.wo, *m_att, m_qp, uint32_t(c.qDim()), l.attnPostNorm.get(), nTok); !r)
            return r;
        stamp(cb, "wo");
        if (auto r = dispatchMatmul(cb, l.gateUp, c.gelu ? MatmulMode::Geglu : MatmulMode::Swiglu, true, *m_x, m_e,
                l.ffnNorm.get(), *m_h, m_f, uint32_t(c.nEmbd), 0, nTok);
            !r)
            return r;
        stamp(cb, "gate_up");
        if (auto r = addBlockOutput(cb, l.down, *m_h, m_f, uint32_t(c.nFf), l.ffnPostNorm.get(), nTok); !r)
            return r;
        stamp(cb, "down");
    }
    if (mode != LogitsMode::None) {
        const bool all = mode == LogitsMode::All || mode == LogitsMode::LogProbs;
        const uint32_t first = all ? 0 : nTok - 1;
        const uint32_t rows = all ? nTok : 1;
        if (auto r = dispatchMatmul(cb, m_output, MatmulMode::Store, true, *m_x, m_e, m_outNorm.get(), *m_logits,
                uint32_t(c.vocabSize), uint32_t(c.nEmbd), first, rows, nullptr, nullptr, c.finalSoftcap);
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
            vkCmdPipelineBarrier(cb, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT, VK_PIPELINE_STAGE_TRANSFER_BIT, 0, 1, &mb, 0,
                nullptr, 0, nullptr);
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

} // namespace Inference::VulkanDetail
