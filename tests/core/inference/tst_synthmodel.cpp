// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/synthmodel.h"
#include "tests/support/testmain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <cmath>

using namespace Inference;

namespace {
QByteArray sha(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestSynthModel : public QObject
{
    Q_OBJECT
private slots:
    void presets()
    {
        const auto p = synthPreset(QStringLiteral("110m")).value();
        QCOMPARE(p.nEmbd, 768);
        QCOMPARE(p.nLayer, 12);
        QCOMPARE(p.nFf, 2048);
        const auto b = synthPreset(QStringLiteral("1b")).value();
        QCOMPARE(b.nHead, 32);
        QCOMPARE(b.nHeadKv, 4);
        QVERIFY(synthPreset(QStringLiteral("350m")));
        QVERIFY(!synthPreset(QStringLiteral("7b")));
    }

    void smallModelRuns_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("f32") << QStringLiteral("f32");
        QTest::newRow("q8_0") << QStringLiteral("q8_0");
        QTest::newRow("q4_0") << QStringLiteral("q4_0");
    }
    void smallModelRuns()
    {
        QFETCH(QString, type);
        const QString vocab = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        if (!QFile::exists(vocab))
            INFEROMETER_SKIP("the shared models are not available");
        QTemporaryDir dir;
        SynthOptions o;
        o.shape = { QStringLiteral("test"), 128, 3, 4, 2, 256, 512 };
        o.type = *Gguf::parseTypeName(type);
        o.vocabFrom = vocab;
        o.seed = 99;
        PlainTaskContext ctx;
        const QString a = dir.filePath(QStringLiteral("a.gguf"));
        auto r = synthesizeModel(o, a, ctx);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().vocabSize, 512);
        // 512x128 x2 (embedding, output) + 3 x (4 x 128x128/.. q,k,v,o + 3 x 128x256 + 2 norms) + output norm
        const uint64_t perLayer = 128 * 128 + 2 * (128 * 64) + 128 * 128 + 3 * (128 * 256) + 2 * 128;
        QCOMPARE(r.value().parameters, uint64_t(2 * 512 * 128 + 128 + 3 * perLayer));

        auto m = Model::load(a);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QCOMPARE(m.value()->config().nHeadKv, 2);
        QCOMPARE(m.value()->config().headDim, 32);
        QCOMPARE(m.value()->typeLabel(), type);
        QCOMPARE(m.value()->file().string("tokenizer.ggml.model").value(), QStringLiteral("llama"));
        QCOMPARE(m.value()->file().strings("tokenizer.ggml.tokens").value().size(), size_t(512));
        QCOMPARE(m.value()->file().uint("llama.context_length").value(), 512u);
        if (type == QLatin1String("q4_0"))
            QCOMPARE(m.value()->output().type, Gguf::TensorType::Q8_0);

        CpuBackend cpu(m.value(), { 16, CpuBackend::Precision::Float });
        std::vector<int32_t> toks { 1, 100, 200, 300, 400, 7 };
        std::vector<float> logits(static_cast<size_t>(6 * 512));
        QVERIFY(cpu.eval(toks, 0, logits, true).ok());
        double sumSq = 0;
        for (float l : logits) {
            QVERIFY(std::isfinite(l));
            sumSq += double(l) * l;
        }
        const double rms = std::sqrt(sumSq / double(logits.size()));
        QVERIFY2(rms > 0.05 && rms < 5, qPrintable(QString::number(rms))); // varied, not exploding

        // the same options give the same bytes; another seed other bytes
        const QString b = dir.filePath(QStringLiteral("b.gguf"));
        QVERIFY(synthesizeModel(o, b, ctx).ok());
        QCOMPARE(sha(a), sha(b));
        o.seed = 100;
        QVERIFY(synthesizeModel(o, b, ctx).ok());
        QVERIFY(sha(a) != sha(b));
    }

    void independentParserReadsIt_data() { smallModelRuns_data(); }

