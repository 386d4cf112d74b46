// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/costtree.h"

#include <QAbstractTableModel>

/** One page of the calls behind a cost-tree node (Analytics::calls()). Swaps its snapshot whole. */
class CallRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        Time,
        Model,
        InputTokens, // uncached: the buckets do not overlap, so a row's cost can be worked out by hand
        CachedTokens,
        CacheWrite5m,
        CacheWrite1h,
        OutputTokens,
        Cost,
        Task,
        Outcome,
        Status,
        CallId,
        NUM_COLUMNS
    };
    enum Roles { SortRole = Qt::UserRole, RawValueRole };

    explicit CallRowsModel(QObject* parent = nullptr);

    void setRows(QList<Analytics::CallRow> rows);
    const QList<Analytics::CallRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Analytics::CallRow> m_rows;
};
