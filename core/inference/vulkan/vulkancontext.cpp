// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/vulkancontext.h"

#include "core/inference/vulkan/vkcheck.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThread>

#include <algorithm>

namespace Inference {

namespace {

    Error unavailable(const QString& message)
    {
        Error e;
        e.code = Error::Code::Unavailable;
        e.message = message;
        return e;
    }

    QString typeName(VkPhysicalDeviceType type)
    {
        switch (type) {
        case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU:
            return QStringLiteral("discrete GPU");
        case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU:
            return QStringLiteral("integrated GPU");
        case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU:
            return QStringLiteral("virtual GPU");
        case VK_PHYSICAL_DEVICE_TYPE_CPU:
            return QStringLiteral("CPU");
        default:
            return QStringLiteral("other");
        }
    }

    int typeRank(VkPhysicalDeviceType type)
    {
        switch (type) {
        case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU:
            return 0;
        case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU:
            return 1;
        case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU:
            return 2;
        case VK_PHYSICAL_DEVICE_TYPE_CPU:
            return 3;
        default:
            return 4;
        }
    }

    std::optional<uint32_t> computeQueueFamily(VkPhysicalDevice dev)
    {
        uint32_t n = 0;
        vkGetPhysicalDeviceQueueFamilyProperties(dev, &n, nullptr);
        std::vector<VkQueueFamilyProperties> families(n);
        vkGetPhysicalDeviceQueueFamilyProperties(dev, &n, families.data());
        // prefer a compute queue that also does graphics: it is the "main" queue with the best scheduling on most
        // drivers
        std::optional<uint32_t> any;
        for (uint32_t i = 0; i < n; ++i) {
            if (!(families[i].queueFlags & VK_QUEUE_COMPUTE_BIT))
                continue;
            if (families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT)
                return i;
            if (!any)
                any = i;
        }
        return any;
    }

    DeviceInfo describe(VkPhysicalDevice dev, int index)
    {
        VkPhysicalDeviceSubgroupProperties subgroup { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES };
        VkPhysicalDeviceDriverProperties driver { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES };
        subgroup.pNext = &driver;
        VkPhysicalDeviceProperties2 props { VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2 };
        props.pNext = &subgroup;
        vkGetPhysicalDeviceProperties2(dev, &props);

        DeviceInfo info;
        info.index = index;
        info.name = QString::fromUtf8(props.properties.deviceName);
        info.type = props.properties.deviceType;
        info.typeName = typeName(info.type);
        info.apiVersion = props.properties.apiVersion;
        info.subgroupSize = subgroup.subgroupSize;
        info.driver = QString::fromUtf8(driver.driverName) + QLatin1Char(' ') + QString::fromUtf8(driver.driverInfo);
        const VkSubgroupFeatureFlags needed
            = VK_SUBGROUP_FEATURE_BASIC_BIT | VK_SUBGROUP_FEATURE_ARITHMETIC_BIT | VK_SUBGROUP_FEATURE_SHUFFLE_BIT;
        info.usable = VK_API_VERSION_MINOR(info.apiVersion) >= 2 && computeQueueFamily(dev).has_value()
            && (subgroup.supportedStages & VK_SHADER_STAGE_COMPUTE_BIT)
            && (subgroup.supportedOperations & needed) == needed && subgroup.subgroupSize >= 4;
        VkPhysicalDeviceMemoryProperties mem;
        vkGetPhysicalDeviceMemoryProperties(dev, &mem);
        for (uint32_t i = 0; i < mem.memoryHeapCount; ++i)
            if (mem.memoryHeaps[i].flags & VK_MEMORY_HEAP_DEVICE_LOCAL_BIT)
                info.deviceLocalBytes = std::max<uint64_t>(info.deviceLocalBytes, mem.memoryHeaps[i].size);
        return info;
    }

