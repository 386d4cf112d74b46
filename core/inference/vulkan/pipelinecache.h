// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/inference/vulkan/pipeline.h"

#include <QHash>

#include <memory>

namespace Inference {

class VulkanContext;

/** Creates each pipeline once, by its description's key, from the embedded SPIR-V (":/shaders/<name>.spv"), through
 * the device's VkPipelineCache. Owns the pipelines; the VulkanContext must outlive it. */
class PipelineCache
{
public:
    explicit PipelineCache(VulkanContext& ctx);
    ~PipelineCache();

    Result<const Pipeline*> get(const PipelineDesc& desc);
    int size() const { return int(m_pipelines.size()); }

private:
    VulkanContext& m_ctx;
    QHash<QString, std::shared_ptr<Pipeline>> m_pipelines;
};

} // namespace Inference
