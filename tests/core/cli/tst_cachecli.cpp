// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli cache: the JSON contract of DESIGN.md on the source article's example and on Anthropic's 5-minute
// cache (values worked out by hand), and every bad input refused as a usage error that names the option.
#include "../../support/clitesting.h"
#include "tests/support/testmain.h"

#include <QJsonObject>
#include <QTest>

using CliTesting::cli;

class TestCacheCli : public QObject
{
    Q_OBJECT

private slots:
    void articleExample()
    {
        // 10,000 requests a day of a 2,000-token static prompt at $2 per 1M input: $40/day without caching. gpt-4o's
        // cache reads at half the input price ($1 here), 1,920 tokens cached (1,024 + 7 x 128), 24 hourly
        // re-writes at the plain input price: (80 x 10,000 x 2 + 1,920 x 9,976 x 1 + 1,920 x 24 x 2) / 1e6 = $20.84608
        const auto r = cli({ QStringLiteral("cache"), QStringLiteral("--provider"), QStringLiteral("openai"),
            QStringLiteral("--model"), QStringLiteral("gpt-4o"), QStringLiteral("--prompt-tokens"),
            QStringLiteral("2000"), QStringLiteral("--static-tokens"), QStringLiteral("2000"),
            QStringLiteral("--requests-per-day"), QStringLiteral("10000"), QStringLiteral("--input-price"),
            QStringLiteral("2"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QLatin1String("without_cache_usd_per_day")).toDouble(), 40.0);
        QCOMPARE(j.value(QLatin1String("with_cache_usd_per_day")).toDouble(), 20.84608);
        QCOMPARE(j.value(QLatin1String("hit_rate")).toDouble(), 0.9976);
        QCOMPARE(j.value(QLatin1String("savings_usd_per_month")).toDouble(), (40.0 - 20.84608) * 30.4375);
        QCOMPARE(j.value(QLatin1String("break_even_requests_per_day")).toInt(), 289);
        QCOMPARE(j.value(QLatin1String("cached_tokens_per_request")).toInt(), 1920);
    }

    void anthropicHour()
    {
        // claude-sonnet-4-5 ($3 in, $0.30 read, $6 1-hour write): 50 requests a day (every 28.8 minutes) of 2,100
        // input tokens, 2,000 cached: one write, 49 hits: (100 x 50 x 3 + 2,000 x 49 x 0.30 + 2,000 x 6) / 1e6
        const auto r = cli({ QStringLiteral("cache"), QStringLiteral("--provider"), QStringLiteral("anthropic"),
            QStringLiteral("--model"), QStringLiteral("claude-sonnet-4-5"), QStringLiteral("--prompt-tokens"),
            QStringLiteral("2100"), QStringLiteral("--static-tokens"), QStringLiteral("2000"),
            QStringLiteral("--requests-per-day"), QStringLiteral("50"), QStringLiteral("--ttl"), QStringLiteral("1h"),
            QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QLatin1String("without_cache_usd_per_day")).toDouble(), 2100.0 * 50 * 3 / 1e6);
        QCOMPARE(j.value(QLatin1String("with_cache_usd_per_day")).toDouble(), (15000.0 + 29400 + 12000) / 1e6);
        QCOMPARE(j.value(QLatin1String("writes_per_day")).toInt(), 1);
        QCOMPARE(j.value(QLatin1String("break_even_requests_per_day")).toInt(), 25);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("says");
        QTest::newRow("static above prompt") << QStringList { QStringLiteral("--static-tokens"),
            QStringLiteral("3000") } << QStringLiteral("cannot exceed --prompt-tokens");
        QTest::newRow("no requests") << QStringList { QStringLiteral("--requests-per-day"), QStringLiteral("0") }
                                     << QStringLiteral("--requests-per-day");
        QTest::newRow("negative output") << QStringList { QStringLiteral("--output-tokens"), QStringLiteral("-5") }
                                         << QStringLiteral("--output-tokens");
        QTest::newRow("ttl on openai") << QStringList { QStringLiteral("--ttl"), QStringLiteral("1h") }
                                       << QStringLiteral("only Anthropic lets the caller choose");
        QTest::newRow("zero price") << QStringList { QStringLiteral("--input-price"), QStringLiteral("0") }
                                    << QStringLiteral("--input-price");
        QTest::newRow("arrivals") << QStringList { QStringLiteral("--arrivals"), QStringLiteral("random") }
                                  << QStringLiteral("not uniform, business or bursty");
        QTest::newRow("provider") << QStringList { QStringLiteral("--provider"), QStringLiteral("anthropic") }
                                  << QStringLiteral("gpt-4o is a model of openai");
    }

    void badInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, says);
        QStringList args { QStringLiteral("cache"), QStringLiteral("--provider"), QStringLiteral("openai"),
            QStringLiteral("--model"), QStringLiteral("gpt-4o"), QStringLiteral("--prompt-tokens"),
            QStringLiteral("2000"), QStringLiteral("--static-tokens"), QStringLiteral("1500"),
            QStringLiteral("--requests-per-day"), QStringLiteral("100") };
        for (int i = 0; i + 1 < extra.size(); i += 2) { // an option given twice: its last value counts
            const qsizetype at = args.indexOf(extra[i]);
            if (at >= 0)
                args[at + 1] = extra[i + 1];
            else
                args << extra[i] << extra[i + 1];
        }
        const auto r = cli(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestCacheCli)
#include "tst_cachecli.moc"
