// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/planning/traffic.h"

#include "core/analytics/period.h"
#include "core/planning/cachesavings.h"
#include "core/store/textinterner.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <memory>
#include <unordered_map>

namespace Planning {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Planning::Traffic)
    };

    /** A workflow's calls while they are read. */
    struct Building
    {
        WorkflowTraffic t;
        std::vector<qint64> inputs; // per call
        std::vector<qint64> cached; // per call that read or wrote the cache
        double spend = 0;
    };

    /** A class's (or a workflow's) load while it is read. */
    struct LoadSums
    {
        double input = 0, output = 0, spend = 0, tasks = 0, accepted = 0, firstTime = 0;
        std::unordered_map<int, double> spendByModel; // model name id → $
        void add(const LoadSums& o)
        {
            input += o.input;
            output += o.output;
            spend += o.spend;
            tasks += o.tasks;
            accepted += o.accepted;
            firstTime += o.firstTime;
            for (const auto& [model, usd] : o.spendByModel)
                spendByModel[model] += usd;
        }
    };

    qint64 median(std::vector<qint64> v)
    {
        if (v.empty())
            return 0;
        const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
        std::nth_element(v.begin(), mid, v.end());
        return *mid;
    }

} // namespace

double Window::perMonth(double amount) const
{
    const double d = days();
    return d > 0 ? amount / d * DaysPerMonth : 0.0;
}

Result<std::optional<Window>> windowFor(Store::Workspace& ws, const Analytics::PeriodChoice& period)
{
    auto span = Analytics::timeSpan(ws);
    if (!span)
        return span.error();
    const auto& s = span.value();
    if (!s)
        return std::optional<Window> {};
    const Analytics::Filter f = Analytics::resolvePeriod(period, s);
    const qint64 firstDay = s->first / 86'400'000 * 86'400'000;
    const qint64 lastDayEnd = (s->second / 86'400'000 + 1) * 86'400'000;
    Window w;
    w.fromMs = std::max(f.fromMs.value_or(firstDay), firstDay);
    w.toMs = std::min(f.toMs.value_or(lastDayEnd), lastDayEnd);
    if (w.toMs <= w.fromMs)
        return std::optional<Window> {};
    return std::optional<Window> { w };
}

Result<std::optional<Window>> latestWindow(Store::Workspace& ws, int days)
{
    return windowFor(ws, Analytics::PeriodChoice::lastDays(days));
}

