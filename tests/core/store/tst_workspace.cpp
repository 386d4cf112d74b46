// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/schema.h"
#include "core/store/usagerepository.h"
#include "core/store/workspace.h"
#include "tests/support/testmain.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Store::UsageRepository;
using Store::Workspace;

namespace {

// 2026-03-01T00:00:00Z = 1'772'323'200'000 ms (see tst_timeutil);
// that is UTC day 20513 (1'772'323'200'000 / 86'400'000)
constexpr qint64 DayA = 1'772'323'200'000;
constexpr qint64 DayB = DayA + 86'400'000;
constexpr qint64 DayNumA = 20513;
constexpr qint64 DayNumB = 20514;
constexpr qint64 Hour = 3'600'000;

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** One value from a query on `db`, or an invalid QVariant. */
QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

/** "" when equal, else where and how two files differ (for the failure message). */
QString difference(const QByteArray& before, const QByteArray& after)
{
    if (before == after)
        return {};
    QStringList diffs;
    for (qsizetype i = 0; i < qMin(before.size(), after.size()) && diffs.size() < 4; ++i)
        if (before[i] != after[i])
            diffs << QStringLiteral("byte %1: %2 → %3").arg(i).arg(quint8(before[i])).arg(quint8(after[i]));
    return QStringLiteral("size %1 → %2; ").arg(before.size()).arg(after.size()) + diffs.join(QStringLiteral(", "));
}

qint64 scalarInt(QSqlDatabase& db, const QString& sql)
{
    return scalar(db, sql).toLongLong();
}

/** A raw SQLite connection of our own, for writing old or foreign files and for looking inside. */
class RawDb
{
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_open = m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase& db() { return m_db; }
    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

UsageEvent makeEvent(qint64 timeMs, const QString& model, const QString& taskId, int attempt, Outcome outcome,
    qint64 uncached, qint64 output, std::optional<qint64> cost)
{
    UsageEvent e;
    e.timeMs = timeMs;
    e.provider = QStringLiteral("openai");
    e.model = model;
    e.costCenter = QStringLiteral("Engineering");
    e.taskId = taskId;
    e.attempt = attempt;
    e.outcome = outcome;
    e.tokens.uncachedInput = uncached;
    e.tokens.output = output;
    e.listCostNano = cost;
    return e;
}

Pricing::PriceEntry entry(const char* model, qint64 effectiveFromMs, qint64 input, qint64 output)
{
    Pricing::PriceEntry e;
    e.model = QString::fromLatin1(model);
    e.provider = QStringLiteral("test");
    e.effectiveFromMs = effectiveFromMs;
    e.rates = { input, input, input, input, output, output };
    e.longRates = e.rates;
    e.origin = Pricing::Origin::Workspace;
    return e;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createAndReopen();
    void openExistingRequiresFile();
    void folderRefused();
    void walAndIndices();
    void migrateFromVersion1();
    void upgradeFromVersion3AddsTablesOnly();
    void failedUpgradeLeavesFileUnchanged();
    void newerVersionRefused();
    void foreignSqliteRefused();
    void foreignSqliteWithAVersionRefused();
    void junkFileRefused();
    void insertSkipsDuplicates();
    void transactionRollsBack();
    void derivedRefreshAcrossDays();
    void priceOverridesRoundTrip();
    void priceOverrideKeepsEffectiveTime();
    void repriceChangesCostsAndRollups();
};

void TestWorkspace::createAndReopen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.inferometer"));
    {
        auto ws = Workspace::open(path, Workspace::Mode::OpenOrCreate);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE(ws.value()->path(), path);
        QCOMPARE(Store::schemaVersion(ws.value()->db()), Store::SchemaVersion);
        QCOMPARE(Store::SchemaVersion, 9);
        QCOMPARE(ws.value()->meta(QStringLiteral("name")), QString());
        QVERIFY(ws.value()->setMeta(QStringLiteral("name"), QStringLiteral("Test")).ok());
        QVERIFY(ws.value()->setMeta(QStringLiteral("name"), QStringLiteral("Renamed")).ok());
    }
    QVERIFY(QFile::exists(path));
    auto again = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->meta(QStringLiteral("name")), QStringLiteral("Renamed"));
    // two workspaces on the same file at once (a worker thread opens its own)
    auto second = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(second.ok());
    QCOMPARE(second.value()->meta(QStringLiteral("name")), QStringLiteral("Renamed"));
}

