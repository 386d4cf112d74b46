// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/weightpacker.h"

#include "core/gguf/fp16.h"
#include "core/inference/vulkan/vkcheck.h"

#include <QCoreApplication>

#include <cstring>

namespace Inference {

float halfToFloat(uint16_t h)
{
    return Gguf::fp16ToFp32(h);
}

uint64_t rowBytes(RowType type, uint64_t k)
{
    switch (type) {
    case RowType::F32:
        return k * 4;
    case RowType::F16:
        return k * 2;
    case RowType::Q8_0:
        return k / 32 * 34;
    case RowType::Q4_0:
        return k / 32 * 18;
    }
    return 0;
}

std::vector<float> dequantizeRow(const RawMatrix& m, uint64_t row)
{
    std::vector<float> out(m.k);
    const std::byte* p = m.data + row * rowBytes(m.type, m.k);
    switch (m.type) {
    case RowType::F32:
        std::memcpy(out.data(), p, m.k * 4);
        break;
    case RowType::F16:
        for (uint64_t i = 0; i < m.k; ++i) {
            uint16_t h;
            std::memcpy(&h, p + 2 * i, 2);
            out[i] = halfToFloat(h);
        }
        break;
    case RowType::Q8_0:
        for (uint64_t b = 0; b < m.k / 32; ++b) {
            const std::byte* blk = p + b * 34;
            uint16_t h;
            std::memcpy(&h, blk, 2);
            const float d = halfToFloat(h);
            for (int j = 0; j < 32; ++j)
                out[b * 32 + j] = float(int8_t(blk[2 + j])) * d;
        }
        break;
    case RowType::Q4_0:
        for (uint64_t b = 0; b < m.k / 32; ++b) {
            const std::byte* blk = p + b * 18;
            uint16_t h;
            std::memcpy(&h, blk, 2);
            const float d = halfToFloat(h);
            for (int j = 0; j < 16; ++j) {
                const int v = int(blk[2 + j]);
                out[b * 32 + j] = float((v & 0xF) - 8) * d;
                out[b * 32 + j + 16] = float((v >> 4) - 8) * d;
            }
        }
        break;
    }
    return out;
}

WeightType commonType(const std::vector<RawMatrix>& parts)
{
    bool allQ4 = true, allQuant = true;
    for (const auto& p : parts) {
        allQ4 = allQ4 && p.type == RowType::Q4_0;
        allQuant = allQuant && (p.type == RowType::Q4_0 || p.type == RowType::Q8_0);
    }
    return allQ4 ? WeightType::Q4_0 : allQuant ? WeightType::Q8_0 : WeightType::F32;
}

Result<PackedWeights> packWeights(const std::vector<RawMatrix>& parts, Combine combine, uint32_t group)
{
    PackedWeights w;
    if (parts.empty() || group == 0)
        return vulkanError(QStringLiteral("packWeights: no parts or group 0"));
    const uint64_t k = parts.front().k;
    uint64_t rows = 0;
    for (const auto& p : parts) {
        if (p.k != k || (combine == Combine::Interleave && p.rows != parts.front().rows))
            return vulkanError(QCoreApplication::translate("Inference", "Fused weights disagree in shape"));
        if ((p.type == RowType::Q8_0 || p.type == RowType::Q4_0) && k % 32)
            return vulkanError(QCoreApplication::translate("Inference", "Quantized rows of %1 elements").arg(k));
        rows += p.rows;
    }
    w.type = commonType(parts);
    w.rows = uint32_t(rows);
    w.k = uint32_t(k);
    w.nb = uint32_t((k + 31) / 32);
    w.group = group;
    const uint64_t groups = (rows + group - 1) / group;
    const uint64_t blocks = groups * group * w.nb;
    const int wordsPerBlock = w.type == WeightType::Q4_0 ? 4 : w.type == WeightType::Q8_0 ? 8 : 32;
    w.quants.assign(blocks * wordsPerBlock, 0);
    if (w.type != WeightType::F32)
        w.scales.assign((blocks + 1) / 2, 0);
    auto scaleBits = [&](uint64_t e, uint16_t h) { w.scales[e >> 1] |= uint32_t(h) << (16 * (e & 1)); };

    for (uint64_t r = 0; r < rows; ++r) {
        // source of combined row r
        const RawMatrix* src = nullptr;
        uint64_t srcRow = 0;
        if (combine == Combine::Interleave) {
            src = &parts[r % parts.size()];
            srcRow = r / parts.size();
        } else {
            uint64_t base = 0;
            for (const auto& p : parts) {
                if (r < base + p.rows) {
                    src = &p;
                    srcRow = r - base;
                    break;
                }
                base += p.rows;
            }
        }
        const uint64_t g = r / group, lane = r % group;
        const std::byte* row = src->data + srcRow * rowBytes(src->type, k);
        std::vector<float> values;
        if (w.type == WeightType::F32)
            values = dequantizeRow(*src, srcRow);
        for (uint64_t b = 0; b < w.nb; ++b) {
            const uint64_t e = (g * w.nb + b) * group + lane;
            uint32_t* q = w.quants.data() + e * wordsPerBlock;
            if (w.type == WeightType::F32) {
                for (uint64_t j = 0; j < 32 && b * 32 + j < k; ++j)
                    std::memcpy(q + j, &values[b * 32 + j], 4);
            } else if (w.type == WeightType::Q4_0) {
                const std::byte* blk = row + b * 18;
                uint16_t h;
                std::memcpy(&h, blk, 2);
                scaleBits(e, h);
                std::memcpy(q, blk + 2, 16);
            } else { // Q8_0 from Q8_0 or Q4_0
                uint8_t bytes[32];
                uint16_t h;
                if (src->type == RowType::Q8_0) {
                    const std::byte* blk = row + b * 34;
                    std::memcpy(&h, blk, 2);
                    std::memcpy(bytes, blk + 2, 32);
                } else {
                    const std::byte* blk = row + b * 18;
                    std::memcpy(&h, blk, 2);
                    for (int j = 0; j < 16; ++j) {
                        const int v = int(blk[2 + j]);
                        bytes[j] = uint8_t(int8_t((v & 0xF) - 8));
                        bytes[j + 16] = uint8_t(int8_t((v >> 4) - 8));
                    }
                }
                scaleBits(e, h);
                std::memcpy(q, bytes, 32);
            }
        }
    }
    return w;
}

} // namespace Inference
