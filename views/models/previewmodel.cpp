// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/previewmodel.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

namespace {
// a single call costs fractions of a cent: the preview shows the exact amount that is stored, "$0.01125"
QString exactUsd(qint64 nano)
{
    return (nano < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + Money::nanoToDecimalString(qAbs(nano), 2);
}
} // namespace

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PreviewModel::setEvents(QList<UsageEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= Uncached && section <= Reasoning)
        return tr("Tokens in Inferometer's six non-overlapping buckets, whatever the source's convention.");
    if (role == Qt::ToolTipRole && section == ReportedCost)
        return tr("What the source itself says the call cost, when it says so.");
    if (role == Qt::ToolTipRole && section == ListCost)
        return tr(
            "Computed from the price catalog valid at the call's time; \"unpriced\" when the model has no price.");
    if (role != Qt::DisplayRole)
        return {};
    // two lines where the numbers are narrower than the title, so that all columns fit a dialog
    static const char* const titles[] = { QT_TR_NOOP("Time (UTC)"), QT_TR_NOOP("Provider"), QT_TR_NOOP("Model"),
        QT_TR_NOOP("Cost\ncenter"), QT_TR_NOOP("Team"), QT_TR_NOOP("Calls"), QT_TR_NOOP("Uncached\ninput"),
        QT_TR_NOOP("Cache\nread"), QT_TR_NOOP("Cache\nwrite 5m"), QT_TR_NOOP("Cache\nwrite 1h"), QT_TR_NOOP("Output"),
        QT_TR_NOOP("Reasoning"), QT_TR_NOOP("Reported\ncost"), QT_TR_NOOP("List\ncost") };
    static_assert(std::size(titles) == NUM_COLUMNS);
    return tr(titles[section]);
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const UsageEvent& e = m_events[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Calls ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Model) // the column may elide it
        return e.model;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return TimeUtil::toIso(e.timeMs).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
        case Provider:
            return e.provider;
        case Model:
            return e.model;
        case CostCenter:
            return Format::groupLabel(e.costCenter);
        case Team:
            return Format::groupLabel(e.team);
        case Calls:
            return Format::count(e.calls);
        case Uncached:
            return Format::count(e.tokens.uncachedInput);
        case CacheRead:
            return Format::count(e.tokens.cacheRead);
        case CacheWrite5m:
            return Format::count(e.tokens.cacheWrite5m);
        case CacheWrite1h:
            return Format::count(e.tokens.cacheWrite1h);
        case Output:
            return Format::count(e.tokens.output);
        case Reasoning:
            return Format::count(e.tokens.reasoning);
        case ReportedCost:
            return e.reportedCostNano ? exactUsd(*e.reportedCostNano) : QString();
        case ListCost:
            return e.listCostNano ? exactUsd(*e.listCostNano) : tr("unpriced");
        }
    }
    if (role == SortRole || role == RawValueRole) {
        switch (index.column()) {
        case Time:
            return e.timeMs;
        case ReportedCost:
            return e.reportedCostNano.value_or(-1);
        case ListCost:
            return e.listCostNano.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}