void TestWorkspace::openExistingRequiresFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.inferometer"));
    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().source, path);
    QVERIFY(!QFile::exists(path));
}

void TestWorkspace::folderRefused()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.path());
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().source, dir.path());
}

void TestWorkspace::walAndIndices()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    QSqlDatabase& db = ws.value()->db();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QStringList indices;
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")));
    while (q.next())
        indices << q.value(0).toString();
    for (const char* name : { "events_time", "events_cost_center", "events_model", "events_task" })
        QVERIFY2(indices.contains(QLatin1String(name)), name);
    // the time index serves range queries
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM events WHERE time_ms >= 1 AND time_ms < 2")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString();
    QVERIFY2(plan.contains(QLatin1String("events_time")), qPrintable(plan));
}

void TestWorkspace::upgradeFromVersion3AddsTablesOnly()
{
    // a version-3 file whose rollup was left empty on purpose: steps 4 to 6 only add tables, so the upgrade must not
    // spend a rebuild of the derived data (minutes on 10M events) — the marker stays
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.inferometer"));
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        UsageRepository repo(*ws.value());
        Store::Transaction tx(*ws.value());
        Store::ChangeSet changes;
        QVERIFY(tx.begin().ok());
        QVERIFY(repo.insert({ makeEvent(DayA, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 1, 1, 1),
                                makeEvent(DayA + 60'000, QStringLiteral("gpt-4o"), QStringLiteral("T1"), 1,
                                    Outcome::Unknown, 1, 1, 1),
                                makeEvent(DayA + 120'000, QStringLiteral("gpt-4o"), QStringLiteral("T1"), 2,
                                    Outcome::Unknown, 1, 1, 1) },
                        &changes)
                    .ok());
        QVERIFY(repo.refreshDerived(changes).ok());
        QVERIFY(tx.commit().ok());
        QSqlQuery q(ws.value()->db());
        for (const char* sql : { "DELETE FROM daily_rollup", "DROP TABLE budgets", "DROP TABLE alert_rules",
                 "DROP TABLE live_points", "DROP TABLE live_series", "DROP TABLE unit_stats", "DROP INDEX events_error",
                 "DROP INDEX events_agent", "DROP TABLE prompt_versions", "DROP TABLE prompts", "DROP TABLE ab_runs",
                 "DROP TABLE planner_scenarios", "PRAGMA user_version = 3" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
    }
    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    QSqlDatabase& db = ws.value()->db();
    QCOMPARE(Store::schemaVersion(db), Store::SchemaVersion);
    QVERIFY(db.tables().contains(QStringLiteral("budgets")) && db.tables().contains(QStringLiteral("live_points")));
    QVERIFY(db.tables().contains(QStringLiteral("prompts")) && db.tables().contains(QStringLiteral("prompt_versions")));
    QVERIFY(db.tables().contains(QStringLiteral("ab_runs")));
    QVERIFY(db.tables().contains(QStringLiteral("planner_scenarios")));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM events")), qint64(3));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM daily_rollup")), qint64(0)); // not rebuilt
    // step 6 fills its unit statistics from the events already there: task T1, 2 calls in one 10-minute window
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM unit_stats")), qint64(1));
    QCOMPARE(
        scalarInt(db, QStringLiteral("SELECT calls * 10 + peak FROM unit_stats WHERE task_id = 'T1'")), qint64(22));
}

