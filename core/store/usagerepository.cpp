// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/usagerepository.h"

#include "core/common/timeutil.h"
#include "core/pricing/costengine.h"
#include "core/store/derived.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace Store {

namespace {

    const char* const InsertSql
        = "INSERT INTO events (event_key, time_ms, provider, model, cost_center, team, "
          "owner, api_key, project, task_id, attempt, agent_id, call_id, parent_call_id, operation, "
          "calls, latency_ms, status, outcome, uncached_input_tokens, cache_read_tokens, "
          "cache_write_5m_tokens, cache_write_1h_tokens, output_tokens, reasoning_tokens, "
          "reported_cost_nusd, list_cost_nusd, source, batch, source_line, attributes, src_cost_center, src_team, "
          "src_owner, attribution_rule) VALUES "
          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
          "ON CONFLICT (event_key) DO NOTHING"; // only a duplicate key is skipped, never bad data

    QVariant optional(const std::optional<qint64>& v)
    {
        return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
    }

    /** Attributes as a compact JSON object ("" when there are none, the common case). */
    QString attributesJson(const QMap<QString, QString>& attributes)
    {
        if (attributes.isEmpty())
            return {};
        nlohmann::json j = nlohmann::json::object();
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            j[it.key().toStdString()] = it.value().toStdString();
        return QString::fromStdString(j.dump());
    }

    const char* const InsertSpanSql
        = "INSERT INTO trace_spans (span_key, trace_id, span_id, parent_span_id, name, operation, service, start_ms, "
          "end_ms, error, source) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (span_key) DO NOTHING";

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
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertSpan);
}

sqlite3* UsageRepository::handle()
{
    const QVariant h = m_ws.db().driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(h.constData());
    return nullptr;
}

