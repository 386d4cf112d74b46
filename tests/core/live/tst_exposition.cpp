// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The Prometheus text format 0.0.4 on hand-written expositions: every construct, malformed lines with their numbers,
// counter increase across resets, histogram quantiles worked out by hand.
#include "core/live/exposition.h"
#include "tests/support/testmain.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Live;

class TestExposition : public QObject
{
    Q_OBJECT
private slots:
    void vllmStyleExposition();
    void labelEscapesAndTrailingComma();
    void specialValuesAndTimestamps();
    void countersWithAndWithoutTotal();
    void summaryQuantiles();
    void malformedLinesHaveTheirNumbers();
    void notTheTextFormat_data();
    void notTheTextFormat();
    void increaseAcrossResets();
    void quantileInterpolates();
};

void TestExposition::vllmStyleExposition()
{
    const QByteArray text = "# HELP vllm:num_requests_running Number of requests in model execution batches.\n"
                            "# TYPE vllm:num_requests_running gauge\n"
                            "vllm:num_requests_running{engine=\"0\",model_name=\"llama-3-8b\"} 3.0\n"
                            "# HELP vllm:prompt_tokens_total Number of prefill tokens processed.\n"
                            "# TYPE vllm:prompt_tokens_total counter\n"
                            "vllm:prompt_tokens_total{engine=\"0\",model_name=\"llama-3-8b\"} 123456.0\n"
                            "# TYPE vllm:time_to_first_token_seconds histogram\n"
                            "vllm:time_to_first_token_seconds_bucket{le=\"0.1\",model_name=\"llama-3-8b\"} 10\n"
                            "vllm:time_to_first_token_seconds_bucket{le=\"0.5\",model_name=\"llama-3-8b\"} 30\n"
                            "vllm:time_to_first_token_seconds_bucket{le=\"+Inf\",model_name=\"llama-3-8b\"} 40\n"
                            "vllm:time_to_first_token_seconds_sum{model_name=\"llama-3-8b\"} 9.5\n"
                            "vllm:time_to_first_token_seconds_count{model_name=\"llama-3-8b\"} 40\n"
                            "vllm:time_to_first_token_seconds_created{model_name=\"llama-3-8b\"} 1.7e9\n";
    auto r = parseExposition(text, QStringLiteral("vllm"));
    QVERIFY(r.ok());
    const Exposition& e = r.value();
    QCOMPARE(e.errorCount, qint64(0));
    QCOMPARE(e.sampleCount, qint64(8));
    QCOMPARE(e.families.size(), 3);
    const Family* running = e.family(u"vllm:num_requests_running");
    QVERIFY(running);
    QCOMPARE(running->type, MetricType::Gauge);
    QCOMPARE(running->help, QStringLiteral("Number of requests in model execution batches."));
    QCOMPARE(running->samples.first().value, 3.0);
    QCOMPARE(running->samples.first().label(u"model_name"), QStringLiteral("llama-3-8b"));
    const Family* ttft = e.family(u"vllm:time_to_first_token_seconds");
    QVERIFY(ttft);
    QCOMPARE(ttft->type, MetricType::Histogram);
    QCOMPARE(ttft->samples.size(), 6); // 3 buckets, sum, count, created
    const Buckets b = bucketsOf(*ttft);
    QCOMPARE(b.size(), 3);
    QVERIFY(std::isinf(b.last().first));
    // median: rank 20 in (0.1, 0.5] holding 20 (10..30): 0.1 + 0.4 × (20 − 10) / 20 = 0.3
    QCOMPARE(histogramQuantile(0.5, b).value(), 0.3);
}