void TestWorkspace::migrateFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.inferometer"));
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        auto r = Store::migrate(raw.db(), path, 1);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(Store::schemaVersion(raw.db()), 1);
        // version 1 has no batch, source_line or task_* columns, no daily_rollup and no prices table
        QVERIFY(!raw.db().record(QStringLiteral("events")).contains(QStringLiteral("batch")));
        QVERIFY(!raw.db().tables().contains(QStringLiteral("daily_rollup")));
        // T1: attempt 1 on day A (rework), attempt 2 on day B (accepted) → final accepted, not first time
        // T2: one accepted call on day A → first time right; T3: one rejected call on day B
        // plus an untasked bucket of 3 calls to an unpriced model on day A
        const char* rows[] = {
            "(1, %1 + 9 * 3600000, 'openai', 'gpt-4o', 'Engineering', 'T1', 1, 'rework', 1000, 500, 7500000, 1)",
            "(2, %2 + 10 * 3600000, 'openai', 'gpt-4o', 'Engineering', 'T1', 2, 'accepted', 1000, 500, 7500000, 1)",
            "(3, %1 + 11 * 3600000, 'anthropic', 'claude-sonnet-4-5', 'Legal', 'T2', 1, 'accepted', 2000, 100, "
            "7500000, 1)",
            "(4, %1 + 12 * 3600000, '', 'my-finetune', 'Legal', '', 1, 'unknown', 100, 10, NULL, 3)",
            "(5, %2 + 13 * 3600000, 'openai', 'gpt-4o-mini', 'Engineering', 'T3', 1, 'rejected', 1000, 100, 210000, 1)",
        };
        for (const char* row : rows)
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO events (event_key, time_ms, provider, model, cost_center, task_id, "
                               "attempt, outcome, uncached_input_tokens, output_tokens, list_cost_nusd, calls) "
                               "VALUES ")
                + QString::fromLatin1(row)
                      .replace(QLatin1String("%1"), QString::number(DayA))
                      .replace(QLatin1String("%2"), QString::number(DayB))));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO imports (file, format, imported_at_ms, imported, duplicates) "
                                        "VALUES ('old.jsonl', 'jsonl', 1, 5, 0)")));
    }

    auto ws = Workspace::open(path, Workspace::Mode::OpenExisting);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    QSqlDatabase& db = ws.value()->db();
    QCOMPARE(Store::schemaVersion(db), 9);
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM events")), qint64(5));
    // version 3: attributes column (empty for old rows), trace spans and attribution rules tables
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM events WHERE attributes = ''")), qint64(5));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM trace_spans")), qint64(0));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM attribution_rules")), qint64(0));
    // version 4: budgets and alert rules, empty
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM budgets")), qint64(0));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM alert_rules")), qint64(0));
    // version 5: recorded live sessions, empty
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM live_series")), qint64(0));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM live_points")), qint64(0));
    // version 7: saved prompts and their versions, empty
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM prompts")), qint64(0));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM prompt_versions")), qint64(0));
    // version 8: A/B runs, empty
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM ab_runs")), qint64(0));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM imports WHERE rejected = 0")), qint64(1));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT SUM(batch) + SUM(source_line) FROM events")), qint64(0));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(*) FROM prices")), qint64(0));

    // per-row derived columns: (event_key → task_final, task_first_time, task_first_call)
    struct Expect
    {
        int key;
        const char* final;
        int firstTime;
        int firstCall;
    };
    const Expect expect[] = { { 1, "accepted", 0, 1 }, { 2, "accepted", 0, 0 }, { 3, "accepted", 1, 1 },
        { 4, "", 0, 0 }, { 5, "rejected", 0, 1 } };
    for (const Expect& x : expect) {
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT task_final, task_first_time, task_first_call FROM events WHERE event_key = %1")
                .arg(x.key)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString::fromLatin1(x.final));
        QCOMPARE(q.value(1).toInt(), x.firstTime);
        QCOMPARE(q.value(2).toInt(), x.firstCall);
    }

    // daily_rollup, by hand:
    // day A: list cost 7'500'000 (key 1) + 7'500'000 (key 3) + NULL (key 4) = 15'000'000; calls 1 + 1 + 3 = 5;
    //        tasks T1, T2 (first calls) = 2, both finally accepted; unpriced calls 3; first-time tokens T2: 2100
    // day B: 7'500'000 (key 2) + 210'000 (key 5) = 7'710'000; calls 2; tasks T3 = 1, accepted 0;
    //        rework cost: key 2 (attempt 2, final accepted) 7'500'000
    auto day = [&](qint64 d, const char* column) {
        return scalarInt(
            db, QStringLiteral("SELECT SUM(%1) FROM daily_rollup WHERE day = %2").arg(QLatin1String(column)).arg(d));
    };
    QCOMPARE(day(DayNumA, "list_cost_nusd"), qint64(15'000'000));
    QCOMPARE(day(DayNumA, "calls"), qint64(5));
    QCOMPARE(day(DayNumA, "events"), qint64(3));
    QCOMPARE(day(DayNumA, "tasks"), qint64(2));
    QCOMPARE(day(DayNumA, "accepted_tasks"), qint64(2));
    QCOMPARE(day(DayNumA, "unpriced_calls"), qint64(3));
    QCOMPARE(day(DayNumA, "first_time_tokens"), qint64(2100));
    QCOMPARE(day(DayNumA, "rework_cost_nusd"), qint64(0));
    QCOMPARE(day(DayNumB, "list_cost_nusd"), qint64(7'710'000));
    QCOMPARE(day(DayNumB, "calls"), qint64(2));
    QCOMPARE(day(DayNumB, "tasks"), qint64(1));
    QCOMPARE(day(DayNumB, "accepted_tasks"), qint64(0));
    QCOMPARE(day(DayNumB, "rework_cost_nusd"), qint64(7'500'000));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT count(DISTINCT day) FROM daily_rollup")), qint64(2));
}

