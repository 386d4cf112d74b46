// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/ggufwriter.h"

#include "core/common/task.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

#include <cstring>

namespace Gguf {

namespace {
    /** This file's messages, in the translation context "Gguf" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Gguf)
    };

    template <typename T>
    void put(QByteArray& out, T v)
    {
        out.append(reinterpret_cast<const char*>(&v), sizeof(T));
    }

    void putString(QByteArray& out, const QByteArray& s)
    {
        put<uint64_t>(out, uint64_t(s.size()));
        out.append(s);
    }

    void putValue(QByteArray& out, const Value& v)
    {
        switch (v.type) {
        case ValueType::UInt8:
            put<uint8_t>(out, uint8_t(v.u));
            break;
        case ValueType::Int8:
            put<int8_t>(out, int8_t(v.i));
            break;
        case ValueType::UInt16:
            put<uint16_t>(out, uint16_t(v.u));
            break;
        case ValueType::Int16:
            put<int16_t>(out, int16_t(v.i));
            break;
        case ValueType::UInt32:
            put<uint32_t>(out, uint32_t(v.u));
            break;
        case ValueType::Int32:
            put<int32_t>(out, int32_t(v.i));
            break;
        case ValueType::UInt64:
            put<uint64_t>(out, v.u);
            break;
        case ValueType::Int64:
            put<int64_t>(out, v.i);
            break;
        case ValueType::Float32:
            put<float>(out, float(v.f));
            break;
        case ValueType::Float64:
            put<double>(out, v.f);
            break;
        case ValueType::Bool:
            put<uint8_t>(out, v.b ? 1 : 0);
            break;
        case ValueType::String:
            putString(out, v.str);
            break;
        case ValueType::Array:
            put<uint32_t>(out, static_cast<uint32_t>(v.elementType));
            put<uint64_t>(out, uint64_t(v.array.size()));
            for (const Value& item : v.array)
                putValue(out, item);
            break;
        }
    }

    uint64_t padTo(uint64_t n, uint64_t a)
    {
        return (n + a - 1) / a * a;
    }
} // namespace

Writer::Writer() = default;

void Writer::setAlignment(uint32_t alignment)
{
    m_alignment = alignment;
    if (alignment != 32 || contains("general.alignment"))
        setUInt32("general.alignment", alignment);
}

void Writer::set(const QByteArray& key, Value value)
{
    for (auto& [k, v] : m_metadata) {
        if (k == key) {
            v = std::move(value);
            return;
        }
    }
    m_metadata.emplace_back(key, std::move(value));
}

bool Writer::contains(const QByteArray& key) const
{
    for (const auto& kv : m_metadata)
        if (kv.first == key)
            return true;
    return false;
}

void Writer::addTensor(const QByteArray& name, TensorType type, std::vector<uint64_t> dims, QByteArray data)
{
    m_tensors.push_back({ name, type, std::move(dims), std::move(data), {}, 0 });
}

void Writer::addTensor(
    const QByteArray& name, TensorType type, std::vector<uint64_t> dims, std::function<Result<QByteArray>()> produce)
{
    m_tensors.push_back({ name, type, std::move(dims), {}, std::move(produce), 0 });
}

Result<void> Writer::writeTo(QIODevice& out, const QString& path, TaskContext* ctx) const
{
    auto fail = [&](Error::Code code, const QString& msg, const QByteArray& field = {}) {
        Error e;
        e.code = code;
        e.source = path;
        e.message = msg;
        e.field = QString::fromUtf8(field);
        return e;
    };
    if (m_alignment == 0 || (m_alignment & (m_alignment - 1)) != 0)
        return fail(Error::Code::Schema, Tr::tr("alignment %1 is not a power of two").arg(m_alignment));
    QByteArray head;
    head.append("GGUF", 4);
    put<uint32_t>(head, 3);
    put<uint64_t>(head, uint64_t(m_tensors.size()));
    put<uint64_t>(head, uint64_t(m_metadata.size()));
    for (const auto& [k, v] : m_metadata) {
        putString(head, k);
        put<uint32_t>(head, static_cast<uint32_t>(v.type));
        putValue(head, v);
    }
    std::vector<uint64_t> sizes;
    uint64_t offset = 0;
    for (const Tensor& t : m_tensors) {
        if (t.dims.empty() || t.dims.size() > 4)
            return fail(Error::Code::Schema, Tr::tr("a tensor needs 1 to 4 dimensions"), t.name);
        uint64_t n = 1;
        for (size_t d = 1; d < t.dims.size(); ++d)
            n *= t.dims[d];
        auto row = rowBytes(t.type, t.dims[0]);
        if (!row)
            return fail(Error::Code::Schema,
                Tr::tr("row length %1 does not fit type %2").arg(t.dims[0]).arg(typeName(t.type)), t.name);
        const uint64_t bytes = *row * n;
        sizes.push_back(bytes);
        putString(head, t.name);
        put<uint32_t>(head, uint32_t(t.dims.size()));
        for (uint64_t d : t.dims)
            put<uint64_t>(head, d);
        put<uint32_t>(head, static_cast<uint32_t>(t.type));
        put<uint64_t>(head, offset);
        offset += padTo(bytes, m_alignment);
    }
    head.append(QByteArray(qsizetype(padTo(uint64_t(head.size()), m_alignment) - uint64_t(head.size())), '\0'));
    if (out.write(head) != head.size())
        return fail(Error::Code::Io, Tr::tr("cannot write: %1").arg(out.errorString()));
    for (size_t i = 0; i < m_tensors.size(); ++i) {
        const Tensor& t = m_tensors[i];
        if (ctx && ctx->isCanceled())
            return fail(Error::Code::Canceled, Tr::tr("canceled"));
        QByteArray produced;
        const QByteArray* data = &t.data;
        if (t.produce) {
            auto r = t.produce();
            if (!r)
                return r.error();
            produced = std::move(r).value();
            data = &produced;
        }
        if (uint64_t(data->size()) != sizes[i])
            return fail(Error::Code::Schema,
                Tr::tr("tensor data is %1 bytes, its type and dimensions need %2").arg(data->size()).arg(sizes[i]),
                t.name);
        const qsizetype pad = qsizetype(padTo(sizes[i], m_alignment) - sizes[i]);
        if (out.write(*data) != data->size() || out.write(QByteArray(pad, '\0')) != pad)
            return fail(Error::Code::Io, Tr::tr("cannot write: %1").arg(out.errorString()));
        if (ctx)
            ctx->setProgress(qint64(i + 1), qint64(m_tensors.size()));
    }
    return {};
}

Result<void> Writer::write(const QString& path, TaskContext* ctx) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Error e;
        e.source = path;
        e.message = Tr::tr("cannot create: %1").arg(file.errorString());
        return e;
    }
    if (auto r = writeTo(file, path, ctx); !r)
        return r;
    if (!file.commit()) {
        Error e;
        e.source = path;
        e.message = Tr::tr("cannot write: %1").arg(file.errorString());
        return e;
    }
    return {};
}

Result<QByteArray> Writer::toBytes() const
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    if (auto r = writeTo(buf, QStringLiteral("(memory)"), nullptr); !r)
        return r.error();
    buf.close();
    return bytes;
}

} // namespace Gguf
