// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/import/preview.h"

#include <QAbstractTableModel>

/** The first parsed events of a file, as they would be imported (the six buckets, reported and list cost). */
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        Time,
        Provider,
        Model,
        CostCenter,
        Team,
        Calls,
        Uncached,
        CacheRead,
        CacheWrite5m,
        CacheWrite1h,
        Output,
        Reasoning,
        ReportedCost,
        ListCost,
        NUM_COLUMNS
    };
    enum Roles { SortRole = Qt::UserRole, RawValueRole };

    explicit PreviewModel(QObject* parent = nullptr);
    void setEvents(QList<UsageEvent> events);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UsageEvent> m_events;
};