void TestWorkspace::failedUpgradeLeavesFileUnchanged()
{
    // A version-1 file that already has a task_final column: step 2's third ALTER fails after two have run.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1-odd.inferometer"));
    {
        RawDb raw(path);
        QVERIFY(Store::migrate(raw.db(), path, 1).ok());
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE events ADD COLUMN task_final TEXT")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO events (event_key, time_ms, model) VALUES (1, 0, 'gpt-4o')")));
    }
    auto ws = Workspace::open(path);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().source, path);
    RawDb raw(path);
    QCOMPARE(Store::schemaVersion(raw.db()), 1);
    // the ALTERs that did succeed were rolled back with the rest
    QVERIFY(!raw.db().record(QStringLiteral("events")).contains(QStringLiteral("batch")));
    QVERIFY(!raw.db().record(QStringLiteral("events")).contains(QStringLiteral("source_line")));
    QVERIFY(!raw.db().tables().contains(QStringLiteral("daily_rollup")));
    QCOMPARE(scalarInt(raw.db(), QStringLiteral("SELECT count(*) FROM events")), qint64(1));
}

void TestWorkspace::newerVersionRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.inferometer"));
    {
        RawDb raw(path);
        // a later Inferometer's file: the tables every version has, and more
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE imports (id INTEGER PRIMARY KEY, file TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, hologram BLOB)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO events (hologram) VALUES (x'00ff')")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());
    {
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().source, path);
        QVERIFY2(ws.error().message.contains(QLatin1String("newer")), qPrintable(ws.error().message));
    }
    // a newer workspace must be left byte for byte as it was
    QVERIFY2(fileBytes(path) == before, qPrintable(difference(before, fileBytes(path))));
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void TestWorkspace::foreignSqliteRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.db"));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO customers (name) VALUES ('Northwind')")));
    }
    const QByteArray before = fileBytes(path);
    {
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().source, path);
        QVERIFY2(
            ws.error().message.contains(QLatin1String("not an Inferometer workspace")), qPrintable(ws.error().message));
    }
    // a foreign SQLite file must be left byte for byte as it was
    QVERIFY2(fileBytes(path) == before, qPrintable(difference(before, fileBytes(path))));
    RawDb raw(path);
    QVERIFY(!raw.db().tables().contains(QStringLiteral("meta")));
}

