// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/buffer.h"

#include "core/inference/vulkan/vkcheck.h"
#include "core/inference/vulkan/vulkancontext.h"

#include <cstring>

namespace Inference {

Result<std::unique_ptr<Buffer>> Buffer::create(VulkanContext& ctx, VkDeviceSize size, MemoryKind kind)
{
    std::unique_ptr<Buffer> b(new Buffer);
    b->m_ctx = &ctx;
    b->m_size = size;
    // note: 16-byte multiples keep vec4 views of the last element in bounds
    const VkDeviceSize allocSize = std::max<VkDeviceSize>(16, (size + 15) & ~VkDeviceSize(15));
    VkBufferCreateInfo bci { VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO };
    bci.size = allocSize;
    bci.usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_UNIFORM_BUFFER_BIT
        | VK_BUFFER_USAGE_UNIFORM_TEXEL_BUFFER_BIT | VK_BUFFER_USAGE_TRANSFER_SRC_BIT
        | VK_BUFFER_USAGE_TRANSFER_DST_BIT;
    bci.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
    VkDevice dev = ctx.device();
    if (auto e = vkCheck(vkCreateBuffer(dev, &bci, nullptr, &b->m_buffer), "vkCreateBuffer"))
        return *e;
    VkMemoryRequirements req;
    vkGetBufferMemoryRequirements(dev, b->m_buffer, &req);

    VkMemoryPropertyFlags required = 0, preferred = 0;
    switch (kind) {
    case MemoryKind::Device:
        required = VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT;
        preferred = ctx.unifiedMemory() ? VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT
                                        : VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT;
        break;
    case MemoryKind::Upload:
        required = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
        preferred = VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT;
        break;
    case MemoryKind::Readback:
        required = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
        preferred = VK_MEMORY_PROPERTY_HOST_CACHED_BIT;
        break;
    }
    auto type = ctx.memoryType(req.memoryTypeBits, required, preferred);
    if (!type && kind == MemoryKind::Readback) // rare: no coherent+visible type; fall back to any visible one
        type = ctx.memoryType(req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT, 0);
    if (!type)
        return type.error();
    VkMemoryAllocateInfo mai { VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO };
    mai.allocationSize = req.size;
    mai.memoryTypeIndex = type.value();
    if (auto e = vkCheck(vkAllocateMemory(dev, &mai, nullptr, &b->m_memory), "vkAllocateMemory"))
        return *e;
    if (auto e = vkCheck(vkBindBufferMemory(dev, b->m_buffer, b->m_memory, 0), "vkBindBufferMemory"))
        return *e;

    VkPhysicalDeviceMemoryProperties mem;
    vkGetPhysicalDeviceMemoryProperties(ctx.physicalDevice(), &mem);
    if (mem.memoryTypes[type.value()].propertyFlags & VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT) {
        if (auto e = vkCheck(vkMapMemory(dev, b->m_memory, 0, VK_WHOLE_SIZE, 0, &b->m_mapped), "vkMapMemory"))
            return *e;
        std::memset(b->m_mapped, 0, allocSize);
    } else {
        auto r = ctx.oneShot([&](VkCommandBuffer cb) { vkCmdFillBuffer(cb, b->m_buffer, 0, VK_WHOLE_SIZE, 0); });
        if (!r)
            return r.error();
    }
    return b;
}

Buffer::~Buffer()
{
    VkDevice dev = m_ctx ? m_ctx->device() : VK_NULL_HANDLE;
    if (!dev)
        return;
    if (m_buffer)
        vkDestroyBuffer(dev, m_buffer, nullptr);
    if (m_memory)
        vkFreeMemory(dev, m_memory, nullptr); // unmaps implicitly
}

Result<void> Buffer::upload(const void* data, VkDeviceSize bytes, VkDeviceSize offset)
{
    if (bytes == 0)
        return {};
    if (m_mapped) {
        std::memcpy(static_cast<char*>(m_mapped) + offset, data, bytes);
        return {};
    }
    // chunks of at most 64 MiB so a big tensor does not need a second copy of itself in host-visible memory
    const VkDeviceSize chunk = std::min<VkDeviceSize>(bytes, 64u << 20);
    auto staging = Buffer::create(*m_ctx, chunk, MemoryKind::Upload);
    if (!staging)
        return staging.error();
    for (VkDeviceSize done = 0; done < bytes; done += chunk) {
        const VkDeviceSize n = std::min(chunk, bytes - done);
        std::memcpy(staging.value()->mapped(), static_cast<const char*>(data) + done, n);
        VkBufferCopy region { 0, offset + done, n };
        auto r = m_ctx->oneShot(
            [&](VkCommandBuffer cb) { vkCmdCopyBuffer(cb, staging.value()->handle(), m_buffer, 1, &region); });
        if (!r)
            return r;
    }
    return {};
}

Result<void> Buffer::download(void* data, VkDeviceSize bytes, VkDeviceSize offset) const
{
    if (bytes == 0)
        return {};
    if (m_mapped) {
        std::memcpy(data, static_cast<const char*>(m_mapped) + offset, bytes);
        return {};
    }
    auto staging = Buffer::create(*m_ctx, bytes, MemoryKind::Readback);
    if (!staging)
        return staging.error();
    VkBufferCopy region { offset, 0, bytes };
    auto r = m_ctx->oneShot([&](VkCommandBuffer cb) {
        vkCmdCopyBuffer(cb, m_buffer, staging.value()->handle(), 1, &region);
        VkMemoryBarrier mb { VK_STRUCTURE_TYPE_MEMORY_BARRIER };
        mb.srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT;
        mb.dstAccessMask = VK_ACCESS_HOST_READ_BIT;
        vkCmdPipelineBarrier(
            cb, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_HOST_BIT, 0, 1, &mb, 0, nullptr, 0, nullptr);
    });
    if (!r)
        return r;
    std::memcpy(data, staging.value()->mapped(), bytes);
    return {};
}

} // namespace Inference
