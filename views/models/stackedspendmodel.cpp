// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/stackedspendmodel.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

StackedSpendModel::StackedSpendModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void StackedSpendModel::setSeries(const Analytics::DailySeries& series, int maxGroups)
{
    beginResetModel();
    m_days = series.days;
    m_keys.clear();
    m_values.clear();
    m_hasOther = series.keys.size() > maxGroups;
    const int direct = m_hasOther ? maxGroups - 1 : int(series.keys.size());
    for (int k = 0; k < direct; ++k) {
        m_keys.append(series.keys[k]);
        m_values.append(series.values[k]);
    }
    if (m_hasOther) {
        QList<qint64> other(m_days.size(), 0);
        for (int k = direct; k < series.keys.size(); ++k)
            for (int d = 0; d < m_days.size(); ++d)
                other[d] += series.values[k][d];
        m_keys.append(tr("Other"));
        m_values.append(other);
    }
    endResetModel();
}

QString StackedSpendModel::groupLabel(int group) const
{
    if (m_hasOther && group == m_keys.size() - 1)
        return m_keys.last();
    return Format::groupLabel(m_keys.value(group));
}

double StackedSpendModel::maxTotal() const
{
    qint64 best = 0;
    for (int d = 0; d < m_days.size(); ++d) {
        qint64 sum = 0;
        for (const auto& v : m_values)
            sum += v[d];
        best = qMax(best, sum);
    }
    return Money::nanoToUsd(best);
}

int StackedSpendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_days.size());
}

int StackedSpendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size()) + 1;
}

QVariant StackedSpendModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int d = index.row();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == SortRole || role == RawValueRole)
            return double(m_days[d]);
        return {};
    }
    const int g = index.column() - 1;
    switch (role) {
    case Qt::DisplayRole: { // stacked top, read by the chart's model mapper
        qint64 sum = 0;
        for (int k = 0; k <= g; ++k)
            sum += m_values[k][d];
        return Money::nanoToUsd(sum);
    }
    case SortRole:
    case RawValueRole:
        return Money::nanoToUsd(m_values[g][d]);
    case Qt::ToolTipRole:
        return tr("%1, %2: %3").arg(TimeUtil::toDate(m_days[d]), groupLabel(g), Format::money(m_values[g][d]));
    }
    return {};
}

QVariant StackedSpendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    return section == 0 ? tr("Day") : groupLabel(section - 1);
}
