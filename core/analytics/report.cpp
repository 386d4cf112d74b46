// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/report.h"

#include "core/analytics/rollupquery.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/store/measures.h"
#include "core/store/workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Analytics {

namespace {

    using namespace Rollup;

    nlohmann::json optionalNumber(const std::optional<double>& v)
    {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
    }

    nlohmann::json kpisJson(const Kpis& k)
    {
        nlohmann::json unpriced = nlohmann::json::array();
        for (const QString& m : k.unpricedModels)
            unpriced.push_back(m.toStdString());
        nlohmann::json j;
        j["list_cost_usd"] = Money::nanoToUsd(k.listCostNano);
        j["reported_cost_usd"]
            = k.reportedEvents ? nlohmann::json(Money::nanoToUsd(k.reportedCostNano)) : nlohmann::json(nullptr);
        j["calls"] = k.calls;
        j["events"] = k.events;
        j["uncached_input_tokens"] = k.tokens.uncachedInput;
        j["cache_read_tokens"] = k.tokens.cacheRead;
        j["cache_write_5m_tokens"] = k.tokens.cacheWrite5m;
        j["cache_write_1h_tokens"] = k.tokens.cacheWrite1h;
        j["output_tokens"] = k.tokens.output;
        j["reasoning_tokens"] = k.tokens.reasoning;
        j["tasks"] = k.tasks;
        j["accepted_tasks"] = k.acceptedTasks;
        j["cost_per_task_usd"] = optionalNumber(k.costPerTaskUsd());
        j["cpso_usd"] = optionalNumber(k.cpsoUsd());
        j["rework_rate"] = optionalNumber(k.reworkRate());
        j["token_efficiency"] = optionalNumber(k.tokenEfficiency());
        j["cache_hit_rate"] = optionalNumber(k.cacheHitRate());
        j["unpriced_calls"] = k.unpricedCalls;
        j["unpriced_models"] = unpriced;
        // exact amounts beside the float ones, for consumers that add them up
        j["list_cost_nusd"] = k.listCostNano;
        // a provider's cost export alone: the reported cost is the spend, and there are no calls to measure
        j["cost_only"] = k.costOnly();
        return j;
    }

    /** Sums of every measure per group key over the filter's range. */
    struct Sums
    {
        QMap<QString, Kpis> byKey;
        QMap<QString, QStringList> unpriced; // key → models
    };

    /** `rollupKey` / `eventsKey`: the group expression over daily_rollup / events ("''" for the totals). */
    Result<Sums> sums(Store::Workspace& ws, const Filter& filter, const QString& rollupKey, const QString& eventsKey)
    {
        Sums out;
        QSqlQuery q(ws.db());
        for (const Slice& s : slicesFor(filter)) {
            const QString table = s.rollup ? QStringLiteral("daily_rollup") : QStringLiteral("events");
            const QString key = s.rollup ? rollupKey : eventsKey;
            const Where w = whereFor(s, filter);
            if (auto r = exec(ws, q,
                    QStringLiteral("SELECT %1, %2 FROM %3%4 GROUP BY 1")
                        .arg(key, Store::measureSums(!s.rollup), table, w.sql),
                    w.binds);
                !r)
                return r.error();
            while (q.next())
                out.byKey[q.value(0).toString()] += readKpis(q, 1);
            const Where u = whereFor(
                s, filter, s.rollup ? QStringLiteral("unpriced_calls > 0") : QStringLiteral("list_cost_nusd IS NULL"));
            if (auto r
                = exec(ws, q, QStringLiteral("SELECT DISTINCT %1, model FROM %2%3").arg(key, table, u.sql), u.binds);
                !r)
                return r.error();
            while (q.next()) {
                QStringList& models = out.unpriced[q.value(0).toString()];
                if (!models.contains(q.value(1).toString()))
                    models.append(q.value(1).toString());
            }
        }
        for (auto it = out.byKey.begin(); it != out.byKey.end(); ++it) {
            QStringList models = out.unpriced.value(it.key());
            std::sort(models.begin(), models.end());
            it->unpricedModels = models;
        }
        return out;
    }

} // namespace

