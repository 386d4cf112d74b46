// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/kpis.h"

#include <QString>

#include <optional>

/** Display formatting shared by models and pages; "—" stands for a metric that cannot be computed. */
namespace Format {
QString count(qint64 n); // 1,234,567
QString compact(qint64 n); // 1.2M
QString percent(double ratio); // 12.3%
QString optionalPercent(const std::optional<double>& ratio);
QString optionalUsd(const std::optional<double>& usd);
QString usd(double usd);
/** Nano-dollars for people in the default locale: "$1,234.50", "1.234,50 $", "$0.0042". */
QString money(qint64 nano);
/** A day and short month in the default locale's order, for QDateTime formats: "MMM d" (Oct 29), "d. MMM"
 * (29. Okt.), "d MMM" (29 жовт.). */
QString dayMonthPattern();
QString groupLabel(const QString& key); // "" → "Unattributed"
/** A group's label for its dimension: an empty model is "(no model name)", an empty owner dimension "Unattributed". */
QString groupLabel(const QString& key, Analytics::Dimension by);
QString dimensionTitle(Analytics::Dimension d);

/** The KPIs every table shows; their definitions (DESIGN.md) are the tooltips of their column headers. */
enum class Kpi { CostPerTask, Cpso, ReworkRate, TokenEfficiency, CacheHitRate };
QString definition(Kpi k);
} // namespace Format
