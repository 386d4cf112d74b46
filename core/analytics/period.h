// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"

#include <QString>

#include <optional>
#include <utility>

namespace Analytics {

/** A workspace's first and last event (ms, UTC); nullopt for a workspace without events. */
using TimeSpan = std::optional<std::pair<qint64, qint64>>;

/**
 * A period as the window offers it: relative to the workspace's last event (the last N days, its calendar month),
 * all of its data, or fixed dates. One value serves every analysis page and is remembered per workspace.
 */
struct PeriodChoice
{
    enum class Kind { LastDays, CalendarMonth, AllTime, Custom };
    Kind kind = Kind::AllTime;
    int days = 30; // LastDays: whole UTC days up to and including the last event's day
    Filter custom; // Custom: [fromMs, toMs)

    static PeriodChoice allTime() { return {}; }
    static PeriodChoice lastDays(int days);
    static PeriodChoice calendarMonth();
    /** The UTC days `first` … `last`, both included. */
    static PeriodChoice customDays(qint64 firstDayMs, qint64 lastDayMs);

    bool operator==(const PeriodChoice& o) const;

    /** A compact text for settings: "all", "month", "last:30", "custom:FROM_MS:TO_MS". */
    QString toString() const;
    /** The inverse of toString(); nullopt for anything else. */
    static std::optional<PeriodChoice> fromString(const QString& text);
};

/** The period `choice` names, given the workspace's first and last event (nullopt: empty workspace). CalendarMonth
 * is the whole UTC month of the last event. */
Filter resolvePeriod(const PeriodChoice& choice, const TimeSpan& span);

/** The last `days` whole UTC days up to and including the day of `lastEventMs`. */
Filter lastDays(qint64 lastEventMs, int days);

} // namespace Analytics
