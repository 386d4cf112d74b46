// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// A GGUF whose weights hold NaN or infinity is refused at load as a damaged model, naming the tensor and element;
// perplexity used to print NaN and exit 0. Finite weights so far out of range that the arithmetic overflows are
// refused when the backend computes NaN or an infinity.
#include "app/cli/clicommands.h"
#include "core/gguf/gguffile.h"
#include "core/inference/model.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <limits>

#include "tests/support/clitesting.h"

namespace {

QString model(const char* type)
{
    return QStringLiteral(SHARED_DIR "/models/stories260K-%1.gguf").arg(QLatin1String(type));
}

/** A copy of `source` at `target` with `bytes` written at `at` bytes into tensor `tensor`'s data. */
bool damage(const QString& source, const QString& target, const QByteArray& tensor, qint64 at, const QByteArray& bytes)
{
    auto f = Gguf::File::open(source);
    if (!f)
        return false;
    const Gguf::TensorInfo* t = f.value()->tensor(tensor);
    if (!t || !QFile::copy(source, target))
        return false;
    QFile out(target);
    return out.open(QIODevice::ReadWrite) && out.seek(qint64(t->fileOffset) + at) && out.write(bytes) == bytes.size();
}

QByteArray floatBytes(float v)
{
    QByteArray b(4, '\0');
    std::memcpy(b.data(), &v, 4);
    return b;
}

} // namespace

class TestDamagedModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(model("f32")))
            INFEROMETER_SKIP("the shared models are absent (INFEROMETER_SHARED_DIR)");
    }

    void nonFiniteWeightIsNamed_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QByteArray>("tensor");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        // f32: element 7 of blk.1.attn_k.weight (bytes 28..31)
        QTest::newRow("f32 NaN") << model("f32") << QByteArray("blk.1.attn_k.weight") << qint64(28)
                                 << floatBytes(std::numeric_limits<float>::quiet_NaN()) << "NaN at element 7";
        QTest::newRow("f32 -inf") << model("f32") << QByteArray("output_norm.weight") << qint64(4 * 63)
                                  << floatBytes(-std::numeric_limits<float>::infinity()) << "-infinity at element 63";
        // Q8_0 blocks are 34 bytes: an f16 scale, then 32 int8; the third block's scale (bytes 68, 69) set to f16
        // +infinity (0x7C00) makes its 32 elements ±infinity, or NaN where the quant is 0: the first is element 64
        QTest::newRow("q8_0 infinite scale") << model("Q8_0") << QByteArray("blk.0.attn_q.weight") << qint64(68)
                                             << QByteArray("\x00\x7C", 2) << "at element 64";
    }

    void nonFiniteWeightIsNamed()
    {
        QFETCH(QString, source);
        QFETCH(QByteArray, tensor);
        QFETCH(qint64, at);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.gguf"));
        QVERIFY(damage(source, path, tensor, at, bytes));
        auto m = Inference::Model::load(path);
        QVERIFY2(!m.ok(), "a model with a non-finite weight loaded");
        const Error& e = m.error();
        QCOMPARE(e.source, path);
        QCOMPARE(e.field, QString::fromUtf8(tensor));
        QVERIFY2(e.message.contains(what), qPrintable(e.message));
        QVERIFY2(
            e.message.endsWith(QLatin1String(": the model file is damaged (every weight must be a finite number)")),
            qPrintable(e.message));

        // the CLI says so and fails, where it printed perplexity NaN and exited 0
        const CliTesting::Run r = CliTesting::cli({ QStringLiteral("perplexity"), path, QStringLiteral("--text"),
            QStringLiteral(TESTDATA_DIR "/inference/story.txt"), QStringLiteral("--backend"), QStringLiteral("cpu") });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QString::fromUtf8(tensor)) && r.err.contains(what), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    /** Finite weights far out of range (the probe's mutated files) overflow the arithmetic: perplexity and generate
     * used to print NaN or sample from NaN logits and exit 0; each backend now refuses the result. */
    void outOfRangeWeightsAreRefused_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("command");
        QTest::addColumn<float>("scale");
        QTest::addColumn<QString>("expected");
        const QString overflow = QStringLiteral("its weights are finite but overflow the arithmetic");
        for (const char* backend : { "cpu", "vulkan" }) {
            // 3e38: the logits themselves overflow
            QTest::addRow("%s perplexity 3e38", backend)
                << backend << "perplexity" << 3e38f << QStringLiteral("computed NaN at chunk 1: ") + overflow;
            QTest::addRow("%s generate 3e38", backend)
                << backend << "generate" << 3e38f << QStringLiteral(" at token 1: ") + overflow;
            // 1e20: finite logits and log-probabilities near -1e20, so exp(mean NLL) overflows (the probe's second
            // file: perplexity null in the JSON, exit 0)
            QTest::addRow("%s perplexity 1e20", backend)
                << backend << "perplexity" << 1e20f
                << QStringLiteral("The perplexity overflows (a mean negative log-likelihood of ");
        }
    }

    void outOfRangeWeightsAreRefused()
    {
        QFETCH(QString, backend);
        QFETCH(QString, command);
        QFETCH(float, scale);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("overflow.gguf"));
        // output_norm.weight (64 floats) all `scale`: the final hidden state times it, times the output matrix
        QByteArray huge;
        for (int i = 0; i < 64; ++i)
            huge += floatBytes(scale);
        QVERIFY(damage(model("f32"), path, "output_norm.weight", 0, huge));
        QVERIFY2(Inference::Model::load(path).ok(), "finite weights must load");

        QStringList args { command, path, QStringLiteral("--backend"), backend };
        if (command == QLatin1String("perplexity"))
            args << QStringLiteral("--text") << QStringLiteral(TESTDATA_DIR "/inference/story.txt")
                 << QStringLiteral("--ctx") << QStringLiteral("64");
        else
            args << QStringLiteral("--prompt") << QStringLiteral("Once upon a time") << QStringLiteral("--tokens")
                 << QStringLiteral("4");
        const CliTesting::Run r = CliTesting::cli(args);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(": ")) && r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QLatin1String("nan")), qPrintable(r.out));
    }

    void intactModelsLoad()
    {
        for (const char* type : { "f32", "Q8_0", "Q4_0" }) {
            auto m = Inference::Model::load(model(type));
            QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        }
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestDamagedModel)
#include "tst_damagedmodel.moc"