void TestWorkspace::foreignSqliteWithAVersionRefused()
{
    // another application's file that sets user_version for itself: 7 (a version this build reads) and 99 (a newer
    // one) are refused as not ours, before the WAL switch that would rewrite the header
    for (int version : { 7, 99 }) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("app.db"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        }
        const QByteArray before = fileBytes(path);
        {
            auto ws = Workspace::open(path, Workspace::Mode::OpenExisting);
            QVERIFY(!ws.ok());
            QCOMPARE(ws.error().message,
                QStringLiteral("This SQLite file is not an Inferometer workspace; it was not changed."));
        }
        QVERIFY2(fileBytes(path) == before, qPrintable(difference(before, fileBytes(path))));
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
        QVERIFY(!QFile::exists(path + QLatin1String("-shm")));
    }
}

void TestWorkspace::junkFileRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.inferometer"));
    QByteArray junk;
    for (int i = 0; i < 200; ++i)
        junk += "These are meeting notes, not a database. \x01\x02\xff\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    auto ws = Workspace::open(path);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().source, path);
    // the cause, as SQLite states it, not an empty "()"
    QVERIFY2(ws.error().message.contains(QLatin1String("file is not a database")), qPrintable(ws.error().message));
    QCOMPARE(fileBytes(path), junk);
}

void TestWorkspace::insertSkipsDuplicates()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    const UsageEvent a = makeEvent(DayA + Hour, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 100, 10, 1000);
    const UsageEvent b = makeEvent(DayA + 2 * Hour, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 100, 10, 1000);
    const UsageEvent c = makeEvent(DayA + 3 * Hour, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 100, 10, 1000);
    const UsageEvent d = makeEvent(DayA + 4 * Hour, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 100, 10, 1000);
    UsageEvent withId = makeEvent(DayA + 5 * Hour, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 100, 10, 1000);
    withId.callId = QStringLiteral("call_1");
    UsageEvent sameIdOtherTokens = withId;
    sameIdOtherTokens.tokens.output = 99;

    Store::Transaction tx(*ws.value());
    QVERIFY(tx.begin().ok());
    Store::ChangeSet changes;
    auto n = repo.insert({ a, b, c }, &changes);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), qint64(3));
    n = repo.insert({ b, c, d }, &changes);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), qint64(1)); // only d is new
    n = repo.insert({ withId, withId, sameIdOtherTokens }, &changes);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), qint64(1)); // one call id, one event
    const auto added = repo.added(changes);
    QVERIFY(added.ok());
    QCOMPARE(added.value().events, qint64(5));
    QCOMPARE(added.value().unpriced, qint64(0));
    QCOMPARE(added.value().firstMs, DayA + Hour);
    QCOMPARE(added.value().lastMs, DayA + 5 * Hour);
    QVERIFY(repo.refreshDerived(changes).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(repo.eventCount().value(), qint64(5));
    QCOMPARE(scalarInt(ws.value()->db(), QStringLiteral("SELECT output_tokens FROM events WHERE call_id = 'call_1'")),
        qint64(10));
    // 5 events × 1000 nano
    QCOMPARE(scalarInt(ws.value()->db(), QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), qint64(5000));
}

void TestWorkspace::transactionRollsBack()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    {
        Store::Transaction tx(*ws.value());
        QVERIFY(tx.begin().ok());
        auto n = repo.insert({ makeEvent(DayA, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 1, 1, 1) }, nullptr);
        QCOMPARE(n.value(), qint64(1));
        QCOMPARE(repo.eventCount().value(), qint64(1));
    } // no commit
    QCOMPARE(repo.eventCount().value(), qint64(0));
}

