// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/attribution/rules.h"

#include <QAbstractTableModel>
#include <QUndoStack>

class QUndoCommand;

/** Attribution rules in order, editable in place; every edit is undoable; `isDirty()` until markSaved(). */
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Field, Pattern, CostCenter, Team, Owner, NUM_COLUMNS };
    enum Roles { SortRole = Qt::UserRole, RawValueRole };

    explicit RuleTableModel(QObject* parent = nullptr);

    void setRules(QList<Attribution::Rule> rules);
    const QList<Attribution::Rule>& rules() const { return m_rules; }

    /** Inserts `rule` before `row` (appends when row < 0); returns its row. */
    int insertRule(const Attribution::Rule& rule, int row = -1);
    void removeRules(QList<int> rows);
    /** Moves a rule one place up (delta −1) or down (+1); order decides which rule wins. */
    bool moveRule(int row, int delta);

    QUndoStack* undoStack() { return &m_undo; }
    bool isDirty() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QUndoCommand* snapshot(const QList<Attribution::Rule>& after, const QString& text);
    void apply(const QList<Attribution::Rule>& rules);
    QList<Attribution::Rule> m_rules;
    QUndoStack m_undo;
};
