// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/rawrowsmodel.h"

#include <QColor>

RawRowsModel::RawRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RawRowsModel::setPreview(Ingest::RawPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    m_fieldsOf = QList<QStringList>(m_preview.header.size());
    endResetModel();
}

void RawRowsModel::setMappedFields(const QMap<QString, QString>& fields)
{
    QList<QStringList> of(m_preview.header.size());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const qsizetype column = m_preview.header.indexOf(it.value());
        if (column >= 0)
            of[column].append(it.key());
    }
    if (of == m_fieldsOf)
        return;
    m_fieldsOf = std::move(of);
    if (!m_fieldsOf.isEmpty()) {
        emit headerDataChanged(Qt::Horizontal, 0, int(m_fieldsOf.size()) - 1);
        if (!m_preview.rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, FieldRole });
    }
}

int RawRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int RawRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.header.size());
}

QVariant RawRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_preview.lines.size())
            return m_preview.lines[section];
        if (role == Qt::ToolTipRole)
            return tr("Line in the file");
        return {};
    }
    if (section < 0 || section >= m_preview.header.size())
        return {};
    const QStringList& fields = m_fieldsOf.value(section);
    switch (role) {
    case Qt::DisplayRole:
        return fields.isEmpty()
            ? m_preview.header[section]
            : m_preview.header[section] + QStringLiteral("\n→ ") + fields.join(QStringLiteral(", "));
    case Qt::ToolTipRole:
        return fields.isEmpty() ? tr("Not mapped: this column is not imported.")
                                : tr("Read as %1.").arg(fields.join(QStringLiteral(", ")));
    case FieldRole:
        return fields.join(QLatin1Char(','));
    }
    return {};
}

QVariant RawRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList& row = m_preview.rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
    case RawValueRole:
        // a CSV record with fewer cells than the header shows blanks there (and is rejected)
        return index.column() < row.size() ? row[index.column()] : QString();
    case Qt::BackgroundRole:
        return m_fieldsOf.value(index.column()).isEmpty() ? QVariant() : QVariant(QColor(0xE8, 0xF4, 0xFD));
    case FieldRole:
        return m_fieldsOf.value(index.column()).join(QLatin1Char(','));
    }
    return {};
}
