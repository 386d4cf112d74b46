// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/backend.h"
#include "core/inference/vulkan/vulkancontext.h"

#include <memory>

namespace Inference {

class Model;

/** How to run a model on Vulkan. */
struct VulkanOptions
{
    DeviceChoice device; // empty: INFEROMETER_VULKAN_DEVICE, else discrete > integrated > CPU device
    int contextSize = 0; // 0: the model's context length, at most 4096
    bool profile = false; // time every dispatch with timestamps (Backend::kernelTimes)
    KvType kv = KvType::F32; // F16: keys and values rounded to half precision as they are stored (F32 buffers)
};

/**
 * Runs `model` on a Vulkan device (the VulkanBackend): weights are uploaded once in the kernels' layout, a batch of
 * tokens (all layers, one command buffer, a barrier between dependent dispatches) is one submit and one wait; decode
 * reuses a pre-recorded command buffer and only writes the token and position. Created and used on one thread.
 * Error::Unavailable when there is no usable Vulkan device, Error::Schema for a model the engine cannot run.
 */
Result<std::unique_ptr<Backend>> createVulkanBackend(
    std::shared_ptr<const Model> model, const VulkanOptions& options = {});

} // namespace Inference
