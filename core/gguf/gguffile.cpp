// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/gguffile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <functional>
#include <optional>
#include <cstring>
#include <limits>

namespace Gguf {

namespace {

    /** This file's messages, in the translation context "Gguf" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Gguf)
    };

    constexpr int MaxArrayNesting = 8;
    // Every element of an array takes at least this many bytes in the file, so a count beyond remaining/min is a lie.
    uint64_t minStoredSize(ValueType t)
    {
        switch (t) {
        case ValueType::UInt8:
        case ValueType::Int8:
        case ValueType::Bool:
            return 1;
        case ValueType::UInt16:
        case ValueType::Int16:
            return 2;
        case ValueType::UInt32:
        case ValueType::Int32:
        case ValueType::Float32:
            return 4;
        case ValueType::UInt64:
        case ValueType::Int64:
        case ValueType::Float64:
        case ValueType::String:
            return 8;
        case ValueType::Array:
            return 12;
        }
        return 1;
    }

    /** Bounds-checked little-endian reads over the mapping. */
    class Cursor
    {
    public:
        Cursor(const std::byte* base, uint64_t size)
            : m_base(base)
            , m_size(size)
        { }
        uint64_t pos() const { return m_pos; }
        uint64_t remaining() const { return m_size - m_pos; }
        bool has(uint64_t n) const { return n <= remaining(); }
        template <typename T>
        bool read(T& v)
        {
            if (!has(sizeof(T)))
                return false;
            std::memcpy(&v, m_base + m_pos, sizeof(T));
            m_pos += sizeof(T);
            return true;
        }
        bool readBytes(uint64_t n, QByteArray& out)
        {
            if (!has(n))
                return false;
            out = QByteArray(reinterpret_cast<const char*>(m_base + m_pos), qsizetype(n));
            m_pos += n;
            return true;
        }

    private:
        const std::byte* m_base;
        uint64_t m_size;
        uint64_t m_pos = 0;
    };

    struct ParseState
    {
        const File& file;
        Cursor& cur;
        QString field;
        std::optional<Error> error;

        bool fail(const QString& message, uint64_t offset)
        {
            if (!error)
                error = file.error(Error::Code::Parse, message, field, qint64(offset));
            return false;
        }

        bool readString(QByteArray& out, const char* what)
        {
            const uint64_t at = cur.pos();
            uint64_t len = 0;
            if (!cur.read(len))
                return fail(Tr::tr("file ends inside the length of %1").arg(QLatin1String(what)), at);
            if (!cur.has(len))
                return fail(Tr::tr("%1 claims %2 bytes but only %3 remain in the file")
                                .arg(QLatin1String(what))
                                .arg(len)
                                .arg(cur.remaining()),
                    at);
            return cur.readBytes(len, out);
        }

