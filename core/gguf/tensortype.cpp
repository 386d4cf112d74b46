// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/tensortype.h"

#include <array>

namespace Gguf {

namespace {
    constexpr std::array<TypeTraits, 21> Table { {
        { TensorType::F32, "f32", 1, 4 },
        { TensorType::F16, "f16", 1, 2 },
        { TensorType::Q4_0, "q4_0", 32, 18 },
        { TensorType::Q4_1, "q4_1", 32, 20 },
        { TensorType::Q5_0, "q5_0", 32, 22 },
        { TensorType::Q5_1, "q5_1", 32, 24 },
        { TensorType::Q8_0, "q8_0", 32, 34 },
        { TensorType::Q8_1, "q8_1", 32, 36 },
        { TensorType::Q2_K, "q2_K", 256, 84 },
        { TensorType::Q3_K, "q3_K", 256, 110 },
        { TensorType::Q4_K, "q4_K", 256, 144 },
        { TensorType::Q5_K, "q5_K", 256, 176 },
        { TensorType::Q6_K, "q6_K", 256, 210 },
        { TensorType::Q8_K, "q8_K", 256, 292 },
        { TensorType::IQ4_NL, "iq4_nl", 32, 18 },
        { TensorType::I8, "i8", 1, 1 },
        { TensorType::I16, "i16", 1, 2 },
        { TensorType::I32, "i32", 1, 4 },
        { TensorType::I64, "i64", 1, 8 },
        { TensorType::F64, "f64", 1, 8 },
        { TensorType::BF16, "bf16", 1, 2 },
    } };
}

std::optional<TypeTraits> traits(uint32_t type)
{
    for (const TypeTraits& t : Table)
        if (static_cast<uint32_t>(t.type) == type)
            return t;
    return std::nullopt;
}

QString typeName(TensorType type)
{
    if (auto t = traits(type))
        return QString::fromLatin1(t->name);
    return QStringLiteral("type %1").arg(static_cast<uint32_t>(type));
}

std::optional<TensorType> parseTypeName(const QString& name)
{
    for (const TypeTraits& t : Table)
        if (name.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0)
            return t.type;
    return std::nullopt;
}

std::optional<uint64_t> rowBytes(TensorType type, uint64_t n)
{
    auto t = traits(type);
    if (!t || n % uint64_t(t->blockSize) != 0)
        return std::nullopt;
    return n / uint64_t(t->blockSize) * uint64_t(t->blockBytes);
}

} // namespace Gguf
