// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/gguffile.h"
#include "core/gguf/ggufwriter.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <random>

using namespace Gguf;

namespace {
/** Assembles GGUF bytes by hand, so that a test can lie in any field. */
struct Raw
{
    QByteArray b;
    Raw& u8(uint8_t v) { return put(v); }
    Raw& u32(uint32_t v) { return put(v); }
    Raw& u64(uint64_t v) { return put(v); }
    Raw& f32(float v) { return put(v); }
    Raw& str(const QByteArray& s) { return u64(uint64_t(s.size())).bytes(s); }
    Raw& bytes(const QByteArray& s)
    {
        b.append(s);
        return *this;
    }
    Raw& header(uint64_t nTensors, uint64_t nKv, uint32_t version = 3)
    {
        return bytes("GGUF").u32(version).u64(nTensors).u64(nKv);
    }
    Raw& tensor(const QByteArray& name, std::vector<uint64_t> dims, uint32_t type, uint64_t offset)
    {
        str(name).u32(uint32_t(dims.size()));
        for (uint64_t d : dims)
            u64(d);
        return u32(type).u64(offset);
    }
    Raw& pad(int alignment = 32)
    {
        while (b.size() % alignment)
            b.append('\0');
        return *this;
    }
    Raw& zeros(int n)
    {
        b.append(QByteArray(n, '\0'));
        return *this;
    }
    template <typename T>
    Raw& put(T v)
    {
        b.append(reinterpret_cast<const char*>(&v), sizeof v);
        return *this;
    }
};

QString shared(const char* name)
{
    return QStringLiteral(SHARED_DIR "/models/") + QLatin1String(name);
}
} // namespace

