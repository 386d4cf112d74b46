// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli compress: the rewritten prompt, the rules applied, exact token counts before and after (checked
// against the official tiktoken package: see the numbers below) and the monthly saving at a catalog model.
#include "app/cli/clicommands.h"
#include "core/prompt/rewrites.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/encodingtesting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCompressCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void smallPromptText();
    void supportPromptJson();
    void onlyChosenRules();
    void badUsage();
    void missingFile();

private:
    int run(const QStringList& args, QString& out, QString& err);
    QString write(const QByteArray& content);
    QTemporaryDir m_dir;
};

int TestCompressCli::run(const QStringList& args, QString& out, QString& err)
{
    QTextStream o(&out), e(&err);
    const int status = Cli::run(args, o, e);
    o.flush();
    e.flush();
    return status;
}

QString TestCompressCli::write(const QByteArray& content)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("p%1.txt").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void TestCompressCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCompressCli::smallPromptText()
{
    REQUIRE_BUILTIN_ENCODINGS(); // installed but unloadable: the command fails and so does the test
    const QString file = write("Please note that the sky is blue.  \n");
    QString out, err;
    const int status
        = run({ QStringLiteral("compress"), file, QStringLiteral("--model"), QStringLiteral("gpt-4o") }, out, err);
    QVERIFY2(status == 0, qPrintable(QStringLiteral("exit status %1: %2").arg(status).arg(err)));
    // tiktoken (o200k_base): 9 tokens before, 5 after; at $2.50/1M × 300,000 calls: 9 → $6.75, 5 → $3.75 a month
    QCOMPARE(out,
        QStringLiteral("The sky is blue.\n"
                       "----\n"
                       "Remove filler (filler): 1 edit(s)\n"
                       "  - removed \"Please note that\"\n"
                       "Collapse whitespace (whitespace): 1 edit(s)\n"
                       "  - 2 trailing space(s)\n"
                       "Tokens (o200k_base): 9 → 5, 4 saved (44.4%)\n"
                       "Characters: 36 → 17\n"
                       "Static prefix (before the first {{variable}}, cacheable): 9 → 5 tokens\n"
                       "At gpt-4o, 10000 requests/day (× 30 days), 0 output tokens per call: $6.75 → $3.75 per "
                       "month, saves $3.00 per month (list input price, no caching)\n"));
    QVERIFY(err.isEmpty());
}

void TestCompressCli::supportPromptJson()
{
    REQUIRE_BUILTIN_ENCODINGS(); // installed but unloadable: the command fails and so does the test
    const QString file = QStringLiteral(TESTDATA_DIR "/prompt/support-system-prompt.txt");
    QString out, err;
    const int status
        = run({ QStringLiteral("compress"), file, QStringLiteral("--json"), QStringLiteral("--model"),
                  QStringLiteral("gpt-4o"), QStringLiteral("--requests-per-day"), QStringLiteral("10000") },
            out, err);
    QVERIFY2(status == 0, qPrintable(QStringLiteral("exit status %1: %2").arg(status).arg(err)));
    const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(j.value(QLatin1String("encoding")).toString(), QStringLiteral("o200k_base"));
    // the official tiktoken package counts 1,919 tokens, 1,826 of them before {{customer_name}}
    const QJsonObject before = j.value(QLatin1String("before")).toObject();
    QCOMPARE(before.value(QLatin1String("tokens")).toInteger(), 1919);
    QCOMPARE(before.value(QLatin1String("static_prefix_tokens")).toInteger(), 1826);
    // the text is what the core rewrite makes of it, counted by the same tokenizer
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString expected = Prompt::rewrite(QString::fromUtf8(f.readAll()), Prompt::allRules()).text;
    QCOMPARE(j.value(QLatin1String("text")).toString(), expected);
    const qint64 after = j.value(QLatin1String("after")).toObject().value(QLatin1String("tokens")).toInteger();
    QCOMPARE(
        after, qint64(Tokenize::loadTokenizer(QStringLiteral("o200k_base")).value()->count(QStringView(expected))));
    QCOMPARE(after, qint64(1712)); // the official tiktoken package on the rewritten text
    QCOMPARE(j.value(QLatin1String("saved_tokens")).toInteger(), 1919 - after);
    QStringList ids;
    for (const QJsonValue& r : j.value(QLatin1String("rules")).toArray())
        ids << r.toObject().value(QLatin1String("id")).toString();
    QCOMPARE(ids,
        (QStringList { QStringLiteral("dedupe"), QStringLiteral("filler"), QStringLiteral("reorder"),
            QStringLiteral("whitespace") }));
    // saved tokens × $2.50/1M × 300,000 calls: $0.75 per saved token and month
    const QJsonObject cost = j.value(QLatin1String("cost")).toObject();
    QCOMPARE(cost.value(QLatin1String("requests_per_month")).toInteger(), 300000);
    QCOMPARE(cost.value(QLatin1String("before_usd_per_month")).toDouble(), 1439.25);
    QCOMPARE(cost.value(QLatin1String("savings_usd_per_month")).toDouble(), 0.75 * double(1919 - after));
}

