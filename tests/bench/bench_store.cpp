// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Store and report speed on the demo data: bulk insert through UsageRepository side by side with raw sqlite3
// prepared inserts of the same rows into the same schema, and the KPI report over the 90-day demo.
#include "core/analytics/report.h"
#include "core/demo/demogenerator.h"
#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <map>

namespace {

QTemporaryDir* g_dir = nullptr;
QList<UsageEvent> g_events; // the demo's events, priced
std::map<std::string, double> g_rate; // rows per second by benchmark

const QList<UsageEvent>& events()
{
    if (g_events.isEmpty()) {
        auto catalog = Pricing::PriceCatalog::builtin();
        PlainTaskContext ctx;
        const std::function<Result<void>(QList<UsageEvent>&)> sink = [&](QList<UsageEvent>& chunk) -> Result<void> {
            for (UsageEvent& e : chunk) {
                e.listCostNano = Pricing::listCostNano(catalog.value(), e);
                g_events.append(e);
            }
            return {};
        };
        (void)Demo::generate(Demo::Options {}, sink, ctx);
    }
    return g_events;
}

QString freshPath()
{
    static int n = 0;
    return g_dir->filePath(QStringLiteral("bench-%1.inferometer").arg(++n));
}

void BM_RepositoryInsert(benchmark::State& state)
{
    const auto& ev = events();
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshPath();
        auto ws = Store::Workspace::open(path);
        Store::UsageRepository repo(*ws.value());
        state.ResumeTiming();
        Store::Transaction tx(*ws.value());
        (void)tx.begin();
        auto n = repo.insert(ev, nullptr);
        (void)tx.commit();
        if (!n || n.value() != ev.size())
            state.SkipWithError("insert failed");
    }
    state.SetItemsProcessed(state.iterations() * ev.size());
}

void BM_RawSqliteInsert(benchmark::State& state)
{
    const auto& ev = events();
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshPath();
        { // same schema, created through the workspace code
            auto ws = Store::Workspace::open(path);
        }
        sqlite3* db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db,
            "INSERT INTO events (event_key, time_ms, provider, model, cost_center, team, owner, api_key, "
            "project, task_id, attempt, agent_id, call_id, parent_call_id, operation, calls, latency_ms, "
            "status, outcome, uncached_input_tokens, cache_read_tokens, cache_write_5m_tokens, "
            "cache_write_1h_tokens, output_tokens, reasoning_tokens, reported_cost_nusd, list_cost_nusd, "
            "source, batch, source_line) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (event_key) DO NOTHING",
            -1, &st, nullptr);
        state.ResumeTiming();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const UsageEvent& e : ev) {
            int i = 1;
            auto text = [&](const QString& s) {
                const QByteArray u = s.toUtf8();
                sqlite3_bind_text(st, i++, u.constData(), int(u.size()), SQLITE_TRANSIENT);
            };
            sqlite3_bind_int64(st, i++, e.eventKey());
            sqlite3_bind_int64(st, i++, e.timeMs);
            for (const QString* s :
                { &e.provider, &e.model, &e.costCenter, &e.team, &e.owner, &e.apiKey, &e.project, &e.taskId })
                text(*s);
            sqlite3_bind_int64(st, i++, e.attempt);
            for (const QString* s : { &e.agentId, &e.callId, &e.parentCallId, &e.operation })
                text(*s);
            sqlite3_bind_int64(st, i++, e.calls);
            e.latencyMs ? sqlite3_bind_int64(st, i++, *e.latencyMs) : sqlite3_bind_null(st, i++);
            text(e.error ? QStringLiteral("error") : QStringLiteral("ok"));
            text(Events::outcomeName(e.outcome));
            for (qint64 v : { e.tokens.uncachedInput, e.tokens.cacheRead, e.tokens.cacheWrite5m, e.tokens.cacheWrite1h,
                     e.tokens.output, e.tokens.reasoning })
                sqlite3_bind_int64(st, i++, v);
            e.reportedCostNano ? sqlite3_bind_int64(st, i++, *e.reportedCostNano) : sqlite3_bind_null(st, i++);
            e.listCostNano ? sqlite3_bind_int64(st, i++, *e.listCostNano) : sqlite3_bind_null(st, i++);
            text(e.source);
            sqlite3_bind_int64(st, i++, e.batch);
            sqlite3_bind_int64(st, i++, e.sourceLine);
            if (sqlite3_step(st) != SQLITE_DONE)
                state.SkipWithError("sqlite3_step failed");
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        state.PauseTiming();
        sqlite3_finalize(st);
        sqlite3_close(db);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * ev.size());
}

QString demoWorkspace()
{
    static QString path;
    if (path.isEmpty()) {
        path = g_dir->filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        (void)Demo::createWorkspace(path, Demo::Options {}, ctx);
    }
    return path;
}

void BM_Report(benchmark::State& state, Analytics::Dimension by)
{
    auto ws = Store::Workspace::open(demoWorkspace());
    for (auto _ : state) {
        auto r = Analytics::report(*ws.value(), {}, by);
        benchmark::DoNotOptimize(r);
    }
}

void BM_ReportRangeCuttingDays(benchmark::State& state)
{
    auto ws = Store::Workspace::open(demoWorkspace());
    Analytics::Filter f;
    f.fromMs = Demo::StartMs + 10 * 86'400'000LL + 43'200'000; // noon to noon: two partial days from raw events
    f.toMs = Demo::StartMs + 70 * 86'400'000LL + 43'200'000;
    for (auto _ : state) {
        auto r = Analytics::report(*ws.value(), f, Analytics::Dimension::CostCenter);
        benchmark::DoNotOptimize(r);
    }
}

/** Keeps each run's rows/s for the comparison line printed at the end. */
class Reporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& r : runs)
            if (r.counters.count("items_per_second"))
                g_rate[r.benchmark_name()] = r.counters.at("items_per_second");
        ConsoleReporter::ReportRuns(runs);
    }
};

} // namespace

BENCHMARK(BM_RawSqliteInsert)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_RepositoryInsert)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Report, totals, Analytics::Dimension::None)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Report, by_cost_center, Analytics::Dimension::CostCenter)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Report, by_model, Analytics::Dimension::Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportRangeCuttingDays)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    g_dir = &dir;
    std::printf("demo events: %lld\n", qint64(events().size()));
    benchmark::Initialize(&argc, argv);
    Reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    double raw = 0, repo = 0;
    for (const auto& [name, rate] : g_rate) {
        if (name.rfind("BM_RawSqliteInsert", 0) == 0)
            raw = rate;
        if (name.rfind("BM_RepositoryInsert", 0) == 0)
            repo = rate;
    }
    if (raw > 0)
        std::printf("\nbulk insert: repository %.0f rows/s, raw sqlite3 %.0f rows/s, ratio %.2f (target >= 0.50)\n",
            repo, raw, repo / raw);
    return 0;
}
