// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/format.h"

#include "core/common/money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Format {

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString compact(qint64 n)
{
    const double a = std::abs(double(n));
    if (a >= 1e9)
        return QCoreApplication::translate("Format", "%1B", "billions: 1.2B")
            .arg(QLocale().toString(double(n) / 1e9, 'f', 1));
    if (a >= 1e6)
        return QCoreApplication::translate("Format", "%1M", "millions: 4.3M")
            .arg(QLocale().toString(double(n) / 1e6, 'f', 1));
    if (a >= 1e4)
        return QCoreApplication::translate("Format", "%1k", "thousands: 374k")
            .arg(QLocale().toString(double(n) / 1e3, 'f', 0));
    return count(n);
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

QString optionalPercent(const std::optional<double>& ratio)
{
    return ratio ? percent(*ratio) : QStringLiteral("—");
}

QString usd(double v)
{
    const double a = std::abs(v);
    const int decimals = a != 0 && a < 0.01 ? 4 : (a < 10 ? 3 : 2);
    return Money::formatUsdAmount(v, decimals, QLocale());
}

QString dayMonthPattern()
{
    const QLocale locale;
    if (locale.language() == QLocale::C || !locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('d')))
        return QStringLiteral("MMM d");
    return locale.language() == QLocale::German ? QStringLiteral("d. MMM") : QStringLiteral("d MMM");
}

QString money(qint64 nano)
{
    return Money::displayUsd(nano);
}

QString optionalUsd(const std::optional<double>& v)
{
    return v ? usd(*v) : QStringLiteral("—");
}

QString groupLabel(const QString& key)
{
    return key.isEmpty() ? QCoreApplication::translate("Format", "Unattributed") : key;
}

QString groupLabel(const QString& key, Analytics::Dimension by)
{
    if (key.isEmpty() && by == Analytics::Dimension::Model)
        return QCoreApplication::translate("Format", "(no model name)");
    if (key.isEmpty() && by == Analytics::Dimension::Provider)
        return QCoreApplication::translate("Format", "(no provider)");
    return groupLabel(key);
}

QString dimensionTitle(Analytics::Dimension d)
{
    switch (d) {
    case Analytics::Dimension::CostCenter:
        return QCoreApplication::translate("Format", "Cost center");
    case Analytics::Dimension::Team:
        return QCoreApplication::translate("Format", "Team");
    case Analytics::Dimension::Owner:
        return QCoreApplication::translate("Format", "Owner");
    case Analytics::Dimension::Model:
        return QCoreApplication::translate("Format", "Model");
    case Analytics::Dimension::Provider:
        return QCoreApplication::translate("Format", "Provider");
    case Analytics::Dimension::ApiKey:
        return QCoreApplication::translate("Format", "API key");
    case Analytics::Dimension::Project:
        return QCoreApplication::translate("Format", "Project");
    case Analytics::Dimension::None:
        break;
    }
    return QCoreApplication::translate("Format", "Group");
}

QString definition(Kpi k)
{
    switch (k) {
    case Kpi::CostPerTask:
        return QCoreApplication::translate("Format",
            "Cost per task: the cost of all calls of a task (every attempt, every agent step), averaged over tasks. A "
            "task counts once, on its first call.");
    case Kpi::Cpso:
        return QCoreApplication::translate("Format",
            "CPSO, cost per successful outcome: total list cost / number of tasks whose final outcome is accepted.");
    case Kpi::ReworkRate:
        return QCoreApplication::translate("Format",
            "Rework rate: share of the cost of task calls spent on attempts after the first (re-runs and fixes of "
            "model "
            "errors). Tasks finally rejected count as waste, not rework.");
    case Kpi::TokenEfficiency:
        return QCoreApplication::translate("Format",
            "Token efficiency: share of task tokens spent on tasks accepted at their first attempt. Token waste is its "
            "complement.");
    case Kpi::CacheHitRate:
        return QCoreApplication::translate(
            "Format", "Cache hit rate: cache-read tokens / all input tokens (uncached + cache read + cache writes).");
    }
    return {};
}

} // namespace Format
