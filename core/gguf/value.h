// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Gguf {

/** GGUF metadata value types, numbered as the file stores them. */
enum class ValueType : uint32_t {
    UInt8 = 0,
    Int8 = 1,
    UInt16 = 2,
    Int16 = 3,
    UInt32 = 4,
    Int32 = 5,
    Float32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    UInt64 = 10,
    Int64 = 11,
    Float64 = 12,
};

/** "uint32", "string", "array", ...; "type N" when unknown. */
QString valueTypeName(ValueType t);
bool isValidValueType(uint32_t t);
bool isIntegerType(ValueType t);
bool isFloatType(ValueType t);

/**
 * One metadata value: a scalar, a string (bytes, UTF-8 by convention) or an array of values of one element type
 * (arrays may nest). Integers keep their exact value (`u` for unsigned types, `i` for signed, `b` for bool); floats are
 * held as double (a Float32 converts exactly).
 */
struct Value
{
    ValueType type = ValueType::UInt32;
    uint64_t u = 0;
    int64_t i = 0;
    double f = 0;
    bool b = false;
    QByteArray str;
    ValueType elementType = ValueType::UInt32; // arrays only
    std::vector<Value> array; // arrays only

    static Value fromUInt(ValueType t, uint64_t v);
    static Value fromInt(ValueType t, int64_t v);
    static Value fromFloat(ValueType t, double v);
    static Value fromBool(bool v);
    static Value fromString(QByteArray s);
    static Value fromArray(ValueType elementType, std::vector<Value> items);
    static Value stringArray(const std::vector<QByteArray>& items);
    static Value floatArray(const std::vector<float>& items);
    static Value int32Array(const std::vector<int32_t>& items);

    /** The value as an integer when it is one (any integer type, or bool) and fits, else nullopt. */
    std::optional<int64_t> toInt() const;
    std::optional<uint64_t> toUInt() const;
    /** Any integer or float type as double. */
    std::optional<double> toDouble() const;
    /** The string as QString (UTF-8); nullopt when not a string. */
    std::optional<QString> toString() const;

    bool operator==(const Value& o) const;
};

} // namespace Gguf
