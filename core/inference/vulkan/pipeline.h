// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QString>

#include <vulkan/vulkan.h>

#include <array>
#include <vector>

namespace Inference {

/** What a compute pipeline is made of: the shader's resource name (":/shaders/<shader>.spv"), its bindings in order
 * (binding N is `bindings[N]`), the push-constant size, and specialization constants by constant_id. Constant ids 0, 1
 * and 2 are the workgroup size (local_size_{x,y,z}_id). */
struct PipelineDesc
{
    QString shader;
    std::vector<VkDescriptorType> bindings;
    /** The view format of each texel-buffer binding (by binding index; VK_FORMAT_UNDEFINED or absent elsewhere). */
    std::vector<VkFormat> texelFormats;
    uint32_t pushConstantSize = 0;
    std::array<uint32_t, 3> workgroup { 64, 1, 1 };
    std::vector<uint32_t> specConstants; // ids 3, 4, ... in order

    QString key() const;
};

/** A compute pipeline with its layouts, destroyed with it (STYLE.md §5). Created only by PipelineCache. */
struct Pipeline
{
    QString name;
    VkDevice device = VK_NULL_HANDLE;
    VkShaderModule module = VK_NULL_HANDLE;
    VkDescriptorSetLayout setLayout = VK_NULL_HANDLE;
    VkPipelineLayout layout = VK_NULL_HANDLE;
    VkPipeline pipeline = VK_NULL_HANDLE;
    uint32_t pushConstantSize = 0;
    std::array<uint32_t, 3> workgroup { 1, 1, 1 };
    std::vector<VkDescriptorType> bindings;
    std::vector<VkFormat> texelFormats;

    Pipeline() = default;
    ~Pipeline();
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;
};

} // namespace Inference
