// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/period.h"

#include "core/common/timeutil.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace Analytics {

PeriodChoice PeriodChoice::lastDays(int days)
{
    PeriodChoice c;
    c.kind = Kind::LastDays;
    c.days = days;
    return c;
}

PeriodChoice PeriodChoice::calendarMonth()
{
    PeriodChoice c;
    c.kind = Kind::CalendarMonth;
    return c;
}

PeriodChoice PeriodChoice::customDays(qint64 firstDayMs, qint64 lastDayMs)
{
    PeriodChoice c;
    c.kind = Kind::Custom;
    c.custom.fromMs = TimeUtil::dayStart(firstDayMs);
    c.custom.toMs = TimeUtil::dayStart(lastDayMs) + TimeUtil::MsPerDay;
    return c;
}

bool PeriodChoice::operator==(const PeriodChoice& o) const
{
    if (kind != o.kind)
        return false;
    switch (kind) {
    case Kind::LastDays:
        return days == o.days;
    case Kind::Custom:
        return custom.fromMs == o.custom.fromMs && custom.toMs == o.custom.toMs;
    case Kind::CalendarMonth:
    case Kind::AllTime:
        break;
    }
    return true;
}

QString PeriodChoice::toString() const
{
    switch (kind) {
    case Kind::LastDays:
        return QStringLiteral("last:%1").arg(days);
    case Kind::CalendarMonth:
        return QStringLiteral("month");
    case Kind::Custom:
        return QStringLiteral("custom:%1:%2").arg(custom.fromMs.value_or(0)).arg(custom.toMs.value_or(0));
    case Kind::AllTime:
        break;
    }
    return QStringLiteral("all");
}

std::optional<PeriodChoice> PeriodChoice::fromString(const QString& text)
{
    if (text == QLatin1String("all"))
        return allTime();
    if (text == QLatin1String("month"))
        return calendarMonth();
    const QStringList parts = text.split(QLatin1Char(':'));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2 && parts[0] == QLatin1String("last")) {
        const int days = parts[1].toInt(&ok1);
        if (ok1 && days > 0)
            return lastDays(days);
    } else if (parts.size() == 3 && parts[0] == QLatin1String("custom")) {
        PeriodChoice c;
        c.kind = Kind::Custom;
        c.custom.fromMs = parts[1].toLongLong(&ok1);
        c.custom.toMs = parts[2].toLongLong(&ok2);
        if (ok1 && ok2 && *c.custom.fromMs < *c.custom.toMs)
            return c;
    }
    return std::nullopt;
}

Filter lastDays(qint64 lastEventMs, int days)
{
    Filter f;
    const qint64 end = TimeUtil::dayStart(lastEventMs) + TimeUtil::MsPerDay;
    f.toMs = end;
    f.fromMs = end - qint64(days) * TimeUtil::MsPerDay;
    return f;
}

Filter resolvePeriod(const PeriodChoice& choice, const TimeSpan& span)
{
    switch (choice.kind) {
    case PeriodChoice::Kind::Custom:
        return choice.custom;
    case PeriodChoice::Kind::AllTime:
        return {};
    case PeriodChoice::Kind::LastDays:
        return span ? lastDays(span->second, choice.days) : Filter {};
    case PeriodChoice::Kind::CalendarMonth: {
        if (!span)
            return {};
        const QDate last = QDateTime::fromMSecsSinceEpoch(span->second, QTimeZone::utc()).date();
        const QDate first(last.year(), last.month(), 1);
        Filter f;
        f.fromMs = QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        f.toMs = QDateTime(first.addMonths(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        return f;
    }
    }
    return {};
}

} // namespace Analytics
