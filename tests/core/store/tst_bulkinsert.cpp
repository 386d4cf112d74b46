// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The bulk insert path: rows encoded ahead (RowBuffer, EventEncoder), inserted 32 per statement, and the daily rollup
// rebuilt by hash aggregation — checked against the plain SQL it replaces (GROUP BY over events) as the oracle.
#include "core/store/derived.h"
#include "core/store/eventencoder.h"
#include "core/store/measures.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace Store;

namespace {

constexpr qint64 Day = 86'400'000;
constexpr qint64 Day0 = 20'400 * Day; // 2025-11-08

/** Every row of a query, each as "v1|v2|…". */
QStringList rows(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return { QStringLiteral("SQL error: ") + sql };
    QStringList out;
    while (q.next()) {
        QStringList r;
        for (int i = 0; i < q.record().count(); ++i)
            r << q.value(i).toString();
        out << r.join(QLatin1Char('|'));
    }
    return out;
}

/** The rollup as the GROUP BY statement that rebuildRollup() replaced would compute it. */
QStringList oracleRollup(QSqlDatabase& db)
{
    const QString dims = rollupDimensions().join(QStringLiteral(", "));
    return rows(db,
        QStringLiteral("SELECT time_ms / 86400000, %1, %2 FROM events GROUP BY 1, %1 ORDER BY 1, %1")
            .arg(dims, measureSums(true)));
}

QStringList storedRollup(QSqlDatabase& db)
{
    const QString dims = rollupDimensions().join(QStringLiteral(", "));
    QStringList names;
    for (const Measure& m : Measures)
        names << QString::fromLatin1(m.name);
    return rows(db,
        QStringLiteral("SELECT day, %1, %2 FROM daily_rollup ORDER BY 1, %1")
            .arg(dims, names.join(QStringLiteral(", "))));
}

/** A deterministic mix: 3 days, models, cost centers, tasks with attempts and outcomes, unpriced calls, reported
 * costs, cost-only rows (calls = 0). */
QList<UsageEvent> mixedEvents(int n, int seed)
{
    QList<UsageEvent> out;
    quint32 x = quint32(seed) * 2654435761u + 1;
    auto next = [&] { return x = x * 1664525u + 1013904223u; };
    const char* models[] = { "gpt-4o", "claude-sonnet-4-5", "gemini-2.5-flash" };
    const char* centers[] = { "", "Legal", "Support" };
    for (int i = 0; i < n; ++i) {
        UsageEvent e;
        e.timeMs = Day0 + qint64(next() % (3 * Day));
        e.provider = QStringLiteral("p%1").arg(next() % 2);
        e.model = QString::fromLatin1(models[next() % 3]);
        e.costCenter = QString::fromLatin1(centers[next() % 3]);
        e.owner = next() % 4 == 0 ? QStringLiteral("zoë") : QString();
        e.apiKey = QStringLiteral("key-%1").arg(next() % 3);
        e.callId = QStringLiteral("call-%1-%2").arg(seed).arg(i);
        if (next() % 2) {
            e.taskId = QStringLiteral("T%1").arg(next() % 20);
            e.attempt = int(1 + next() % 3);
            e.outcome = Outcome(next() % 4);
        }
        e.tokens.uncachedInput = next() % 5000;
        e.tokens.cacheRead = next() % 3 == 0 ? next() % 9000 : 0;
        e.tokens.output = next() % 700;
        e.tokens.reasoning = next() % 5 == 0 ? next() % 300 : 0;
        if (next() % 7 != 0)
            e.listCostNano = qint64(next() % 100000);
        if (next() % 3 == 0)
            e.reportedCostNano = qint64(next() % 100000);
        if (next() % 11 == 0)
            e.calls = 0;
        out << e;
    }
    return out;
}

bool importBatch(Workspace& ws, UsageRepository& repo, const QList<UsageEvent>& events, qint64* inserted = nullptr)
{
    Transaction tx(ws);
    ChangeSet changes;
    if (!tx.begin())
        return false;
    auto n = repo.insert(events, &changes);
    if (!n) {
        qWarning() << n.error().toString();
        return false;
    }
    if (auto r = repo.refreshDerived(changes); !r) {
        qWarning() << r.error().toString();
        return false;
    }
    if (!tx.commit())
        return false;
    if (inserted)
        *inserted = n.value();
    return true;
}

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT
private slots:
    void rowBufferEncodesUtf8();
    void jsonStringsMatchNlohmann_data();
    void jsonStringsMatchNlohmann();
    void multiRowInsertCountsNewRowsOnly();
    void attributesStoredAsJson();
    void rollupEqualsGroupByOracle();
    void addedCountsWhatTheBatchAdded();
    void unitStatsFollowImports();
};

