// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/demo/demogenerator.h"

#include "core/analytics/report.h"
#include "core/store/workspace.h"
#include "tests/support/testmain.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// 2026-08-03T00:00:00Z = Demo::StartMs; day n of the demo starts at StartMs + n × 86'400'000.
// 2026-09-05 is day 33 (Aug 3 + 28 = Aug 31 is day 28, Sep 1 day 29), 2026-09-12 day 40, 2026-09-19 day 47,
// 2026-09-26 day 54, 2026-10-03 day 61 (Sep has 30 days: Oct 1 is day 59).
constexpr qint64 Day = 86'400'000;
qint64 dayMs(int n)
{
    return Demo::StartMs + qint64(n) * Day;
}

/** Our own connection to a workspace file, to look inside with plain SQL. */
class Sql
{
public:
    explicit Sql(const QString& path)
        : m_name(QStringLiteral("demo-check-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_db.open();
    }
    ~Sql()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    QStringList column(const QString& sql)
    {
        QStringList out;
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    QByteArray tableDigest(const QString& sql)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return "query failed";
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                h.addData(q.value(i).isNull() ? QByteArray("\x01") : q.value(i).toString().toUtf8());
                h.addData("\x1f");
            }
        }
        return h.result().toHex();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    QSqlDatabase m_db;
};

QByteArray reportJson(const QString& path, Analytics::Dimension by)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws.ok())
        return ws.error().toString().toUtf8();
    auto r = Analytics::report(*ws.value(), {}, by);
    return r.ok() ? Analytics::reportToJson(r.value()) : r.error().toString().toUtf8();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameBytes();
    void otherSeedDiffers();
    void costCenters();
    void modelsAndProviders();
    void unpricedModel();
    void agentLoopNight();
    void ragBloatWeek();
    void refusesExistingFile();
    void generateWithoutWorkspace();

private:
    QTemporaryDir m_dir;
    QString m_a, m_b, m_other;
    qint64 m_events = 0;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Demo::Options opt { 4242, 90, 0.1 };
    m_a = m_dir.filePath(QStringLiteral("a.inferometer"));
    m_b = m_dir.filePath(QStringLiteral("b.inferometer"));
    m_other = m_dir.filePath(QStringLiteral("other.inferometer"));
    PlainTaskContext ctx;
    auto a = Demo::createWorkspace(m_a, opt, ctx);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
    m_events = a.value();
    QVERIFY(m_events > 1000);
    auto b = Demo::createWorkspace(m_b, opt, ctx);
    QVERIFY(b.ok());
    QCOMPARE(b.value(), m_events);
    auto other = Demo::createWorkspace(m_other, Demo::Options { 4243, 90, 0.1 }, ctx);
    QVERIFY(other.ok());
}

void TestDemo::sameSeedSameBytes()
{
    for (auto by : { Analytics::Dimension::None, Analytics::Dimension::CostCenter, Analytics::Dimension::Model }) {
        const QByteArray a = reportJson(m_a, by), b = reportJson(m_b, by);
        QVERIFY(a.startsWith('{'));
        QCOMPARE(a, b);
    }
    Sql a(m_a), b(m_b);
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM events")).toLongLong(), m_events);
    const QString all = QStringLiteral("SELECT * FROM events ORDER BY id");
    QCOMPARE(a.tableDigest(all), b.tableDigest(all));
    QCOMPARE(
        a.value(QStringLiteral("SELECT value FROM meta WHERE key = 'demo_seed'")).toString(), QStringLiteral("4242"));
}

void TestDemo::otherSeedDiffers()
{
    QVERIFY(reportJson(m_a, Analytics::Dimension::CostCenter) != reportJson(m_other, Analytics::Dimension::CostCenter));
}

void TestDemo::costCenters()
{
    Sql db(m_a);
    QStringList centers = db.column(QStringLiteral("SELECT DISTINCT cost_center FROM events ORDER BY 1"));
    QCOMPARE(centers,
        (QStringList { QString(), QStringLiteral("Customer Support"), QStringLiteral("Engineering"),
            QStringLiteral("Finance"), QStringLiteral("Legal"), QStringLiteral("Sales") }));
    // the unattributed spend is Marketing's shadow keys: raw "sk-…" keys, no team, owner, project or task
    const QStringList keys = db.column(QStringLiteral("SELECT DISTINCT api_key FROM events WHERE cost_center = ''"));
    QVERIFY(!keys.isEmpty());
    for (const QString& k : keys)
        QVERIFY2(k.startsWith(QLatin1String("sk-")), qPrintable(k));
    QCOMPARE(
        db.value(QStringLiteral("SELECT count(*) FROM events WHERE cost_center = '' AND (team <> '' OR owner <> '' "
                                "OR project <> '' OR task_id <> '')"))
            .toLongLong(),
        qint64(0));
    // and it costs money
    QVERIFY(db.value(QStringLiteral("SELECT SUM(list_cost_nusd) FROM events WHERE cost_center = ''")).toLongLong() > 0);
}

void TestDemo::modelsAndProviders()
{
    Sql db(m_a);
    QVERIFY(db.value(QStringLiteral("SELECT count(DISTINCT model) FROM events")).toLongLong() >= 15);
    const QStringList providers = db.column(QStringLiteral("SELECT DISTINCT provider FROM events ORDER BY 1"));
    for (const char* p : { "anthropic", "google", "mistral", "openai", "self-hosted" })
        QVERIFY2(providers.contains(QLatin1String(p)), p);
    // the self-hosted model is priced by the workspace's own (TCO) entry, not unpriced
    QCOMPARE(db.value(QStringLiteral(
                          "SELECT count(*) FROM events WHERE provider = 'self-hosted' AND list_cost_nusd IS NULL"))
                 .toLongLong(),
        qint64(0));
    QCOMPARE(db.value(QStringLiteral("SELECT count(*) FROM prices WHERE model = 'llama-3.1-8b-instruct'")).toLongLong(),
        qint64(1));
}