        bool readValue(ValueType t, Value& v, int depth)
        {
            const uint64_t at = cur.pos();
            v.type = t;
            auto truncated = [&] { return fail(Tr::tr("file ends inside a %1 value").arg(valueTypeName(t)), at); };
            switch (t) {
            case ValueType::UInt8: {
                uint8_t x;
                if (!cur.read(x))
                    return truncated();
                v.u = x;
                return true;
            }
            case ValueType::Int8: {
                int8_t x;
                if (!cur.read(x))
                    return truncated();
                v.i = x;
                return true;
            }
            case ValueType::UInt16: {
                uint16_t x;
                if (!cur.read(x))
                    return truncated();
                v.u = x;
                return true;
            }
            case ValueType::Int16: {
                int16_t x;
                if (!cur.read(x))
                    return truncated();
                v.i = x;
                return true;
            }
            case ValueType::UInt32: {
                uint32_t x;
                if (!cur.read(x))
                    return truncated();
                v.u = x;
                return true;
            }
            case ValueType::Int32: {
                int32_t x;
                if (!cur.read(x))
                    return truncated();
                v.i = x;
                return true;
            }
            case ValueType::UInt64: {
                if (!cur.read(v.u))
                    return truncated();
                return true;
            }
            case ValueType::Int64: {
                if (!cur.read(v.i))
                    return truncated();
                return true;
            }
            case ValueType::Float32: {
                float x;
                if (!cur.read(x))
                    return truncated();
                v.f = x;
                return true;
            }
            case ValueType::Float64: {
                if (!cur.read(v.f))
                    return truncated();
                return true;
            }
            case ValueType::Bool: {
                uint8_t x;
                if (!cur.read(x))
                    return truncated();
                if (x > 1)
                    return fail(Tr::tr("bool value is %1, not 0 or 1").arg(x), at);
                v.b = x != 0;
                return true;
            }
            case ValueType::String:
                return readString(v.str, "a string value");
            case ValueType::Array: {
                if (depth >= MaxArrayNesting)
                    return fail(Tr::tr("arrays nested deeper than %1 levels").arg(MaxArrayNesting), at);
                uint32_t et = 0;
                uint64_t count = 0;
                if (!cur.read(et) || !cur.read(count))
                    return fail(Tr::tr("file ends inside an array header"), at);
                if (!isValidValueType(et))
                    return fail(Tr::tr("array element type %1 is unknown").arg(et), at);
                v.elementType = ValueType(et);
                const uint64_t minSize = minStoredSize(v.elementType);
                if (count > cur.remaining() / minSize)
                    return fail(Tr::tr("array claims %1 elements of type %2 but only %3 bytes remain in the file")
                                    .arg(count)
                                    .arg(valueTypeName(v.elementType))
                                    .arg(cur.remaining()),
                        at);
                v.array.resize(size_t(count));
                for (Value& item : v.array)
                    if (!readValue(v.elementType, item, depth + 1))
                        return false;
                return true;
            }
            }
            return fail(Tr::tr("value type %1 is unknown").arg(static_cast<uint32_t>(t)), at);
        }
    };

