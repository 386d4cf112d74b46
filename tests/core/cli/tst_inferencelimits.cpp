// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The inference commands check a KV cache's size before they allocate it: --ctx and --tokens past the model's trained
// context need --allow-long-context, and a cache past the device's memory is refused (it used to abort on bad_alloc).
#include "app/cli/clicommands.h"
#include "tests/support/testmain.h"

#include <QFileInfo>
#include <QTest>

#include "tests/support/clitesting.h"

namespace {

using CliTesting::cli;
using CliTesting::Run;

// stories260K: llama.context_length 2048, 5 layers, 4 KV heads of 8 dimensions (read from the GGUF's metadata)
const QString Model = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
const QString Story = QStringLiteral(TESTDATA_DIR "/inference/story.txt");

QString describe(const Run& r)
{
    return QStringLiteral("status %1, stderr: %2").arg(r.status).arg(r.err);
}

} // namespace

class TestInferenceLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(Model))
            INFEROMETER_SKIP("the shared models are absent (INFEROMETER_SHARED_DIR)");
    }

    void contextPastTrainingNeedsTheFlag_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString bos
            = QStringLiteral("inferometer-cli: %1: a KV cache of %2 tokens is beyond the 2048 the model was "
                             "trained for (llama.context_length); --allow-long-context runs it anyway.\n");
        for (const char* backend : { "cpu", "vulkan" }) {
            QTest::addRow("perplexity --ctx INT_MAX on %s", backend) << QStringList { QStringLiteral("perplexity"),
                Model, QStringLiteral("--text"), Story, QStringLiteral("--ctx"), QStringLiteral("2147483647"),
                QStringLiteral("--backend"),
                QLatin1String(backend) } << bos.arg(QStringLiteral("--ctx"), QStringLiteral("2147483647"));
            QTest::addRow("perplexity --ctx 1000000 on %s", backend) << QStringList { QStringLiteral("perplexity"),
                Model, QStringLiteral("--text"), Story, QStringLiteral("--ctx"), QStringLiteral("1000000"),
                QStringLiteral("--backend"),
                QLatin1String(backend) } << bos.arg(QStringLiteral("--ctx"), QStringLiteral("1000000"));
            // the cache holds BOS and every token asked for
            QTest::addRow("generate --tokens 100000000 on %s", backend) << QStringList { QStringLiteral("generate"),
                Model, QStringLiteral("--tokens"), QStringLiteral("100000000"), QStringLiteral("--backend"),
                QLatin1String(backend) } << bos.arg(QStringLiteral("--tokens"), QStringLiteral("100000001"));
            QTest::addRow("generate --tokens INT_MAX on %s", backend) << QStringList { QStringLiteral("generate"),
                Model, QStringLiteral("--tokens"), QStringLiteral("2147483647"), QStringLiteral("--backend"),
                QLatin1String(backend) } << bos.arg(QStringLiteral("--tokens"), QStringLiteral("2147483648"));
        }
    }

    void contextPastTrainingNeedsTheFlag()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.startsWith(message), qPrintable(describe(r)));
        QCOMPARE(r.out, QString());
    }

    void cacheBeyondMemoryIsRefusedBeforeItIsMade_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kv");
        // 2 (keys, values) × 5 layers × 32 KV dimensions × 4 bytes (the CPU reference holds f32) a token:
        // 2,147,483,647 tokens are 2,748,779,068,160 bytes; 1,000,000,001 tokens 1,280,000,001,280 bytes
        QTest::newRow("perplexity --ctx INT_MAX") << QStringList { QStringLiteral("perplexity"), Model,
            QStringLiteral("--text"), Story, QStringLiteral("--ctx"), QStringLiteral("2147483647"),
            QStringLiteral("--backend"), QStringLiteral("cpu"), QStringLiteral("--allow-long-context") }
                                                  << QStringLiteral("2560.00 GiB");
        QTest::newRow("generate --tokens 1000000000") << QStringList { QStringLiteral("generate"), Model,
            QStringLiteral("--tokens"), QStringLiteral("1000000000"), QStringLiteral("--backend"),
            QStringLiteral("cpu"), QStringLiteral("--allow-long-context") }
                                                      << QStringLiteral("1192.09 GiB");
    }

    void cacheBeyondMemoryIsRefusedBeforeItIsMade()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kv);
        const Run r = cli(args);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("inferometer-cli: ") + Model + QStringLiteral(": the model needs ")),
            qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral(" for weights and %1 for its KV cache, more than the ").arg(kv)),
            qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String(" of memory CPU reference (float) has")), qPrintable(describe(r)));
    }

    void withinTrainingRunsAsBefore()
    {
        // 2048 is the trained context itself: allowed without the flag
        const Run r = cli({ QStringLiteral("generate"), Model, QStringLiteral("--tokens"), QStringLiteral("3"),
            QStringLiteral("--ctx"), QStringLiteral("2048"), QStringLiteral("--backend"), QStringLiteral("cpu"),
            QStringLiteral("--temperature"), QStringLiteral("0") });
        QVERIFY2(r.status == 0, qPrintable(describe(r)));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestInferenceLimits)
#include "tst_inferencelimits.moc"