void TestCompressCli::onlyChosenRules()
{
    REQUIRE_BUILTIN_ENCODINGS(); // installed but unloadable: the command fails and so does the test
    const QString file = write("Please be brief.   Be kind.\n");
    const QString out2 = m_dir.filePath(QStringLiteral("out.txt"));
    QString out, err;
    const int status
        = run({ QStringLiteral("compress"), file, QStringLiteral("--rules"), QStringLiteral("whitespace"),
                  QStringLiteral("--out"), out2, QStringLiteral("--encoding"), QStringLiteral("cl100k_base") },
            out, err);
    QVERIFY2(status == 0, qPrintable(QStringLiteral("exit status %1: %2").arg(status).arg(err)));
    QFile f(out2);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("Please be brief. Be kind.\n")); // "Please" stays: only whitespace ran
    QVERIFY(out.startsWith(QLatin1String("Collapse whitespace (whitespace): 1 edit(s)\n")));
    QVERIFY(out.contains(QLatin1String("Tokens (cl100k_base): ")));
}

void TestCompressCli::badUsage()
{
    const QString file = write("x");
    QString out, err;
    QCOMPARE(run({ QStringLiteral("compress"), file, QStringLiteral("--rules"), QStringLiteral("filler,shorten") }, out,
                 err),
        2);
    QVERIFY2(err.contains(QLatin1String("Unknown rule \"shorten\"; rules: dedupe, filler, reorder, whitespace.")),
        qPrintable(err));
    QCOMPARE(run({ QStringLiteral("compress") }, out, err), 2);
    err.clear();
    QCOMPARE(
        run({ QStringLiteral("compress"), file, QStringLiteral("--model"), QStringLiteral("no-such-model") }, out, err),
        2);
    QVERIFY2(err.contains(QLatin1String("No price for model \"no-such-model\"")), qPrintable(err));
}

void TestCompressCli::missingFile()
{
    const QString file = m_dir.filePath(QStringLiteral("missing.txt"));
    QString out, err;
    QCOMPARE(run({ QStringLiteral("compress"), file }, out, err), 1);
    QVERIFY2(err.startsWith(QStringLiteral("inferometer-cli: ") + file + QStringLiteral(": Cannot read the prompt")),
        qPrintable(err));
    err.clear();
    // a tokenizer file that is not one: the error names it
    const QString prompt = write("x");
    const QString junk = write("not a tokenizer");
    QCOMPARE(run({ QStringLiteral("compress"), prompt, QStringLiteral("--encoding"), junk }, out, err), 1);
    QVERIFY2(err.contains(junk), qPrintable(err));
}

INFEROMETER_TEST_GUILESS_MAIN(TestCompressCli)
#include "tst_compresscli.moc"
