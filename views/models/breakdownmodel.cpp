// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/breakdownmodel.h"

#include "core/common/money.h"
#include "views/models/format.h"

BreakdownModel::BreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BreakdownModel::setReport(Analytics::Report report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.groups.size());
}

int BreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QString BreakdownModel::definition(Columns column)
{
    switch (column) {
    case Spend:
        return tr("List cost: tokens in each of the six buckets × the price valid at the time of the call. Calls to "
                  "models without a known price are not counted (they are listed as unpriced, never as $0).");
    case Share:
        return tr("Share of the list cost of the period.");
    case Calls:
        return tr("LLM calls (a provider's aggregated bucket counts its requests).");
    case CostPerTask:
        return Format::definition(Format::Kpi::CostPerTask);
    case Cpso:
        return Format::definition(Format::Kpi::Cpso);
    case ReworkRate:
        return Format::definition(Format::Kpi::ReworkRate);
    case TokenEfficiency:
        return Format::definition(Format::Kpi::TokenEfficiency);
    case CacheHitRate:
        return Format::definition(Format::Kpi::CacheHitRate);
    case Key:
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return definition(Columns(section));
    if (role == Qt::TextAlignmentRole)
        return section == Key ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return Format::dimensionTitle(m_report.by);
    case Spend:
        return tr("Spend");
    case Share:
        return tr("Share");
    case Calls:
        return tr("Calls");
    case CostPerTask:
        return tr("Cost / task");
    case Cpso:
        return tr("CPSO");
    case ReworkRate:
        return tr("Rework");
    case TokenEfficiency:
        return tr("Token eff.");
    case CacheHitRate:
        return tr("Cache hits");
    }
    return {};
}

QVariant BreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Analytics::Group& g = m_report.groups[index.row()];
    const Analytics::Kpis& k = g.kpis;
    // a period with only cost exports: its spend is what providers reported
    const bool reported = m_report.totals.costOnly();
    const qint64 spend = reported ? k.reportedCostNano : k.listCostNano;
    const qint64 total = reported ? m_report.totals.reportedCostNano : m_report.totals.listCostNano;
    const double share = total > 0 ? double(spend) / double(total) : 0.0;
    const bool onlyUnpriced = k.calls > 0 && k.unpricedCalls == k.calls;

    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Key && g.key.isEmpty() && m_report.by == Analytics::Dimension::Model)
            return tr("Calls whose source names no model (an export not grouped by model): they cannot be priced.");
        if (index.column() == Key && g.key.isEmpty())
            return tr(
                "Calls that no cost center, team or owner claims: attribute their API keys to stop shadow spend.");
        if (index.column() == Spend && reported)
            return tr("Reported by the provider's cost export: there are no calls to price in this period.");
        if (index.column() == Spend && k.unpricedCalls)
            return tr("%n call(s) to unpriced models not included: %1", nullptr, int(k.unpricedCalls))
                .arg(k.unpricedModels.join(QStringLiteral(", ")));
        return definition(Columns(index.column()));
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Key:
            return Format::groupLabel(g.key, m_report.by);
        case Spend:
            return onlyUnpriced ? tr("unpriced") : Format::money(spend);
        case Share:
            return Format::percent(share);
        case Calls:
            return Format::count(k.calls);
        case CostPerTask:
            return Format::optionalUsd(k.costPerTaskUsd());
        case Cpso:
            return Format::optionalUsd(k.cpsoUsd());
        case ReworkRate:
            return Format::optionalPercent(k.reworkRate());
        case TokenEfficiency:
            return Format::optionalPercent(k.tokenEfficiency());
        case CacheHitRate:
            return Format::optionalPercent(k.cacheHitRate());
        }
    }
    if (role == SortRole || role == RawValueRole) {
        auto opt = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(-1.0); };
        switch (index.column()) {
        case Key:
            return g.key;
        case Spend:
            return spend;
        case Share:
            return share;
        case Calls:
            return k.calls;
        case CostPerTask:
            return opt(k.costPerTaskUsd());
        case Cpso:
            return opt(k.cpsoUsd());
        case ReworkRate:
            return opt(k.reworkRate());
        case TokenEfficiency:
            return opt(k.tokenEfficiency());
        case CacheHitRate:
            return opt(k.cacheHitRate());
        }
    }
    return {};
}