    void independentParserReadsIt()
    {
        // Hugging Face's GGUF parser (the npm package @huggingface/gguf, fetched and verified by fetch-data.sh) reads
        // the file and finds what llama.cpp's llama loader looks for: the llama.* keys, the tokenizer, every tensor
        // by its name with ggml's dimensions and type, and data offsets on the file's alignment that do not overlap
        QFETCH(QString, type);
        const QString vocab = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString modules = QStringLiteral(INFEROMETER_DATA_CACHE "/node/node_modules");
        if (!QFile::exists(vocab))
            INFEROMETER_SKIP("the shared models are not available");
        if (node.isEmpty())
            INFEROMETER_SKIP("node is not installed (packaging/install-deps.sh installs it): the oracle cannot run");
        if (!QFile::exists(modules + QStringLiteral("/@huggingface/gguf/package.json")))
            INFEROMETER_SKIP("the GGUF oracle is not in " INFEROMETER_DATA_CACHE "/node: run packaging/fetch-data.sh");
        QTemporaryDir dir;
        SynthOptions o;
        o.shape = { QStringLiteral("test"), 128, 3, 4, 2, 256, 512 };
        o.type = *Gguf::parseTypeName(type);
        o.vocabFrom = vocab;
        PlainTaskContext ctx;
        const QString path = dir.filePath(QStringLiteral("m.gguf"));
        QVERIFY(synthesizeModel(o, path, ctx).ok());

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), modules);
        p.setProcessEnvironment(env);
        p.start(node, { QStringLiteral(GGUF_ORACLE_SCRIPT), path });
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, out.constData());
        const QJsonObject o2 = QJsonDocument::fromJson(out).object();
        const QJsonObject md = o2.value(QStringLiteral("metadata")).toObject();
        auto num = [&](const char* key) { return md.value(QLatin1String(key)).toVariant().toDouble(); };
        QCOMPARE(md.value(QStringLiteral("general.architecture")).toString(), QStringLiteral("llama"));
        QCOMPARE(num("version"), 3.0);
        QCOMPARE(num("llama.context_length"), 512.0);
        QCOMPARE(num("llama.embedding_length"), 128.0);
        QCOMPARE(num("llama.block_count"), 3.0);
        QCOMPARE(num("llama.feed_forward_length"), 256.0);
        QCOMPARE(num("llama.attention.head_count"), 4.0);
        QCOMPARE(num("llama.attention.head_count_kv"), 2.0);
        QCOMPARE(num("llama.rope.dimension_count"), 32.0);
        QVERIFY(std::fabs(num("llama.attention.layer_norm_rms_epsilon") - 1e-5) < 1e-11);
        QCOMPARE(o2.value(QStringLiteral("tokenizerModel")).toString(), QStringLiteral("llama"));
        QCOMPARE(o2.value(QStringLiteral("tokens")).toInt(), 512);
        QCOMPARE(o2.value(QStringLiteral("scores")).toInt(), 512);

        // the tensors llama.cpp's llama loader asks for, in ggml's order of dimensions (ne0 = row length); ggml type
        // ids: F32 0, Q4_0 2, Q8_0 8; norms stay F32, the output matrix is Q8_0 in a Q4_0 model
        const int w = type == QLatin1String("f32") ? 0 : type == QLatin1String("q8_0") ? 8 : 2;
        const int out8 = w == 2 ? 8 : w;
        std::map<QString, std::pair<std::vector<uint64_t>, int>> want {
            { QStringLiteral("token_embd.weight"), { { 128, 512 }, w } },
            { QStringLiteral("output_norm.weight"), { { 128 }, 0 } },
            { QStringLiteral("output.weight"), { { 128, 512 }, out8 } },
        };
        for (int l = 0; l < 3; ++l) {
            const QString b = QStringLiteral("blk.%1.").arg(l);
            want[b + QLatin1String("attn_norm.weight")] = { { 128 }, 0 };
            want[b + QLatin1String("ffn_norm.weight")] = { { 128 }, 0 };
            want[b + QLatin1String("attn_q.weight")] = { { 128, 128 }, w };
            want[b + QLatin1String("attn_k.weight")] = { { 128, 64 }, w };
            want[b + QLatin1String("attn_v.weight")] = { { 128, 64 }, w };
            want[b + QLatin1String("attn_output.weight")] = { { 128, 128 }, w };
            want[b + QLatin1String("ffn_gate.weight")] = { { 128, 256 }, w };
            want[b + QLatin1String("ffn_up.weight")] = { { 128, 256 }, w };
            want[b + QLatin1String("ffn_down.weight")] = { { 256, 128 }, w };
        }
        auto ours = Gguf::File::open(path);
        QVERIFY(ours.ok());
        const QJsonArray tensors = o2.value(QStringLiteral("tensors")).toArray();
        QCOMPARE(size_t(tensors.size()), want.size());
        std::vector<std::pair<uint64_t, uint64_t>> spans; // offset, bytes
        for (const QJsonValue& v : tensors) {
            const QJsonObject t = v.toObject();
            const QString name = t.value(QStringLiteral("name")).toString();
            QVERIFY2(want.count(name), qPrintable(name));
            std::vector<uint64_t> dims;
            for (const QJsonValue& d : t.value(QStringLiteral("dims")).toArray())
                dims.push_back(d.toString().toULongLong());
            QCOMPARE(dims, want[name].first);
            QCOMPARE(t.value(QStringLiteral("type")).toInt(), want[name].second);
            const uint64_t offset = t.value(QStringLiteral("offset")).toString().toULongLong();
            const Gguf::TensorInfo* mine = ours.value()->tensor(name.toLatin1());
            QVERIFY(mine);
            QCOMPARE(offset, mine->offset);
            QCOMPARE(offset % ours.value()->alignment(), uint64_t(0));
            spans.push_back({ offset, mine->bytes });
        }
        std::sort(spans.begin(), spans.end());
        for (size_t i = 0; i + 1 < spans.size(); ++i)
            QVERIFY(spans[i].first + spans[i].second <= spans[i + 1].first);
        QVERIFY(ours.value()->dataOffset() % ours.value()->alignment() == 0);
        QVERIFY(ours.value()->dataOffset() + spans.back().first + spans.back().second <= ours.value()->fileSize());
    }

    void refusals()
    {
        QTemporaryDir dir;
        SynthOptions o;
        o.shape = synthPreset(QStringLiteral("110m")).value();
        o.vocabFrom = dir.filePath(QStringLiteral("missing.gguf"));
        PlainTaskContext ctx;
        auto r = synthesizeModel(o, dir.filePath(QStringLiteral("x.gguf")), ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, o.vocabFrom);
        o.type = Gguf::TensorType::Q5_1;
        r = synthesizeModel(o, dir.filePath(QStringLiteral("x.gguf")), ctx);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("q5_1")));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestSynthModel)
#include "tst_synthmodel.moc"
