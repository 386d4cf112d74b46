// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/kpis.h"

#include "core/common/money.h"

namespace Analytics {

namespace {
    struct DimInfo
    {
        Dimension d;
        const char* name;
    };
    const DimInfo Dims[] = { { Dimension::CostCenter, "cost_center" }, { Dimension::Team, "team" },
        { Dimension::Owner, "owner" }, { Dimension::Model, "model" }, { Dimension::Provider, "provider" },
        { Dimension::ApiKey, "api_key" }, { Dimension::Project, "project" } };
} // namespace

QString dimensionName(Dimension d)
{
    for (const DimInfo& i : Dims)
        if (i.d == d)
            return QString::fromLatin1(i.name);
    return {};
}

QString dimensionColumn(Dimension d)
{
    return dimensionName(d); // columns carry the DESIGN.md field names
}

std::optional<Dimension> parseDimension(QStringView name)
{
    for (const DimInfo& i : Dims)
        if (name == QLatin1String(i.name))
            return i.d;
    return std::nullopt;
}

Kpis& Kpis::operator+=(const Kpis& o)
{
    listCostNano += o.listCostNano;
    reportedCostNano += o.reportedCostNano;
    reportedEvents += o.reportedEvents;
    calls += o.calls;
    events += o.events;
    tokens.uncachedInput += o.tokens.uncachedInput;
    tokens.cacheRead += o.tokens.cacheRead;
    tokens.cacheWrite5m += o.tokens.cacheWrite5m;
    tokens.cacheWrite1h += o.tokens.cacheWrite1h;
    tokens.output += o.tokens.output;
    tokens.reasoning += o.tokens.reasoning;
    tasks += o.tasks;
    acceptedTasks += o.acceptedTasks;
    taskCostNano += o.taskCostNano;
    reworkCostNano += o.reworkCostNano;
    taskTokens += o.taskTokens;
    firstTimeTokens += o.firstTimeTokens;
    unpricedCalls += o.unpricedCalls;
    reportedListCostNano += o.reportedListCostNano;
    costRowReportedNano += o.costRowReportedNano;
    return *this;
}

std::optional<double> Kpis::costPerTaskUsd() const
{
    if (tasks == 0)
        return std::nullopt;
    return Money::nanoToUsd(taskCostNano) / double(tasks);
}

std::optional<double> Kpis::cpsoUsd() const
{
    if (acceptedTasks == 0)
        return std::nullopt;
    return Money::nanoToUsd(listCostNano) / double(acceptedTasks);
}

std::optional<double> Kpis::reworkRate() const
{
    if (taskCostNano == 0) // no priced task calls in scope (a task may start before the range)
        return std::nullopt;
    return double(reworkCostNano) / double(taskCostNano);
}

std::optional<double> Kpis::tokenEfficiency() const
{
    if (taskTokens == 0)
        return std::nullopt;
    return double(firstTimeTokens) / double(taskTokens);
}

std::optional<double> Kpis::cacheHitRate() const
{
    const qint64 in = tokens.input();
    if (in == 0)
        return std::nullopt;
    return double(tokens.cacheRead) / double(in);
}

} // namespace Analytics
