// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/discrepancymodel.h"
#include "views/models/colors.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

#include <QColor>

#include <limits>

DiscrepancyModel::DiscrepancyModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DiscrepancyModel::setDiscrepancies(QList<Analytics::Discrepancy> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DiscrepancyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscrepancyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant DiscrepancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ListCost:
            return tr("Tokens × the catalog price valid that day, for the model's calls that day.");
        case ReportedCost:
            return tr("What the source (provider cost export, gateway, tracer) says those calls cost.");
        case Relative:
            return tr("(reported − list) / list. Blank when there is no list cost to compare (unpriced model, or a "
                      "cost row without usage).");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day (UTC)");
    case Model:
        return tr("Model");
    case ListCost:
        return tr("List cost");
    case ReportedCost:
        return tr("Reported");
    case Difference:
        return tr("Difference");
    case Relative:
        return tr("Difference %");
    }
    return {};
}

QVariant DiscrepancyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Analytics::Discrepancy& d = m_rows[index.row()];
    const qint64 diff = d.reportedCostNano - d.listCostNano;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ListCost ? int(Qt::AlignRight | Qt::AlignVCenter)
                                          : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (index.column() == Difference || index.column() == Relative))
        return Colors::readable(diff > 0 ? QColor(0xB0, 0x00, 0x20) : QColor(0x00, 0x60, 0x30));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Day:
            return TimeUtil::toDate(d.day);
        case Model:
            return d.model.isEmpty() ? tr("(no model)") : d.model;
        case ListCost:
            return Format::money(d.listCostNano);
        case ReportedCost:
            return Format::money(d.reportedCostNano);
        case Difference:
            return QString((diff > 0 ? QStringLiteral("+") : QString()) + Format::money(diff));
        case Relative:
            return d.relative
                ? QString((*d.relative > 0 ? QStringLiteral("+") : QString()) + Format::percent(*d.relative))
                : QString();
        }
    }
    if (role == SortRole || role == RawValueRole) {
        switch (index.column()) {
        case Day:
            return d.day;
        case Model:
            return d.model;
        case ListCost:
            return d.listCostNano;
        case ReportedCost:
            return d.reportedCostNano;
        case Difference:
            return diff;
        case Relative:
            return d.relative ? QVariant(*d.relative) : QVariant(std::numeric_limits<double>::infinity());
        }
    }
    return {};
}
