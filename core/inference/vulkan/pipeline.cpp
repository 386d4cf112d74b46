// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/pipeline.h"

#include <QStringList>

namespace Inference {

QString PipelineDesc::key() const
{
    QStringList parts { shader };
    for (uint32_t w : workgroup)
        parts << QString::number(w);
    for (uint32_t s : specConstants)
        parts << QString::number(s);
    return parts.join(QLatin1Char('/'));
}

Pipeline::~Pipeline()
{
    if (!device)
        return;
    if (pipeline)
        vkDestroyPipeline(device, pipeline, nullptr);
    if (layout)
        vkDestroyPipelineLayout(device, layout, nullptr);
    if (setLayout)
        vkDestroyDescriptorSetLayout(device, setLayout, nullptr);
    if (module)
        vkDestroyShaderModule(device, module, nullptr);
}

} // namespace Inference