Result<Traffic> readTraffic(
    Store::Workspace& ws, const Window& window, const QMap<QString, TaskClass>& classOverrides, TaskContext& ctx)
{
    sqlite3* h = Store::sqliteHandle(ws.db());
    if (!h)
        return Store::sqlError(ws.path(), QStringLiteral("Planner: events"), QStringLiteral("no SQLite handle"));
    const char* sql = "SELECT time_ms, provider, model, cost_center, project, operation, agent_id, calls, "
                      "uncached_input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, "
                      "output_tokens, reasoning_tokens, list_cost_nusd, task_first_call, task_final, task_first_time, "
                      "CASE WHEN instr(attributes, 'task_class') > 0 THEN attributes ELSE '' END "
                      "FROM events WHERE time_ms >= ?1 AND time_ms < ?2 AND calls > 0 ORDER BY time_ms, id";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return Store::sqlError(ws.path(), QStringLiteral("Planner: events"), QString::fromUtf8(sqlite3_errmsg(h)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
    sqlite3_bind_int64(st, 1, window.fromMs);
    sqlite3_bind_int64(st, 2, window.toMs);

    Traffic out;
    out.window = window;
    Store::TextInterner names;
    const int untagged = names.id(Text::tr("(untagged)").toUtf8());
    std::vector<Building> flows;
    std::unordered_map<quint64, size_t> flowIndex; // (workflow, provider, model) ids → flows
    std::unordered_map<int, std::vector<double>> byCostCenter; // name id → arrivals
    std::unordered_map<quint64, std::optional<TaskClass>> byName; // (project, operation, agent) ids → class
    // a call tagged with its class counts there; the others count in their workflow's class, the user's choice or the
    // class most of its calls get from their names and tokens (a workflow is one kind of work, not a mix per call)
    std::map<TaskClass, LoadSums> tagged;
    std::unordered_map<int, LoadSums> byWorkflow; // workflow id → its untagged calls
    std::unordered_map<int, bool> overridden; // workflow id → the user chose its class (which then takes all calls)
    std::unordered_map<int, std::array<qint64, AllTaskClasses.size()>> classCalls; // workflow id → calls per class
    auto pack = [](int a, int b, int c) { return quint64(a) << 42 | quint64(b) << 21 | quint64(c); };
    qint64 row = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (++row % 8192 == 0) {
            if (ctx.isCanceled())
                return Error { Error::Code::Canceled, Text::tr("Canceled.") };
            ctx.setProgress(sqlite3_column_int64(st, 0) - window.fromMs, window.toMs - window.fromMs);
        }
        const double at = double(sqlite3_column_int64(st, 0) - window.fromMs) / 1000.0;
        const int provider = names.id(st, 1), model = names.id(st, 2), center = names.id(st, 3),
                  project = names.id(st, 4);
        const int centerOrUntagged = names.text(center).isEmpty() ? untagged : center;
        const int workflow = !names.text(project).isEmpty() ? project : centerOrUntagged;
        const qint64 calls = sqlite3_column_int64(st, 7);
        const qint64 uncached = sqlite3_column_int64(st, 8), read = sqlite3_column_int64(st, 9),
                     w5 = sqlite3_column_int64(st, 10), w1 = sqlite3_column_int64(st, 11),
                     output = sqlite3_column_int64(st, 12), reasoning = sqlite3_column_int64(st, 13);
        const bool priced = sqlite3_column_type(st, 14) != SQLITE_NULL;
        const double usd = priced ? double(sqlite3_column_int64(st, 14)) / 1e9 : 0.0;
        const qint64 input = uncached + read + w5 + w1;

        auto [it, fresh] = flowIndex.try_emplace(pack(workflow, provider, model), flows.size());
        if (fresh) {
            flows.emplace_back();
            flows.back().t.workflow = names.text(workflow);
            flows.back().t.provider = names.text(provider);
            flows.back().t.model = names.text(model);
        }
        Building& b = flows[it->second];
        b.t.calls += calls;
        std::vector<double>& centerArrivals = byCostCenter[centerOrUntagged];
        for (qint64 i = 0; i < calls; ++i) {
            centerArrivals.push_back(at);
            b.t.arrivals.push_back(at);
            b.inputs.push_back(input / calls);
        }
        if (read + w5 + w1 > 0)
            for (qint64 i = 0; i < calls; ++i)
                b.cached.push_back((read + w5 + w1) / calls);
        b.t.uncachedInputTokens += uncached;
        b.t.cacheReadTokens += read;
        b.t.cacheWrite5mTokens += w5;
        b.t.cacheWrite1hTokens += w1;
        b.spend += usd;

        // the class: a task_class tag on the call, else its names and tokens (a vote for its workflow's class)
        auto [chosen, firstSeen] = overridden.try_emplace(workflow, false);
        if (firstSeen)
            chosen->second = classOverrides.contains(names.text(workflow));
        std::optional<TaskClass> tag;
        if (!chosen->second && sqlite3_column_bytes(st, 18) > 0) {
            const QJsonObject attrs = QJsonDocument::fromJson(
                QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 18)), sqlite3_column_bytes(st, 18)))
                                          .object();
            tag = classFromId(attrs.value(QStringLiteral("task_class")).toString());
        }
        std::optional<TaskClass> cls = tag;
        if (!cls) {
            const int operation = names.id(st, 5), agent = names.id(st, 6);
            auto [n, firstName] = byName.try_emplace(pack(project, operation, agent));
            if (firstName)
                n->second = classifyByName(names.text(project), names.text(operation), names.text(agent));
            cls = n->second;
        }
        if (!cls)
            cls = classifyByTokens(input / calls, output / calls, reasoning / calls);
        classCalls.try_emplace(workflow).first->second[size_t(*cls)] += calls;
        LoadSums& c = tag ? tagged[*tag] : byWorkflow[workflow];
        c.input += double(input);
        c.output += double(output + reasoning);
        c.spend += usd;
        c.spendByModel[model] += usd;
        if (sqlite3_column_int64(st, 15) != 0) { // a task's first call counts the task
            c.tasks += 1;
            const bool accepted
                = sqlite3_column_bytes(st, 16) == 8 && std::memcmp(sqlite3_column_text(st, 16), "accepted", 8) == 0;
            c.accepted += accepted ? 1 : 0;
            c.firstTime += sqlite3_column_int64(st, 17) != 0 ? 1 : 0;
        }
        if (priced) {
            out.tokensPerMonth += double(input + output + reasoning);
            out.apiUsdPerMonth += usd;
        }
    }
    if (rc != SQLITE_DONE)
        return Store::sqlError(ws.path(), QStringLiteral("Planner: events"), QString::fromUtf8(sqlite3_errmsg(h)));

    out.tokensPerMonth = window.perMonth(out.tokensPerMonth);
    out.apiUsdPerMonth = window.perMonth(out.apiUsdPerMonth);
    std::stable_sort(
        flows.begin(), flows.end(), [](const Building& a, const Building& b) { return a.spend > b.spend; });
    for (Building& b : flows) {
        b.t.minInputPerCall = b.inputs.empty() ? 0 : *std::min_element(b.inputs.begin(), b.inputs.end());
        b.t.medianInputPerCall = median(b.inputs);
        b.t.medianCachedPerCall = median(b.cached);
        std::vector<qint64> gaps; // ms, exact
        gaps.reserve(b.t.arrivals.size());
        qint64 under5m = 0;
        for (size_t i = 1; i < b.t.arrivals.size(); ++i) {
            const qint64 gap = qint64((b.t.arrivals[i] - b.t.arrivals[i - 1]) * 1000 + 0.5);
            gaps.push_back(gap);
            under5m += gap < 300'000 ? 1 : 0;
        }
        b.t.medianGapSeconds = double(median(gaps)) / 1000.0;
        b.t.shareGapsUnder5m = gaps.empty() ? 0.0 : double(under5m) / double(gaps.size());
        out.workflows.push_back(std::move(b.t));
    }
    std::map<TaskClass, LoadSums> classes = std::move(tagged);
    std::map<TaskClass, QStringList> workflowsOf;
    for (const auto& [workflow, counts] : classCalls) {
        const QString& name = names.text(workflow);
        size_t best = 0;
        for (size_t c = 1; c < counts.size(); ++c)
            if (counts[c] > counts[best])
                best = c;
        const TaskClass cls = classOverrides.contains(name) ? classOverrides.value(name) : TaskClass(best);
        out.workflowClass.insert(name, cls);
        if (const auto it = byWorkflow.find(workflow); it != byWorkflow.end()) {
            classes[cls].add(it->second);
            workflowsOf[cls] << name;
        }
    }
    for (auto& [cls, c] : classes) {
        ClassTraffic& t = out.classes[cls];
        t.load.inputTokens = window.perMonth(c.input);
        t.load.outputTokens = window.perMonth(c.output);
        t.load.spendUsd = window.perMonth(c.spend);
        t.load.outcomes = window.perMonth(c.accepted);
        t.load.correctionRate = c.accepted > 0 ? (c.accepted - c.firstTime) / c.accepted : 0.0;
        double top = -1;
        for (const auto& [model, usd] : c.spendByModel)
            if (usd > top || (usd == top && names.text(model) < t.topModel)) {
                top = usd;
                t.topModel = names.text(model);
            }
        t.workflows = workflowsOf[cls];
        t.workflows.sort();
    }
    for (auto& [center, arrivals] : byCostCenter)
        out.costCenterArrivals[names.text(center)] = std::move(arrivals);
    return out;
}

