// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <vulkan/vulkan.h>

#include <map>
#include <vector>

namespace Inference {

class VulkanContext;
struct Pipeline;

/** A buffer range bound to one binding; range VK_WHOLE_SIZE means the rest of the buffer. */
struct BufferRange
{
    VkBuffer buffer = VK_NULL_HANDLE;
    VkDeviceSize offset = 0;
    VkDeviceSize range = VK_WHOLE_SIZE;
};

/** Descriptor sets written once and kept (weights and activations never move), from pools that grow as needed and
 * are freed together in the destructor. Texel-buffer bindings get a buffer view in the pipeline's format for the
 * binding (PipelineDesc::texelFormats), made once per buffer range and format and destroyed with the allocator. The
 * same pipeline layout and buffers give the same set back, so re-recording a command buffer allocates nothing; the
 * buffers must outlive the allocator (a set keeps pointing at them). */
class DescriptorAllocator
{
public:
    explicit DescriptorAllocator(VulkanContext& ctx);
    ~DescriptorAllocator();
    DescriptorAllocator(const DescriptorAllocator&) = delete;
    DescriptorAllocator& operator=(const DescriptorAllocator&) = delete;

    /** A set for `pipeline` with binding i = ranges[i] (one range per binding, in order). */
    Result<VkDescriptorSet> allocate(const Pipeline& pipeline, const std::vector<BufferRange>& ranges);

private:
    Result<VkDescriptorPool> newPool();
    Result<VkBufferView> view(const BufferRange& range, VkFormat format);
    VulkanContext& m_ctx;
    std::vector<VkDescriptorPool> m_pools;
    std::map<std::vector<uint64_t>, VkBufferView> m_views;
    std::map<std::vector<uint64_t>, VkDescriptorSet> m_sets;
};

} // namespace Inference
