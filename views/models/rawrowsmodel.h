// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/ingest/columnmapping.h"

#include <QAbstractTableModel>

/**
 * The first rows of a CSV or JSON Lines file as the file has them: one column per header cell (or flattened JSON key),
 * the record's line as the row header, and the canonical field each column is mapped to in the column header.
 */
class RawRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { SortRole = Qt::UserRole, RawValueRole, FieldRole };

    explicit RawRowsModel(QObject* parent = nullptr);
    void setPreview(Ingest::RawPreview preview);
    /** Canonical field → column, as in Ingest::ColumnMapping::fields. */
    void setMappedFields(const QMap<QString, QString>& fields);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Ingest::RawPreview m_preview;
    QList<QStringList> m_fieldsOf; // per column: the fields mapped to it
};