std::vector<CacheOpportunity> cacheOpportunities(
    const Traffic& traffic, const Pricing::PriceCatalog& catalog, qint64 minCalls)
{
    std::vector<CacheOpportunity> out;
    const Window& w = traffic.window;
    for (const WorkflowTraffic& t : traffic.workflows) {
        CacheOpportunity o;
        o.workflow = t.workflow;
        o.provider = t.provider;
        o.model = t.model;
        o.calls = t.calls;
        o.medianGapSeconds = t.medianGapSeconds;
        o.shareGapsUnder5m = t.shareGapsUnder5m;
        // no prefix every call shares is longer than the shortest prompt
        o.prefixSeen = t.medianCachedPerCall > 0;
        o.prefixTokens = o.prefixSeen ? std::min(t.medianCachedPerCall, t.minInputPerCall) : t.minInputPerCall;
        const Pricing::PriceEntry* price = catalog.find(t.model, w.toMs - 1);
        if (!price) {
            o.note = Text::tr("No price for %1: nothing to save in dollars.").arg(t.model);
            out.push_back(o);
            continue;
        }
        const Pricing::Rates& r = price->rates;
        // realized: every cached token read instead of input, less the write premiums actually paid
        const double realized = (double(t.cacheReadTokens) * double(r.input - r.cacheRead)
                                    - double(t.cacheWrite5mTokens) * double(r.cacheWrite5m - r.input)
                                    - double(t.cacheWrite1hTokens) * double(r.cacheWrite1h - r.input))
            / 1e12;
        o.realizedUsdPerMonth = w.perMonth(realized);
        // a workflow already writing 1-hour entries keeps its TTL
        const std::optional<Ttl> ttl
            = t.cacheWrite1hTokens > t.cacheWrite5mTokens ? std::optional<Ttl>(Ttl::OneHour) : std::nullopt;
        const auto model = cacheModelFor(*price, ttl);
        if (!model) {
            o.note = Text::tr("%1 has no prompt cache the planner models.").arg(t.provider);
        } else if (t.calls < minCalls) {
            o.note = Text::tr("Only %n call(s): too few to replay their arrivals.", nullptr, int(t.calls));
        } else {
            const CacheOutcome sim = simulate(*model, RequestShape { o.prefixTokens, 0, 0 }, t.arrivals);
            o.simulatedHitRate = sim.hitRate();
            o.potentialUsdPerMonth = w.perMonth(sim.withoutUsd - sim.withUsd);
            if (*o.potentialUsdPerMonth < o.realizedUsdPerMonth)
                o.note = Text::tr("Its calls already cache more than one prefix they all share (a context that grows "
                                  "within a task).");
            if (model->rules.cachedTokens(o.prefixTokens) == 0)
                o.note = Text::tr("A %1-token prefix is below %2's minimum of %3 tokens.")
                             .arg(o.prefixTokens)
                             .arg(t.model)
                             .arg(model->rules.minTokens);
        }
        out.push_back(o);
    }
    std::stable_sort(out.begin(), out.end(), [](const CacheOpportunity& a, const CacheOpportunity& b) {
        return a.unrealizedUsdPerMonth() > b.unrealizedUsdPerMonth();
    });
    return out;
}

} // namespace Planning