void TestBulkInsert::rowBufferEncodesUtf8()
{
    RowBuffer b(3);
    b.text(u"ascii");
    b.text(u"Zoë — 東京 🙂");
    b.utf8("raw");
    QCOMPARE(b.rows(), qsizetype(1));
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    QSqlQuery q(ws.value()->db());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE t (a TEXT, b TEXT, c TEXT)")));
    // bind through the raw handle as the repository does, then read back through Qt
    sqlite3* db = sqliteHandle(ws.value()->db());
    QVERIFY(db);
    sqlite3_stmt* st = nullptr;
    QCOMPARE(
        sqlite3_prepare_v2(db, multiRowInsert("t", { "a", "b", "c" }, 1, "").constData(), -1, &st, nullptr), SQLITE_OK);
    QCOMPARE(b.bind(st, 0, 1), SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    QCOMPARE(rows(ws.value()->db(), QStringLiteral("SELECT a, b, c, length(b), hex(b) FROM t")),
        QStringList { QStringLiteral("ascii|Zoë — 東京 🙂|raw|10|5A6FC3AB20E28094"
                                     "20E69DB1E4BAAC20F09F9982") });
}

void TestBulkInsert::jsonStringsMatchNlohmann_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("service.name");
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ C:\\dir");
    QTest::newRow("controls") << QString::fromUtf16(u"a\b\f\n\r\t\x01\x1f\x7f z");
    QTest::newRow("non-ASCII") << QStringLiteral("Zoë — 東京 🙂 \u2028");
    QTest::newRow("empty") << QString();
}

void TestBulkInsert::jsonStringsMatchNlohmann()
{
    QFETCH(QString, text);
    QByteArray ours;
    appendJsonString(ours, text);
    const std::string reference = nlohmann::json(text.toStdString()).dump();
    QCOMPARE(ours, QByteArray::fromStdString(reference));
}

void TestBulkInsert::multiRowInsertCountsNewRowsOnly()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    // 70 = two statements of 32 and six single rows; the second batch repeats 35 of them
    QList<UsageEvent> first = mixedEvents(70, 1);
    qint64 n = -1;
    QVERIFY(importBatch(*ws.value(), repo, first, &n));
    QCOMPARE(n, qint64(70));
    QList<UsageEvent> second = first.mid(35) + mixedEvents(40, 2);
    second.insert(3, second[2]); // a duplicate inside one statement
    QVERIFY(importBatch(*ws.value(), repo, second, &n));
    QCOMPARE(n, qint64(40));
    QCOMPARE(repo.eventCount().value(), qint64(110));
    QCOMPARE(rows(ws.value()->db(), QStringLiteral("SELECT COUNT(DISTINCT call_id) FROM events")),
        QStringList { QStringLiteral("110") });
}

void TestBulkInsert::attributesStoredAsJson()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    UsageEvent e = mixedEvents(1, 3).first();
    e.attributes.insert(QStringLiteral("service.name"), QStringLiteral("support-bot"));
    e.attributes.insert(QStringLiteral("deployment.environment"), QStringLiteral("prod \"eu\""));
    QVERIFY(importBatch(*ws.value(), repo, { e }));
    QCOMPARE(rows(ws.value()->db(), QStringLiteral("SELECT attributes FROM events")),
        QStringList {
            QStringLiteral("{\"deployment.environment\":\"prod \\\"eu\\\"\",\"service.name\":\"support-bot\"}") });
}

void TestBulkInsert::rollupEqualsGroupByOracle()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    QSqlDatabase& db = ws.value()->db();
    // incremental refreshes over three batches (tasks spanning batches and days) …
    QVERIFY(importBatch(*ws.value(), repo, mixedEvents(500, 1)));
    QVERIFY(importBatch(*ws.value(), repo, mixedEvents(300, 2)));
    QVERIFY(importBatch(*ws.value(), repo, mixedEvents(300, 3)));
    // batches without tasks take the incremental path (addToRollup): new groups, existing groups, duplicates
    auto withoutTasks = [](QList<UsageEvent> events) {
        for (UsageEvent& e : events) {
            e.taskId.clear();
            e.attempt = 1;
        }
        return events;
    };
    const QList<UsageEvent> traces = withoutTasks(mixedEvents(300, 4));
    QVERIFY(importBatch(*ws.value(), repo, traces));
    QCOMPARE(storedRollup(db), oracleRollup(db));
    qint64 n = -1;
    QVERIFY(importBatch(*ws.value(), repo, traces.mid(100) + withoutTasks(mixedEvents(50, 5)), &n));
    QCOMPARE(n, qint64(50));
    const QStringList oracle = oracleRollup(db);
    QVERIFY(oracle.size() > 50);
    QCOMPARE(storedRollup(db), oracle);
    // … and a full rebuild give what GROUP BY gives
    QVERIFY(repo.refreshAll().ok());
    QCOMPARE(storedRollup(db), oracle);
}

