// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/schema.h"

#include "core/common/logging.h"
#include "core/store/derived.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Store {

namespace {

    // Each step takes the schema from version i to i + 1. Never edit a released step: add a new one.
    const char* const Step1[] = {
        R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
        R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        event_key INTEGER NOT NULL UNIQUE,
        time_ms INTEGER NOT NULL,
        provider TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        cost_center TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        api_key TEXT NOT NULL DEFAULT '',
        project TEXT NOT NULL DEFAULT '',
        task_id TEXT NOT NULL DEFAULT '',
        attempt INTEGER NOT NULL DEFAULT 1,
        agent_id TEXT NOT NULL DEFAULT '',
        call_id TEXT NOT NULL DEFAULT '',
        parent_call_id TEXT NOT NULL DEFAULT '',
        operation TEXT NOT NULL DEFAULT '',
        calls INTEGER NOT NULL DEFAULT 1,
        latency_ms INTEGER,
        status TEXT NOT NULL DEFAULT 'ok',
        outcome TEXT NOT NULL DEFAULT 'unknown',
        uncached_input_tokens INTEGER NOT NULL DEFAULT 0,
        cache_read_tokens INTEGER NOT NULL DEFAULT 0,
        cache_write_5m_tokens INTEGER NOT NULL DEFAULT 0,
        cache_write_1h_tokens INTEGER NOT NULL DEFAULT 0,
        output_tokens INTEGER NOT NULL DEFAULT 0,
        reasoning_tokens INTEGER NOT NULL DEFAULT 0,
        reported_cost_nusd INTEGER,
        list_cost_nusd INTEGER,
        source TEXT NOT NULL DEFAULT ''))",
        R"(CREATE INDEX events_time ON events (time_ms))",
        R"(CREATE INDEX events_cost_center ON events (cost_center, time_ms))",
        R"(CREATE INDEX events_model ON events (model, time_ms))",
        R"(CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at_ms INTEGER NOT NULL,
        imported INTEGER NOT NULL,
        duplicates INTEGER NOT NULL))",
    };

    // Version 2: batch tier and source line per event; each task's final outcome, first-time-right flag and first call
    // kept beside its calls; daily_rollup, from which every KPI is summed; workspace price overrides.
    const char* const Step2[] = {
        R"(ALTER TABLE events ADD COLUMN batch INTEGER NOT NULL DEFAULT 0)",
        R"(ALTER TABLE events ADD COLUMN source_line INTEGER NOT NULL DEFAULT 0)",
        R"(ALTER TABLE events ADD COLUMN task_final TEXT NOT NULL DEFAULT '')",
        R"(ALTER TABLE events ADD COLUMN task_first_time INTEGER NOT NULL DEFAULT 0)",
        R"(ALTER TABLE events ADD COLUMN task_first_call INTEGER NOT NULL DEFAULT 0)",
        // covering for the per-task aggregates of taskRefreshStatements()
        R"(CREATE INDEX events_task ON events (task_id, attempt, time_ms, outcome) WHERE task_id <> '')",
        R"(CREATE TABLE prices (
        id INTEGER PRIMARY KEY,
        model TEXT NOT NULL,
        effective_from_ms INTEGER NOT NULL,
        entry_json TEXT NOT NULL,
        UNIQUE (model, effective_from_ms)))",
        R"(ALTER TABLE imports ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0)",
        R"(CREATE TABLE daily_rollup (
        day INTEGER NOT NULL,
        provider TEXT NOT NULL, model TEXT NOT NULL, cost_center TEXT NOT NULL, team TEXT NOT NULL,
        owner TEXT NOT NULL, api_key TEXT NOT NULL, project TEXT NOT NULL,
        list_cost_nusd INTEGER NOT NULL, reported_cost_nusd INTEGER NOT NULL, reported_events INTEGER NOT NULL,
        calls INTEGER NOT NULL, events INTEGER NOT NULL,
        uncached_input_tokens INTEGER NOT NULL, cache_read_tokens INTEGER NOT NULL,
        cache_write_5m_tokens INTEGER NOT NULL, cache_write_1h_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL,
        tasks INTEGER NOT NULL, accepted_tasks INTEGER NOT NULL, task_cost_nusd INTEGER NOT NULL,
        rework_cost_nusd INTEGER NOT NULL, task_tokens INTEGER NOT NULL, first_time_tokens INTEGER NOT NULL,
        unpriced_calls INTEGER NOT NULL,
        PRIMARY KEY (day, provider, model, cost_center, team, owner, api_key, project)))",
    };

    // Version 3: the source's own attributes per call (JSON) and its own attribution (src_*), beside the effective
    // cost center / team / owner that attribution rules may fill (attribution_rule = the rule's position + 1); non-LLM
    // trace spans (tools, agents) so that parent links rebuild agent trees; attribution rules.
    const char* const Step3[] = {
        R"(ALTER TABLE events ADD COLUMN attributes TEXT NOT NULL DEFAULT '')",
        R"(ALTER TABLE events ADD COLUMN src_cost_center TEXT NOT NULL DEFAULT '')",
        R"(ALTER TABLE events ADD COLUMN src_team TEXT NOT NULL DEFAULT '')",
        R"(ALTER TABLE events ADD COLUMN src_owner TEXT NOT NULL DEFAULT '')",
        R"(ALTER TABLE events ADD COLUMN attribution_rule INTEGER NOT NULL DEFAULT 0)",
        R"(UPDATE events SET src_cost_center = cost_center, src_team = team, src_owner = owner)",
        R"(CREATE TABLE trace_spans (
        id INTEGER PRIMARY KEY,
        span_key INTEGER NOT NULL UNIQUE,
        trace_id TEXT NOT NULL, span_id TEXT NOT NULL, parent_span_id TEXT NOT NULL,
        name TEXT NOT NULL, operation TEXT NOT NULL, service TEXT NOT NULL,
        start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, error INTEGER NOT NULL, source TEXT NOT NULL))",
        R"(CREATE INDEX trace_spans_trace ON trace_spans (trace_id))",
        R"(ALTER TABLE daily_rollup ADD COLUMN reported_list_cost_nusd INTEGER NOT NULL DEFAULT 0)",
        R"(ALTER TABLE daily_rollup ADD COLUMN cost_row_reported_nusd INTEGER NOT NULL DEFAULT 0)",
        R"(CREATE INDEX events_call ON events (call_id) WHERE call_id <> '')",
        R"(CREATE TABLE attribution_rules (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        field TEXT NOT NULL,
        pattern TEXT NOT NULL,
        cost_center TEXT NOT NULL, team TEXT NOT NULL, owner TEXT NOT NULL))",
    };

    // Version 4: a monthly budget per cost center and the alert rules on budgets (budget_percent at a fraction of the
    // budget, forecast_breach) and on anomalies (e.g. spend_spike with a ratio); scope is the cost center, '' for all.
    const char* const Step4[] = {
        R"(CREATE TABLE budgets (
        cost_center TEXT PRIMARY KEY,
        monthly_nusd INTEGER NOT NULL))",
        R"(CREATE TABLE alert_rules (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '',
        threshold REAL NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1))",
        R"(CREATE INDEX alert_rules_scope ON alert_rules (scope, kind))",
    };

    // Version 5: live sessions recorded from Prometheus feeds, as time series (one row per series and scrape).
    const char* const Step5[] = {
        R"(CREATE TABLE live_series (
        id INTEGER PRIMARY KEY,
        feed TEXT NOT NULL,
        series_key TEXT NOT NULL,
        name TEXT NOT NULL,
        labels TEXT NOT NULL,
        type TEXT NOT NULL,
        UNIQUE (feed, series_key)))",
        R"(CREATE TABLE live_points (
        series_id INTEGER NOT NULL REFERENCES live_series (id),
        time_ms INTEGER NOT NULL,
        value REAL,
        PRIMARY KEY (series_id, time_ms)) WITHOUT ROWID)",
    };

    // Version 6: per task or agent ("unit": project, task_id, agent_id) its calls and the most calls in one 10-minute
    // window, so that the agent-loop detector reads candidates and its norms from here instead of every event; a
    // partial index of error calls for the retry-storm detector and one of agent calls without a task id. Filled from
    // the events already there (a window is time_ms / 600000, as Store::UnitWindowMs).
    const char* const Step6[] = {
        R"(CREATE TABLE unit_stats (
        project TEXT NOT NULL,
        task_id TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        calls INTEGER NOT NULL,
        peak INTEGER NOT NULL,
        PRIMARY KEY (project, task_id, agent_id)) WITHOUT ROWID)",
        R"(CREATE INDEX unit_stats_calls ON unit_stats (calls))",
        R"(CREATE INDEX unit_stats_norms ON unit_stats (project, peak, calls) WHERE task_id <> '')",
        R"(CREATE INDEX events_error ON events (api_key, model, time_ms, calls, list_cost_nusd) WHERE status = 'error')",
        R"(CREATE INDEX events_agent ON events (agent_id, project) WHERE task_id = '' AND agent_id <> '')",
        R"(INSERT INTO unit_stats SELECT project, task_id, agent_id, SUM(c), MAX(c) FROM
        (SELECT project, task_id, agent_id, SUM(calls) AS c FROM events WHERE (task_id <> '' OR agent_id <> '')
         AND calls > 0 GROUP BY project, task_id, agent_id, time_ms / 600000)
        GROUP BY project, task_id, agent_id)",
    };

    // Version 7: prompts saved from the prompt editor, each with its history of versions (newest last). Only the text
    // is kept: token counts depend on the tokenizer and are recomputed, never stored.
    const char* const Step7[] = {
        R"(CREATE TABLE prompts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_ms INTEGER NOT NULL))",
        R"(CREATE TABLE prompt_versions (
        id INTEGER PRIMARY KEY,
        prompt_id INTEGER NOT NULL REFERENCES prompts (id) ON DELETE CASCADE,
        created_ms INTEGER NOT NULL,
        text TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''))",
        R"(CREATE INDEX prompt_versions_prompt ON prompt_versions (prompt_id, id))",
    };

    // Version 8: A/B runs of the model tester, each the whole record as JSON (Ab::toJson) with the columns the list
    // of runs shows.
    const char* const Step8[] = {
        R"(CREATE TABLE ab_runs (
        id INTEGER PRIMARY KEY,
        created_ms INTEGER NOT NULL,
        model_a TEXT NOT NULL,
        model_b TEXT NOT NULL,
        device TEXT NOT NULL,
        record TEXT NOT NULL))",
    };

    // Version 9: the savings planner's scenarios, each tab's inputs as JSON (Planning::toJson), by kind and name.
    const char* const Step9[] = {
        R"(CREATE TABLE planner_scenarios (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        saved_ms INTEGER NOT NULL,
        inputs TEXT NOT NULL,
        UNIQUE (kind, name)))",
    };

    /** Statements of step `v` (0-based): fixed DDL, then for version 2 the back-fill of what version 1 did not keep. */
    QStringList stepStatements(int v)
    {
        QStringList out;
        if (v == 0) {
            for (const char* sql : Step1)
                out << QString::fromUtf8(sql);
        } else if (v == 1) {
            for (const char* sql : Step2)
                out << QString::fromUtf8(sql);
        } else if (v == 2) {
            for (const char* sql : Step3)
                out << QString::fromUtf8(sql);
        } else if (v == 3) {
            for (const char* sql : Step4)
                out << QString::fromUtf8(sql);
        } else if (v == 4) {
            for (const char* sql : Step5)
                out << QString::fromUtf8(sql);
        } else if (v == 5) {
            for (const char* sql : Step6)
                out << QString::fromUtf8(sql);
        } else if (v == 6) {
            for (const char* sql : Step7)
                out << QString::fromUtf8(sql);
        } else if (v == 7) {
            for (const char* sql : Step8)
                out << QString::fromUtf8(sql);
        } else if (v == 8) {
            for (const char* sql : Step9)
                out << QString::fromUtf8(sql);
        }
        return out;
    }

    Error summariesError(const QString& path, const QString& detail)
    {
        return Error { Error::Code::Schema,
            QCoreApplication::translate(
                "Store", "Rebuilding the workspace's summaries failed: %1. The file was not changed.")
                .arg(detail),
            path };
    }

    Error schemaError(const QString& path, const QString& message)
    {
        return Error { Error::Code::Schema, message, path };
    }

} // namespace

int schemaVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> checkOpenable(QSqlDatabase& db, const QString& path)
{
    const QString notOurs
        = QCoreApplication::translate("Store", "This SQLite file is not an Inferometer workspace; it was not changed.");
    // the statement's own error names the cause (not a database, permission, a full disk), not the connection's
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return schemaError(path,
            QCoreApplication::translate("Store", "This file cannot be read as an Inferometer workspace: %1")
                .arg(version.lastError().text()));
    const int from = version.value(0).toInt();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*), count(CASE WHEN name IN ('meta', 'events', 'imports') AND type = "
                               "'table' THEN 1 END) FROM sqlite_master"))
        || !q.next())
        return schemaError(path,
            QCoreApplication::translate("Store", "This file cannot be read as an Inferometer workspace: %1")
                .arg(q.lastError().text()));
    const int objects = q.value(0).toInt(), ours = q.value(1).toInt();
    // a non-empty file whose version is 0, or that lacks the tables every version has, is some other SQLite
    // database (whatever its user_version): never write into it, not even the WAL switch that rewrites its header
    if ((from == 0 && objects > 0) || (from != 0 && ours < 3))
        return schemaError(path, notOurs);
    if (from > SchemaVersion)
        return schemaError(path,
            QCoreApplication::translate("Store",
                "This workspace was written by a newer Inferometer (schema "
                "version %1; this version reads up to %2). Update Inferometer "
                "to open it; the file was not changed.")
                .arg(from)
                .arg(SchemaVersion));
    return {};
}