Result<std::optional<std::pair<qint64, qint64>>> timeSpan(Store::Workspace& ws)
{
    // two statements: SQLite answers a lone MIN() or MAX() from the index, but scans for both at once
    QSqlQuery q(ws.db());
    qint64 v[2] = { 0, 0 };
    for (int i = 0; i < 2; ++i) {
        if (auto r = exec(ws, q,
                i == 0 ? QStringLiteral("SELECT MIN(time_ms) FROM events")
                       : QStringLiteral("SELECT MAX(time_ms) FROM events"),
                {});
            !r)
            return r.error();
        if (!q.next() || q.value(0).isNull())
            return std::optional<std::pair<qint64, qint64>>();
        v[i] = q.value(0).toLongLong();
    }
    return std::optional<std::pair<qint64, qint64>>(std::pair { v[0], v[1] });
}

Result<Report> report(Store::Workspace& ws, const Filter& filter, Dimension by)
{
    Report rep;
    rep.by = by;
    auto span = timeSpan(ws);
    if (!span)
        return span.error();
    const auto s = span.value().value_or(std::pair<qint64, qint64> { 0, -1 });
    rep.fromMs = filter.fromMs.value_or(s.first);
    rep.toMs = filter.toMs.value_or(s.second + 1);

    auto totals = sums(ws, filter, QStringLiteral("''"), QStringLiteral("''"));
    if (!totals)
        return totals.error();
    rep.totals = totals.value().byKey.value(QString(QLatin1String("")));
    if (by != Dimension::None) {
        const QString col = dimensionColumn(by);
        auto groups = sums(ws, filter, col, col);
        if (!groups)
            return groups.error();
        for (auto it = groups.value().byKey.cbegin(); it != groups.value().byKey.cend(); ++it)
            rep.groups.append(Group { it.key(), it.value() });
        std::sort(rep.groups.begin(), rep.groups.end(), [](const Group& a, const Group& b) {
            if (a.kpis.listCostNano != b.kpis.listCostNano)
                return a.kpis.listCostNano > b.kpis.listCostNano;
            return a.key < b.key;
        });
    }
    return rep;
}

QByteArray reportToJson(const Report& r)
{
    nlohmann::json j;
    j["from"] = TimeUtil::toIso(r.fromMs).toStdString();
    j["to"] = TimeUtil::toIso(r.toMs).toStdString();
    if (r.by != Dimension::None)
        j["by"] = dimensionName(r.by).toStdString();
    j["totals"] = kpisJson(r.totals);
    nlohmann::json groups = nlohmann::json::array();
    for (const Group& g : r.groups) {
        nlohmann::json gj = kpisJson(g.kpis);
        gj["key"] = g.key.toStdString();
        groups.push_back(std::move(gj));
    }
    j["groups"] = std::move(groups);
    return QByteArray::fromStdString(j.dump(2));
}

