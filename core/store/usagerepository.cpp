// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/usagerepository.h"

#include "core/common/timeutil.h"
#include "core/pricing/costengine.h"
#include "core/store/derived.h"
#include "core/store/eventencoder.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace Store {

namespace {

    /** Rows per multi-row INSERT: one statement step per 32 rows instead of per row. */
    constexpr int RowsPerStatement = 32;

    const char* const EventTail = "ON CONFLICT (event_key) DO NOTHING"; // only a duplicate key is skipped
    const char* const SpanTail = "ON CONFLICT (span_key) DO NOTHING";

    QVariant optional(const std::optional<qint64>& v)
    {
        return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
    }

} // namespace

Transaction::Transaction(Workspace& ws)
    : m_ws(ws)
{ }

Transaction::~Transaction()
{
    if (m_open)
        m_ws.db().rollback();
}

Result<void> Transaction::begin()
{
    if (!m_ws.db().transaction())
        return sqlError(m_ws.path(), QStringLiteral("BEGIN"), m_ws.db().lastError().text());
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_ws.db().commit())
        return sqlError(m_ws.path(), QStringLiteral("COMMIT"), m_ws.db().lastError().text());
    m_open = false;
    return {};
}

UsageRepository::UsageRepository(Workspace& ws)
    : m_ws(ws)
{ }
UsageRepository::~UsageRepository()
{
    for (sqlite3_stmt* st : { m_events.many, m_events.one, m_spans.many, m_spans.one })
        sqlite3_finalize(st);
}

sqlite3* UsageRepository::handle()
{
    return sqliteHandle(m_ws.db());
}

Error UsageRepository::error(const QString& what, const QSqlQuery& q) const
{
    return sqlError(m_ws.path(), what, q.lastError().text());
}

Result<qint64> UsageRepository::bulkInsert(
    BulkStatements& sts, const char* table, const QList<const char*>& columns, const char* tail, const RowBuffer& rows)
{
    sqlite3* db = handle();
    if (!db)
        return sqlError(m_ws.path(), QStringLiteral("INSERT"), QStringLiteral("no SQLite handle"));
    auto fail = [&] { return sqlError(m_ws.path(), QStringLiteral("INSERT"), QString::fromUtf8(sqlite3_errmsg(db))); };
    auto prepare = [&](sqlite3_stmt*& st, int n) {
        return st
            || sqlite3_prepare_v2(db, multiRowInsert(table, columns, n, tail).constData(), -1, &st, nullptr)
            == SQLITE_OK;
    };
    if (!prepare(sts.many, RowsPerStatement) || !prepare(sts.one, 1))
        return fail();
    qint64 inserted = 0;
    const qsizetype total = rows.rows();
    for (qsizetype at = 0; at < total;) {
        const bool many = total - at >= RowsPerStatement;
        sqlite3_stmt* st = many ? sts.many : sts.one;
        const int n = many ? RowsPerStatement : 1;
        if (rows.bind(st, at, n) != SQLITE_OK)
            return fail();
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return fail();
        inserted += sqlite3_changes(db); // rows that were new: a duplicate key inserts nothing
        at += n;
    }
    sqlite3_clear_bindings(sts.many);
    sqlite3_clear_bindings(sts.one);
    return inserted;
}

Result<EventEncoder> UsageRepository::encoder()
{
    if (!m_rules) {
        auto rules = attributionRules();
        if (!rules)
            return rules.error();
        m_rules = std::make_shared<const Attribution::RuleSet>(rules.value());
    }
    return EventEncoder(m_rules);
}

