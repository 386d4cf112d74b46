// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The Prometheus HTTP API client: answers parsed from hand-written JSON (matrix, vector, scalar, NaN, errors), and a
// real Prometheus server (Debian's prometheus, started here on a loopback port with a temporary data dir) scraping a
// loopback exporter whose counter grows at exactly 100 per second: query_range must read that rate back.
#include "core/live/promapi.h"
#include "tests/support/fakeexporter.h"
#include "tests/support/prometheusserver.h"
#include "tests/support/testmain.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace Live;

namespace {

Result<QueryResult> wait(const std::function<void(PrometheusApi::Done)>& call)
{
    std::optional<Result<QueryResult>> out;
    QEventLoop loop;
    call([&](Result<QueryResult> r) {
        out = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    return out ? *out : Result<QueryResult>(Error { Error::Code::Network, QStringLiteral("no answer"), {} });
}

} // namespace

class TestPromApi : public QObject
{
    Q_OBJECT
private slots:
    void matrixAndSpecialValues();
    void vectorAndScalar();
    void errors_data();
    void errors();
    void presetsAreValidPromql();
    void realPrometheusReadsKnownRates();
};

void TestPromApi::matrixAndSpecialValues()
{
    const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"__name__":"up","job":"vllm"},"values":[[1435781430.781,"1"],[1435781445.781,"NaN"],[1435781460,"+Inf"]]},
        {"metric":{"job":"tgi"},"values":[[1435781430.781,"0.25"]]}]},"warnings":["too many samples"]})";
    auto r = parseQueryResponse(body, QStringLiteral("prom"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().resultType, QStringLiteral("matrix"));
    QCOMPARE(r.value().series.size(), 2);
    const QuerySeries& s = r.value().series[0];
    QCOMPARE(s.metric.size(), 2);
    QCOMPARE(s.points.size(), 3);
    QCOMPARE(s.points[0].timeMs, qint64(1'435'781'430'781));
    QCOMPARE(s.points[0].value, 1.0);
    QVERIFY(std::isnan(s.points[1].value));
    QVERIFY(std::isinf(s.points[2].value));
    QCOMPARE(r.value().series[1].points[0].value, 0.25);
    QCOMPARE(r.value().warnings, QStringList { QStringLiteral("too many samples") });
}

void TestPromApi::vectorAndScalar()
{
    auto v = parseQueryResponse(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1700000000,"42"]}]}})",
        {});
    QVERIFY(v.ok());
    QCOMPARE(v.value().series[0].points[0].value, 42.0);
    QCOMPARE(v.value().series[0].points[0].timeMs, qint64(1'700'000'000'000));
    auto s = parseQueryResponse(
        R"({"status":"success","data":{"resultType":"scalar","result":[1700000000.5,"-1.5"]}})", {});
    QVERIFY(s.ok());
    QCOMPARE(s.value().series[0].points[0].value, -1.5);
    QCOMPARE(s.value().series[0].points[0].timeMs, qint64(1'700'000'000'500));
}

void TestPromApi::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("PromQL error") << QByteArray(
        R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected \")\""})")
                                  << QStringLiteral("(bad_data): 1:5: parse error");
    QTest::newRow("HTML") << QByteArray("<html>login</html>") << QStringLiteral("Not a Prometheus API answer");
    QTest::newRow("no status") << QByteArray(R"({"data":{}})") << QStringLiteral("no \"status\"");
    QTest::newRow("value not a string") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})")
                                        << QStringLiteral("Series 1");
    QTest::newRow("streams") << QByteArray(R"({"status":"success","data":{"resultType":"streams","result":[]}})")
                             << QStringLiteral("Unsupported result type");
}

