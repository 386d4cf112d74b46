// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/gguffile.h"
#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Inference;

namespace {
QString modelPath(const char* type)
{
    return QStringLiteral(SHARED_DIR "/models/stories260K-%1.gguf").arg(QLatin1String(type));
}

/** The ids as text, through the model's own GGUF tokenizer (core/tokenize). */
QString decodePieces(const Gguf::File& f, const std::vector<int32_t>& ids)
{
    auto tok = Tokenize::loadTokenizer(f.path());
    if (!tok)
        return tok.error().toString();
    const std::string s = tok.value()->decode(std::vector<uint32_t>(ids.begin(), ids.end()));
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::vector<int32_t> greedy(Backend& b, int n)
{
    const int vocab = b.model().config().vocabSize;
    std::vector<float> logits(static_cast<size_t>(vocab));
    std::vector<int32_t> out;
    int32_t tok = b.model().config().bosId;
    for (int pos = 0; pos < n; ++pos) {
        auto r = b.eval(std::span(&tok, 1), pos, logits, false);
        if (!r)
            qFatal("%s", qPrintable(r.error().toString()));
        tok = int32_t(std::max_element(logits.begin(), logits.end()) - logits.begin());
        out.push_back(tok);
    }
    return out;
}
} // namespace

class TestCpuBackend : public QObject
{
    Q_OBJECT
private slots:
    void greedyText_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("expected");
        const QString lily = QStringLiteral(
            " Once upon a time, there was a little girl named Lily. She loved to play outside in the park.");
        QTest::newRow("f32") << QStringLiteral("f32") << int(CpuBackend::Precision::Float) << lily;
        QTest::newRow("f32 double") << QStringLiteral("f32") << int(CpuBackend::Precision::Double) << lily;
        QTest::newRow("q8_0") << QStringLiteral("Q8_0") << int(CpuBackend::Precision::Float) << lily;
        // the int4 weights change the greedy path at the 19th word
        QTest::newRow("q4_0") << QStringLiteral("Q4_0") << int(CpuBackend::Precision::Float)
                              << QStringLiteral(" Once upon a time, there was a little girl named Lily. She loved "
                                                "to play outside in the sun.");
    }
    void greedyText()
    {
        QFETCH(QString, type);
        QFETCH(int, precision);
        QFETCH(QString, expected);
        const QString path = modelPath(type.toLatin1().constData());
        if (!QFile::exists(path))
            INFEROMETER_SKIP("the shared models are not available");
        auto m = Model::load(path);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        CpuBackend b(m.value(), { 256, CpuBackend::Precision(precision) });
        const auto ids = greedy(b, 34);
        const QString text = decodePieces(m.value()->file(), ids);
        QVERIFY2(text.startsWith(expected), qPrintable(text));
    }

    void config()
    {
        if (!QFile::exists(modelPath("f32")))
            INFEROMETER_SKIP("the shared models are not available");
        auto m = Model::load(modelPath("f32"));
        QVERIFY(m.ok());
        const ModelConfig& c = m.value()->config();
        QCOMPARE(c.nEmbd, 64);
        QCOMPARE(c.nLayer, 5);
        QCOMPARE(c.nHead, 8);
        QCOMPARE(c.nHeadKv, 4);
        QCOMPARE(c.headDim, 8);
        QCOMPARE(c.nFf, 172);
        QCOMPARE(c.vocabSize, 512);
        QCOMPARE(c.contextLength, 2048);
        QCOMPARE(c.ropeFreqBase, 10000.0f);
        QCOMPARE(c.rmsEps, 1e-5f);
        QCOMPARE(c.bosId, 1);
        QCOMPARE(c.eosId, 2);
        QVERIFY(!c.tiedOutput); // stories260K stores the tied embedding twice
        QCOMPARE(m.value()->weightsBytes(), 1185376u - 14176u);
        QCOMPARE(m.value()->typeLabel(), QStringLiteral("f32"));
        QCOMPARE(m.value()->layers()[2].ffnDown.cols, 172);
        QCOMPARE(m.value()->layers()[2].ffnDown.rows, 64);
        auto q4 = Model::load(modelPath("Q4_0"));
        QVERIFY(q4.ok());
        QCOMPARE(q4.value()->typeLabel(), QStringLiteral("q4_0"));
        QCOMPARE(q4.value()->output().type, Gguf::TensorType::Q8_0);
    }

    // one batch of n tokens gives the same logits as n single-token steps, and float agrees with double
    void batchMatchesSteps()
    {
        if (!QFile::exists(modelPath("Q8_0")))
            INFEROMETER_SKIP("the shared models are not available");
        auto m = Model::load(modelPath("Q8_0"));
        QVERIFY(m.ok());
        const int vocab = 512;
        const std::vector<int32_t> toks { 1, 403, 407, 261, 378, 11, 285, 263, 395, 1, 300 };
        const int n = int(toks.size());
        CpuBackend batch(m.value(), { 64, CpuBackend::Precision::Float });
        std::vector<float> all(static_cast<size_t>(n * vocab));
        QVERIFY(batch.eval(toks, 0, all, true).ok());
        CpuBackend step(m.value(), { 64, CpuBackend::Precision::Double });
        std::vector<float> one(static_cast<size_t>(vocab));
        double worst = 0;
        for (int i = 0; i < n; ++i) {
            QVERIFY(step.eval(std::span(&toks[size_t(i)], 1), i, one, false).ok());
            for (int v = 0; v < vocab; ++v) {
                const double a = all[size_t(i * vocab + v)], b = one[size_t(v)];
                worst = std::max(worst, std::fabs(a - b) / std::max(1.0, std::fabs(b)));
            }
        }
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
        QVERIFY(worst > 0); // float and double really differ in the last bits
        // two halves through the KV cache give the last row again
        batch.reset();
        std::vector<float> last(static_cast<size_t>(vocab));
        QVERIFY(batch.eval(std::span(toks.data(), 5), 0, last, false).ok());
        QVERIFY(batch.eval(std::span(toks.data() + 5, size_t(n - 5)), 5, last, false).ok());
        for (int v = 0; v < vocab; ++v)
            QVERIFY(std::fabs(last[size_t(v)] - all[size_t((n - 1) * vocab + v)]) < 1e-4);
    }

    void badArguments()
    {
        if (!QFile::exists(modelPath("f32")))
            INFEROMETER_SKIP("the shared models are not available");
        auto m = Model::load(modelPath("f32"));
        QVERIFY(m.ok());
        CpuBackend b(m.value(), { 8, CpuBackend::Precision::Float });
        QCOMPARE(b.contextSize(), 8);
        QCOMPARE(b.name(), QStringLiteral("cpu"));
        std::vector<float> logits(512);
        const int32_t bad = 512, ok = 1;
        auto r = b.eval(std::span(&bad, 1), 0, logits, false);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("token id 512")));
        r = b.eval(std::span(&ok, 1), 8, logits, false);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("context of 8")));
        std::vector<float> small(100);
        QVERIFY(!b.eval(std::span(&ok, 1), 0, small, false).ok());
        QVERIFY(b.eval(std::span(&ok, 1), 0, logits, false).ok());
    }
};

INFEROMETER_TEST_APPLESS_MAIN(TestCpuBackend)
#include "tst_cpubackend.moc"
