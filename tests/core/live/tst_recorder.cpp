// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Recording live scrapes into a real workspace file: series and points come back exactly, the same scrape twice adds
// nothing, NaN is kept as a gap, and the session survives closing and reopening the file.
#include "core/live/recorder.h"
#include "tests/support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Live;

namespace {

Exposition parse(const QByteArray& text)
{
    auto r = parseExposition(text, QStringLiteral("test"));
    return r.ok() ? r.value() : Exposition {};
}

} // namespace

class TestRecorder : public QObject
{
    Q_OBJECT
private slots:
    void recordsAndReadsBack();
};

void TestRecorder::recordsAndReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.inferometer"));
    const QString feed = QStringLiteral("http://gpu-1:8000/metrics");
    {
        auto ws = Store::Workspace::open(path);
        QVERIFY(ws.ok());
        Recorder rec(*ws.value());
        const QByteArray a = "# TYPE vllm:prompt_tokens_total counter\n"
                             "vllm:prompt_tokens_total{model_name=\"m\"} 100\n"
                             "# TYPE vllm:kv_cache_usage_perc gauge\nvllm:kv_cache_usage_perc{model_name=\"m\"} NaN\n";
        QCOMPARE(rec.record(feed, parse(a), 1'000).value(), qint64(2));
        QCOMPARE(rec.record(feed, parse(a), 1'000).value(), qint64(0)); // the same scrape again
        const QByteArray b = "# TYPE vllm:prompt_tokens_total counter\n"
                             "vllm:prompt_tokens_total{model_name=\"m\"} 350\n"
                             "vllm:prompt_tokens_total{model_name=\"n\"} 7 4000\n"; // own timestamp
        QCOMPARE(rec.record(feed, parse(b), 16'000).value(), qint64(2));
        // another feed keeps its own series of the same name
        QCOMPARE(rec.record(QStringLiteral("other"), parse(b), 16'000).value(), qint64(2));
    }
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    QVERIFY(ws.ok());
    Recorder rec(*ws.value());
    QCOMPARE(rec.seriesKeys(feed).value(),
        (QStringList { QStringLiteral("vllm:kv_cache_usage_perc{model_name=\"m\"}"),
            QStringLiteral("vllm:prompt_tokens_total{model_name=\"m\"}"),
            QStringLiteral("vllm:prompt_tokens_total{model_name=\"n\"}") }));
    const QList<Point> m
        = rec.points(feed, QStringLiteral("vllm:prompt_tokens_total{model_name=\"m\"}"), 0, 60'000).value();
    QCOMPARE(m.size(), 2);
    QCOMPARE(m[0].timeMs, qint64(1'000));
    QCOMPARE(m[0].value, 100.0);
    QCOMPARE(m[1].timeMs, qint64(16'000));
    QCOMPARE(m[1].value, 350.0);
    QCOMPARE(counterRate(m).value(), 250.0 / 15.0); // what the Live page showed, from the file
    const QList<Point> n
        = rec.points(feed, QStringLiteral("vllm:prompt_tokens_total{model_name=\"n\"}"), 0, 60'000).value();
    QCOMPARE(n.size(), 1);
    QCOMPARE(n[0].timeMs, qint64(4'000));
    const QList<Point> kv
        = rec.points(feed, QStringLiteral("vllm:kv_cache_usage_perc{model_name=\"m\"}"), 0, 60'000).value();
    QCOMPARE(kv.size(), 1);
    QVERIFY(std::isnan(kv[0].value));
    QCOMPARE(
        rec.points(feed, QStringLiteral("vllm:prompt_tokens_total{model_name=\"m\"}"), 2'000, 16'000).value().size(),
        0);
}

INFEROMETER_TEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