void TestWorkspace::derivedRefreshAcrossDays()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    QSqlDatabase& db = ws.value()->db();
    UsageRepository repo(*ws.value());
    auto importBatch = [&](const QList<UsageEvent>& events) {
        Store::Transaction tx(*ws.value());
        Store::ChangeSet changes;
        return tx.begin().ok() && repo.insert(events, &changes).ok() && repo.refreshDerived(changes).ok()
            && tx.commit().ok();
    };
    auto dayValue = [&](qint64 d, const char* column) {
        return scalarInt(db,
            QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM daily_rollup WHERE day = %2")
                .arg(QLatin1String(column))
                .arg(d));
    };
    // first import: T1's first attempt on day A was sent back
    QVERIFY(importBatch({ makeEvent(
        DayA + 9 * Hour, QStringLiteral("gpt-4o"), QStringLiteral("T1"), 1, Outcome::Rework, 100, 10, 1000) }));
    QCOMPARE(dayValue(DayNumA, "tasks"), qint64(1));
    QCOMPARE(dayValue(DayNumA, "accepted_tasks"), qint64(0));
    // second import, a day later: attempt 2 accepted. Day A's rollup must learn that T1 ended accepted.
    QVERIFY(importBatch({ makeEvent(
        DayB + 9 * Hour, QStringLiteral("gpt-4o"), QStringLiteral("T1"), 2, Outcome::Accepted, 100, 10, 3000) }));
    QCOMPARE(dayValue(DayNumA, "tasks"), qint64(1));
    QCOMPARE(dayValue(DayNumA, "accepted_tasks"), qint64(1));
    QCOMPARE(dayValue(DayNumB, "tasks"), qint64(0));
    QCOMPARE(dayValue(DayNumB, "rework_cost_nusd"), qint64(3000));
    // T9 first seen on day B, then an earlier call of it turns up on day A: it is counted on day A from now on
    QVERIFY(importBatch({ makeEvent(
        DayB + 12 * Hour, QStringLiteral("gpt-4o"), QStringLiteral("T9"), 1, Outcome::Accepted, 100, 10, 1000) }));
    QCOMPARE(dayValue(DayNumB, "tasks"), qint64(1));
    QCOMPARE(dayValue(DayNumB, "first_time_tokens"), qint64(110));
    QVERIFY(importBatch({ makeEvent(
        DayA + 20 * Hour, QStringLiteral("gpt-4o"), QStringLiteral("T9"), 1, Outcome::Unknown, 200, 20, 1000) }));
    QCOMPARE(dayValue(DayNumB, "tasks"), qint64(0));
    QCOMPARE(dayValue(DayNumA, "tasks"), qint64(2));
    QCOMPARE(dayValue(DayNumA, "accepted_tasks"), qint64(2));
    // T9's tokens: 110 on day B, 220 on day A, all first-time-right
    QCOMPARE(dayValue(DayNumB, "first_time_tokens"), qint64(110));
    QCOMPARE(dayValue(DayNumA, "first_time_tokens"), qint64(220));
    // refreshAll gives the same rollup as the incremental refreshes
    QSqlQuery q(db);
    auto rollup = [&]() {
        QStringList rows;
        if (!q.exec(QStringLiteral("SELECT * FROM daily_rollup ORDER BY day, model")))
            rows << q.lastError().text();
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            rows << cols.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QStringList incremental = rollup();
    QVERIFY(repo.refreshAll().ok());
    QCOMPARE(rollup(), incremental);
}

