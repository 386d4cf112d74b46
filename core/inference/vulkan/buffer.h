// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <vulkan/vulkan.h>

#include <memory>

namespace Inference {

class VulkanContext;

/** Where a buffer lives. Device: fastest for shaders (host-visible too on unified memory, e.g. lavapipe);
 * Upload: host-visible, coherent, written by the host each token; Readback: host-visible, cached, read by the host. */
enum class MemoryKind { Device, Upload, Readback };

/**
 * A VkBuffer with its own VkDeviceMemory, freed in the destructor (ggml's vk_buffer_struct). Every buffer can be a
 * storage buffer, a uniform buffer and a transfer source/destination. Host-visible memory stays mapped. The
 * VulkanContext must outlive the buffer. Contents start as zeros.
 */
class Buffer
{
public:
    static Result<std::unique_ptr<Buffer>> create(VulkanContext& ctx, VkDeviceSize size, MemoryKind kind);
    ~Buffer();
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;

    VkBuffer handle() const { return m_buffer; }
    VkDeviceSize size() const { return m_size; }
    /** Host pointer when the memory is host-visible, else nullptr. */
    void* mapped() const { return m_mapped; }

    /** Copies host bytes in: memcpy when mapped, else through a temporary staging buffer (waits). */
    Result<void> upload(const void* data, VkDeviceSize bytes, VkDeviceSize offset = 0);
    /** Copies bytes out (waits for the device when not mapped). */
    Result<void> download(void* data, VkDeviceSize bytes, VkDeviceSize offset = 0) const;

private:
    Buffer() = default;
    VulkanContext* m_ctx = nullptr;
    VkBuffer m_buffer = VK_NULL_HANDLE;
    VkDeviceMemory m_memory = VK_NULL_HANDLE;
    VkDeviceSize m_size = 0;
    void* m_mapped = nullptr;
};

} // namespace Inference