class TestGgufFile : public QObject
{
    Q_OBJECT
private slots:
    void sharedF32()
    {
        if (!QFile::exists(shared("stories260K-f32.gguf")))
            INFEROMETER_SKIP("the shared models are not available");
        auto r = File::open(shared("stories260K-f32.gguf"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const File& f = *r.value();
        QCOMPARE(f.version(), 3u);
        QCOMPARE(f.alignment(), 32u);
        QCOMPARE(f.fileSize(), 1185376u);
        QCOMPARE(f.dataOffset(), 14176u);
        QCOMPARE(f.metadata().size(), size_t(19));
        QCOMPARE(f.metadata()[0].key, QByteArray("tokenizer.ggml.tokens"));
        QCOMPARE(f.string("general.architecture").value(), QStringLiteral("llama"));
        QCOMPARE(f.string("tokenizer.ggml.model").value(), QStringLiteral("llama"));
        QCOMPARE(f.uint("llama.context_length").value(), 2048u);
        QCOMPARE(f.uint("llama.embedding_length").value(), 64u);
        QCOMPARE(f.uint("llama.feed_forward_length").value(), 172u);
        QCOMPARE(f.uint("llama.attention.head_count").value(), 8u);
        QCOMPARE(f.uint("llama.attention.head_count_kv").value(), 4u);
        QCOMPARE(f.uint("llama.block_count").value(), 5u);
        QCOMPARE(f.uint("llama.rope.dimension_count").value(), 8u);
        QCOMPARE(f.find("llama.rope.dimension_count")->type, ValueType::UInt32);
        QCOMPARE(f.number("llama.attention.layer_norm_rms_epsilon").value(), double(1e-5f));
        QCOMPARE(f.find("llama.attention.layer_norm_rms_epsilon")->type, ValueType::Float32);
        QCOMPARE(f.uint("tokenizer.ggml.bos_token_id").value(), 1u);
        QCOMPARE(f.uint("tokenizer.ggml.eos_token_id").value(), 2u);
        QCOMPARE(f.uint("tokenizer.ggml.padding_token_id").value(), 4294967295u);
        const auto tokens = f.strings("tokenizer.ggml.tokens").value();
        QCOMPARE(tokens.size(), size_t(512));
        QCOMPARE(tokens[0], QByteArray("<unk>"));
        QCOMPARE(tokens[1], QByteArray("<s>"));
        QCOMPARE(tokens[2], QByteArray("</s>"));
        QCOMPARE(tokens[3], QByteArray("<0x00>"));
        QCOMPARE(f.floats("tokenizer.ggml.scores").value().size(), size_t(512));
        QCOMPARE(f.integers("tokenizer.ggml.token_type").value().size(), size_t(512));
        QCOMPARE(f.integers("tokenizer.ggml.token_type").value()[1], 3); // control

        QCOMPARE(f.tensors().size(), size_t(48));
        const TensorInfo* emb = f.tensor("token_embd.weight");
        QVERIFY(emb);
        QCOMPARE(emb->dims, (std::vector<uint64_t> { 64, 512 }));
        QCOMPARE(emb->type, TensorType::F32);
        QCOMPARE(emb->offset, 0u);
        QCOMPARE(emb->bytes, 131072u);
        const TensorInfo* down = f.tensor("blk.4.ffn_down.weight");
        QVERIFY(down);
        QCOMPARE(down->dims, (std::vector<uint64_t> { 172, 64 }));
        QCOMPARE(down->offset, 1082880u);
        QCOMPARE(down->fileOffset, 14176u + 1082880u);
        QCOMPARE(f.tensor("blk.0.attn_k.weight")->dims, (std::vector<uint64_t> { 64, 32 }));
        QCOMPARE(f.tensor("output_norm.weight")->dims, (std::vector<uint64_t> { 64 }));
        QCOMPARE(f.data(*f.tensor("blk.4.ffn_norm.weight")).size(), size_t(256));
        // tied embeddings stored twice: output.weight holds the same floats
        QVERIFY(std::memcmp(f.data(*emb).data(), f.data(*f.tensor("output.weight")).data(), 131072) == 0);
        QVERIFY(!f.tensorData("nope").ok());
        QCOMPARE(f.uint("llama.nope").error().field, QStringLiteral("llama.nope"));
        QVERIFY(f.uint("general.architecture").error().message.contains(QLatin1String("found string")));
    }

    void sharedQuantized()
    {
        if (!QFile::exists(shared("stories260K-Q4_0.gguf")))
            INFEROMETER_SKIP("the shared models are not available");
        auto q8 = File::open(shared("stories260K-Q8_0.gguf"));
        auto q4 = File::open(shared("stories260K-Q4_0.gguf"));
        QVERIFY(q8.ok() && q4.ok());
        QCOMPARE(q8.value()->uint("general.file_type").value(), 7u);
        QCOMPARE(q4.value()->uint("general.file_type").value(), 2u);
        QCOMPARE(q8.value()->tensor("blk.0.attn_q.weight")->type, TensorType::Q8_0);
        QCOMPARE(q8.value()->tensor("blk.0.attn_q.weight")->bytes, 64u / 32 * 34 * 64);
        QCOMPARE(q4.value()->tensor("blk.0.attn_q.weight")->type, TensorType::Q4_0);
        QCOMPARE(q4.value()->tensor("blk.0.attn_q.weight")->bytes, 64u / 32 * 18 * 64);
        QCOMPARE(q4.value()->tensor("output.weight")->type, TensorType::Q8_0);
        QCOMPARE(q4.value()->tensor("blk.3.ffn_down.weight")->type, TensorType::F32);
        QCOMPARE(q4.value()->dataOffset(), 14240u);
    }

    void writerRoundTrip()
    {
        Writer w;
        w.setAlignment(64);
        w.set("u8", Value::fromUInt(ValueType::UInt8, 200));
        w.set("i8", Value::fromInt(ValueType::Int8, -100));
        w.set("u16", Value::fromUInt(ValueType::UInt16, 65535));
        w.set("i16", Value::fromInt(ValueType::Int16, -32768));
        w.set("u32", Value::fromUInt(ValueType::UInt32, 4000000000u));
        w.set("i32", Value::fromInt(ValueType::Int32, -2000000000));
        w.set("u64", Value::fromUInt(ValueType::UInt64, 18000000000000000000ull));
        w.set("i64", Value::fromInt(ValueType::Int64, -9000000000000000000ll));
        w.set("f32", Value::fromFloat(ValueType::Float32, 0.1));
        w.set("f64", Value::fromFloat(ValueType::Float64, 0.1));
        w.set("bool", Value::fromBool(true));
        w.set("str", Value::fromString(QByteArray("h\xc3\xa9llo")));
        w.set("strs", Value::stringArray({ "a", "", "ccc" }));
        std::vector<Value> inner1 { Value::fromInt(ValueType::Int16, 1), Value::fromInt(ValueType::Int16, -2) };
        std::vector<Value> inner2 { Value::fromInt(ValueType::Int16, 3) };
        w.set("nested",
            Value::fromArray(ValueType::Array,
                { Value::fromArray(ValueType::Int16, inner1), Value::fromArray(ValueType::Int16, inner2) }));
        w.set("empty", Value::fromArray(ValueType::Float64, {}));
        w.setUInt32("u32", 7); // replaces, keeps position
        QByteArray f32(4 * 3 * 2, '\0');
        for (int i = 0; i < 6; ++i) {
            const float v = float(i) - 2.5f;
            std::memcpy(f32.data() + 4 * i, &v, 4);
        }
        w.addTensor("a", TensorType::F32, { 3, 2 }, f32);
        w.addTensor("b", TensorType::Q8_0, { 64 }, QByteArray(68, '\x11'));
        w.addTensor("c", TensorType::Q4_0, { 32, 1, 2 },
            std::function<Result<QByteArray>()>([] { return Result<QByteArray>(QByteArray(36, '\x22')); }));
        auto bytes = w.toBytes();
        QVERIFY(bytes.ok());
        auto r = File::fromBytes(bytes.value(), QStringLiteral("mem"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const File& f = *r.value();
        QCOMPARE(f.alignment(), 64u);
        QCOMPARE(f.dataOffset() % 64, 0u);
        QCOMPARE(f.metadata().size(), size_t(16));
        QCOMPARE(f.metadata()[0].key, QByteArray("general.alignment"));
        QCOMPARE(f.metadata()[5].key, QByteArray("u32"));
        QCOMPARE(f.uint("u8").value(), 200u);
        QCOMPARE(f.integer("i8").value(), -100);
        QCOMPARE(f.uint("u16").value(), 65535u);
        QCOMPARE(f.integer("i16").value(), -32768);
        QCOMPARE(f.uint("u32").value(), 7u);
        QCOMPARE(f.integer("i32").value(), -2000000000);
        QCOMPARE(f.uint("u64").value(), 18000000000000000000ull);
        QVERIFY(!f.integer("u64").ok()); // does not fit int64
        QCOMPARE(f.integer("i64").value(), -9000000000000000000ll);
        QVERIFY(!f.uint("i64").ok());
        QCOMPARE(f.number("f32").value(), double(0.1f));
        QCOMPARE(f.number("f64").value(), 0.1);
        QCOMPARE(f.boolean("bool").value(), true);
        QCOMPARE(f.string("str").value(), QStringLiteral("h\u00e9llo"));
        QCOMPARE(f.strings("strs").value(), (std::vector<QByteArray> { "a", "", "ccc" }));
        const Value* nested = f.find("nested");
        QVERIFY(nested);
        QCOMPARE(nested->elementType, ValueType::Array);
        QCOMPARE(nested->array.size(), size_t(2));
        QCOMPARE(nested->array[0].array[1].i, -2);
        QCOMPARE(nested->array[1].array[0].i, 3);
        QCOMPARE(f.floats("empty").value().size(), size_t(0));
        QCOMPARE(f.tensors().size(), size_t(3));
        QCOMPARE(f.tensor("a")->dims, (std::vector<uint64_t> { 3, 2 }));
        QCOMPARE(f.tensor("a")->offset, 0u);
        QCOMPARE(f.tensor("b")->offset, 64u);
        QCOMPARE(f.tensor("c")->offset, 192u);
        QCOMPARE(f.tensor("c")->rows(), 2u);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(f.data(*f.tensor("a")).data()), 24), f32);
        QCOMPARE(f.tensorData("c").value().size(), size_t(36));
        QCOMPARE(char(f.tensorData("c").value()[35]), '\x22');
        // every metadata value compares equal after the round trip
        auto again = Writer();
        for (const MetadataEntry& e : f.metadata())
            again.set(e.key, e.value);
        auto r2 = File::fromBytes(again.toBytes().value(), QStringLiteral("mem2"));
        QVERIFY(r2.ok());
        for (size_t i = 0; i < f.metadata().size(); ++i)
            QVERIFY(f.metadata()[i].value == r2.value()->metadata()[i].value);

        // and through a file on disk (memory-mapped)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.gguf"));
        QVERIFY(w.write(path).ok());
        auto m = File::open(path);
        QVERIFY(m.ok());
        QCOMPARE(m.value()->fileSize(), uint64_t(bytes.value().size()));
        QCOMPARE(m.value()->path(), path);
    }

    void version2()
    {
        Raw r;
        r.header(1, 1, 2).str("general.architecture").u32(8).str("llama").tensor("w", { 4 }, 0, 0).pad().zeros(16);
        auto f = File::fromBytes(r.b, QStringLiteral("v2.gguf"));
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
        QCOMPARE(f.value()->version(), 2u);
        QCOMPARE(f.value()->string("general.architecture").value(), QStringLiteral("llama"));
        QCOMPARE(f.value()->tensor("w")->bytes, 16u);
    }

    void writerRefusesWrongSize()
    {
        Writer w;
        w.addTensor("t", TensorType::Q8_0, { 64, 2 }, QByteArray(100, '\0'));
        auto r = w.toBytes();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("t"));
        QVERIFY(r.error().message.contains(QLatin1String("136")));
        Writer w2;
        w2.addTensor("odd", TensorType::Q4_0, { 33 }, QByteArray());
        QVERIFY(!w2.toBytes().ok());
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("offset");

        QTest::addRow("empty") << QByteArray() << QString() << QStringLiteral("not a GGUF file") << qint64(0);
        QTest::addRow("bad magic") << Raw().bytes("GGML").u32(3).u64(0).u64(0).b << QString()
                                   << QStringLiteral("not a GGUF file") << qint64(0);
        QTest::addRow("version 1") << Raw().header(0, 0, 1).b << QString() << QStringLiteral("version 1") << qint64(4);
        QTest::addRow("version 4") << Raw().header(0, 0, 4).b << QString() << QStringLiteral("version 4") << qint64(4);
        QTest::addRow("big-endian") << Raw().bytes("GGUF").u32(0x03000000u).u64(0).u64(0).b << QString()
                                    << QStringLiteral("big-endian") << qint64(4);
        {
            Raw r;
            r.header(1, 0).u64(1ull << 50).bytes("w").zeros(40);
            QTest::addRow("lying tensor name length")
                << r.b << QString() << QStringLiteral("a tensor name claims 1125899906842624 bytes but only 41 remain")
                << qint64(24);
        }
        QTest::addRow("short header") << Raw().bytes("GGUF").u32(3).u32(0).b << QString()
                                      << QStringLiteral("ends inside the header") << qint64(8);
        QTest::addRow("too many keys") << Raw().header(0, 1000000).str("a").u32(4).u32(1).b << QString()
                                       << QStringLiteral("1000000 metadata entries") << qint64(16);
        QTest::addRow("lying key length") << Raw().header(0, 1).u64(1000).bytes("abc").u32(4).b << QString()
                                          << QStringLiteral("claims 1000 bytes but only 7 remain") << qint64(24);
        QTest::addRow("truncated value") << Raw().header(0, 1).str("k.u32").u32(4).u8(1).u8(2).b
                                         << QStringLiteral("k.u32") << QStringLiteral("ends inside a uint32 value")
                                         << qint64(24 + 8 + 5 + 4);
        QTest::addRow("lying string value")
            << Raw().header(0, 1).str("k.s").u32(8).u64(99).bytes("short").b << QStringLiteral("k.s")
            << QStringLiteral("claims 99 bytes") << qint64(24 + 8 + 3 + 4);
        QTest::addRow("unknown value type") << Raw().header(0, 1).str("k").u32(13).u32(0).b << QStringLiteral("k")
                                            << QStringLiteral("value type 13 is unknown") << qint64(24 + 9);
        QTest::addRow("lying array count")
            << Raw().header(0, 1).str("arr").u32(9).u32(6).u64(1ull << 40).f32(1).b << QStringLiteral("arr")
            << QStringLiteral("array claims 1099511627776") << qint64(24 + 11 + 4);
        QTest::addRow("truncated array of strings")
            << Raw().header(0, 1).str("tokens").u32(9).u32(8).u64(3).str("a").str("b").u64(5).bytes("c").b
            << QStringLiteral("tokens") << QStringLiteral("claims 5 bytes but only 1 remain")
            << qint64(24 + 14 + 4 + 12 + 9 + 9);
        QTest::addRow("bool not 0/1") << Raw().header(0, 1).str("b").u32(7).u8(2).b << QStringLiteral("b")
                                      << QStringLiteral("bool value is 2") << qint64(24 + 9 + 4);
        QTest::addRow("duplicate key") << Raw().header(0, 2).str("k").u32(4).u32(1).str("k").u32(4).u32(2).b
                                       << QStringLiteral("k") << QStringLiteral("duplicate metadata key")
                                       << qint64(24 + 17);
        QTest::addRow("alignment 3") << Raw().header(0, 1).str("general.alignment").u32(4).u32(3).b
                                     << QStringLiteral("general.alignment") << QStringLiteral("3 is not a power of two")
                                     << qint64(-1);
        QTest::addRow("alignment wrong type")
            << Raw().header(0, 1).str("general.alignment").u32(10).u64(32).b << QStringLiteral("general.alignment")
            << QStringLiteral("must be a uint32, not uint64") << qint64(-1);
        {
            Raw r;
            r.header(1, 0).tensor("w", { 8 }, 0, 0).pad().zeros(16); // 8 floats need 32 bytes
            QTest::addRow("tensor past the end")
                << r.b << QStringLiteral("w") << QStringLiteral("runs past the end of the file") << qint64(64);
        }
        {
            Raw r;
            r.header(1, 0).tensor("w", { 8 }, 0, 1ull << 62).pad().zeros(32);
            QTest::addRow("offset far past the end")
                << r.b << QStringLiteral("w") << QStringLiteral("runs past the end") << qint64(-2);
        }
        {
            Raw r;
            r.header(1, 0).tensor("big", { 1ull << 32, 1ull << 32 }, 0, 0).pad().zeros(32);
            QTest::addRow("huge dimensions") << r.b << QStringLiteral("big")
                                             << QStringLiteral("dimension 1 (4294967296) makes the element count "
                                                               "overflow")
                                             << qint64(24 + 11 + 4 + 8);
        }
        {
            Raw r;
            r.header(1, 0).tensor("big", { 1ull << 40, 1ull << 20 }, 0, 0).pad().zeros(32);
            QTest::addRow("huge but no overflow")
                << r.b << QStringLiteral("big") << QStringLiteral("runs past the end") << qint64(-2);
        }
        {
            Raw r;
            r.header(1, 0).tensor("w", { 4 }, 0, 16).pad().zeros(64);
            QTest::addRow("misaligned offset")
                << r.b << QStringLiteral("w") << QStringLiteral("offset 16 is not a multiple of the alignment 32")
                << qint64(24 + 9 + 4 + 8 + 4);
        }
        {
            Raw r;
            r.header(2, 0).tensor("a", { 16 }, 0, 0).tensor("b", { 8 }, 0, 32).pad().zeros(96);
            QTest::addRow("overlapping tensors")
                << r.b << QStringLiteral("a")
                << QStringLiteral(
                       "as f32 of shape 16 its data is 64 bytes from offset 0, and runs into tensor \"b\" at "
                       "offset 32")
                << qint64(-2);
        }
        {
            Raw r;
            r.header(1, 0).tensor("q", { 40 }, 8, 0).pad().zeros(64);
            QTest::addRow("row not a block multiple")
                << r.b << QStringLiteral("q") << QStringLiteral("row length 40 is not a multiple of the q8_0 block")
                << qint64(24);
        }
        {
            Raw r;
            r.header(1, 0).tensor("t", { 4 }, 99, 0).pad().zeros(64);
            QTest::addRow("unknown tensor type")
                << r.b << QStringLiteral("t") << QStringLiteral("tensor type 99 is unknown") << qint64(24 + 9 + 4 + 8);
        }
        {
            Raw r;
            r.header(1, 0).tensor("t", { 1, 1, 1, 1, 1 }, 0, 0).pad().zeros(64);
            QTest::addRow("five dimensions")
                << r.b << QStringLiteral("t") << QStringLiteral("5 dimensions") << qint64(24 + 9);
        }
        {
            Raw r;
            r.header(1, 0).tensor("t", { 4, 0 }, 0, 0).pad().zeros(64);
            QTest::addRow("zero dimension")
                << r.b << QStringLiteral("t") << QStringLiteral("dimension 1 is 0") << qint64(24 + 9 + 4 + 8);
        }
        {
            Raw r;
            r.header(2, 0).tensor("t", { 4 }, 0, 0).tensor("t", { 4 }, 0, 32).pad().zeros(64);
            QTest::addRow("duplicate tensor")
                << r.b << QStringLiteral("t") << QStringLiteral("duplicate tensor name") << qint64(24 + 33);
        }
        QTest::addRow("too many tensors")
            << Raw().header(1u << 30, 0).zeros(40).b << QString() << QStringLiteral("1073741824 tensors") << qint64(8);
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(qint64, offset);
        auto r = File::fromBytes(bytes, QStringLiteral("evil.gguf"));
        QVERIFY(!r.ok());
        const Error& e = r.error();
        QCOMPARE(e.source, QStringLiteral("evil.gguf"));
        QCOMPARE(e.code, Error::Code::Parse);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        if (offset >= 0)
            QVERIFY2(e.message.endsWith(QStringLiteral("(at byte %1)").arg(offset)), qPrintable(e.message));
        else if (offset == -2)
            QVERIFY2(e.message.contains(QLatin1String("(at byte ")), qPrintable(e.message));
        QVERIFY(e.toString().startsWith(QStringLiteral("evil.gguf: ")));
    }

    // Every truncation of a valid file is refused, and no byte flip makes the reader read out of bounds (this test
    // runs the validation on each; a crash or sanitizer report would fail it).
    void truncationsAndFlips()
    {
        Writer w;
        w.set("general.architecture", Value::fromString("llama"));
        w.set("tokens", Value::stringArray({ "<s>", "abc", "\xe2\x96\x81x" }));
        w.set("scores", Value::floatArray({ 0.f, -1.f, -2.f }));
        w.addTensor("a", TensorType::F32, { 8, 2 }, QByteArray(64, '\1'));
        w.addTensor("b", TensorType::Q4_0, { 32 }, QByteArray(18, '\2'));
        const QByteArray good = w.toBytes().value();
        auto parsed = File::fromBytes(good, QStringLiteral("good"));
        QVERIFY(parsed.ok());
        const TensorInfo* last = parsed.value()->tensor("b");
        const int end = int(last->fileOffset + last->bytes); // the padding after the last tensor is optional
        QCOMPARE(end, good.size() - 14);
        for (int n = 0; n < end; ++n) {
            auto r = File::fromBytes(good.left(n), QStringLiteral("cut"));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
        }
        int refused = 0;
        const int headerEnd = int(parsed.value()->dataOffset());
        for (int i = 0; i < headerEnd; ++i) {
            for (uint8_t x : { uint8_t(0x01), uint8_t(0x80), uint8_t(0xFF) }) {
                QByteArray bad = good;
                bad[i] = char(uint8_t(bad[i]) ^ x);
                auto r = File::fromBytes(bad, QStringLiteral("flip"));
                if (!r.ok())
                    ++refused;
                else
                    for (const TensorInfo& t : r.value()->tensors())
                        QVERIFY(t.fileOffset + t.bytes <= uint64_t(bad.size()));
            }
        }
        QVERIFY(refused > headerEnd); // most flips in the header are caught
    }

    // seeded random damage (several bytes at once, and lengths and counts set to huge values) never makes the reader
    // read outside the buffer: run under AddressSanitizer this is a small fuzzer
    void randomDamage()
    {
        Writer w;
        w.set("general.architecture", Value::fromString("llama"));
        w.set("tokens", Value::stringArray({ "<s>", "abc", "de" }));
        w.set("nested", Value::fromArray(ValueType::Array, { Value::int32Array({ 1, 2 }), Value::int32Array({ 3 }) }));
        w.addTensor("a", TensorType::F32, { 8, 2 }, QByteArray(64, '\1'));
        w.addTensor("b", TensorType::Q8_0, { 32 }, QByteArray(34, '\2'));
        const QByteArray good = w.toBytes().value();
        const int headerEnd = int(File::fromBytes(good, QStringLiteral("good")).value()->dataOffset());
        std::mt19937 rng(1234);
        int accepted = 0;
        for (int iter = 0; iter < 3000; ++iter) {
            QByteArray bad = good;
            const int edits = 1 + int(rng() % 4);
            for (int e = 0; e < edits; ++e) {
                const int limit = std::min(headerEnd, int(bad.size()));
                if (limit == 0)
                    break;
                const int at = int(rng() % uint32_t(limit)); // note: an earlier edit may have truncated the file
                switch (rng() % 3) {
                case 0:
                    bad[at] = char(rng());
                    break;
                case 1: // a huge little-endian length or count
                    for (int k = 0; k < 8 && at + k < bad.size(); ++k)
                        bad[at + k] = char(k < 7 ? 0xFF : 0x7F);
                    break;
                default:
                    bad.truncate(at + int(rng() % 16));
                }
            }
            auto r = File::fromBytes(bad, QStringLiteral("fuzz"));
            if (!r.ok()) {
                QVERIFY(!r.error().message.isEmpty());
                continue;
            }
            ++accepted;
            for (const TensorInfo& t : r.value()->tensors()) {
                QVERIFY(t.fileOffset + t.bytes <= uint64_t(bad.size()));
                QCOMPARE(t.bytes % uint64_t(traits(t.type)->blockBytes), 0u);
            }
        }
        QVERIFY(accepted < 3000 / 2); // most damage is noticed
    }

    void missingFile()
    {
        auto r = File::open(QStringLiteral("/nonexistent/x.gguf"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Io);
        QCOMPARE(r.error().source, QStringLiteral("/nonexistent/x.gguf"));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestGgufFile)
#include "tst_gguffile.moc"
