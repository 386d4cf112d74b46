// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/store/usagerepository.h"
#include "core/store/workspace.h"

#include <QList>

/**
 * The hand-built workspace of the budget tests. Times are UTC; Sep1 = 2026-09-01T00:00:00Z.
 *
 * Eng (budget $1,000; its own extra budget_percent rule at 5 %):
 *   08-31 12:00 $500 (last month)  09-01 10:00 $10   09-02 09:00 $20, 15:00 $10   09-03 12:00 $10
 *   09-04 12:00 $30   09-05 12:00 $20   09-06 12:00 $400 (after the as-of day 09-05)
 * Ops (budget $100, default rules):
 *   09-01 12:00 $2 (2 calls)  09-02 08:00 $3  09-03 09:00 $70, 18:30 $10  09-04 07:15 $5, 14:05 $12, 16:00 $3 (4 calls)
 *   09-05 10:00 $7 (2 calls), 11:00 unpriced (3 calls)
 */
namespace BudgetsTesting {

constexpr qint64 Sep1 = 1'788'220'800'000;
constexpr qint64 Day = 86'400'000;
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Usd = 1'000'000'000;

inline UsageEvent event(const QString& costCenter, qint64 timeMs, std::optional<qint64> usd, qint64 calls = 1)
{
    static int n = 0;
    UsageEvent e;
    e.timeMs = timeMs;
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("gpt-4o");
    e.costCenter = costCenter;
    e.calls = calls;
    e.callId = QStringLiteral("call-%1").arg(++n);
    if (usd)
        e.listCostNano = *usd * Usd;
    return e;
}

inline QList<UsageEvent> events()
{
    const QString eng = QStringLiteral("Eng"), ops = QStringLiteral("Ops");
    return {
        event(eng, Sep1 - Day + 12 * Hour, 500),
        event(eng, Sep1 + 10 * Hour, 10),
        event(eng, Sep1 + Day + 9 * Hour, 20),
        event(eng, Sep1 + Day + 15 * Hour, 10),
        event(eng, Sep1 + 2 * Day + 12 * Hour, 10),
        event(eng, Sep1 + 3 * Day + 12 * Hour, 30),
        event(eng, Sep1 + 4 * Day + 12 * Hour, 20),
        event(eng, Sep1 + 5 * Day + 12 * Hour, 400),
        event(ops, Sep1 + 12 * Hour, 2, 2),
        event(ops, Sep1 + Day + 8 * Hour, 3),
        event(ops, Sep1 + 2 * Day + 9 * Hour, 70),
        event(ops, Sep1 + 2 * Day + 18 * Hour + 30 * Minute, 10),
        event(ops, Sep1 + 3 * Day + 7 * Hour + 15 * Minute, 5),
        event(ops, Sep1 + 3 * Day + 14 * Hour + 5 * Minute, 12),
        event(ops, Sep1 + 3 * Day + 16 * Hour, 3, 4),
        event(ops, Sep1 + 4 * Day + 10 * Hour, 7, 2),
        event(ops, Sep1 + 4 * Day + 11 * Hour, std::nullopt, 3),
    };
}

inline bool insert(Store::Workspace& ws, const QList<UsageEvent>& list)
{
    Store::UsageRepository repo(ws);
    Store::Transaction tx(ws);
    Store::ChangeSet changes;
    return tx.begin().ok() && repo.insert(list, &changes).ok() && repo.refreshDerived(changes).ok() && tx.commit().ok();
}

} // namespace BudgetsTesting
