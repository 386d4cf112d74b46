// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/vulkan/weightpacker.h"

#include "core/gguf/fp16.h"
#include "core/gguf/quants.h"
#include "core/gguf/subblocks.h"
#include "core/inference/vulkan/vkcheck.h"

#include <QCoreApplication>

#include <cstring>

namespace Inference {

using Gguf::TensorType;

float halfToFloat(uint16_t h)
{
    return Gguf::fp16ToFp32(h);
}

uint64_t rawRowBytes(TensorType type, uint64_t k)
{
    return Gguf::rowBytes(type, k).value_or(0);
}

std::vector<float> dequantizeRow(const RawMatrix& m, uint64_t row)
{
    std::vector<float> out(m.k);
    if (!Gguf::dequantizeRow(m.type, m.data + row * rawRowBytes(m.type, m.k), out.data(), int64_t(m.k)))
        out.assign(m.k, 0.0f);
    return out;
}

WeightType commonType(const std::vector<RawMatrix>& parts)
{
    bool allQ4 = true, allQ4Q8 = true, allNarrow = true, allSigned6 = true, allSub = true;
    for (const auto& p : parts) {
        allQ4 = allQ4 && p.type == TensorType::Q4_0;
        allQ4Q8 = allQ4Q8 && (p.type == TensorType::Q4_0 || p.type == TensorType::Q8_0);
        allSub = allSub && Gguf::hasSubBlocks(p.type);
        const Gguf::QuantRange r = Gguf::quantRange(p.type);
        allNarrow = allNarrow && r.hi - r.lo <= 15;
        allSigned6 = allSigned6 && !r.hasMin && r.lo >= -32 && r.hi <= 31;
    }
    if (!allSub)
        return WeightType::F32;
    if (allQ4)
        return WeightType::Q4_0;
    if (allQ4Q8)
        return WeightType::Q8_0;
    return allNarrow ? WeightType::Sub4 : allSigned6 ? WeightType::Sub6 : WeightType::Sub8;
}

namespace {

    int wordsPerBlock(WeightType t)
    {
        switch (t) {
        case WeightType::Q4_0:
        case WeightType::Sub4:
            return 4;
        case WeightType::Q8_0:
        case WeightType::Sub8:
        case WeightType::Sub6:
            return 8;
        case WeightType::F32:
            break;
        }
        return 32;
    }

    /** A block of a row split into sub-blocks, in kernel type `t`, into q (quants) and, for the types with separate
     * scales, scales[e]. */
    void packBlock(WeightType t, const Gguf::SubBlock& s, int qOffset, uint32_t* q, uint32_t* scales, uint64_t e)
    {
        if (t == WeightType::Sub6) { // q + 32: low nibbles as Q4_0, the high 2 bits in words 4-5, then d0, d1
            uint8_t bytes[16];
            uint32_t hi[2] = { 0, 0 };
            for (int j = 0; j < 16; ++j) {
                const int lo6 = s.q[j] + 32, hi6 = s.q[j + 16] + 32;
                bytes[j] = uint8_t((lo6 & 0xF) | ((hi6 & 0xF) << 4));
                // element 4i + k's high bits at bits 8k + 2i (shaders/types.glsl unpackSixBits)
                const int at = 8 * (j % 4) + 2 * (j / 4);
                hi[0] |= uint32_t(lo6 >> 4) << at;
                hi[1] |= uint32_t(hi6 >> 4) << at;
            }
            std::memcpy(q, bytes, 16);
            q[4] = hi[0];
            q[5] = hi[1];
            std::memcpy(q + 6, s.d, 8);
            return;
        }
        if (t == WeightType::Q4_0 || t == WeightType::Sub4) { // nibbles: element j low, j + 16 high, of byte j
            uint8_t bytes[16];
            for (int j = 0; j < 16; ++j)
                bytes[j] = uint8_t((s.q[j] - qOffset) | ((s.q[j + 16] - qOffset) << 4));
            std::memcpy(q, bytes, 16);
        } else {
            std::memcpy(q, s.q, 32);
        }
        if (t == WeightType::Q4_0 || t == WeightType::Q8_0) { // fp16 d: the source's own, so exact
            scales[e >> 1] |= uint32_t(Gguf::fp32ToFp16(s.d[0])) << (16 * (e & 1));
        } else { // d * (n + lo) - m = d * n - (m - lo * d)
            const float v[4] = { s.d[0], s.d[1], s.m[0] - float(qOffset) * s.d[0], s.m[1] - float(qOffset) * s.d[1] };
            std::memcpy(scales + 4 * e, v, 16);
        }
    }

} // namespace

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
        if (rawRowBytes(p.type, k) == 0)
            return vulkanError(QCoreApplication::translate("Inference", "Rows of %1 elements cannot be %2")
                                   .arg(k)
                                   .arg(Gguf::typeName(p.type)));
        rows += p.rows;
    }
    w.type = commonType(parts);
    w.rows = uint32_t(rows);
    w.k = uint32_t(k);
    w.nb = uint32_t((k + 31) / 32);
    w.group = group;
    const uint64_t groups = (rows + group - 1) / group;
    const uint64_t blocks = groups * group * w.nb;
    const int words = wordsPerBlock(w.type);
    const bool subScales = w.type == WeightType::Sub4 || w.type == WeightType::Sub8;
    w.quants.assign(blocks * words, 0);
    if (w.type != WeightType::F32 && w.type != WeightType::Sub6) // Sub6 keeps its scales beside its quants
        w.scales.assign(subScales ? blocks * 4 : (blocks + 1) / 2, 0);

    std::vector<float> values;
    std::vector<Gguf::SubBlock> subBlocks;
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
        const std::byte* row = src->data + srcRow * rawRowBytes(src->type, k);
        if (w.type == WeightType::F32) {
            values = dequantizeRow(*src, srcRow);
        } else {
            subBlocks.resize(w.nb);
            Gguf::toSubBlocks(src->type, row, subBlocks.data(), int64_t(k));
        }
        // Q4_0 and Sub4 store q - lo as an unsigned nibble (Q4_0: q + 8)
        const int qOffset
            = w.type == WeightType::Q4_0 || w.type == WeightType::Sub4 ? Gguf::quantRange(src->type).lo : 0;
        for (uint64_t b = 0; b < w.nb; ++b) {
            const uint64_t e = (g * w.nb + b) * group + lane;
            uint32_t* q = w.quants.data() + e * words;
            if (w.type == WeightType::F32) {
                for (uint64_t j = 0; j < 32 && b * 32 + j < k; ++j)
                    std::memcpy(q + j, &values[b * 32 + j], 4);
            } else {
                packBlock(w.type, subBlocks[b], qOffset, q, w.scales.data(), e);
            }
        }
    }
    return w;
}

} // namespace Inference
