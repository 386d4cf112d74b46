// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/pricing/priceentry.h"

#include <QAbstractTableModel>
#include <QUndoStack>

/**
 * The price list: built-in entries (read-only) and the workspace's own entries (editable), prices in USD per 1M
 * tokens. Every edit is an undoable command on `undoStack()`; `isDirty()` until markSaved().
 */
class PriceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        Model,
        Provider,
        EffectiveFrom,
        Input,
        CacheRead,
        CacheWrite5m,
        CacheWrite1h,
        Output,
        Batch,
        LongThreshold,
        MinCacheable,
        Origin,
        NUM_COLUMNS
    };
    enum Roles { SortRole = Qt::UserRole, RawValueRole, IsWorkspaceRole };

    explicit PriceTableModel(QObject* parent = nullptr);

    void setEntries(QList<Pricing::PriceEntry> builtin, QList<Pricing::PriceEntry> workspace);
    QList<Pricing::PriceEntry> workspaceEntries() const { return m_workspace; }
    const Pricing::PriceEntry& entry(int row) const;
    bool isWorkspaceRow(int row) const { return row >= m_builtin.size(); }

    /**
     * Adds a workspace entry: a copy of `row` to override it, or a blank one when row < 0 (named `model` if given).
     * Returns its row.
     */
    int addOverride(int row, const QString& model = {});
    /** Removes workspace entries; built-in rows are ignored. */
    void removeRows(QList<int> rows);
    /** Replaces all workspace entries in one undoable step (e.g. after importing LiteLLM prices). */
    void setWorkspaceEntries(const QList<Pricing::PriceEntry>& entries, const QString& undoText);

    QUndoStack* undoStack() { return &m_undo; }
    bool isDirty() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void editRejected(const QString& message);

private:
    QUndoCommand* snapshot(
        const QList<Pricing::PriceEntry>& before, const QList<Pricing::PriceEntry>& after, const QString& text);
    void applyWorkspace(const QList<Pricing::PriceEntry>& entries);
    QList<Pricing::PriceEntry> m_builtin;
    QList<Pricing::PriceEntry> m_workspace;
    QUndoStack m_undo;
};