Result<QList<Discrepancy>> discrepancies(Store::Workspace& ws, const Filter& filter, double threshold)
{
    auto r = sums(ws, filter, QStringLiteral("day || char(31) || model"),
        QStringLiteral("(time_ms / 86400000) || char(31) || model"));
    if (!r)
        return r.error();
    QList<Discrepancy> out;
    for (auto it = r.value().byKey.cbegin(); it != r.value().byKey.cend(); ++it) {
        const Kpis& k = it.value();
        if (k.reportedEvents == 0)
            continue;
        const qsizetype sep = it.key().indexOf(QChar(31));
        Discrepancy d;
        d.day = it.key().left(sep).toLongLong() * TimeUtil::MsPerDay;
        d.model = it.key().mid(sep + 1);
        // Calls that state their own cost are compared with their own list cost. A cost-only row (a provider's
        // cost export) states the cost of calls imported without one (its usage export): those are compared too.
        d.reportedCostNano = k.reportedCostNano;
        d.listCostNano = k.costRowReportedNano != 0 ? k.listCostNano : k.reportedListCostNano;
        d.events = k.events;
        d.reportedEvents = k.reportedEvents;
        if (d.listCostNano != 0)
            d.relative = double(d.reportedCostNano - d.listCostNano) / double(d.listCostNano);
        if (d.relative && std::abs(*d.relative) <= threshold)
            continue;
        out.append(std::move(d));
    }
    std::sort(out.begin(), out.end(), [](const Discrepancy& a, const Discrepancy& b) {
        const qint64 da = std::abs(a.reportedCostNano - a.listCostNano),
                     db = std::abs(b.reportedCostNano - b.listCostNano);
        if (da != db)
            return da > db;
        return a.day != b.day ? a.day < b.day : a.model < b.model;
    });
    return out;
}

Result<DailySeries> dailyCost(Store::Workspace& ws, const Filter& filter, Dimension by, CostBasis basis)
{
    // group key: "day<US>value"
    const QString col = by == Dimension::None ? QStringLiteral("''") : dimensionColumn(by);
    auto r = sums(ws, filter, QStringLiteral("day || char(31) || ") + col,
        QStringLiteral("(time_ms / 86400000) || char(31) || ") + col);
    if (!r)
        return r.error();
    QMap<qint64, QHash<QString, qint64>> byDay;
    QHash<QString, qint64> totals;
    for (auto it = r.value().byKey.cbegin(); it != r.value().byKey.cend(); ++it) {
        const qsizetype sep = it.key().indexOf(QChar(31));
        const qint64 day = it.key().left(sep).toLongLong();
        const QString key = it.key().mid(sep + 1);
        const qint64 cost = basis == CostBasis::List ? it->listCostNano : it->reportedCostNano;
        byDay[day][key] += cost;
        totals[key] += cost;
    }
    DailySeries s;
    s.keys = totals.keys();
    std::sort(s.keys.begin(), s.keys.end(),
        [&](const QString& a, const QString& b) { return totals[a] != totals[b] ? totals[a] > totals[b] : a < b; });
    if (!byDay.isEmpty()) { // every day of the range, also those without spend
        const qint64 first = filter.fromMs ? floorDay(*filter.fromMs) : byDay.firstKey();
        const qint64 last = filter.toMs ? floorDay(*filter.toMs - 1) : byDay.lastKey();
        for (qint64 d = first; d <= last; ++d)
            s.days.append(d * TimeUtil::MsPerDay);
    }
    for (const QString& k : s.keys) {
        QList<qint64> row;
        row.reserve(s.days.size());
        for (qint64 day : s.days)
            row.append(byDay.value(day / TimeUtil::MsPerDay).value(k));
        s.values.append(std::move(row));
    }
    return s;
}

Result<QMap<QString, AnswerLength>> answerLengths(Store::Workspace& ws)
{
    auto r = report(ws, {}, Dimension::Model);
    if (!r)
        return r.error();
    QMap<QString, AnswerLength> out;
    auto add = [&out](const QString& key, const Kpis& k) {
        if (k.calls > 0)
            out.insert(key, { k.calls, k.tokens.output + k.tokens.reasoning });
    };
    add(QString(), r.value().totals);
    for (const Group& g : r.value().groups)
        add(g.key, g.kpis);
    return out;
}

AnswerLength answerLengthOf(const QMap<QString, AnswerLength>& lengths, const QString& family,
    const Pricing::PriceCatalog& catalog, qint64 atMs)
{
    AnswerLength sum;
    for (auto it = lengths.cbegin(); it != lengths.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        const Pricing::PriceEntry* price = catalog.find(it.key(), atMs);
        if (it.key() == family || (price && price->model == family)) {
            sum.calls += it->calls;
            sum.tokens += it->tokens;
        }
    }
    return sum;
}

} // namespace Analytics