Result<void> UsageRepository::begin(ChangeSet& changes)
{
    if (changes.afterId >= 0)
        return {};
    QSqlQuery q(m_ws.db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")) || !q.next())
        return error(QStringLiteral("INSERT"), q);
    changes.afterId = q.value(0).toLongLong();
    return {};
}

Result<qint64> UsageRepository::insertEncoded(const RowBuffer& rows, ChangeSet* changes)
{
    if (changes)
        if (auto r = begin(*changes); !r)
            return r.error();
    return bulkInsert(m_events, "events", EventEncoder::columns(), EventTail, rows);
}

Result<qint64> UsageRepository::insert(const QList<UsageEvent>& events, ChangeSet* changes)
{
    auto enc = encoder();
    if (!enc)
        return enc.error();
    RowBuffer rows(int(EventEncoder::columns().size()));
    rows.reserve(events.size(), events.size() * 96);
    for (const UsageEvent& e : events)
        enc.value().encode(e, rows);
    return insertEncoded(rows, changes);
}

Result<qint64> UsageRepository::insertEncodedSpans(const RowBuffer& rows)
{
    return bulkInsert(m_spans, "trace_spans", spanColumns(), SpanTail, rows);
}

Result<qint64> UsageRepository::insertSpans(const QList<TraceSpan>& spans, const QString& source)
{
    RowBuffer rows(int(spanColumns().size()));
    const QByteArray src = source.toUtf8();
    for (const TraceSpan& s : spans)
        encodeSpan(s, src, rows);
    return insertEncodedSpans(rows);
}

Result<Added> UsageRepository::added(const ChangeSet& changes)
{
    Added a;
    if (changes.afterId < 0)
        return a;
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(list_cost_nusd IS NULL), 0), MIN(time_ms), MAX(time_ms) "
                             "FROM events WHERE id > ?"));
    q.addBindValue(changes.afterId);
    if (!q.exec() || !q.next())
        return error(QStringLiteral("Counting new events"), q);
    a.events = q.value(0).toLongLong();
    a.unpriced = q.value(1).toLongLong();
    if (a.events > 0) {
        a.firstMs = q.value(2).toLongLong();
        a.lastMs = q.value(3).toLongLong();
    }
    return a;
}

Result<void> UsageRepository::runAll(const QStringList& statements, const QString& what)
{
    QSqlQuery q(m_ws.db());
    for (const QString& sql : statements)
        if (!q.exec(sql))
            return error(what, q);
    return {};
}

Result<void> UsageRepository::refreshDerived(const ChangeSet& changes)
{
    auto add = added(changes);
    if (!add)
        return add.error();
    if (add.value().events == 0)
        return {};
    if (auto r = runAll(unitStatsStatements(changes.afterId), QStringLiteral("Unit statistics")); !r)
        return r;
    qint64 firstMs = add.value().firstMs, lastMs = add.value().lastMs;
    const QString newTasks
        = QStringLiteral("SELECT task_id FROM events WHERE id > %1 AND task_id <> ''").arg(changes.afterId);
    if (auto r = runAll({ QStringLiteral("DROP TABLE IF EXISTS temp.touched"),
                            QStringLiteral("CREATE TEMP TABLE touched (task_id TEXT PRIMARY KEY) WITHOUT ROWID"),
                            QStringLiteral("INSERT OR IGNORE INTO touched ") + newTasks },
            QStringLiteral("Task refresh"));
        !r)
        return r;
    QSqlQuery q(m_ws.db());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM touched)")) || !q.next())
        return error(QStringLiteral("Task refresh"), q);
    const bool tasksTouched = q.value(0).toBool();
    q.finish(); // an open statement would lock the temp tables dropped below
    if (tasksTouched) {
        const QString scope = QStringLiteral("e.task_id IN (SELECT task_id FROM touched)");
        if (auto r = runAll(taskRefreshStatements(scope), QStringLiteral("Task refresh")); !r)
            return r;
        // an old task's earlier calls may lie on other days: their rollup rows change too
        if (!q.exec(
                QStringLiteral("SELECT MIN(time_ms), MAX(time_ms) FROM events e WHERE e.task_id <> '' AND ") + scope)
            || !q.next())
            return error(QStringLiteral("Task refresh"), q);
        if (!q.value(0).isNull()) {
            firstMs = qMin(firstMs, q.value(0).toLongLong());
            lastMs = qMax(lastMs, q.value(1).toLongLong());
        }
    }
    q.finish();
    if (auto r = runAll({ QStringLiteral("DROP TABLE temp.touched") }, QStringLiteral("Task refresh")); !r)
        return r;
    if (!tasksTouched) // no older row changed: add the new rows' sums (traces, billing exports)
        return addToRollup(m_ws.db(), m_ws.path(), changes.afterId);
    return rebuildRollup(m_ws.db(), m_ws.path(), firstMs / TimeUtil::MsPerDay, lastMs / TimeUtil::MsPerDay);
}

Result<void> UsageRepository::refreshAll()
{
    if (auto r = runAll(taskRefreshStatements({}), QStringLiteral("Task refresh")); !r)
        return r;
    if (auto r = runAll(unitStatsStatements(-1), QStringLiteral("Unit statistics")); !r)
        return r;
    return rebuildRollup(m_ws.db(), m_ws.path(), 1, 0);
}

Result<void> UsageRepository::recordImport(
    const QString& file, const QString& format, qint64 imported, qint64 duplicates, qint64 rejected)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("INSERT INTO imports (file, format, imported_at_ms, imported, duplicates, rejected) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(file);
    q.addBindValue(format);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(imported);
    q.addBindValue(duplicates);
    q.addBindValue(rejected);
    if (!q.exec())
        return error(QStringLiteral("Recording the import"), q);
    return {};
}

