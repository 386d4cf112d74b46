// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/quantizer.h"

#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/gguf/ggufwriter.h"
#include "core/gguf/quants.h"

#include <QCoreApplication>

#include <algorithm>

namespace Inference {

namespace {
    /** This file's messages, in the translation context "Inference" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Inference)
    };

    /** llama-quantize's order: tensors outside blocks by name, then block by block, by name within a block. */
    std::pair<int, QByteArray> sortKey(const QByteArray& name)
    {
        if (name.startsWith("blk.")) {
            const int dot = name.indexOf('.', 4);
            bool ok = false;
            const int layer = name.mid(4, dot - 4).toInt(&ok);
            if (ok)
                return { layer, name.mid(dot + 1) };
        }
        return { -1, name };
    }
} // namespace

Gguf::TensorType quantizedTypeFor(const QByteArray& name, const std::vector<uint64_t>& dims, Gguf::TensorType source,
    Gguf::TensorType target, bool tiedOutput)
{
    if (target != Gguf::TensorType::Q8_0 && target != Gguf::TensorType::Q4_0)
        return source;
    MixModel model;
    model.tiedOutput = tiedOutput;
    return typeForTensor(name, dims, source, target == Gguf::TensorType::Q8_0 ? Mix::Q8_0 : Mix::Q4_0, model);
}

MixModel mixModelOf(const Gguf::File& file)
{
    MixModel m;
    m.tiedOutput = file.tensor("output.weight") == nullptr;
    const auto archName = file.string("general.architecture");
    const QByteArray arch = archName ? archName.value().toUtf8() : QByteArrayLiteral("llama");
    const auto uintOr = [&](const QByteArray& key, uint64_t fallback) {
        const auto v = file.uint(key);
        return v ? v.value() : fallback;
    };
    m.nLayer = int(uintOr(arch + ".block_count", 0));
    const int heads = int(uintOr(arch + ".attention.head_count", 1));
    const int kv = int(uintOr(arch + ".attention.head_count_kv", uint64_t(heads)));
    m.nGqa = kv > 0 ? heads / kv : 1;
    return m;
}

uint32_t fileTypeFor(Gguf::TensorType target)
{
    switch (target) {
    case Gguf::TensorType::F32:
        return 0;
    case Gguf::TensorType::F16:
        return 1;
    case Gguf::TensorType::Q4_0:
        return 2;
    case Gguf::TensorType::Q4_1:
        return 3;
    case Gguf::TensorType::Q8_0:
        return 7;
    case Gguf::TensorType::Q5_0:
        return 8;
    case Gguf::TensorType::Q5_1:
        return 9;
    default:
        return 0;
    }
}

Result<QByteArray> convertTensor(
    const std::byte* data, Gguf::TensorType from, uint64_t cols, uint64_t rows, Gguf::TensorType to)
{
    auto inRow = Gguf::rowBytes(from, cols);
    auto outRow = Gguf::rowBytes(to, cols);
    if (!inRow || !outRow || !Gguf::canDequantize(from) || !Gguf::canQuantize(to)) {
        Error e;
        e.code = Error::Code::Schema;
        e.message = Tr::tr("cannot convert %1 to %2").arg(Gguf::typeName(from), Gguf::typeName(to));
        return e;
    }
    QByteArray out(qsizetype(*outRow * rows), Qt::Uninitialized);
    if (from == to) {
        std::memcpy(out.data(), data, size_t(*outRow * rows));
        return out;
    }
    std::vector<float> row(static_cast<size_t>(cols));
    for (uint64_t r = 0; r < rows; ++r) {
        Gguf::dequantizeRow(from, data + r * *inRow, row.data(), int64_t(cols));
        Gguf::quantizeRow(to, row.data(), reinterpret_cast<std::byte*>(out.data()) + r * *outRow, int64_t(cols));
    }
    return out;
}

Result<QuantizeSummary> addQuantizedTensors(const Gguf::File& file, Gguf::Writer& writer, Gguf::TensorType type)
{
    if (type != Gguf::TensorType::Q8_0 && type != Gguf::TensorType::Q4_0)
        return Error { Error::Code::Schema,
            Tr::tr("quantizing to %1 is not supported (%2)").arg(Gguf::typeName(type), mixNames()), file.path(), -1,
            {} };
    return addQuantizedTensors(file, writer, type == Gguf::TensorType::Q8_0 ? Mix::Q8_0 : Mix::Q4_0);
}

Result<QuantizeSummary> addQuantizedTensors(const Gguf::File& file, Gguf::Writer& writer, Mix mix)
{
    QuantizeSummary s;
    const MixModel model = mixModelOf(file);
    std::vector<const Gguf::TensorInfo*> order;
    for (const Gguf::TensorInfo& t : file.tensors())
        order.push_back(&t);
    std::stable_sort(order.begin(), order.end(),
        [](const Gguf::TensorInfo* a, const Gguf::TensorInfo* b) { return sortKey(a->name) < sortKey(b->name); });
    for (const Gguf::TensorInfo* t : order) {
        if (t->type != Gguf::TensorType::F32 && t->type != Gguf::TensorType::F16 && t->dims.size() >= 2
            && t->name.endsWith("weight"))
            return file.error(Error::Code::Schema,
                Tr::tr("is already %1; quantize from an f32 or f16 model").arg(Gguf::typeName(t->type)),
                QString::fromUtf8(t->name));
        const Gguf::TensorType to = typeForTensor(t->name, t->dims, t->type, mix, model);
        s.bytesIn += t->bytes;
        if (to == t->type) {
            ++s.kept;
            s.bytesOut += t->bytes;
            const auto span = file.data(*t);
            // note: the mapping outlives the writer's write() in quantize(); copy lazily to keep memory flat
            writer.addTensor(t->name, to, t->dims, [span]() -> Result<QByteArray> {
                return QByteArray(reinterpret_cast<const char*>(span.data()), qsizetype(span.size()));
            });
            continue;
        }
        ++s.quantized;
        s.bytesOut += *Gguf::rowBytes(to, t->dims[0]) * t->rows();
        const std::byte* data = file.data(*t).data();
        const Gguf::TensorInfo info = *t;
        const QString path = file.path();
        writer.addTensor(t->name, to, t->dims, [data, info, to, path]() -> Result<QByteArray> {
            auto r = convertTensor(data, info.type, info.dims[0], info.rows(), to);
            if (!r) {
                Error e = r.error();
                e.source = path;
                e.field = QString::fromUtf8(info.name);
                return e;
            }
            return r;
        });
    }
    return s;
}

Result<QuantizeSummary> quantize(const QString& in, const QString& out, Gguf::TensorType type, TaskContext& ctx)
{
    if (type != Gguf::TensorType::Q8_0 && type != Gguf::TensorType::Q4_0) {
        Error e;
        e.code = Error::Code::Schema;
        e.message = Tr::tr("quantizing to %1 is not supported (%2)").arg(Gguf::typeName(type), mixNames());
        return e;
    }
    return quantize(in, out, type == Gguf::TensorType::Q8_0 ? Mix::Q8_0 : Mix::Q4_0, ctx);
}

Result<QuantizeSummary> quantize(const QString& in, const QString& out, Mix mix, TaskContext& ctx)
{
    auto file = Gguf::File::open(in);
    if (!file)
        return file.error();
    const Gguf::File& f = *file.value();
    Gguf::Writer w;
    for (const Gguf::MetadataEntry& e : f.metadata())
        if (e.key != "general.quantization_version" && e.key != "general.file_type")
            w.set(e.key, e.value);
    if (f.alignment() != Gguf::File::DefaultAlignment)
        w.setAlignment(uint32_t(f.alignment()));
    w.setUInt32("general.quantization_version", 2);
    w.setUInt32("general.file_type", mixTraits(mix).fileType);
    auto s = addQuantizedTensors(f, w, mix);
    if (!s)
        return s.error();
    if (auto r = w.write(out, &ctx); !r)
        return r.error();
    return s;
}

} // namespace Inference
