// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/overview.h"

#include "core/common/timeutil.h"

namespace Analytics {

Result<Overview> overview(const QString& path, const Range& range)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    Overview o;
    auto span = timeSpan(*ws.value());
    if (!span)
        return span.error();
    o.span = span.value();
    o.applied = range.lastDays > 0 && o.span ? lastDays(o.span->second, range.lastDays) : range.filter;
    const Filter& filter = o.applied;
    auto cc = report(*ws.value(), filter, Dimension::CostCenter);
    if (!cc)
        return cc.error();
    o.byCostCenter = std::move(cc).value();
    auto models = report(*ws.value(), filter, Dimension::Model);
    if (!models)
        return models.error();
    o.byModel = std::move(models).value();
    auto daily = dailyCost(*ws.value(), filter, Dimension::CostCenter);
    if (!daily)
        return daily.error();
    o.dailyByCostCenter = std::move(daily).value();
    return o;
}

Filter lastDays(qint64 lastEventMs, int days)
{
    Filter f;
    const qint64 end = TimeUtil::dayStart(lastEventMs) + TimeUtil::MsPerDay;
    f.toMs = end;
    f.fromMs = end - qint64(days) * TimeUtil::MsPerDay;
    return f;
}

} // namespace Analytics