Result<QList<Pricing::PriceEntry>> UsageRepository::priceOverrides()
{
    QSqlQuery q(m_ws.db());
    if (!q.exec(QStringLiteral("SELECT entry_json FROM prices ORDER BY model, effective_from_ms")))
        return error(QStringLiteral("Reading workspace prices"), q);
    QByteArray doc = "{\"models\":[";
    bool first = true;
    while (q.next()) {
        if (!first)
            doc += ',';
        first = false;
        doc += q.value(0).toByteArray();
    }
    doc += "]}";
    auto entries = Pricing::parseCatalogJson(doc, m_ws.path());
    if (!entries)
        return entries.error();
    QList<Pricing::PriceEntry> out = std::move(entries).value();
    for (auto& e : out)
        e.origin = Pricing::Origin::Workspace;
    return out;
}

Result<void> UsageRepository::upsertPriceOverrides(const QList<Pricing::PriceEntry>& entries)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("INSERT INTO prices (model, effective_from_ms, entry_json) VALUES (?, ?, ?) "
                             "ON CONFLICT (model, effective_from_ms) DO UPDATE SET entry_json = excluded.entry_json"));
    for (const Pricing::PriceEntry& e : entries) {
        const auto doc = nlohmann::json::parse(Pricing::toCatalogJson({ e }).toStdString());
        q.bindValue(0, e.model.toLower());
        q.bindValue(1, e.effectiveFromMs);
        q.bindValue(2, QString::fromStdString(doc["models"][0].dump()));
        if (!q.exec())
            return error(QStringLiteral("Saving workspace prices"), q);
    }
    return {};
}

Result<void> UsageRepository::setPriceOverrides(const QList<Pricing::PriceEntry>& entries)
{
    Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r;
    QSqlQuery q(m_ws.db());
    if (!q.exec(QStringLiteral("DELETE FROM prices")))
        return error(QStringLiteral("Saving workspace prices"), q);
    if (auto r = upsertPriceOverrides(entries); !r)
        return r;
    return tx.commit();
}

Result<Pricing::PriceCatalog> UsageRepository::catalog()
{
    auto base = Pricing::PriceCatalog::builtin();
    if (!base)
        return base.error();
    auto overrides = priceOverrides();
    if (!overrides)
        return overrides.error();
    return base.value().withOverrides(overrides.value());
}

Result<qint64> UsageRepository::reprice(const Pricing::PriceCatalog& catalog, TaskContext& ctx)
{
    auto total = eventCount();
    if (!total)
        return total.error();
    Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery read(m_ws.db());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, time_ms, model, calls, batch, uncached_input_tokens, cache_read_tokens, "
                                  "cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, "
                                  "list_cost_nusd FROM events")))
        return error(QStringLiteral("Re-pricing"), read);
    QSqlQuery write(m_ws.db());
    write.prepare(QStringLiteral("UPDATE events SET list_cost_nusd = ? WHERE id = ?"));
    qint64 seen = 0, changed = 0;
    QList<std::pair<qint64, std::optional<qint64>>> updates;
    while (read.next()) {
        if ((++seen & 0xfff) == 0) {
            if (ctx.isCanceled())
                return Error { Error::Code::Canceled, QStringLiteral("Canceled"), m_ws.path() };
            ctx.setProgress(seen, total.value());
        }
        UsageEvent e;
        e.timeMs = read.value(1).toLongLong();
        e.model = read.value(2).toString();
        e.calls = read.value(3).toLongLong();
        e.batch = read.value(4).toBool();
        e.tokens = { read.value(5).toLongLong(), read.value(6).toLongLong(), read.value(7).toLongLong(),
            read.value(8).toLongLong(), read.value(9).toLongLong(), read.value(10).toLongLong() };
        const auto cost = Pricing::listCostNano(catalog, e);
        const QVariant old = read.value(11);
        const std::optional<qint64> before = old.isNull() ? std::nullopt : std::optional<qint64>(old.toLongLong());
        if (cost != before)
            updates.append({ read.value(0).toLongLong(), cost });
    }
    read.finish();
    for (const auto& [id, cost] : updates) {
        write.bindValue(0, optional(cost));
        write.bindValue(1, id);
        if (!write.exec())
            return error(QStringLiteral("Re-pricing"), write);
        ++changed;
    }
    if (changed)
        if (auto r = rebuildRollup(m_ws.db(), m_ws.path(), 1, 0); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return changed;
}

