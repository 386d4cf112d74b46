// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/value.h"

#include <limits>

namespace Gguf {

QString valueTypeName(ValueType t)
{
    switch (t) {
    case ValueType::UInt8:
        return QStringLiteral("uint8");
    case ValueType::Int8:
        return QStringLiteral("int8");
    case ValueType::UInt16:
        return QStringLiteral("uint16");
    case ValueType::Int16:
        return QStringLiteral("int16");
    case ValueType::UInt32:
        return QStringLiteral("uint32");
    case ValueType::Int32:
        return QStringLiteral("int32");
    case ValueType::Float32:
        return QStringLiteral("float32");
    case ValueType::Bool:
        return QStringLiteral("bool");
    case ValueType::String:
        return QStringLiteral("string");
    case ValueType::Array:
        return QStringLiteral("array");
    case ValueType::UInt64:
        return QStringLiteral("uint64");
    case ValueType::Int64:
        return QStringLiteral("int64");
    case ValueType::Float64:
        return QStringLiteral("float64");
    }
    return QStringLiteral("type %1").arg(static_cast<uint32_t>(t));
}

bool isValidValueType(uint32_t t)
{
    return t <= 12;
}

bool isIntegerType(ValueType t)
{
    switch (t) {
    case ValueType::UInt8:
    case ValueType::Int8:
    case ValueType::UInt16:
    case ValueType::Int16:
    case ValueType::UInt32:
    case ValueType::Int32:
    case ValueType::UInt64:
    case ValueType::Int64:
        return true;
    default:
        return false;
    }
}

bool isFloatType(ValueType t)
{
    return t == ValueType::Float32 || t == ValueType::Float64;
}

namespace {
    bool isSigned(ValueType t)
    {
        return t == ValueType::Int8 || t == ValueType::Int16 || t == ValueType::Int32 || t == ValueType::Int64;
    }
} // namespace

Value Value::fromUInt(ValueType t, uint64_t v)
{
    Value r;
    r.type = t;
    r.u = v;
    return r;
}

Value Value::fromInt(ValueType t, int64_t v)
{
    Value r;
    r.type = t;
    r.i = v;
    return r;
}

Value Value::fromFloat(ValueType t, double v)
{
    Value r;
    r.type = t;
    r.f = t == ValueType::Float32 ? double(float(v)) : v;
    return r;
}

Value Value::fromBool(bool v)
{
    Value r;
    r.type = ValueType::Bool;
    r.b = v;
    return r;
}

Value Value::fromString(QByteArray s)
{
    Value r;
    r.type = ValueType::String;
    r.str = std::move(s);
    return r;
}

Value Value::fromArray(ValueType elementType, std::vector<Value> items)
{
    Value r;
    r.type = ValueType::Array;
    r.elementType = elementType;
    r.array = std::move(items);
    return r;
}

Value Value::stringArray(const std::vector<QByteArray>& items)
{
    std::vector<Value> v;
    v.reserve(items.size());
    for (const QByteArray& s : items)
        v.push_back(fromString(s));
    return fromArray(ValueType::String, std::move(v));
}

Value Value::floatArray(const std::vector<float>& items)
{
    std::vector<Value> v;
    v.reserve(items.size());
    for (float x : items)
        v.push_back(fromFloat(ValueType::Float32, x));
    return fromArray(ValueType::Float32, std::move(v));
}

Value Value::int32Array(const std::vector<int32_t>& items)
{
    std::vector<Value> v;
    v.reserve(items.size());
    for (int32_t x : items)
        v.push_back(fromInt(ValueType::Int32, x));
    return fromArray(ValueType::Int32, std::move(v));
}

std::optional<int64_t> Value::toInt() const
{
    if (type == ValueType::Bool)
        return b ? 1 : 0;
    if (!isIntegerType(type))
        return std::nullopt;
    if (isSigned(type))
        return i;
    if (u > uint64_t(std::numeric_limits<int64_t>::max()))
        return std::nullopt;
    return int64_t(u);
}

std::optional<uint64_t> Value::toUInt() const
{
    if (type == ValueType::Bool)
        return b ? 1 : 0;
    if (!isIntegerType(type))
        return std::nullopt;
    if (isSigned(type))
        return i < 0 ? std::nullopt : std::optional<uint64_t>(uint64_t(i));
    return u;
}

std::optional<double> Value::toDouble() const
{
    if (isFloatType(type))
        return f;
    if (isIntegerType(type))
        return isSigned(type) ? double(i) : double(u);
    return std::nullopt;
}

std::optional<QString> Value::toString() const
{
    if (type != ValueType::String)
        return std::nullopt;
    return QString::fromUtf8(str);
}

bool Value::operator==(const Value& o) const
{
    if (type != o.type)
        return false;
    switch (type) {
    case ValueType::String:
        return str == o.str;
    case ValueType::Array:
        return elementType == o.elementType && array == o.array;
    case ValueType::Bool:
        return b == o.b;
    case ValueType::Float32:
    case ValueType::Float64:
        return f == o.f || (f != f && o.f != o.f);
    default:
        return isSigned(type) ? i == o.i : u == o.u;
    }
}

} // namespace Gguf