void TestPromApi::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    auto r = parseQueryResponse(body, QStringLiteral("http://prom:9090"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(r.error().source, QStringLiteral("http://prom:9090"));
}

void TestPromApi::presetsAreValidPromql()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        INFEROMETER_SKIP(
            "promtool (Debian package prometheus) is not installed: packaging/install-deps.sh installs it");
    // promtool checks expressions inside a rules file: one recording rule per preset
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("presets.yml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("groups:\n- name: presets\n  rules:\n");
    for (const QueryPreset& p : queryPresets())
        f.write("  - record: preset:" + p.id.toUtf8().replace('-', '_') + "\n    expr: '" + p.promql.toUtf8() + "'\n");
    f.close();
    QProcess proc;
    proc.start(promtool, { QStringLiteral("check"), QStringLiteral("rules"), f.fileName() });
    QVERIFY(proc.waitForFinished(30'000));
    QVERIFY2(proc.exitCode() == 0, QByteArray(proc.readAllStandardOutput() + proc.readAllStandardError()).constData());
}

void TestPromApi::realPrometheusReadsKnownRates()
{
    if (!TestSupport::PrometheusServer::available())
        INFEROMETER_SKIP(
            "prometheus (Debian package prometheus) is not installed: packaging/install-deps.sh installs it");
    // the exporter: a counter at exactly 100 per second since start (a tenth of its milliseconds), and a gauge at
    // 42; the counter's samples carry the time they were read (Prometheus honours it), so its rate does not depend
    // on how late the answer reaches the server on a busy machine
    TestSupport::FakeExporter ex;
    QVERIFY(ex.listen());
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    ex.generate = [startMs]() -> QByteArray {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return "# TYPE inferometer_test_tokens_total counter\ninferometer_test_tokens_total{model=\"m\"} "
            + QByteArray::number(double(now - startMs) / 10, 'f', 1) + ' ' + QByteArray::number(now)
            + "\n# TYPE inferometer_test_running gauge\ninferometer_test_running 42\n";
    };
    TestSupport::PrometheusServer server;
    QVERIFY2(server.start(ex.port()), server.log().constData());
    PrometheusApi api(server.url());
    // wait until it has scraped for a while (up to 30 s on a busy machine)
    QElapsedTimer waited;
    waited.start();
    Result<QueryResult> r = Error {};
    while (waited.elapsed() < 30'000) {
        QTest::qWait(1000);
        r = wait([&](PrometheusApi::Done d) {
            api.query(QStringLiteral("count_over_time(inferometer_test_running[1m])"),
                QDateTime::currentMSecsSinceEpoch(), std::move(d));
        });
        if (r.ok() && !r.value().series.isEmpty() && r.value().series[0].points[0].value >= 6)
            break;
    }
    QVERIFY2(r.ok() && !r.value().series.isEmpty(), server.log().constData());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto gauge = wait(
        [&](PrometheusApi::Done d) { api.query(QStringLiteral("inferometer_test_running"), now, std::move(d)); });
    QVERIFY(gauge.ok());
    QCOMPARE(gauge.value().series[0].points[0].value, 42.0);
    auto range = wait([&](PrometheusApi::Done d) {
        api.queryRange(QStringLiteral("rate(inferometer_test_tokens_total[4s])"), now - 2000, now, 1000, std::move(d));
    });
    QVERIFY2(range.ok(), qPrintable(range.ok() ? QString() : range.error().toString()));
    QCOMPARE(range.value().resultType, QStringLiteral("matrix"));
    QCOMPARE(range.value().series.size(), 1);
    QCOMPARE(range.value().series[0].points.size(), 3); // now − 2 s, − 1 s, now
    for (const Point& p : range.value().series[0].points) // a linear counter: its rate is its slope, 100/s
        QVERIFY2(qAbs(p.value - 100.0) < 1.0, qPrintable(QString::number(p.value)));
    // a bad query comes back as Prometheus' own error
    auto bad = wait([&](PrometheusApi::Done d) { api.query(QStringLiteral("rate(("), now, std::move(d)); });
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("bad_data")), qPrintable(bad.error().message));
}

INFEROMETER_TEST_GUILESS_MAIN(TestPromApi)
#include "tst_promapi.moc"