void TestDemo::unpricedModel()
{
    Sql db(m_a);
    const QStringList unpriced
        = db.column(QStringLiteral("SELECT DISTINCT model FROM events WHERE list_cost_nusd IS NULL ORDER BY 1"));
    QCOMPARE(unpriced.size(), 1);
    auto ws = Store::Workspace::open(m_a, Store::Workspace::Mode::OpenExisting);
    QVERIFY(ws.ok());
    auto r = Analytics::report(*ws.value(), {});
    QVERIFY(r.ok());
    QCOMPARE(r.value().totals.unpricedModels, unpriced);
    QVERIFY(r.value().totals.unpricedCalls > 0);
    QVERIFY(r.value().totals.unpricedCalls < r.value().totals.calls / 10);
}

void TestDemo::agentLoopNight()
{
    Sql db(m_a);
    const QString loop = QStringLiteral("task_id = 'research-agent-loop-0001'");
    const qint64 calls = db.value(QStringLiteral("SELECT count(*) FROM events WHERE ") + loop).toLongLong();
    QVERIFY2(calls >= 200, qPrintable(QString::number(calls)));
    // all of it in the night of 2026-10-03 (day 61)
    QCOMPARE(db.value(QStringLiteral("SELECT MIN(time_ms) >= %1 AND MAX(time_ms) < %2 FROM events WHERE ")
                          .arg(dayMs(61))
                          .arg(dayMs(61) + 6 * 3'600'000)
                   + loop)
                 .toInt(),
        1);
    // a chain: each call's parent is the call before it; the first has none
    const QStringList ids = db.column(
        QStringLiteral("SELECT call_id FROM events WHERE ") + loop + QStringLiteral(" ORDER BY time_ms, id"));
    const QStringList parents = db.column(
        QStringLiteral("SELECT parent_call_id FROM events WHERE ") + loop + QStringLiteral(" ORDER BY time_ms, id"));
    QCOMPARE(ids.size(), int(calls));
    QCOMPARE(parents.first(), QString());
    for (int i = 1; i < ids.size(); ++i)
        QCOMPARE(parents[i], ids[i - 1]);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    // it ends rejected, and it dominates that night: more calls than the whole research agent makes on a normal day
    QCOMPARE(db.value(QStringLiteral("SELECT DISTINCT task_final FROM events WHERE ") + loop).toString(),
        QStringLiteral("rejected"));
    const qint64 normalDay
        = db.value(QStringLiteral("SELECT count(*) FROM events WHERE project = 'market-research-agent' "
                                  "AND time_ms >= %1 AND time_ms < %2")
                       .arg(dayMs(54))
                       .arg(dayMs(55)))
              .toLongLong();
    QVERIFY2(calls > 3 * normalDay, qPrintable(QStringLiteral("%1 vs %2").arg(calls).arg(normalDay)));
}

void TestDemo::ragBloatWeek()
{
    Sql db(m_a);
    auto inputPerCall = [&](int firstDay) {
        const QVariant v = db.value(
            QStringLiteral("SELECT CAST(SUM(uncached_input_tokens + cache_read_tokens + cache_write_5m_tokens "
                           "+ cache_write_1h_tokens) AS REAL) / SUM(calls) FROM events "
                           "WHERE project = 'helpdesk-assistant' AND time_ms >= %1 AND time_ms < %2")
                .arg(dayMs(firstDay))
                .arg(dayMs(firstDay + 7)));
        return v.toDouble();
    };
    const double before = inputPerCall(33); // 2026-09-05 .. 09-11
    const double bloat = inputPerCall(40); // 2026-09-12 .. 09-18
    const double after = inputPerCall(47); // 2026-09-19 .. 09-25
    QVERIFY(before > 0);
    const double ratio = bloat / before;
    QVERIFY2(ratio > 2.5 && ratio < 3.5, qPrintable(QStringLiteral("×%1 (%2 → %3)").arg(ratio).arg(before).arg(bloat)));
    QVERIFY2(
        after / before > 0.8 && after / before < 1.25, qPrintable(QStringLiteral("after: ×%1").arg(after / before)));
}

void TestDemo::refusesExistingFile()
{
    PlainTaskContext ctx;
    const QByteArray before = reportJson(m_a, Analytics::Dimension::None);
    auto r = Demo::createWorkspace(m_a, Demo::Options { 1, 5, 0.1 }, ctx);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().source, m_a);
    QCOMPARE(reportJson(m_a, Analytics::Dimension::None), before);
}

void TestDemo::generateWithoutWorkspace()
{
    // the generator alone: same count as the workspace, events in time order within each chunk, unpriced
    PlainTaskContext ctx;
    qint64 seen = 0;
    bool ordered = true;
    auto n = Demo::generate(
        Demo::Options { 4242, 90, 0.1 },
        [&](QList<UsageEvent>& chunk) -> Result<void> {
            seen += chunk.size();
            for (int i = 1; i < chunk.size(); ++i)
                ordered = ordered && chunk[i - 1].timeMs <= chunk[i].timeMs;
            for (const UsageEvent& e : chunk)
                if (e.listCostNano)
                    ordered = false;
            return {};
        },
        ctx);
    QVERIFY(n.ok());
    QCOMPARE(n.value(), m_events);
    QCOMPARE(seen, m_events);
    QVERIFY(ordered);
    QCOMPARE(ctx.done(), qint64(90));
    QCOMPARE(ctx.total(), qint64(90));
}

INFEROMETER_TEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
