// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/errorlistmodel.h"

ErrorListModel::ErrorListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ErrorListModel::setErrors(QList<Error> errors)
{
    beginResetModel();
    m_errors = std::move(errors);
    endResetModel();
}

int ErrorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ErrorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant ErrorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = { QT_TR_NOOP("Line"), QT_TR_NOOP("Field"), QT_TR_NOOP("Problem") };
    return tr(titles[section]);
}

QVariant ErrorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Error& e = m_errors[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return e.toString();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Line:
            return e.line > 0 ? QString::number(e.line) : QString();
        case Field:
            return e.field.isEmpty() ? tr("(whole row)") : e.field;
        case Problem:
            return e.message;
        }
    }
    if (role == SortRole || role == RawValueRole)
        return index.column() == Line ? QVariant(e.line) : data(index, Qt::DisplayRole);
    return {};
}
