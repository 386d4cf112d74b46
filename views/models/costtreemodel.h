// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/costtree.h"

#include <QAbstractItemModel>

/**
 * An Analytics::CostTree as a tree: spend, share of the parent, change against the previous period, the daily spend
 * series (SeriesRole, for the sparkline delegate) and the KPIs of each node. Swaps its snapshot whole.
 */
class CostTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns {
        Name,
        Spend,
        Share,
        Delta,
        Trend,
        CostPerTask,
        Cpso,
        ReworkRate,
        TokenEfficiency,
        CacheHitRate,
        NUM_COLUMNS
    };
    enum Roles {
        SortRole = Qt::UserRole,
        RawValueRole,
        SeriesRole, // QList<qint64>: list cost per day of the period
        NodeRole, // int: index into CostTree::nodes
        KeyRole // QString: the node's own key (unique among siblings, also for "Unattributed")
    };

    explicit CostTreeModel(QObject* parent = nullptr);

    void setTree(Analytics::CostTree tree);
    const Analytics::CostTree& tree() const { return m_tree; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The node behind `index` (-1 for none). */
    int nodeOf(const QModelIndex& index) const;
    /** The node's path for people: "Engineering › Platform › alice". */
    QString pathLabel(int node) const;
    /** A node's key as shown: "Unattributed" for "", a project named for calls without an API key. */
    QString keyLabel(int node) const;
    /** Definition of a column, shown as its header tooltip. */
    static QString definition(Columns column);

    /**
     * The given nodes as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends; UTF-8): one column per
     * level of the path, then spend, previous spend and the metrics as plain numbers (USD, ratios).
     */
    QByteArray toCsv(const QList<int>& nodes) const;

private:
    Analytics::CostTree m_tree;
    QList<int> m_row; // row of each node among its siblings
};
