// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/error.h"

#include <QAbstractTableModel>

/** Rejected rows: line, field and what is wrong, one error a row. */
class ErrorListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Line, Field, Problem, NUM_COLUMNS };
    enum Roles { SortRole = Qt::UserRole, RawValueRole };

    explicit ErrorListModel(QObject* parent = nullptr);
    void setErrors(QList<Error> errors);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Error> m_errors;
};
