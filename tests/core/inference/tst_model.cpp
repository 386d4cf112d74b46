// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/gguf/ggufwriter.h"
#include "core/inference/cpubackend.h"
#include "core/inference/generator.h"
#include "core/inference/model.h"
#include "../../support/ggufpatch.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>

using namespace Inference;

namespace {
QString f32Path()
{
    return QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
}

/** A copy of the f32 model with its metadata edited by `meta` and the tensors `drop` left out. */
Result<std::shared_ptr<const Model>> variant(
    const std::function<void(Gguf::Writer&)>& meta, const QList<QByteArray>& drop = {}, const QByteArray& reshape = {})
{
    auto f = Gguf::File::open(f32Path());
    if (!f)
        return f.error();
    Gguf::Writer w;
    for (const Gguf::MetadataEntry& e : f.value()->metadata())
        w.set(e.key, e.value);
    meta(w);
    for (const Gguf::TensorInfo& t : f.value()->tensors()) {
        if (drop.contains(t.name))
            continue;
        const auto d = f.value()->data(t);
        std::vector<uint64_t> dims = t.dims;
        if (t.name == reshape)
            std::swap(dims[0], dims[1]);
        w.addTensor(t.name, t.type, dims, QByteArray(reinterpret_cast<const char*>(d.data()), qsizetype(d.size())));
    }
    auto bytes = w.toBytes();
    if (!bytes)
        return bytes.error();
    auto g = Gguf::File::fromBytes(bytes.value(), QStringLiteral("variant.gguf"));
    if (!g)
        return g.error();
    return Model::fromFile(g.value());
}

std::vector<float> logitsOf(const std::shared_ptr<const Model>& m)
{
    CpuBackend b(m, { 16, CpuBackend::Precision::Float });
    const std::vector<int32_t> toks { 1, 403, 407, 261, 378, 11 };
    std::vector<float> l(static_cast<size_t>(6 * 512));
    if (!b.eval(toks, 0, l, true))
        return {};
    return l;
}
} // namespace

class TestModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
private slots:
    void init()
    {
        if (!QFile::exists(f32Path()))
            INFEROMETER_SKIP("the shared models are not available");
    }

    // stories260K stores its tied embedding twice: without output.weight the model uses token_embd, same logits
    void tiedOutput()
    {
        auto full = Model::load(f32Path());
        auto tied = variant([](Gguf::Writer&) {}, { "output.weight" });
        QVERIFY2(tied.ok(), qPrintable(tied.ok() ? QString() : tied.error().toString()));
        QVERIFY(tied.value()->config().tiedOutput);
        QCOMPARE(tied.value()->output().name, QByteArray("token_embd.weight"));
        const auto a = logitsOf(full.value());
        const auto b = logitsOf(tied.value());
        QCOMPARE(a.size(), size_t(6 * 512));
        QVERIFY(a == b);
    }

    void ropeScaling()
    {
        auto linear = variant([](Gguf::Writer& w) {
            w.setString("llama.rope.scaling.type", QStringLiteral("linear"));
            w.setFloat32("llama.rope.scaling.factor", 4.0f);
            w.setFloat32("llama.rope.freq_base", 500000.0f);
        });
        QVERIFY(linear.ok());
        QCOMPARE(linear.value()->config().ropeScaling, RopeScaling::Linear);
        QCOMPARE(linear.value()->config().ropeScaleFactor, 4.0f);
        QCOMPARE(linear.value()->config().ropeFreqScale(), 0.25f);
        QCOMPARE(linear.value()->config().ropeFreqBase, 500000.0f);
        // the older key alone means linear too
        auto old = variant([](Gguf::Writer& w) { w.setFloat32("llama.rope.scale_linear", 2.0f); });
        QVERIFY(old.ok());
        QCOMPARE(old.value()->config().ropeScaling, RopeScaling::Linear);
        QCOMPARE(old.value()->config().ropeFreqScale(), 0.5f);
        // positions change the result: the first token's logits are the same (position 0), later ones differ
        const auto a = logitsOf(Model::load(f32Path()).value());
        const auto b = logitsOf(linear.value());
        QVERIFY(std::equal(a.begin(), a.begin() + 512, b.begin()));
        QVERIFY(!std::equal(a.begin() + 512, a.end(), b.begin() + 512));
        // a factor without a type is linear (llama.cpp's default); type "none" never scales
        auto bare = variant([](Gguf::Writer& w) { w.setFloat32("llama.rope.scaling.factor", 8.0f); });
        QVERIFY(bare.ok());
        QCOMPARE(bare.value()->config().ropeScaling, RopeScaling::Linear);
        QCOMPARE(bare.value()->config().ropeFreqScale(), 0.125f);
        auto none = variant([](Gguf::Writer& w) {
            w.setString("llama.rope.scaling.type", QStringLiteral("none"));
            w.setFloat32("llama.rope.scaling.factor", 8.0f);
        });
        QVERIFY(none.ok());
        QCOMPARE(none.value()->config().ropeFreqScale(), 1.0f);
        QVERIFY(logitsOf(none.value()) == a);
        // Llama 3 frequency factors (rope_freqs.weight, one per rotated pair): all 1 change nothing; others do
        auto freqs = [](float f) {
            return [f](Gguf::Writer& w) {
                QByteArray d(16, Qt::Uninitialized);
                for (int i = 0; i < 4; ++i)
                    std::memcpy(d.data() + 4 * i, &f, 4);
                w.addTensor("rope_freqs.weight", Gguf::TensorType::F32, { 4 }, d);
            };
        };
        auto ones = variant(freqs(1.0f));
        QVERIFY2(ones.ok(), qPrintable(ones.ok() ? QString() : ones.error().toString()));
        QVERIFY(ones.value()->ropeFreqs().valid());
        QVERIFY(logitsOf(ones.value()) == a);
        auto twos = variant(freqs(2.0f));
        QVERIFY(twos.ok());
        QVERIFY(logitsOf(twos.value()) != a);
        // factors of 2 everywhere divide every frequency by 2, as linear scaling by 2 does (exactly, in binary)
        QVERIFY(logitsOf(twos.value()) == logitsOf(old.value()));
        auto yarn = variant([](Gguf::Writer& w) { w.setString("llama.rope.scaling.type", QStringLiteral("yarn")); });
        QVERIFY(!yarn.ok());
        QCOMPARE(yarn.error().field, QStringLiteral("llama.rope.scaling.type"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing key") << QStringLiteral("missing key") << QStringLiteral("llama.block_count")
                                     << QStringLiteral("required metadata key is missing");
        QTest::newRow("wrong type") << QStringLiteral("wrong type") << QStringLiteral("llama.embedding_length")
                                    << QStringLiteral("expected a non-negative integer, found string");
        QTest::newRow("architecture") << QStringLiteral("architecture") << QStringLiteral("general.architecture")
                                      << QStringLiteral("\"gpt2\" is not supported");
        QTest::newRow("heads") << QStringLiteral("heads") << QStringLiteral("llama.attention.head_count_kv")
                               << QStringLiteral("8 heads cannot be shared by 3 key/value heads");
        QTest::newRow("missing tensor") << QStringLiteral("missing tensor") << QStringLiteral("blk.3.ffn_up.weight")
                                        << QStringLiteral("required tensor is missing");
        QTest::newRow("shape") << QStringLiteral("shape") << QStringLiteral("blk.1.attn_k.weight")
                               << QStringLiteral("shape is 32x64, the model's metadata needs 64x32");
        QTest::newRow("vocab size") << QStringLiteral("vocab size") << QStringLiteral("llama.vocab_size")
                                    << QStringLiteral("says 500 tokens, token_embd.weight has 512");
        QTest::newRow("head count") << QStringLiteral("head count") << QStringLiteral("llama.attention.head_count")
                                    << QStringLiteral("an embedding of 64 cannot be split into 5 heads");
        // K-quant files patched byte-wise (the shared stories260K-wide Q4_K_M; the f32 for the row length)
        QTest::newRow("unknown type") << QStringLiteral("unknown type") << QStringLiteral("blk.0.attn_q.weight")
                                      << QStringLiteral("tensor type 99 is unknown");
        QTest::newRow("byte size") << QStringLiteral("byte size") << QStringLiteral("blk.0.attn_q.weight")
                                   << QStringLiteral("as q6_K of shape 256x256 its data is 53760 bytes from offset");
        QTest::newRow("k-quant rows") << QStringLiteral("k-quant rows") << QStringLiteral("blk.0.attn_q.weight")
                                      << QStringLiteral("row length 64 is not a multiple of the q4_K block size 256");
        QTest::newRow("k-quant heads") << QStringLiteral("k-quant heads") << QStringLiteral("blk.0.attn_k.weight")
                                       << QStringLiteral("shape is 256x128, the model's metadata needs 256x64");
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QList<QByteArray> drop;
        QByteArray reshape;
        std::function<void(Gguf::Writer&)> meta = [](Gguf::Writer&) {};
        if (what == QLatin1String("wrong type"))
            meta = [](Gguf::Writer& w) { w.set("llama.embedding_length", Gguf::Value::fromString("64")); };
        if (what == QLatin1String("architecture"))
            meta = [](Gguf::Writer& w) { w.setString("general.architecture", QStringLiteral("gpt2")); };
        if (what == QLatin1String("heads"))
            meta = [](Gguf::Writer& w) { w.setUInt32("llama.attention.head_count_kv", 3); };
        if (what == QLatin1String("head count"))
            meta = [](Gguf::Writer& w) { w.setUInt32("llama.attention.head_count", 5); };
        if (what == QLatin1String("vocab size"))
            meta = [](Gguf::Writer& w) { w.setUInt32("llama.vocab_size", 500); };
        if (what == QLatin1String("missing tensor"))
            drop << "blk.3.ffn_up.weight";
        if (what == QLatin1String("shape"))
            reshape = "blk.1.attn_k.weight";
        QString source = QStringLiteral("variant.gguf");
        const QString wide = QStringLiteral(SHARED_DIR "/models/stories260K-wide-Q4_K_M.gguf");
        auto patched = [&](const QString& from, const std::function<bool(const QString&, const QString&)>& patch) {
            source = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".gguf"));
            if (!patch(from, source))
                qFatal("cannot patch %s", qPrintable(from));
            return Model::load(source);
        };
        using GgufPatch::setTensorType;
        Result<std::shared_ptr<const Model>> m = variant(meta, drop, reshape);
        if (what == QLatin1String("unknown type"))
            m = patched(wide,
                [](const QString& a, const QString& b) { return setTensorType(a, b, "blk.0.attn_q.weight", 99); });
        if (what == QLatin1String("byte size")) // Q4_K (144 bytes a block) read as Q6_K (210)
            m = patched(wide, [](const QString& a, const QString& b) {
                return setTensorType(a, b, "blk.0.attn_q.weight", uint32_t(Gguf::TensorType::Q6_K));
            });
        if (what == QLatin1String("k-quant rows")) // rows of 64 cannot hold a 256-element super-block
            m = patched(f32Path(), [](const QString& a, const QString& b) {
                return setTensorType(a, b, "blk.0.attn_q.weight", uint32_t(Gguf::TensorType::Q4_K));
            });
        if (what == QLatin1String("k-quant heads")) { // 8 heads share 4 K/V heads; with 2, K would be 256x64
            const uint32_t two = 2, four = 4;
            auto u32 = [](uint32_t type, uint32_t v) {
                QByteArray b(8, '\0');
                std::memcpy(b.data(), &type, 4);
                std::memcpy(b.data() + 4, &v, 4);
                return b;
            };
            m = patched(wide, [&](const QString& a, const QString& b) {
                return GgufPatch::replaceBytes(a, b, "llama.attention.head_count_kv", u32(4, four), u32(4, two));
            });
        }
        if (what == QLatin1String("missing key")) {
            // the f32 file without llama.block_count
            auto f = Gguf::File::open(f32Path()).value();
            Gguf::Writer w;
            for (const Gguf::MetadataEntry& e : f->metadata())
                if (e.key != "llama.block_count")
                    w.set(e.key, e.value);
            for (const Gguf::TensorInfo& t : f->tensors()) {
                const auto d = f->data(t);
                w.addTensor(
                    t.name, t.type, t.dims, QByteArray(reinterpret_cast<const char*>(d.data()), qsizetype(d.size())));
            }
            m = Model::fromFile(Gguf::File::fromBytes(w.toBytes().value(), QStringLiteral("variant.gguf")).value());
        }
        QVERIFY(!m.ok());
        QCOMPARE(m.error().source, source);
        QCOMPARE(m.error().field, field);
        QVERIFY2(m.error().message.contains(message), qPrintable(m.error().message));
    }

    void generationCancelsBetweenTokens()
    {
        auto m = Model::load(f32Path());
        QVERIFY(m.ok());
        CpuBackend b(m.value(), { 64, CpuBackend::Precision::Float });
        PlainTaskContext ctx;
        GenerateOptions o;
        o.maxTokens = 40;
        o.sampler.temperature = 0;
        int seen = 0;
        auto g = generate(b, { 1 }, o, ctx, [&](int32_t) {
            if (++seen == 5)
                ctx.cancel();
        });
        QVERIFY(g.ok());
        QVERIFY(g.value().canceled);
        QCOMPARE(g.value().tokens.size(), size_t(5));
        // and uncanceled the same greedy tokens continue; EOS stops it when asked
        PlainTaskContext fresh;
        auto all = generate(b, { 1 }, o, fresh);
        QVERIFY(all.ok());
        QVERIFY(!all.value().canceled);
        QCOMPARE(all.value().tokens.size(), size_t(40));
        QVERIFY(std::equal(g.value().tokens.begin(), g.value().tokens.end(), all.value().tokens.begin()));
        QVERIFY(all.value().prefillMs > 0 && all.value().decodeMs > 0);
        QVERIFY(all.value().timeToFirstTokenMs >= all.value().prefillMs);
        // a prompt as long as the context is refused
        QVERIFY(!generate(b, std::vector<int32_t>(64, 1), o, fresh).ok());
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
