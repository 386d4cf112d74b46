// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// What one dispatch costs on a Vulkan device, apart from the model: a command buffer of N dispatches of one pipeline
// (with or without a barrier after each), submitted and waited for, timed on the host; microseconds per dispatch as
// median [min-max] over --runs submits after a warm-up. Cases: a decode mat-vec of the 110m gate/up shape (4,096 rows
// of 768, Q4_0, RMSNorm and SwiGLU epilogue) over all its rows and over fewer rows (fewer workgroups), and a trivial
// kernel (embedding lookup of one row). On a CPU device (lavapipe) this separates the runtime's fixed cost per
// dispatch from the kernel's work.
//
// usage: bench_dispatch [--device INDEX|NAME] [--dispatches N] [--runs N]
#include "core/inference/vulkan/buffer.h"
#include "core/inference/vulkan/descriptorallocator.h"
#include "core/inference/vulkan/kernels.h"
#include "core/inference/vulkan/pipelinecache.h"
#include "core/inference/vulkan/vulkancontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <random>

using namespace Inference;

namespace {

/** CPU seconds of the whole process (all threads: a CPU device's workers too). */
double processCpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Case
{
    const char* name;
    PipelineDesc desc;
    std::vector<Buffer*> buffers;
    std::vector<uint8_t> push;
    uint32_t groups = 1;
    bool barriers = true;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    DeviceChoice device;
    int dispatches = 60, runs = 9;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        const QString v = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == QLatin1String("--device")) {
            bool num = false;
            const int idx = v.toInt(&num);
            if (num)
                device.index = idx;
            else
                device.name = v;
            ++i;
        } else if (a == QLatin1String("--dispatches")) {
            dispatches = std::max(1, v.toInt());
            ++i;
        } else if (a == QLatin1String("--runs")) {
            runs = std::max(1, v.toInt());
            ++i;
        } else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(a));
            return 2;
        }
    }
    auto ctxR = VulkanContext::create(device);
    if (!ctxR) {
        std::fprintf(stderr, "%s\n", qPrintable(ctxR.error().toString()));
        return 1;
    }
    VulkanContext& ctx = *ctxR.value();
    PipelineCache pipelines(ctx);
    DescriptorAllocator sets(ctx);
    std::vector<std::unique_ptr<Buffer>> keep;
    std::mt19937 rng(7);
    enum class Fill { Zero, Bits, Floats };
    auto buffer = [&](size_t bytes, Fill fill) -> Buffer* {
        auto b = Buffer::create(ctx, bytes, MemoryKind::Device);
        if (!b)
            qFatal("%s", qPrintable(b.error().toString()));
        std::vector<uint32_t> data(bytes / 4, 0u);
        std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
        for (uint32_t& w : data) {
            if (fill == Fill::Bits) // quants, and scales as halves between 2^-8 and 1 (no subnormals)
                w = (rng() & 0x03FF03FFu) | 0x20002000u;
            else if (fill == Fill::Floats) {
                const float f = unit(rng);
                std::memcpy(&w, &f, 4);
            }
        }
        (void)b.value()->upload(data.data(), data.size() * 4);
        keep.push_back(std::move(b.value()));
        return keep.back().get();
    };

    const KernelShape shape = KernelShape::forDevice(ctx);
    const uint32_t k = 768, rows = 4096, nb = k / 32;
    Buffer* quants = buffer(size_t(rows) * nb * 16, Fill::Bits);
    Buffer* scales = buffer(size_t(rows) * nb * 2 + 16, Fill::Bits);
    Buffer* x = buffer(size_t(k) * 4, Fill::Floats);
    Buffer* g = buffer(size_t(k) * 4, Fill::Floats);
    Buffer* out = buffer(size_t(rows) * 4, Fill::Zero);
    Buffer* small = buffer(64, Fill::Zero);
    Buffer* params = buffer(64, Fill::Zero);

    auto matmul = [&](const char* name, uint32_t useRows, bool barriers) {
        Case c;
        c.name = name;
        c.desc = matmulDesc(WeightType::Q4_0, MatmulMode::Swiglu, true, 1, shape, nb, useRows);
        c.buffers = { quants, scales, x, g, out, small, small, small, params };
        MatmulPush pc;
        pc.rows = useRows;
        pc.nb = nb;
        pc.kReal = k;
        pc.xStride = k / 4;
        pc.outStride = rows;
        pc.nTok = 1;
        pc.eps = 1e-5f;
        c.push.resize(sizeof pc);
        std::memcpy(c.push.data(), &pc, sizeof pc);
        c.groups = shape.groupsFor(useRows);
        c.barriers = barriers;
        return c;
    };
    std::vector<Case> cases;
    cases.push_back(matmul("matmul 4096x768 q4_0", rows, true));
    cases.push_back(matmul("  same, no barriers", rows, false));
    cases.push_back(matmul("  1/4 of the rows", rows / 4, true));
    cases.push_back(matmul("  1/32 of the rows", rows / 32, true));
    {
        Case c;
        c.name = "embedding lookup, 1 row";
        c.desc = getRowsDesc(WeightType::F32);
        c.buffers = { x, out, params };
        GetRowsPush pc { k * 4, 64, k, 0 };
        c.push.resize(sizeof pc);
        std::memcpy(c.push.data(), &pc, sizeof pc);
        cases.push_back(c);
    }

    std::printf(
        "%s, %d dispatches per submit, %d submits after a warm-up\n", qPrintable(ctx.info().name), dispatches, runs);
    std::printf("%-28s %10s %28s %16s\n", "case", "workgroups", "us per dispatch", "CPU us/dispatch");
    for (Case& c : cases) {
        auto p = pipelines.get(c.desc);
        if (!p) {
            std::fprintf(stderr, "%s\n", qPrintable(p.error().toString()));
            return 1;
        }
        std::vector<BufferRange> ranges;
        for (size_t i = 0; i < c.buffers.size(); ++i) {
            const bool uniform = c.desc.bindings[i] == VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER;
            ranges.push_back({ c.buffers[i]->handle(), 0,
                uniform ? std::min<VkDeviceSize>(c.buffers[i]->size(), ctx.limits().maxUniformBufferRange)
                        : VK_WHOLE_SIZE });
        }
        auto set = sets.allocate(*p.value(), ranges);
        if (!set) {
            std::fprintf(stderr, "%s\n", qPrintable(set.error().toString()));
            return 1;
        }
        auto cb = ctx.allocateCommandBuffer();
        if (!cb)
            return 1;
        VkCommandBufferBeginInfo bi { VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO };
        vkBeginCommandBuffer(cb.value(), &bi);
        for (int i = 0; i < dispatches; ++i) {
            recordDispatch(cb.value(), *p.value(), set.value(), c.push.data(), c.groups);
            if (c.barriers)
                recordComputeBarrier(cb.value());
        }
        vkEndCommandBuffer(cb.value());
        std::vector<double> us, cpu;
        for (int r = 0; r <= runs; ++r) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = processCpuSeconds();
            if (auto s = ctx.submitAndWait(cb.value()); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                return 1;
            }
            if (r > 0) {
                us.push_back(double(t.nsecsElapsed()) / 1e3 / dispatches);
                cpu.push_back((processCpuSeconds() - cpu0) * 1e6 / dispatches);
            }
        }
        ctx.freeCommandBuffer(cb.value());
        std::sort(us.begin(), us.end());
        std::sort(cpu.begin(), cpu.end());
        char col[64];
        std::snprintf(col, sizeof col, "%.1f [%.1f-%.1f]", us[us.size() / 2], us.front(), us.back());
        std::printf("%-28s %10u %28s %16.1f\n", c.name, c.groups, col, cpu[cpu.size() / 2]);
    }
    return 0;
}