    Result<VkInstance> createInstance()
    {
        // Mesa's lavapipe (a CPU Vulkan device) runs compute on LP_NUM_THREADS threads, by default one per core. On
        // this project's 2-core machines that default leaves a core idle during our dispatches (110m Q4_0 decode:
        // 24 tok/s with 2 threads, 42 with 3 or 4, same logits); one thread more than the cores keeps both busy. Only
        // lavapipe reads the variable, and only when the driver loads, so it is set before the first instance and
        // never over a value the user gave.
        static const bool threadsChosen = [] {
            if (!qEnvironmentVariableIsSet("LP_NUM_THREADS"))
                qputenv("LP_NUM_THREADS", QByteArray::number(std::max(3, QThread::idealThreadCount() + 1)));
            return true;
        }();
        Q_UNUSED(threadsChosen);
        VkApplicationInfo app { VK_STRUCTURE_TYPE_APPLICATION_INFO };
        app.pApplicationName = "Inferometer";
        app.apiVersion = VK_API_VERSION_1_2;
        VkInstanceCreateInfo ci { VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO };
        ci.pApplicationInfo = &app;
        VkInstance instance = VK_NULL_HANDLE;
        const VkResult r = vkCreateInstance(&ci, nullptr, &instance);
        if (r == VK_ERROR_INCOMPATIBLE_DRIVER || r == VK_ERROR_INITIALIZATION_FAILED)
            return unavailable(QCoreApplication::translate("Inference",
                "No Vulkan driver is installed (%1); install the GPU's Vulkan driver or Mesa's lavapipe "
                "(mesa-vulkan-drivers), or use the CPU backend")
                                   .arg(QLatin1String(vkResultName(r))));
        if (auto e = vkCheck(r, "vkCreateInstance"))
            return *e;
        return instance;
    }