Result<qint64> UsageRepository::insertSpans(const QList<TraceSpan>& spans, const QString& source)
{
    sqlite3* db = handle();
    if (!db)
        return sqlError(m_ws.path(), QStringLiteral("INSERT"), QStringLiteral("no SQLite handle"));
    if (!m_insertSpan && sqlite3_prepare_v2(db, InsertSpanSql, -1, &m_insertSpan, nullptr) != SQLITE_OK)
        return sqlError(m_ws.path(), QStringLiteral("INSERT"), QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_stmt* st = m_insertSpan;
    const QByteArray src = source.toUtf8();
    qint64 inserted = 0;
    for (const TraceSpan& s : spans) {
        int i = 1;
        sqlite3_bind_int64(st, i++, spanKey(s));
        for (const QString* t : { &s.traceId, &s.spanId, &s.parentSpanId, &s.name, &s.operation, &s.service }) {
            const QByteArray u = t->toUtf8();
            sqlite3_bind_text(st, i++, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        }
        sqlite3_bind_int64(st, i++, s.startMs);
        sqlite3_bind_int64(st, i++, s.endMs);
        sqlite3_bind_int64(st, i++, s.error);
        sqlite3_bind_text(st, i++, src.constData(), int(src.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return sqlError(m_ws.path(), QStringLiteral("INSERT"), QString::fromUtf8(sqlite3_errmsg(db)));
        inserted += sqlite3_changes(db) > 0;
    }
    return inserted;
}

Error UsageRepository::error(const QString& what, const QSqlQuery& q) const
{
    return sqlError(m_ws.path(), what, q.lastError().text());
}

Result<qint64> UsageRepository::insert(const QList<UsageEvent>& events, ChangeSet* changes)
{
    // Bulk insert binds straight to SQLite through the handle of the Qt connection (the same system libsqlite3 that
    // Qt's driver uses): binding 30 columns through QVariant costs as much again as SQLite's own work.
    sqlite3* db = handle();
    if (!db)
        return sqlError(m_ws.path(), QStringLiteral("INSERT"), QStringLiteral("no SQLite handle"));
    if (!m_insert && sqlite3_prepare_v2(db, InsertSql, -1, &m_insert, nullptr) != SQLITE_OK)
        return sqlError(m_ws.path(), QStringLiteral("INSERT"), QString::fromUtf8(sqlite3_errmsg(db)));
    if (!m_rules) {
        auto rules = attributionRules();
        if (!rules)
            return rules.error();
        m_rules = std::make_unique<Attribution::RuleSet>(rules.value());
    }
    sqlite3_stmt* st = m_insert;
    qint64 inserted = 0;
    UsageEvent e;
    for (const UsageEvent& source : events) {
        // the workspace's attribution rules fill what the source left open; both are kept
        const UsageEvent* pe = &source;
        int rule = 0;
        if (!m_rules->isEmpty() && source.costCenter.isEmpty()) {
            e = source;
            rule = m_rules->apply(e);
            if (rule)
                pe = &e;
        }
        const UsageEvent& ev = *pe;
        int i = 1;
        // UTF-16 straight from the QString; the data outlives the step, so SQLite need not copy it
        auto text = [&](const QString& s) {
            static const char16_t empty[] = u"";
            const void* data = s.isNull() ? static_cast<const void*>(empty) : static_cast<const void*>(s.utf16());
            sqlite3_bind_text16(st, i++, data, int(s.size() * 2), SQLITE_STATIC);
        };
        auto optional
            = [&](const std::optional<qint64>& v) { v ? sqlite3_bind_int64(st, i++, *v) : sqlite3_bind_null(st, i++); };
        sqlite3_bind_int64(st, i++, source.eventKey()); // identity never depends on the rules
        sqlite3_bind_int64(st, i++, ev.timeMs);
        for (const QString* s :
            { &ev.provider, &ev.model, &ev.costCenter, &ev.team, &ev.owner, &ev.apiKey, &ev.project, &ev.taskId })
            text(*s);
        sqlite3_bind_int64(st, i++, ev.attempt);
        for (const QString* s : { &ev.agentId, &ev.callId, &ev.parentCallId, &ev.operation })
            text(*s);
        sqlite3_bind_int64(st, i++, ev.calls);
        optional(ev.latencyMs);
        sqlite3_bind_text(st, i++, ev.error ? "error" : "ok", -1, SQLITE_STATIC);
        const QString outcome = Events::outcomeName(ev.outcome);
        text(outcome);
        for (qint64 v : { ev.tokens.uncachedInput, ev.tokens.cacheRead, ev.tokens.cacheWrite5m, ev.tokens.cacheWrite1h,
                 ev.tokens.output, ev.tokens.reasoning })
            sqlite3_bind_int64(st, i++, v);
        optional(ev.reportedCostNano);
        optional(ev.listCostNano);
        text(ev.source);
        sqlite3_bind_int64(st, i++, ev.batch);
        sqlite3_bind_int64(st, i++, ev.sourceLine);
        const QString attributes = attributesJson(ev.attributes);
        text(attributes);
        text(source.costCenter);
        text(source.team);
        text(source.owner);
        sqlite3_bind_int64(st, i++, rule);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return sqlError(m_ws.path(), QStringLiteral("INSERT"), QString::fromUtf8(sqlite3_errmsg(db)));
        if (sqlite3_changes(db) > 0) {
            ++inserted;
            if (changes) {
                if (!ev.taskId.isEmpty())
                    changes->tasks.insert(ev.taskId);
                changes->firstMs = qMin(changes->firstMs, ev.timeMs);
                changes->lastMs = qMax(changes->lastMs, ev.timeMs);
                changes->unpriced += !ev.listCostNano;
            }
        }
    }
    sqlite3_clear_bindings(st);
    return inserted;
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
    if (changes.isEmpty())
        return {};
    qint64 firstMs = changes.firstMs, lastMs = changes.lastMs;
    if (!changes.tasks.isEmpty()) {
        if (auto r = runAll({ QStringLiteral("DROP TABLE IF EXISTS temp.touched"),
                                QStringLiteral("CREATE TEMP TABLE touched (task_id TEXT PRIMARY KEY) WITHOUT ROWID") },
                QStringLiteral("Task refresh"));
            !r)
            return r;
        QSqlQuery q(m_ws.db());
        q.prepare(QStringLiteral("INSERT INTO touched VALUES (?)"));
        for (const QString& t : changes.tasks) {
            q.bindValue(0, t);
            if (!q.exec())
                return error(QStringLiteral("Task refresh"), q);
        }
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
        q.finish();
        if (auto r = runAll({ QStringLiteral("DROP TABLE temp.touched") }, QStringLiteral("Task refresh")); !r)
            return r;
    }
    return runAll(rollupRebuildStatements(firstMs / TimeUtil::MsPerDay, lastMs / TimeUtil::MsPerDay),
        QStringLiteral("Rollup refresh"));
}

Result<void> UsageRepository::refreshAll()
{
    if (auto r = runAll(taskRefreshStatements({}), QStringLiteral("Task refresh")); !r)
        return r;
    return runAll(rollupRebuildStatements(1, 0), QStringLiteral("Rollup refresh"));
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
        if (auto r = runAll(rollupRebuildStatements(1, 0), QStringLiteral("Rollup refresh")); !r)
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
        if (auto r = runAll(rollupRebuildStatements(1, 0), QStringLiteral("Rollup refresh")); !r)
            return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_rules.reset();
    return qint64(updates.size());
}

} // namespace Store
