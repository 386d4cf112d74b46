// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"

#include <QAbstractTableModel>

/** Model-days where reported cost and list cost differ (Analytics::discrepancies). */
class DiscrepancyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Day, Model, ListCost, ReportedCost, Difference, Relative, NUM_COLUMNS };
    enum Roles { SortRole = Qt::UserRole, RawValueRole };

    explicit DiscrepancyModel(QObject* parent = nullptr);
    void setDiscrepancies(QList<Analytics::Discrepancy> rows);
    const QList<Analytics::Discrepancy>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Analytics::Discrepancy> m_rows;
};
