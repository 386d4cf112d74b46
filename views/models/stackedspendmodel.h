// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"

#include <QAbstractTableModel>

/**
 * Daily spend stacked by group, for a stacked area chart bound with QVXYModelMapper. Column 0 is the day (UTC ms since
 * the epoch, as a number); column i ≥ 1 is the top of group i−1's band in USD (the sum of groups 0..i−1 that day).
 * RawValueRole gives each group's own value; the tooltip names it.
 */
class StackedSpendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { SortRole = Qt::UserRole, RawValueRole };
    explicit StackedSpendModel(QObject* parent = nullptr);

    /** Groups beyond `maxGroups` − 1 are summed into one "Other" band. */
    void setSeries(const Analytics::DailySeries& series, int maxGroups = 8);

    int groupCount() const { return int(m_keys.size()); }
    QString groupLabel(int group) const;
    /** Highest stacked total of any day, in USD (for the axis). */
    double maxTotal() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<qint64> m_days;
    QStringList m_keys;
    QList<QList<qint64>> m_values; // [group][day], nano-dollars
    bool m_hasOther = false;
};
