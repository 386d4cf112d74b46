// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QString>

#include <vulkan/vulkan.h>

#include <functional>
#include <memory>
#include <vector>

namespace Inference {

/** A Vulkan physical device as the loader lists it. */
struct DeviceInfo
{
    int index = -1; // position in vkEnumeratePhysicalDevices
    QString name; // "llvmpipe (LLVM 15.0.6, 256 bits)", "NVIDIA H100 ..."
    QString typeName; // "discrete GPU", "integrated GPU", "virtual GPU", "CPU", "other"
    VkPhysicalDeviceType type = VK_PHYSICAL_DEVICE_TYPE_OTHER;
    QString driver; // driverName + driverInfo
    uint32_t apiVersion = 0;
    uint32_t subgroupSize = 0;
    bool usable = false; // Vulkan 1.2, compute queue, subgroup arithmetic + shuffle in compute
    uint64_t deviceLocalBytes = 0; // largest device-local heap
};

/** Which device to use. Empty: the environment variable INFEROMETER_VULKAN_DEVICE (an index or a part of the name),
 * else the first usable discrete GPU, then integrated, virtual, CPU device (lavapipe). */
struct DeviceChoice
{
    int index = -1;
    QString name; // case-insensitive substring of DeviceInfo::name
};

/**
 * Instance, one device and its compute queue, a command pool, a fence and a VkPipelineCache. Not thread-safe: every
 * call happens on the thread that owns the inference worker (STYLE.md §2). Errors: Error::Unavailable when there is no
 * Vulkan loader/driver or no usable device (a normal state, not a failure), Error::Vulkan for failed calls.
 */
class VulkanContext
{
public:
    static Result<std::shared_ptr<VulkanContext>> create(const DeviceChoice& choice = {});
    /** All physical devices, in loader order; Error::Unavailable without a Vulkan driver. */
    static Result<std::vector<DeviceInfo>> listDevices();

    ~VulkanContext();
    VulkanContext(const VulkanContext&) = delete;
    VulkanContext& operator=(const VulkanContext&) = delete;

    VkDevice device() const { return m_device; }
    VkPhysicalDevice physicalDevice() const { return m_physical; }
    VkQueue queue() const { return m_queue; }
    VkCommandPool commandPool() const { return m_pool; }
    VkPipelineCache pipelineCache() const { return m_pipelineCache; }
    const DeviceInfo& info() const { return m_info; }
    const VkPhysicalDeviceLimits& limits() const { return m_limits; }
    /** All memory is host-visible device-local (lavapipe, most integrated GPUs): no staging copies needed. */
    bool unifiedMemory() const { return m_uma; }
    /** True for a CPU device (lavapipe): kernels pick CPU-friendly workgroup shapes. */
    bool isCpu() const { return m_info.type == VK_PHYSICAL_DEVICE_TYPE_CPU; }
    float timestampPeriodNs() const { return m_limits.timestampPeriod; }
    /** Shaders can read a buffer through a uniform texel buffer view of `format`. */
    bool hasUniformTexelFormat(VkFormat format) const;

    /** A memory type index with all `required` flags, preferring one that also has `preferred`. */
    Result<uint32_t> memoryType(
        uint32_t typeBits, VkMemoryPropertyFlags required, VkMemoryPropertyFlags preferred) const;

    Result<VkCommandBuffer> allocateCommandBuffer();
    void freeCommandBuffer(VkCommandBuffer cb);
    /** Submits `cb` and waits for it (the one host round trip of a token). */
    Result<void> submitAndWait(VkCommandBuffer cb);
    /** Records `record` into a temporary command buffer, submits it and waits. */
    Result<void> oneShot(const std::function<void(VkCommandBuffer)>& record);

private:
    VulkanContext() = default;

    VkInstance m_instance = VK_NULL_HANDLE;
    VkPhysicalDevice m_physical = VK_NULL_HANDLE;
    VkDevice m_device = VK_NULL_HANDLE;
    VkQueue m_queue = VK_NULL_HANDLE;
    uint32_t m_queueFamily = 0;
    VkCommandPool m_pool = VK_NULL_HANDLE;
    VkFence m_fence = VK_NULL_HANDLE;
    VkPipelineCache m_pipelineCache = VK_NULL_HANDLE;
    VkPhysicalDeviceMemoryProperties m_memory {};
    VkPhysicalDeviceLimits m_limits {};
    DeviceInfo m_info;
    bool m_uma = false;
};

} // namespace Inference
