// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli scrape against a loopback exporter: JSON shape, parsed samples, rates between two scrapes, the
// derived vLLM numbers and $ per 1M tokens; a feed that is down fails with status 1 and names the URL.
#include "app/cli/clicommands.h"
#include "tests/support/fakeexporter.h"
#include "tests/support/testmain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

class TestScrapeCli : public QObject
{
    Q_OBJECT
private slots:
    void jsonWithRates();
    void downFeedFails();
    void credentialsFromEnvironment();
    void misbehavingEndpointFails();
};

void TestScrapeCli::jsonWithRates()
{
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    auto body = [](int prompt, int generation) -> QByteArray {
        return "# HELP vllm:prompt_tokens_total Prefill tokens.\n# TYPE vllm:prompt_tokens_total counter\n"
               "vllm:prompt_tokens_total{model_name=\"llama\"} "
            + QByteArray::number(prompt)
            + "\n# TYPE vllm:generation_tokens_total counter\nvllm:generation_tokens_total{model_name=\"llama\"} "
            + QByteArray::number(generation) + "\n# TYPE vllm:num_requests_running gauge\n"
            + "vllm:num_requests_running{model_name=\"llama\"} 3\n";
    };
    ex.body = body(1000, 400);
    // the exporter's counters move on between the two scrapes (0.5 s apart)
    QTimer::singleShot(250, &ex, [&] { ex.body = body(2000, 900); });
    QString out, err;
    QTextStream o(&out), e(&err);
    const int status
        = Cli::run({ QStringLiteral("scrape"), ex.url().toString(), QStringLiteral("--interval"), QStringLiteral("0.5"),
                       QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--gpu-price-per-hour"),
                       QStringLiteral("2.5"), QStringLiteral("--json") },
            o, e);
    o.flush();
    QVERIFY2(status == 0, qPrintable(err));
    const QJsonObject j = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(j.value(QLatin1String("scrapes")).toArray().size(), 2);
    const QJsonArray samples = j.value(QLatin1String("samples")).toArray();
    QCOMPARE(samples.size(), 3);
    QCOMPARE(samples[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("vllm:prompt_tokens_total"));
    QCOMPARE(samples[0].toObject().value(QLatin1String("type")).toString(), QStringLiteral("counter"));
    QCOMPARE(samples[0].toObject().value(QLatin1String("value")).toDouble(), 2000.0);
    QCOMPARE(samples[0].toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("model_name")),
        QJsonValue(QStringLiteral("llama")));
    // 1000 prompt and 500 generation tokens in the time between the scrapes (≈ 0.5 s): the ratio is exact
    const QJsonObject rates = j.value(QLatin1String("rates_per_s")).toObject();
    const double prompt = rates.value(QLatin1String("vllm:prompt_tokens_total{model_name=\"llama\"}")).toDouble();
    const double generation
        = rates.value(QLatin1String("vllm:generation_tokens_total{model_name=\"llama\"}")).toDouble();
    QVERIFY2(prompt > 1000 && prompt < 4000, qPrintable(QString::number(prompt))); // 1000 tokens in ≥ 0.25 s
    QCOMPARE(prompt / generation, 2.0);
    const QJsonObject d = j.value(QLatin1String("derived")).toObject();
    QCOMPARE(d.value(QLatin1String("kind")).toString(), QStringLiteral("vllm"));
    QCOMPARE(d.value(QLatin1String("requests_running")).toDouble(), 3.0);
    const double tokensPerS = prompt + generation;
    QCOMPARE(d.value(QLatin1String("usd_per_1m_tokens")).toDouble(), 2.5 / (tokensPerS * 3600) * 1e6);
}

void TestScrapeCli::downFeedFails()
{
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    const QString url = ex.url().toString();
    ex.close();
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(Cli::run({ QStringLiteral("scrape"), url, QStringLiteral("--count"), QStringLiteral("1") }, o, e), 1);
    e.flush();
    QVERIFY2(err.contains(url) && err.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(err));
    QCOMPARE(Cli::run({ QStringLiteral("scrape") }, o, e), 2);
}

void TestScrapeCli::credentialsFromEnvironment()
{
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    ex.body = "up 1\n";
    QString out, err;
    QTextStream o(&out), e(&err);
    const QString url = ex.url().toString();
    qputenv("INFEROMETER_TEST_BASIC", "alice:pa:ss"); // the password may hold colons
    QCOMPARE(Cli::run({ QStringLiteral("scrape"), url, QStringLiteral("--count"), QStringLiteral("1"),
                          QStringLiteral("--basic-auth-env"), QStringLiteral("INFEROMETER_TEST_BASIC") },
                 o, e),
        0);
    QCOMPARE(ex.lastAuthorization, QByteArray("Basic ") + QByteArray("alice:pa:ss").toBase64()); // YWxpY2U6cGE6c3M=
    QCOMPARE(ex.lastAuthorization, QByteArray("Basic YWxpY2U6cGE6c3M="));
    qputenv("INFEROMETER_TEST_TOKEN", "tok-123");
    QCOMPARE(Cli::run({ QStringLiteral("scrape"), url, QStringLiteral("--count"), QStringLiteral("1"),
                          QStringLiteral("--bearer-token-env"), QStringLiteral("INFEROMETER_TEST_TOKEN") },
                 o, e),
        0);
    QCOMPARE(ex.lastAuthorization, QByteArray("Bearer tok-123"));
    // a variable without "user:" is refused before anything is asked
    qputenv("INFEROMETER_TEST_BASIC", "nocolon");
    QCOMPARE(Cli::run({ QStringLiteral("scrape"), url, QStringLiteral("--basic-auth-env"),
                          QStringLiteral("INFEROMETER_TEST_BASIC") },
                 o, e),
        2);
    e.flush();
    QVERIFY2(err.contains(QStringLiteral("INFEROMETER_TEST_BASIC")), qPrintable(err));
}

void TestScrapeCli::misbehavingEndpointFails()
{
    // a server that accepts the request and never answers: the whole-response deadline (--timeout) ends the first
    // scrape, and the command with it, naming the URL; no second scrape is waited for
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    ex.silent = true;
    const QString url = ex.url().toString();
    QString out, err;
    QTextStream o(&out), e(&err);
    QElapsedTimer t;
    t.start();
    QCOMPARE(Cli::run({ QStringLiteral("scrape"), url, QStringLiteral("--timeout"), QStringLiteral("1"),
                          QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--interval"),
                          QStringLiteral("1") },
                 o, e),
        1);
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    o.flush();
    e.flush();
    QCOMPARE(err, QStringLiteral("inferometer-cli: %1: no complete response within 1 s\n").arg(url));
    QCOMPARE(out, QStringLiteral("scrape 1: down: no complete response within 1 s\n"));
    // a body that is not the text format: the line is named
    ex.silent = false;
    ex.body = QByteArray("up 1\n\0\0\0\n", 9);
    err.clear();
    QCOMPARE(Cli::run({ QStringLiteral("scrape"), url, QStringLiteral("--count"), QStringLiteral("1") }, o, e), 1);
    e.flush();
    QCOMPARE(
        err, QStringLiteral("inferometer-cli: %1: line 2: Binary data, not the Prometheus text format.\n").arg(url));
    QCOMPARE(Cli::run({ QStringLiteral("scrape"), url, QStringLiteral("--timeout"), QStringLiteral("0") }, o, e), 2);
}

INFEROMETER_TEST_GUILESS_MAIN(TestScrapeCli)
#include "tst_scrapecli.moc"