void TestWorkspace::priceOverridesRoundTrip()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    QVERIFY(repo.priceOverrides().ok());
    QVERIFY(repo.priceOverrides().value().isEmpty());

    Pricing::PriceEntry azure = entry("gpt-4o",
        QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 1'100'000, 4'400'000);
    azure.provider = QStringLiteral("azure");
    azure.aliases = { QStringLiteral("gpt4o-eu") };
    azure.rates.cacheRead = 550'000;
    azure.longRates = azure.rates; // no long-context tier
    azure.batchPermille = 500;
    azure.minCacheableTokens = 1024;
    azure.note = QStringLiteral("EU data zone");
    Pricing::PriceEntry finetune = entry("my-finetune",
        QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(), 3'000'000, 12'000'000);
    finetune.rates.reasoning = 6'000'000;
    finetune.longContextThreshold = 100'000;
    finetune.longRates = { 6'000'000, 600'000, 7'000'000, 8'000'000, 24'000'000, 12'000'000 };

    QVERIFY(repo.setPriceOverrides({ finetune, azure }).ok());
    auto back = repo.priceOverrides();
    QVERIFY(back.ok());
    QCOMPARE(back.value().size(), 2);
    // ordered by model: gpt-4o, my-finetune
    for (const auto& [got, want] : { std::pair { back.value()[0], azure }, std::pair { back.value()[1], finetune } }) {
        QCOMPARE(got.model, want.model);
        QCOMPARE(got.provider, want.provider);
        QCOMPARE(got.effectiveFromMs, want.effectiveFromMs);
        QCOMPARE(got.aliases, want.aliases);
        QVERIFY(got.rates == want.rates);
        QCOMPARE(got.longContextThreshold, want.longContextThreshold);
        QVERIFY(got.longRates == want.longRates);
        QCOMPARE(got.batchPermille, want.batchPermille);
        QCOMPARE(got.minCacheableTokens, want.minCacheableTokens);
        QCOMPARE(got.origin, want.origin);
        QCOMPARE(got.note, want.note);
        QVERIFY(got == want);
    }

    // upsert: same (model, date) replaces; a new date adds
    Pricing::PriceEntry cheaper = azure;
    cheaper.rates.input = 1'000'000;
    Pricing::PriceEntry later = azure;
    later.effectiveFromMs = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    later.rates.input = 900'000;
    QVERIFY(repo.upsertPriceOverrides({ cheaper, later }).ok());
    back = repo.priceOverrides();
    QCOMPARE(back.value().size(), 3);
    QCOMPARE(back.value()[0].rates.input, qint64(1'000'000));
    QCOMPARE(back.value()[1].rates.input, qint64(900'000));

    // the workspace catalog applies them
    auto cat = repo.catalog();
    QVERIFY(cat.ok());
    const qint64 march = DayA;
    QCOMPARE(cat.value().find(u"gpt-4o-2024-08-06", march)->rates.input, qint64(1'000'000));
    QCOMPARE(cat.value().find(u"GPT4O-EU", march)->rates.input, qint64(1'000'000));
    QCOMPARE(cat.value().find(u"my-finetune", march)->rates.reasoning, qint64(6'000'000));
    QCOMPARE(cat.value().find(u"gpt-4o-mini", march)->origin, Pricing::Origin::Builtin);

    // replace all
    QVERIFY(repo.setPriceOverrides({ finetune }).ok());
    back = repo.priceOverrides();
    QCOMPARE(back.value().size(), 1);
    QVERIFY(back.value()[0] == finetune);
    // survives reopening
    const QString path = ws.value()->path();
    ws = Workspace::open(path);
    QVERIFY(ws.ok());
    UsageRepository reopened(*ws.value());
    QCOMPARE(reopened.priceOverrides().value().size(), 1);
}

void TestWorkspace::priceOverrideKeepsEffectiveTime()
{
    // a price that changes at noon (e.g. `prices --import … --effective-from 2026-03-01T12:00:00Z`) must still change
    // at noon after a round trip through the workspace
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    UsageRepository repo(*ws.value());
    const qint64 noon = DayA + 12 * Hour;
    QVERIFY(repo.upsertPriceOverrides({ entry("my-finetune", noon, 1'000'000, 2'000'000) }).ok());
    auto back = repo.priceOverrides();
    QVERIFY(back.ok());
    QCOMPARE(back.value().size(), 1);
    QCOMPARE(back.value().first().effectiveFromMs, noon);
    // upserting it again replaces it instead of adding a second entry
    QVERIFY(repo.upsertPriceOverrides({ entry("my-finetune", noon, 3'000'000, 2'000'000) }).ok());
    QCOMPARE(repo.priceOverrides().value().size(), 1);
    QCOMPARE(repo.priceOverrides().value().first().rates.input, qint64(3'000'000));
}

void TestWorkspace::repriceChangesCostsAndRollups()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.inferometer")));
    QVERIFY(ws.ok());
    QSqlDatabase& db = ws.value()->db();
    UsageRepository repo(*ws.value());
    // list costs as the built-in catalog gives them on 2026-03-01:
    // gpt-4o 1000 × 2.50 + 500 × 10 = $0.0075; my-finetune unpriced; gpt-4o-mini 1000 × 0.15 + 100 × 0.60 = $0.00021
    {
        Store::Transaction tx(*ws.value());
        QVERIFY(tx.begin().ok());
        QVERIFY(
            repo.insert(
                    { makeEvent(DayA + Hour, QStringLiteral("gpt-4o"), {}, 1, Outcome::Unknown, 1000, 500, 7'500'000),
                        makeEvent(DayA + 2 * Hour, QStringLiteral("my-finetune"), {}, 1, Outcome::Unknown, 1000, 0, {}),
                        makeEvent(DayA + 3 * Hour, QStringLiteral("gpt-4o-mini"), {}, 1, Outcome::Unknown, 1000, 100,
                            210'000) },
                    nullptr)
                .ok());
        QVERIFY(repo.refreshAll().ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), qint64(7'710'000));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT SUM(unpriced_calls) FROM daily_rollup")), qint64(1));

    // workspace prices: gpt-4o $5 / $20, my-finetune $1 / $1
    QVERIFY(repo.setPriceOverrides(
                    { entry("gpt-4o", 0, 5'000'000, 20'000'000), entry("my-finetune", 0, 1'000'000, 1'000'000) })
                .ok());
    auto cat = repo.catalog();
    QVERIFY(cat.ok());
    PlainTaskContext ctx;
    auto changed = repo.reprice(cat.value(), ctx);
    QVERIFY(changed.ok());
    QCOMPARE(changed.value(), qint64(2));
    // gpt-4o: 1000 × 5 + 500 × 20 = 0.005 + 0.01 = $0.015; my-finetune: 1000 × 1 = $0.001; mini unchanged
    QCOMPARE(
        scalarInt(db, QStringLiteral("SELECT list_cost_nusd FROM events WHERE model = 'gpt-4o'")), qint64(15'000'000));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT list_cost_nusd FROM events WHERE model = 'my-finetune'")),
        qint64(1'000'000));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT list_cost_nusd FROM events WHERE model = 'gpt-4o-mini'")),
        qint64(210'000));
    // 15'000'000 + 1'000'000 + 210'000
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), qint64(16'210'000));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT SUM(unpriced_calls) FROM daily_rollup")), qint64(0));

    // the same prices again change nothing
    changed = repo.reprice(cat.value(), ctx);
    QCOMPARE(changed.value(), qint64(0));

    // back to the built-in prices: my-finetune is unpriced again (NULL, not 0)
    auto builtin = Pricing::PriceCatalog::builtin();
    QVERIFY(builtin.ok());
    changed = repo.reprice(builtin.value(), ctx);
    QCOMPARE(changed.value(), qint64(2));
    QVERIFY(scalar(db, QStringLiteral("SELECT list_cost_nusd FROM events WHERE model = 'my-finetune'")).isNull());
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT SUM(list_cost_nusd) FROM daily_rollup")), qint64(7'710'000));
    QCOMPARE(scalarInt(db, QStringLiteral("SELECT SUM(unpriced_calls) FROM daily_rollup")), qint64(1));
}

INFEROMETER_TEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
