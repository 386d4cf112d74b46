// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/overview.h"

#include "core/common/timeutil.h"

namespace Analytics {

Result<Overview> overview(const QString& path, const PeriodChoice& period)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    Overview o;
    auto span = timeSpan(*ws.value());
    if (!span)
        return span.error();
    o.span = span.value();
    o.applied = resolvePeriod(period, o.span);
    const Filter& filter = o.applied;
    auto cc = report(*ws.value(), filter, Dimension::CostCenter);
    if (!cc)
        return cc.error();
    o.byCostCenter = std::move(cc).value();
    auto models = report(*ws.value(), filter, Dimension::Model);
    if (!models)
        return models.error();
    o.byModel = std::move(models).value();
    // a period with only cost exports has no list cost: its chart shows what the providers reported
    auto daily = dailyCost(*ws.value(), filter, Dimension::CostCenter,
        o.byCostCenter.totals.costOnly() ? CostBasis::Reported : CostBasis::List);
    if (!daily)
        return daily.error();
    o.dailyByCostCenter = std::move(daily).value();
    return o;
}

} // namespace Analytics