void TestExposition::labelEscapesAndTrailingComma()
{
    const QByteArray text = "m{path=\"C:\\\\dir\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\",} 1\n"
                            "m { a = \"x\" , b=\"y\" } 2\n"
                            "m{} 3\r\n";
    auto r = parseExposition(text, QStringLiteral("t"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().errorCount, qint64(0));
    const Family* m = r.value().family(u"m");
    QVERIFY(m);
    QCOMPARE(m->samples.size(), 3);
    QCOMPARE(m->samples[0].label(u"path"), QStringLiteral("C:\\dir"));
    QCOMPARE(m->samples[0].label(u"quote"), QStringLiteral("say \"hi\""));
    QCOMPARE(m->samples[0].label(u"nl"), QStringLiteral("a\nb"));
    QCOMPARE(m->samples[1].label(u"b"), QStringLiteral("y"));
    QCOMPARE(m->samples[2].labels.size(), 0);
    QCOMPARE(m->samples[2].value, 3.0);
}

void TestExposition::specialValuesAndTimestamps()
{
    const QByteArray text = "a NaN\nb +Inf\nc -Inf 1700000000123\nd 1.5e3\ne -0.25 -5\n";
    auto r = parseExposition(text, QStringLiteral("t"));
    QVERIFY(r.ok());
    const Exposition& e = r.value();
    QCOMPARE(e.errorCount, qint64(0));
    QVERIFY(std::isnan(e.family(u"a")->samples[0].value));
    QCOMPARE(e.family(u"b")->samples[0].value, std::numeric_limits<double>::infinity());
    QCOMPARE(e.family(u"c")->samples[0].value, -std::numeric_limits<double>::infinity());
    QCOMPARE(e.family(u"c")->samples[0].timestampMs.value(), qint64(1'700'000'000'123));
    QCOMPARE(e.family(u"d")->samples[0].value, 1500.0);
    QVERIFY(!e.family(u"d")->samples[0].timestampMs);
    QCOMPARE(e.family(u"e")->samples[0].timestampMs.value(), qint64(-5));
    QCOMPARE(e.family(u"e")->type, MetricType::Untyped);
}

void TestExposition::countersWithAndWithoutTotal()
{
    // TGI's counters have no _total; OpenMetrics-style TYPE lines name the family without it
    const QByteArray text = "# TYPE tgi_request_count counter\ntgi_request_count 17\n"
                            "# TYPE requests counter\nrequests_total{code=\"200\"} 5\nrequests_created 1.7e9\n";
    auto r = parseExposition(text, QStringLiteral("t"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().family(u"tgi_request_count")->type, MetricType::Counter);
    const Family* req = r.value().family(u"requests");
    QVERIFY(req);
    QCOMPARE(req->samples.size(), 2);
    QCOMPARE(req->samples[0].name, QStringLiteral("requests_total"));
    QVERIFY(!r.value().family(u"requests_total"));
}

void TestExposition::summaryQuantiles()
{
    const QByteArray text = "# TYPE rpc_seconds summary\n"
                            "rpc_seconds{quantile=\"0.5\"} 0.05\nrpc_seconds{quantile=\"0.99\"} 0.4\n"
                            "rpc_seconds_sum 17.5\nrpc_seconds_count 200\n";
    auto r = parseExposition(text, QStringLiteral("t"));
    QVERIFY(r.ok());
    const Family* f = r.value().family(u"rpc_seconds");
    QCOMPARE(f->type, MetricType::Summary);
    QCOMPARE(f->samples.size(), 4);
    QCOMPARE(f->samples[1].label(u"quantile"), QStringLiteral("0.99"));
    QCOMPARE(f->samples[3].value, 200.0);
}

void TestExposition::malformedLinesHaveTheirNumbers()
{
    const QByteArray text = "good 1\n" // 1
                            "bad{a=\"x\" 2\n" // 2: label set not closed
                            "# TYPE good histogramm\n" // 3: unknown type
                            "novalue\n" // 4
                            "x{a=\"1\",a=\"2\"} 1\n" // 5: label twice
                            "y 12abc\n" // 6: not a number
                            "z 1 1.5\n" // 7: timestamp not whole ms
                            "9lives 1\n" // 8: name
                            "# TYPE good gauge\n" // 9: TYPE after samples
                            "w{0a=\"1\"} 1\n" // 10: label name
                            "also_good{b=\"2\"} 2\n"; // 11
    auto r = parseExposition(text, QStringLiteral("t"));
    QVERIFY(r.ok());
    const Exposition& e = r.value();
    QCOMPARE(e.sampleCount, qint64(2));
    QList<qint64> lines;
    for (const LineError& le : e.errors)
        lines << le.line;
    QCOMPARE(lines, (QList<qint64> { 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
    QCOMPARE(e.errorCount, qint64(9));
    QVERIFY2(e.errors[1].message.contains(QStringLiteral("histogramm")), qPrintable(e.errors[1].message));
    QVERIFY2(e.errors[4].message.contains(QStringLiteral("12abc")), qPrintable(e.errors[4].message));
}

void TestExposition::notTheTextFormat_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("html") << QByteArray("\n  <!DOCTYPE html><html><body>Login</body></html>") << QStringLiteral("HTML");
    QTest::newRow("binary") << QByteArray("\x1f\x8b\x08\x00\x00", 5) << QStringLiteral("Binary");
    QTest::newRow("json") << QByteArray("{\"status\":\"success\"}") << QStringLiteral("no line could be read");
}

void TestExposition::notTheTextFormat()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    auto r = parseExposition(body, QStringLiteral("http://x/metrics"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(r.error().source, QStringLiteral("http://x/metrics"));
}

void TestExposition::increaseAcrossResets()
{
    // 100 → 160 (+60), restart: 20 (+20), 50 (+30): 110 in 40 s
    const QList<Point> p { { 0, 100 }, { 10'000, 160 }, { 20'000, 20 }, { 40'000, 50 } };
    QCOMPARE(counterIncrease(p), 110.0);
    QCOMPARE(counterRate(p).value(), 110.0 / 40.0);
    QVERIFY(!counterRate({ { 0, 1 } }));
    // timestamps at both ends of qint64 (a hostile Prometheus answer): their difference is no signed overflow
    const auto wide = counterRate({ { std::numeric_limits<qint64>::min(), 0 }, { 143178445746, 10 } });
    QVERIFY(wide && *wide >= 0 && *wide < 1e-14);
    QCOMPARE(counterIncrease({ { 0, 5 }, { 1, 5 } }), 0.0);
}

void TestExposition::quantileInterpolates()
{
    const double inf = std::numeric_limits<double>::infinity();
    // 100 observations: 50 ≤ 1, 80 ≤ 2, 100 ≤ 4
    const Buckets b { { 1, 50 }, { 2, 80 }, { 4, 100 }, { inf, 100 } };
    QCOMPARE(histogramQuantile(0.5, b).value(), 1.0); // rank 50 = the top of the first bucket
    QCOMPARE(histogramQuantile(0.25, b).value(), 0.5); // from 0 in the lowest bucket
    QCOMPARE(histogramQuantile(0.9, b).value(), 3.0); // 2 + 2 × (90 − 80) / 20
    // beyond the last finite bound: that bound
    QCOMPARE(histogramQuantile(0.99, Buckets { { 1, 50 }, { inf, 100 } }).value(), 1.0);
    QVERIFY(!histogramQuantile(0.5, Buckets { { 1, 0 }, { inf, 0 } }));
    QVERIFY(!histogramQuantile(0.5, Buckets { { 1, 5 } })); // no +Inf bucket
}

INFEROMETER_TEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
