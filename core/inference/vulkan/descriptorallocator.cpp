// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/descriptorallocator.h"

#include "core/inference/vulkan/pipeline.h"
#include "core/inference/vulkan/vkcheck.h"
#include "core/inference/vulkan/vulkancontext.h"

#include <QCoreApplication>

namespace Inference {

DescriptorAllocator::DescriptorAllocator(VulkanContext& ctx)
    : m_ctx(ctx)
{ }

DescriptorAllocator::~DescriptorAllocator()
{
    for (VkDescriptorPool p : m_pools)
        vkDestroyDescriptorPool(m_ctx.device(), p, nullptr);
    for (const auto& [key, v] : m_views)
        vkDestroyBufferView(m_ctx.device(), v, nullptr);
}

Result<VkBufferView> DescriptorAllocator::view(const BufferRange& range, VkFormat format)
{
    std::vector<uint64_t> key { uint64_t(reinterpret_cast<uintptr_t>(range.buffer)), range.offset, range.range,
        uint64_t(format) };
    if (auto it = m_views.find(key); it != m_views.end())
        return it->second;
    VkBufferViewCreateInfo ci { VK_STRUCTURE_TYPE_BUFFER_VIEW_CREATE_INFO };
    ci.buffer = range.buffer;
    ci.format = format;
    ci.offset = range.offset;
    ci.range = range.range;
    VkBufferView v = VK_NULL_HANDLE;
    if (auto e = vkCheck(vkCreateBufferView(m_ctx.device(), &ci, nullptr, &v), "vkCreateBufferView"))
        return *e;
    m_views.emplace(std::move(key), v);
    return v;
}

Result<VkDescriptorPool> DescriptorAllocator::newPool()
{
    const VkDescriptorPoolSize sizes[] = { { VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 2048 },
        { VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1024 }, { VK_DESCRIPTOR_TYPE_UNIFORM_TEXEL_BUFFER, 512 } };
    VkDescriptorPoolCreateInfo ci { VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO };
    ci.maxSets = 256;
    ci.poolSizeCount = 3;
    ci.pPoolSizes = sizes;
    VkDescriptorPool pool = VK_NULL_HANDLE;
    if (auto e = vkCheck(vkCreateDescriptorPool(m_ctx.device(), &ci, nullptr, &pool), "vkCreateDescriptorPool"))
        return *e;
    m_pools.push_back(pool);
    return pool;
}

Result<VkDescriptorSet> DescriptorAllocator::allocate(const Pipeline& pipeline, const std::vector<BufferRange>& ranges)
{
    if (ranges.size() != pipeline.bindings.size())
        return vulkanError(QCoreApplication::translate("Inference", "%1 needs %2 buffers, got %3")
                               .arg(pipeline.name)
                               .arg(pipeline.bindings.size())
                               .arg(ranges.size()));
    std::vector<uint64_t> key { uint64_t(reinterpret_cast<uintptr_t>(pipeline.setLayout)) };
    for (const auto& r : ranges)
        key.insert(key.end(), { uint64_t(reinterpret_cast<uintptr_t>(r.buffer)), r.offset, r.range });
    if (auto it = m_sets.find(key); it != m_sets.end())
        return it->second;
    VkDescriptorSet set = VK_NULL_HANDLE;
    VkDescriptorSetAllocateInfo ai { VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO };
    ai.descriptorSetCount = 1;
    ai.pSetLayouts = &pipeline.setLayout;
    VkResult r = VK_ERROR_OUT_OF_POOL_MEMORY;
    if (!m_pools.empty()) {
        ai.descriptorPool = m_pools.back();
        r = vkAllocateDescriptorSets(m_ctx.device(), &ai, &set);
    }
    if (r == VK_ERROR_OUT_OF_POOL_MEMORY || r == VK_ERROR_FRAGMENTED_POOL) {
        auto pool = newPool();
        if (!pool)
            return pool.error();
        ai.descriptorPool = pool.value();
        r = vkAllocateDescriptorSets(m_ctx.device(), &ai, &set);
    }
    if (auto e = vkCheck(r, "vkAllocateDescriptorSets"))
        return *e;

    std::vector<VkDescriptorBufferInfo> infos(ranges.size());
    std::vector<VkBufferView> views(ranges.size(), VK_NULL_HANDLE);
    std::vector<VkWriteDescriptorSet> writes(ranges.size());
    for (size_t i = 0; i < ranges.size(); ++i) {
        writes[i] = { VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET };
        writes[i].dstSet = set;
        writes[i].dstBinding = uint32_t(i);
        writes[i].descriptorCount = 1;
        writes[i].descriptorType = pipeline.bindings[i];
        if (pipeline.bindings[i] == VK_DESCRIPTOR_TYPE_UNIFORM_TEXEL_BUFFER) {
            auto v = view(ranges[i], pipeline.texelFormats[i]);
            if (!v)
                return v.error();
            views[i] = v.value();
            writes[i].pTexelBufferView = &views[i];
        } else {
            infos[i] = { ranges[i].buffer, ranges[i].offset, ranges[i].range };
            writes[i].pBufferInfo = &infos[i];
        }
    }
    vkUpdateDescriptorSets(m_ctx.device(), uint32_t(writes.size()), writes.data(), 0, nullptr);
    m_sets.emplace(std::move(key), set);
    return set;
}

} // namespace Inference
