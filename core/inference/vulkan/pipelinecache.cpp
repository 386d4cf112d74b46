// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/pipelinecache.h"

#include "core/inference/vulkan/vkcheck.h"
#include "core/inference/vulkan/vulkancontext.h"

#include <QCoreApplication>
#include <QFile>

static void initSpirvResources()
{
    Q_INIT_RESOURCE(spirv); // the resources live in a static library: register them before the first lookup
}

namespace Inference {

PipelineCache::PipelineCache(VulkanContext& ctx)
    : m_ctx(ctx)
{
    initSpirvResources();
}

PipelineCache::~PipelineCache() = default;

Result<const Pipeline*> PipelineCache::get(const PipelineDesc& desc)
{
    const QString key = desc.key();
    if (auto it = m_pipelines.constFind(key); it != m_pipelines.constEnd())
        return static_cast<const Pipeline*>(it.value().get());

    const QString path = QStringLiteral(":/shaders/") + desc.shader + QStringLiteral(".spv");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return vulkanError(
            QCoreApplication::translate("Inference", "Shader %1 is not built into this program").arg(path));
    const QByteArray spirv = f.readAll();

    auto p = std::make_shared<Pipeline>();
    p->name = key;
    p->device = m_ctx.device();
    p->pushConstantSize = desc.pushConstantSize;
    p->workgroup = desc.workgroup;
    p->bindings = desc.bindings;
    p->texelFormats = desc.texelFormats;
    p->texelFormats.resize(desc.bindings.size(), VK_FORMAT_UNDEFINED);
    VkDevice dev = m_ctx.device();

    VkShaderModuleCreateInfo smci { VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO };
    smci.codeSize = size_t(spirv.size());
    smci.pCode = reinterpret_cast<const uint32_t*>(spirv.constData());
    if (auto e = vkCheck(vkCreateShaderModule(dev, &smci, nullptr, &p->module), "vkCreateShaderModule"))
        return *e;

    std::vector<VkDescriptorSetLayoutBinding> bindings;
    for (size_t i = 0; i < desc.bindings.size(); ++i)
        bindings.push_back({ uint32_t(i), desc.bindings[i], 1, VK_SHADER_STAGE_COMPUTE_BIT, nullptr });
    VkDescriptorSetLayoutCreateInfo dslci { VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO };
    dslci.bindingCount = uint32_t(bindings.size());
    dslci.pBindings = bindings.data();
    if (auto e
        = vkCheck(vkCreateDescriptorSetLayout(dev, &dslci, nullptr, &p->setLayout), "vkCreateDescriptorSetLayout"))
        return *e;

    VkPushConstantRange pcr { VK_SHADER_STAGE_COMPUTE_BIT, 0, desc.pushConstantSize };
    VkPipelineLayoutCreateInfo plci { VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO };
    plci.setLayoutCount = 1;
    plci.pSetLayouts = &p->setLayout;
    plci.pushConstantRangeCount = desc.pushConstantSize ? 1 : 0;
    plci.pPushConstantRanges = &pcr;
    if (auto e = vkCheck(vkCreatePipelineLayout(dev, &plci, nullptr, &p->layout), "vkCreatePipelineLayout"))
        return *e;

    std::vector<uint32_t> values { desc.workgroup[0], desc.workgroup[1], desc.workgroup[2] };
    values.insert(values.end(), desc.specConstants.begin(), desc.specConstants.end());
    std::vector<VkSpecializationMapEntry> entries;
    for (uint32_t i = 0; i < values.size(); ++i)
        entries.push_back({ i, i * 4, 4 });
    VkSpecializationInfo si {};
    si.mapEntryCount = uint32_t(entries.size());
    si.pMapEntries = entries.data();
    si.dataSize = values.size() * 4;
    si.pData = values.data();

    VkComputePipelineCreateInfo cpci { VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO };
    cpci.stage = { VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO };
    cpci.stage.stage = VK_SHADER_STAGE_COMPUTE_BIT;
    cpci.stage.module = p->module;
    cpci.stage.pName = "main";
    cpci.stage.pSpecializationInfo = &si;
    cpci.layout = p->layout;
    if (auto e = vkCheck(vkCreateComputePipelines(dev, m_ctx.pipelineCache(), 1, &cpci, nullptr, &p->pipeline),
            "vkCreateComputePipelines"))
        return *e;
    m_pipelines.insert(key, p);
    return static_cast<const Pipeline*>(p.get());
}

} // namespace Inference