    bool mulOverflows(uint64_t a, uint64_t b, uint64_t& out)
    {
        if (a != 0 && b > std::numeric_limits<int64_t>::max() / a)
            return true;
        out = a * b;
        return false;
    }

} // namespace

uint64_t TensorInfo::elements() const
{
    uint64_t n = 1;
    for (uint64_t d : dims)
        n *= d; // note: validated in File::parse() not to overflow
    return n;
}

uint64_t TensorInfo::rows() const
{
    uint64_t n = 1;
    for (size_t i = 1; i < dims.size(); ++i)
        n *= dims[i];
    return n;
}

File::~File()
{
    if (m_file && m_base)
        m_file->unmap(reinterpret_cast<uchar*>(const_cast<std::byte*>(m_base)));
}

Error File::error(Error::Code code, const QString& message, const QString& field, qint64 offset) const
{
    Error e;
    e.code = code;
    e.source = m_path;
    e.field = field;
    e.message = offset >= 0 ? message + Tr::tr(" (at byte %1)").arg(offset) : message;
    return e;
}

Result<std::shared_ptr<const File>> File::open(const QString& path)
{
    std::shared_ptr<File> f(new File);
    f->m_path = path;
    f->m_file = std::make_unique<QFile>(path);
    if (!f->m_file->open(QIODevice::ReadOnly))
        return f->error(Error::Code::Io, Tr::tr("cannot open: %1").arg(f->m_file->errorString()));
    f->m_size = uint64_t(f->m_file->size());
    if (f->m_size == 0)
        return f->error(Error::Code::Parse, Tr::tr("the file is empty, not GGUF"));
    uchar* map = f->m_file->map(0, qint64(f->m_size));
    if (!map)
        return f->error(Error::Code::Io, Tr::tr("cannot map into memory: %1").arg(f->m_file->errorString()));
    f->m_base = reinterpret_cast<const std::byte*>(map);
    if (auto r = f->parse(); !r)
        return r.error();
    return std::shared_ptr<const File>(std::move(f));
}

Result<std::shared_ptr<const File>> File::fromBytes(QByteArray bytes, const QString& sourceName)
{
    std::shared_ptr<File> f(new File);
    f->m_path = sourceName;
    f->m_buffer = std::move(bytes);
    f->m_base = reinterpret_cast<const std::byte*>(f->m_buffer.constData());
    f->m_size = uint64_t(f->m_buffer.size());
    if (auto r = f->parse(); !r)
        return r.error();
    return std::shared_ptr<const File>(std::move(f));
}

Result<void> File::parse()
{
    Cursor cur(m_base, m_size);
    ParseState st { *this, cur, {}, {} };
    char magic[4];
    if (!cur.read(magic) || std::memcmp(magic, "GGUF", 4) != 0)
        return error(Error::Code::Parse, Tr::tr("not a GGUF file (the first 4 bytes are not \"GGUF\")"), {}, 0);
    if (!cur.read(m_version))
        return error(Error::Code::Parse, Tr::tr("file ends inside the header"), {}, 4);
    if (m_version == 0x02000000u || m_version == 0x03000000u)
        return error(Error::Code::Parse, Tr::tr("big-endian GGUF files are not supported"), {}, 4);
    if (m_version != 2 && m_version != 3)
        return error(
            Error::Code::Parse, Tr::tr("GGUF version %1 is not supported (only 2 and 3)").arg(m_version), {}, 4);
    uint64_t nTensors = 0, nKv = 0;
    if (!cur.read(nTensors) || !cur.read(nKv))
        return error(Error::Code::Parse, Tr::tr("file ends inside the header"), {}, qint64(cur.pos()));
    // each key/value takes at least 8 (key length) + 4 (type) + 1 bytes, each tensor info at least 8 + 4 + 8 + 4 + 8
    if (nKv > cur.remaining() / 13)
        return error(Error::Code::Parse,
            Tr::tr("header claims %1 metadata entries, more than the file can hold").arg(nKv), {}, 16);
    if (nTensors > cur.remaining() / 32)
        return error(
            Error::Code::Parse, Tr::tr("header claims %1 tensors, more than the file can hold").arg(nTensors), {}, 8);

    m_metadata.reserve(size_t(nKv));
    for (uint64_t k = 0; k < nKv; ++k) {
        MetadataEntry e;
        e.fileOffset = cur.pos();
        st.field.clear();
        if (!st.readString(e.key, "a metadata key"))
            return *st.error;
        st.field = QString::fromUtf8(e.key);
        if (m_metadataIndex.contains(e.key))
            return error(Error::Code::Parse, Tr::tr("duplicate metadata key"), st.field, qint64(e.fileOffset));
        uint32_t type = 0;
        const uint64_t typeAt = cur.pos();
        if (!cur.read(type))
            return error(Error::Code::Parse, Tr::tr("file ends inside the value type"), st.field, qint64(typeAt));
        if (!isValidValueType(type))
            return error(Error::Code::Parse, Tr::tr("value type %1 is unknown").arg(type), st.field, qint64(typeAt));
        if (!st.readValue(ValueType(type), e.value, 0))
            return *st.error;
        m_metadataIndex.insert(e.key, int(m_metadata.size()));
        m_metadata.push_back(std::move(e));
    }

    if (const Value* a = find("general.alignment")) {
        if (a->type != ValueType::UInt32)
            return error(Error::Code::Parse, Tr::tr("must be a uint32, not %1").arg(valueTypeName(a->type)),
                QStringLiteral("general.alignment"));
        if (a->u == 0 || (a->u & (a->u - 1)) != 0)
            return error(
                Error::Code::Parse, Tr::tr("%1 is not a power of two").arg(a->u), QStringLiteral("general.alignment"));
        m_alignment = a->u;
    }

    m_tensors.reserve(size_t(nTensors));
    for (uint64_t t = 0; t < nTensors; ++t) {
        TensorInfo ti;
        const uint64_t at = cur.pos();
        st.field.clear();
        if (!st.readString(ti.name, "a tensor name"))
            return *st.error;
        st.field = QString::fromUtf8(ti.name);
        const QString& f = st.field;
        if (m_tensorIndex.contains(ti.name))
            return error(Error::Code::Parse, Tr::tr("duplicate tensor name"), f, qint64(at));
        uint32_t nDims = 0;
        if (!cur.read(nDims))
            return error(Error::Code::Parse, Tr::tr("file ends inside the tensor info"), f, qint64(cur.pos()));
        if (nDims == 0 || nDims > uint32_t(MaxDims))
            return error(Error::Code::Parse,
                Tr::tr("tensor has %1 dimensions (1 to %2 allowed)").arg(nDims).arg(MaxDims), f, qint64(cur.pos() - 4));
        uint64_t elements = 1;
        for (uint32_t d = 0; d < nDims; ++d) {
            uint64_t n = 0;
            const uint64_t dimAt = cur.pos();
            if (!cur.read(n))
                return error(Error::Code::Parse, Tr::tr("file ends inside the tensor dimensions"), f, qint64(dimAt));
            if (n == 0)
                return error(Error::Code::Parse, Tr::tr("dimension %1 is 0").arg(d), f, qint64(dimAt));
            if (mulOverflows(elements, n, elements))
                return error(Error::Code::Parse,
                    Tr::tr("dimension %1 (%2) makes the element count overflow").arg(d).arg(n), f, qint64(dimAt));
            ti.dims.push_back(n);
        }
        uint32_t type = 0;
        const uint64_t typeAt = cur.pos();
        if (!cur.read(type) || !cur.read(ti.offset))
            return error(Error::Code::Parse, Tr::tr("file ends inside the tensor info"), f, qint64(typeAt));
        auto tt = traits(type);
        if (!tt)
            return error(Error::Code::Parse, Tr::tr("tensor type %1 is unknown").arg(type), f, qint64(typeAt));
        ti.type = tt->type;
        if (ti.dims[0] % uint64_t(tt->blockSize) != 0)
            return error(Error::Code::Parse,
                Tr::tr("row length %1 is not a multiple of the %2 block size %3")
                    .arg(ti.dims[0])
                    .arg(QLatin1String(tt->name))
                    .arg(tt->blockSize),
                f, qint64(at));
        ti.bytes = elements / uint64_t(tt->blockSize) * uint64_t(tt->blockBytes);
        if (ti.offset % m_alignment != 0)
            return error(Error::Code::Parse,
                Tr::tr("data offset %1 is not a multiple of the alignment %2").arg(ti.offset).arg(m_alignment), f,
                qint64(typeAt + 4));
        m_tensorIndex.insert(ti.name, int(m_tensors.size()));
        m_tensors.push_back(std::move(ti));
    }

    const uint64_t infoEnd = cur.pos();
    m_dataOffset = (infoEnd + m_alignment - 1) / m_alignment * m_alignment;
    if (m_dataOffset < infoEnd || (m_dataOffset > m_size && !m_tensors.empty()))
        return error(Error::Code::Parse, Tr::tr("file ends before its data section"), {}, qint64(infoEnd));
    const uint64_t dataSize = m_size > m_dataOffset ? m_size - m_dataOffset : 0;
    for (TensorInfo& ti : m_tensors) {
        if (ti.offset > dataSize || ti.bytes > dataSize - ti.offset)
            return error(Error::Code::Parse,
                Tr::tr("data (%1 bytes at data offset %2) runs past the end of the file (%3 bytes of data)")
                    .arg(ti.bytes)
                    .arg(ti.offset)
                    .arg(dataSize),
                QString::fromUtf8(ti.name), qint64(m_dataOffset + ti.offset));
        ti.fileOffset = m_dataOffset + ti.offset;
    }
    std::vector<const TensorInfo*> byOffset;
    for (const TensorInfo& ti : m_tensors)
        byOffset.push_back(&ti);
    std::sort(byOffset.begin(), byOffset.end(),
        [](const TensorInfo* a, const TensorInfo* b) { return a->offset < b->offset; });
    for (size_t i = 1; i < byOffset.size(); ++i) {
        const TensorInfo* prev = byOffset[i - 1];
        if (prev->offset + prev->bytes > byOffset[i]->offset) { // the earlier tensor's size is what is wrong
            QStringList shape;
            for (uint64_t d : prev->dims)
                shape << QString::number(d);
            return error(Error::Code::Parse,
                Tr::tr(
                    "as %1 of shape %2 its data is %3 bytes from offset %4, and runs into tensor \"%5\" at offset %6")
                    .arg(typeName(prev->type), shape.join(QLatin1Char('x')))
                    .arg(prev->bytes)
                    .arg(prev->offset)
                    .arg(QString::fromUtf8(byOffset[i]->name))
                    .arg(byOffset[i]->offset),
                QString::fromUtf8(prev->name), qint64(m_dataOffset + prev->offset));
        }
    }
    return {};
}

const Value* File::find(QByteArrayView key) const
{
    const int i = m_metadataIndex.value(key.toByteArray(), -1);
    return i < 0 ? nullptr : &m_metadata[size_t(i)].value;
}

namespace {
    template <typename T>
    Result<T> typed(
        const File& f, QByteArrayView key, const char* what, const std::function<std::optional<T>(const Value&)>& get)
    {
        const Value* v = f.find(key);
        const QString field = QString::fromUtf8(key.data(), key.size());
        if (!v)
            return f.error(Error::Code::Schema, Tr::tr("required metadata key is missing"), field);
        if (auto r = get(*v))
            return *r;
        return f.error(Error::Code::Schema,
            Tr::tr("expected %1, found %2").arg(QLatin1String(what), valueTypeName(v->type)), field);
    }
} // namespace

Result<QString> File::string(QByteArrayView key) const
{
    return typed<QString>(*this, key, "a string", [](const Value& v) { return v.toString(); });
}

Result<uint64_t> File::uint(QByteArrayView key) const
{
    return typed<uint64_t>(*this, key, "a non-negative integer", [](const Value& v) { return v.toUInt(); });
}

Result<int64_t> File::integer(QByteArrayView key) const
{
    return typed<int64_t>(*this, key, "an integer", [](const Value& v) { return v.toInt(); });
}

Result<double> File::number(QByteArrayView key) const
{
    return typed<double>(*this, key, "a number", [](const Value& v) { return v.toDouble(); });
}

Result<bool> File::boolean(QByteArrayView key) const
{
    return typed<bool>(*this, key, "a bool",
        [](const Value& v) { return v.type == ValueType::Bool ? std::optional<bool>(v.b) : std::nullopt; });
}

Result<std::vector<QByteArray>> File::strings(QByteArrayView key) const
{
    return typed<std::vector<QByteArray>>(*this, key, "an array of strings", [](const Value& v) {
        if (v.type != ValueType::Array || v.elementType != ValueType::String)
            return std::optional<std::vector<QByteArray>>();
        std::vector<QByteArray> out;
        out.reserve(v.array.size());
        for (const Value& s : v.array)
            out.push_back(s.str);
        return std::optional(std::move(out));
    });
}

Result<std::vector<float>> File::floats(QByteArrayView key) const
{
    return typed<std::vector<float>>(*this, key, "an array of numbers", [](const Value& v) {
        if (v.type != ValueType::Array || !(isFloatType(v.elementType) || isIntegerType(v.elementType)))
            return std::optional<std::vector<float>>();
        std::vector<float> out;
        out.reserve(v.array.size());
        for (const Value& x : v.array)
            out.push_back(float(x.toDouble().value_or(0)));
        return std::optional(std::move(out));
    });
}

Result<std::vector<int64_t>> File::integers(QByteArrayView key) const
{
    return typed<std::vector<int64_t>>(*this, key, "an array of integers", [](const Value& v) {
        if (v.type != ValueType::Array || !isIntegerType(v.elementType))
            return std::optional<std::vector<int64_t>>();
        std::vector<int64_t> out;
        out.reserve(v.array.size());
        for (const Value& x : v.array) {
            auto i = x.toInt();
            if (!i)
                return std::optional<std::vector<int64_t>>();
            out.push_back(*i);
        }
        return std::optional(std::move(out));
    });
}

const TensorInfo* File::tensor(QByteArrayView name) const
{
    const int i = m_tensorIndex.value(name.toByteArray(), -1);
    return i < 0 ? nullptr : &m_tensors[size_t(i)];
}

std::span<const std::byte> File::data(const TensorInfo& t) const
{
    return { m_base + t.fileOffset, size_t(t.bytes) };
}

Result<std::span<const std::byte>> File::tensorData(QByteArrayView name) const
{
    const TensorInfo* t = tensor(name);
    if (!t)
        return error(Error::Code::Schema, Tr::tr("no such tensor"), QString::fromUtf8(name.data(), name.size()));
    return data(*t);
}

} // namespace Gguf