void TestBulkInsert::addedCountsWhatTheBatchAdded()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    QList<UsageEvent> events = mixedEvents(3, 4);
    events[0].timeMs = Day0 + 5;
    events[1].timeMs = Day0 + 2 * Day;
    events[2].timeMs = Day0 + Day;
    events[1].listCostNano.reset();
    QVERIFY(importBatch(*ws.value(), repo, { events[0] }));
    Transaction tx(*ws.value());
    QVERIFY(tx.begin().ok());
    ChangeSet changes;
    QCOMPARE(repo.added(changes).value().events, qint64(0)); // nothing inserted yet
    QVERIFY(repo.insert(events, &changes).ok()); // events[0] is a duplicate
    const Added a = repo.added(changes).value();
    QCOMPARE(a.events, qint64(2));
    QCOMPARE(a.unpriced, qint64(1));
    QCOMPARE(a.firstMs, Day0 + Day);
    QCOMPARE(a.lastMs, Day0 + 2 * Day);
}

INFEROMETER_TEST_GUILESS_MAIN(TestBulkInsert)
void TestBulkInsert::unitStatsFollowImports()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    QSqlDatabase& db = ws.value()->db();
    const qint64 min = 60'000;
    int seq = 0;
    auto call = [&](qint64 at, const char* project, const char* task, const char* agent, qint64 calls = 1) {
        UsageEvent e;
        e.timeMs = Day0 + at;
        e.model = QStringLiteral("gpt-4o");
        e.project = QString::fromLatin1(project);
        e.taskId = QString::fromLatin1(task);
        e.agentId = QString::fromLatin1(agent);
        e.callId = QStringLiteral("u%1").arg(++seq);
        e.calls = calls;
        return e;
    };
    const QString stats
        = QStringLiteral("SELECT project, task_id, agent_id, calls, peak FROM unit_stats ORDER BY 1, 2, 3");
    const QString oracle = QStringLiteral(
        "SELECT project, task_id, agent_id, SUM(c), MAX(c) FROM (SELECT project, task_id, agent_id, SUM(calls) AS c "
        "FROM events WHERE (task_id <> '' OR agent_id <> '') AND calls > 0 GROUP BY 1, 2, 3, time_ms / 600000) "
        "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    // windows are [0, 10) and [10, 20) minutes: T1 has 2 calls in the first, 1 in the second; the same task id in
    // project B is another unit; an agent without a task is a unit; a cost-only row (calls = 0) and a call with
    // neither task nor agent are none
    QVERIFY(importBatch(*ws.value(), repo,
        { call(0, "A", "T1", ""), call(5 * min, "A", "T1", ""), call(12 * min, "A", "T1", ""),
            call(1 * min, "B", "T1", "x"), call(2 * min, "", "", "planner", 3), call(3 * min, "A", "T9", "", 0),
            call(4 * min, "A", "", "") }));
    QCOMPARE(rows(db, stats),
        QStringList({ QStringLiteral("||planner|3|3"), QStringLiteral("A|T1||3|2"), QStringLiteral("B|T1|x|1|1") }));
    // a later call falls into T1's old first window: its peak becomes 3; project B's T1 and the planner are untouched
    QVERIFY(importBatch(*ws.value(), repo, { call(9 * min, "A", "T1", ""), call(25 * min, "", "", "planner") }));
    QCOMPARE(rows(db, stats),
        QStringList({ QStringLiteral("||planner|4|3"), QStringLiteral("A|T1||4|3"), QStringLiteral("B|T1|x|1|1") }));
    QCOMPARE(rows(db, stats), rows(db, oracle));
    // random batches against the GROUP BY oracle, then a full rebuild
    for (int batch = 0; batch < 4; ++batch) {
        QList<UsageEvent> events;
        quint32 x = quint32(batch) * 2654435761u + 7;
        auto next = [&] { return x = x * 1664525u + 1013904223u; };
        const char* projects[] = { "", "A", "B" };
        const char* tasks[] = { "", "T1", "T2", "T3" };
        const char* agents[] = { "", "a1", "a2" };
        for (int i = 0; i < 200; ++i)
            events << call(qint64(next() % 180) * min, projects[next() % 3], tasks[next() % 4], agents[next() % 3],
                qint64(next() % 4));
        QVERIFY(importBatch(*ws.value(), repo, events));
        QCOMPARE(rows(db, stats), rows(db, oracle));
    }
    const QStringList before = rows(db, stats);
    QVERIFY(before.size() >= 20);
    QVERIFY(repo.refreshAll().ok());
    QCOMPARE(rows(db, stats), before);
}

#include "tst_bulkinsert.moc"