    Result<std::vector<VkPhysicalDevice>> physicalDevices(VkInstance instance)
    {
        uint32_t n = 0;
        if (auto e = vkCheck(vkEnumeratePhysicalDevices(instance, &n, nullptr), "vkEnumeratePhysicalDevices"))
            return *e;
        std::vector<VkPhysicalDevice> devs(n);
        if (n > 0)
            if (auto e = vkCheck(vkEnumeratePhysicalDevices(instance, &n, devs.data()), "vkEnumeratePhysicalDevices"))
                return *e;
        devs.resize(n);
        return devs;
    }

} // namespace

Result<std::vector<DeviceInfo>> VulkanContext::listDevices()
{
    auto instance = createInstance();
    if (!instance)
        return instance.error();
    auto devs = physicalDevices(instance.value());
    std::vector<DeviceInfo> out;
    if (devs)
        for (size_t i = 0; i < devs.value().size(); ++i)
            out.push_back(describe(devs.value()[i], int(i)));
    vkDestroyInstance(instance.value(), nullptr);
    if (!devs)
        return devs.error();
    return out;
}

Result<std::shared_ptr<VulkanContext>> VulkanContext::create(const DeviceChoice& choiceIn)
{
    std::shared_ptr<VulkanContext> ctx(new VulkanContext);
    auto instance = createInstance();
    if (!instance)
        return instance.error();
    ctx->m_instance = instance.value();
    auto devsR = physicalDevices(ctx->m_instance);
    if (!devsR)
        return devsR.error();
    const auto& devs = devsR.value();
    std::vector<DeviceInfo> infos;
    for (size_t i = 0; i < devs.size(); ++i)
        infos.push_back(describe(devs[i], int(i)));
    if (infos.empty())
        return unavailable(QCoreApplication::translate("Inference",
            "No Vulkan device found: the Vulkan loader lists none (install the GPU's Vulkan driver or Mesa's lavapipe, "
            "or use the CPU backend)"));

    DeviceChoice choice = choiceIn;
    if (choice.index < 0 && choice.name.isEmpty()) {
        const QString env = qEnvironmentVariable("INFEROMETER_VULKAN_DEVICE").trimmed();
        bool isNumber = false;
        const int idx = env.toInt(&isNumber);
        if (isNumber)
            choice.index = idx;
        else
            choice.name = env;
    }
    auto listing = [&]() -> QString {
        QStringList names;
        for (const auto& d : infos)
            names << QStringLiteral("%1: %2 (%3)").arg(d.index).arg(d.name, d.typeName);
        return names.join(QStringLiteral("; "));
    };
    const DeviceInfo* chosen = nullptr;
    if (choice.index >= 0) {
        if (choice.index >= int(infos.size()))
            return unavailable(QCoreApplication::translate("Inference", "Vulkan device %1 does not exist; devices: %2")
                                   .arg(choice.index)
                                   .arg(listing()));
        chosen = &infos[choice.index];
    } else if (!choice.name.isEmpty()) {
        for (const auto& d : infos)
            if (d.name.contains(choice.name, Qt::CaseInsensitive)) {
                chosen = &d;
                break;
            }
        if (!chosen)
            return unavailable(
                QCoreApplication::translate("Inference", "No Vulkan device named like \"%1\"; devices: %2")
                    .arg(choice.name, listing()));
    } else {
        for (const auto& d : infos)
            if (d.usable && (!chosen || typeRank(d.type) < typeRank(chosen->type)))
                chosen = &d;
        if (!chosen)
            return unavailable(QCoreApplication::translate("Inference",
                "No usable Vulkan device (needs Vulkan 1.2 with subgroup arithmetic and shuffle in compute); "
                "devices: %1")
                                   .arg(listing()));
    }
    if (!chosen->usable)
        return unavailable(QCoreApplication::translate("Inference",
            "Vulkan device %1 (%2) lacks what the engine needs: Vulkan 1.2, a compute queue, subgroup arithmetic "
            "and shuffle in compute shaders")
                               .arg(chosen->index)
                               .arg(chosen->name));
    ctx->m_info = *chosen;
    ctx->m_physical = devs[chosen->index];

    VkPhysicalDeviceProperties props;
    vkGetPhysicalDeviceProperties(ctx->m_physical, &props);
    ctx->m_limits = props.limits;
    vkGetPhysicalDeviceMemoryProperties(ctx->m_physical, &ctx->m_memory);
    ctx->m_uma = true;
    for (uint32_t i = 0; i < ctx->m_memory.memoryTypeCount; ++i) {
        const auto f = ctx->m_memory.memoryTypes[i].propertyFlags;
        if ((f & VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT) && !(f & VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT))
            ctx->m_uma = false;
    }

    ctx->m_queueFamily = *computeQueueFamily(ctx->m_physical);
    const float priority = 1.0f;
    VkDeviceQueueCreateInfo qci { VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO };
    qci.queueFamilyIndex = ctx->m_queueFamily;
    qci.queueCount = 1;
    qci.pQueuePriorities = &priority;
    VkPhysicalDeviceFeatures features {}; // the kernels need no optional feature
    VkDeviceCreateInfo dci { VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO };
    dci.pEnabledFeatures = &features;
    dci.queueCreateInfoCount = 1;
    dci.pQueueCreateInfos = &qci;
    if (auto e = vkCheck(vkCreateDevice(ctx->m_physical, &dci, nullptr, &ctx->m_device), "vkCreateDevice"))
        return *e;
    vkGetDeviceQueue(ctx->m_device, ctx->m_queueFamily, 0, &ctx->m_queue);

    VkCommandPoolCreateInfo pci { VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO };
    pci.flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT;
    pci.queueFamilyIndex = ctx->m_queueFamily;
    if (auto e = vkCheck(vkCreateCommandPool(ctx->m_device, &pci, nullptr, &ctx->m_pool), "vkCreateCommandPool"))
        return *e;
    VkFenceCreateInfo fci { VK_STRUCTURE_TYPE_FENCE_CREATE_INFO };
    if (auto e = vkCheck(vkCreateFence(ctx->m_device, &fci, nullptr, &ctx->m_fence), "vkCreateFence"))
        return *e;
    VkPipelineCacheCreateInfo cci { VK_STRUCTURE_TYPE_PIPELINE_CACHE_CREATE_INFO };
    if (auto e
        = vkCheck(vkCreatePipelineCache(ctx->m_device, &cci, nullptr, &ctx->m_pipelineCache), "vkCreatePipelineCache"))
        return *e;
    return ctx;
}

VulkanContext::~VulkanContext()
{
    if (m_device) {
        vkDeviceWaitIdle(m_device);
        if (m_pipelineCache)
            vkDestroyPipelineCache(m_device, m_pipelineCache, nullptr);
        if (m_fence)
            vkDestroyFence(m_device, m_fence, nullptr);
        if (m_pool)
            vkDestroyCommandPool(m_device, m_pool, nullptr);
        vkDestroyDevice(m_device, nullptr);
    }
    if (m_instance)
        vkDestroyInstance(m_instance, nullptr);
}

Result<uint32_t> VulkanContext::memoryType(
    uint32_t typeBits, VkMemoryPropertyFlags required, VkMemoryPropertyFlags preferred) const
{
    int best = -1;
    for (uint32_t i = 0; i < m_memory.memoryTypeCount; ++i) {
        if (!(typeBits & (1u << i)))
            continue;
        const auto f = m_memory.memoryTypes[i].propertyFlags;
        if ((f & required) != required)
            continue;
        if ((f & preferred) == preferred)
            return i;
        if (best < 0)
            best = int(i);
    }
    if (best < 0)
        return vulkanError(QCoreApplication::translate("Inference", "No Vulkan memory type with flags 0x%1 on %2")
                               .arg(required, 0, 16)
                               .arg(m_info.name));
    return uint32_t(best);
}

Result<VkCommandBuffer> VulkanContext::allocateCommandBuffer()
{
    VkCommandBufferAllocateInfo ai { VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO };
    ai.commandPool = m_pool;
    ai.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    ai.commandBufferCount = 1;
    VkCommandBuffer cb = VK_NULL_HANDLE;
    if (auto e = vkCheck(vkAllocateCommandBuffers(m_device, &ai, &cb), "vkAllocateCommandBuffers"))
        return *e;
    return cb;
}

void VulkanContext::freeCommandBuffer(VkCommandBuffer cb)
{
    if (cb)
        vkFreeCommandBuffers(m_device, m_pool, 1, &cb);
}

Result<void> VulkanContext::submitAndWait(VkCommandBuffer cb)
{
    VkSubmitInfo si { VK_STRUCTURE_TYPE_SUBMIT_INFO };
    si.commandBufferCount = 1;
    si.pCommandBuffers = &cb;
    if (auto e = vkCheck(vkQueueSubmit(m_queue, 1, &si, m_fence), "vkQueueSubmit"))
        return *e;
    const VkResult w = vkWaitForFences(m_device, 1, &m_fence, VK_TRUE, UINT64_MAX);
    vkResetFences(m_device, 1, &m_fence);
    if (auto e = vkCheck(w, "vkWaitForFences"))
        return *e;
    return {};
}

Result<void> VulkanContext::oneShot(const std::function<void(VkCommandBuffer)>& record)
{
    auto cb = allocateCommandBuffer();
    if (!cb)
        return cb.error();
    VkCommandBufferBeginInfo bi { VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
    bi.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
    vkBeginCommandBuffer(cb.value(), &bi);
    record(cb.value());
    Result<void> result;
    if (auto e = vkCheck(vkEndCommandBuffer(cb.value()), "vkEndCommandBuffer"))
        result = *e;
    else
        result = submitAndWait(cb.value());
    freeCommandBuffer(cb.value());
    return result;
}

bool VulkanContext::hasUniformTexelFormat(VkFormat format) const
{
    VkFormatProperties props {};
    vkGetPhysicalDeviceFormatProperties(m_physical, format, &props);
    return (props.bufferFeatures & VK_FORMAT_FEATURE_UNIFORM_TEXEL_BUFFER_BIT) != 0;
}

} // namespace Inference