Result<qint64> UsageRepository::eventCount()
{
    QSqlQuery q(m_ws.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return error(QStringLiteral("Counting events"), q);
    return q.value(0).toLongLong();
}

Result<QList<Attribution::Rule>> UsageRepository::attributionRules()
{
    QSqlQuery q(m_ws.db());
    if (!q.exec(
            QStringLiteral("SELECT field, pattern, cost_center, team, owner FROM attribution_rules ORDER BY position")))
        return error(QStringLiteral("Reading attribution rules"), q);
    QList<Attribution::Rule> rules;
    while (q.next())
        rules.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString() });
    return rules;
}

Result<void> UsageRepository::setAttributionRules(const QList<Attribution::Rule>& rules)
{
    Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r;
    QSqlQuery q(m_ws.db());
    if (!q.exec(QStringLiteral("DELETE FROM attribution_rules")))
        return error(QStringLiteral("Saving attribution rules"), q);
    q.prepare(QStringLiteral("INSERT INTO attribution_rules (position, field, pattern, cost_center, team, owner) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < rules.size(); ++i) {
        const Attribution::Rule& r = rules[i];
        int c = 0;
        q.bindValue(c++, i);
        for (const QString* s : { &r.field, &r.pattern, &r.costCenter, &r.team, &r.owner })
            q.bindValue(c++, s->isNull() ? QString(QLatin1String("")) : s->trimmed());
        if (!q.exec())
            return error(QStringLiteral("Saving attribution rules"), q);
    }
    m_rules.reset(); // the next insert reads them again
    return tx.commit();
}

Result<qint64> UsageRepository::reattribute(TaskContext& ctx)
{
    auto rules = attributionRules();
    if (!rules)
        return rules.error();
    const Attribution::RuleSet set(rules.value());
    auto total = eventCount();
    if (!total)
        return total.error();
    Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery read(m_ws.db());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, api_key, project, model, provider, agent_id, operation, attributes, "
                                  "src_cost_center, src_team, src_owner, cost_center, team, owner FROM events")))
        return error(QStringLiteral("Re-attributing"), read);
    struct Update
    {
        qint64 id;
        QString costCenter, team, owner;
        int rule;
    };
    QList<Update> updates;
    qint64 seen = 0;
    while (read.next()) {
        if ((++seen & 0xfff) == 0) {
            if (ctx.isCanceled())
                return Error { Error::Code::Canceled, QStringLiteral("Canceled"), m_ws.path() };
            ctx.setProgress(seen, total.value() * 2);
        }
        UsageEvent e;
        e.apiKey = read.value(1).toString();
        e.project = read.value(2).toString();
        e.model = read.value(3).toString();
        e.provider = read.value(4).toString();
        e.agentId = read.value(5).toString();
        e.operation = read.value(6).toString();
        const QByteArray attrs = read.value(7).toByteArray();
        if (!attrs.isEmpty()) {
            const auto j = nlohmann::json::parse(attrs.begin(), attrs.end(), nullptr, false);
            if (j.is_object())
                for (auto it = j.begin(); it != j.end(); ++it)
                    if (it->is_string())
                        e.attributes.insert(
                            QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
        }
        e.costCenter = read.value(8).toString();
        e.team = read.value(9).toString();
        e.owner = read.value(10).toString();
        const int rule = set.apply(e);
        if (e.costCenter != read.value(11).toString() || e.team != read.value(12).toString()
            || e.owner != read.value(13).toString())
            updates.append({ read.value(0).toLongLong(), e.costCenter, e.team, e.owner, rule });
    }
    read.finish();
    QSqlQuery write(m_ws.db());
    write.prepare(
        QStringLiteral("UPDATE events SET cost_center = ?, team = ?, owner = ?, attribution_rule = ? WHERE id = ?"));
    qint64 done = 0;
    for (const Update& u : updates) {
        write.bindValue(0, u.costCenter.isNull() ? QString(QLatin1String("")) : u.costCenter);
        write.bindValue(1, u.team.isNull() ? QString(QLatin1String("")) : u.team);
        write.bindValue(2, u.owner.isNull() ? QString(QLatin1String("")) : u.owner);
        write.bindValue(3, u.rule);
        write.bindValue(4, u.id);
        if (!write.exec())
            return error(QStringLiteral("Re-attributing"), write);
        if ((++done & 0xfff) == 0)
            ctx.setProgress(total.value() + done * total.value() / qMax<qint64>(1, updates.size()), total.value() * 2);
    }
    if (!updates.isEmpty())
        if (auto r = rebuildRollup(m_ws.db(), m_ws.path(), 1, 0); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_rules.reset();
    return qint64(updates.size());
}

} // namespace Store
