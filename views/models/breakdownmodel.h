// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"

#include <QAbstractTableModel>

/** The groups of one Analytics::Report as a table: spend, share and KPIs per group. Swaps its snapshot whole. */
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        Key,
        Spend,
        Share,
        Calls,
        CostPerTask,
        Cpso,
        ReworkRate,
        TokenEfficiency,
        CacheHitRate,
        NUM_COLUMNS
    };
    enum Roles { SortRole = Qt::UserRole, RawValueRole };

    explicit BreakdownModel(QObject* parent = nullptr);

    void setReport(Analytics::Report report);
    const Analytics::Report& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Definition of a metric column, shown as its tooltip (also used by the KPI cards). */
    static QString definition(Columns column);

private:
    Analytics::Report m_report;
};