Result<void> migrate(QSqlDatabase& db, const QString& path, int target)
{
    if (auto r = checkOpenable(db, path); !r)
        return r;
    const int from = schemaVersion(db);
    if (from >= target)
        return {};
    if (!db.transaction())
        return schemaError(path, db.lastError().text());
    for (int v = from; v < target; ++v) {
        for (const QString& sql : stepStatements(v)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                const QString err = q.lastError().text();
                db.rollback();
                return schemaError(path,
                    QCoreApplication::translate("Store",
                        "Upgrading the workspace to schema "
                        "version %1 failed: %2. The file was not "
                        "changed.")
                        .arg(v + 1)
                        .arg(err));
            }
        }
        if (from > 0) // upgrading a user's workspace is worth a line in the log; creating a new one is not
            qCInfo(lcStore) << "migrated" << path << "to schema version" << v + 1;
    }
    // Derived data is rebuilt once, after the last step, from the current definitions (steps only change tables):
    // an upgraded workspace then has exactly what a new one would compute. Only steps up to version 3 changed what
    // the derived columns and the rollup hold; later steps add tables of their own, and a rebuild would cost minutes
    // on a large workspace for nothing.
    constexpr int LastStepChangingDerivedData = 3;
    if (from > 0 && from < LastStepChangingDerivedData && target == SchemaVersion) {
        for (const QString& sql : taskRefreshStatements({})) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                const QString err = q.lastError().text();
                db.rollback();
                return summariesError(path, err);
            }
        }
        if (auto r = rebuildRollup(db, path, 1, 0, /*checkTotals*/ false); !r) {
            db.rollback();
            return summariesError(path, r.error().message);
        }
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !db.commit()) {
        const QString err = db.lastError().text();
        db.rollback();
        return schemaError(path, err);
    }
    return {};
}

} // namespace Store
