// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/ruletablemodel.h"

#include "views/models/snapshotcommand.h"

#include <algorithm>

RuleTableModel::RuleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QUndoCommand* RuleTableModel::snapshot(const QList<Attribution::Rule>& after, const QString& text)
{
    return new SnapshotCommand<QList<Attribution::Rule>>(
        [this](const QList<Attribution::Rule>& rules) { apply(rules); }, m_rules, after, text);
}

void RuleTableModel::apply(const QList<Attribution::Rule>& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void RuleTableModel::setRules(QList<Attribution::Rule> rules)
{
    apply(rules);
    m_undo.clear();
}

int RuleTableModel::insertRule(const Attribution::Rule& rule, int row)
{
    QList<Attribution::Rule> after = m_rules;
    if (row < 0 || row > after.size())
        row = int(after.size());
    after.insert(row, rule);
    m_undo.push(snapshot(after, tr("Add rule")));
    return row;
}

void RuleTableModel::removeRules(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Attribution::Rule> after = m_rules;
    for (int r : rows)
        if (r >= 0 && r < after.size())
            after.removeAt(r);
    if (after.size() != m_rules.size())
        m_undo.push(snapshot(after, tr("Remove %n rule(s)", nullptr, int(m_rules.size() - after.size()))));
}

bool RuleTableModel::moveRule(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rules.size() || to < 0 || to >= m_rules.size())
        return false;
    QList<Attribution::Rule> after = m_rules;
    after.move(row, to);
    m_undo.push(snapshot(after, tr("Move rule")));
    return true;
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Field:
            return tr("What to match: api_key, project, model, provider, agent_id, operation, or a source attribute "
                      "such as workspace_id, tag:<name>, metadata.<key>, resource.service.name.");
        case Pattern:
            return tr("A glob, case-insensitive: key_eng_* matches every key that starts with key_eng_; * matches any "
                      "value.");
        default:
            return tr("Given to calls the rule matches when their source names no cost center. The first matching "
                      "rule wins.");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Field:
        return tr("Field");
    case Pattern:
        return tr("Pattern");
    case CostCenter:
        return tr("Cost center");
    case Team:
        return tr("Team");
    case Owner:
        return tr("Owner");
    }
    return {};
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Attribution::Rule& r = m_rules[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole || role == RawValueRole) {
        switch (index.column()) {
        case Field:
            return r.field;
        case Pattern:
            return r.pattern;
        case CostCenter:
            return r.costCenter;
        case Team:
            return r.team;
        case Owner:
            return r.owner;
        }
    }
    return {};
}

bool RuleTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QList<Attribution::Rule> after = m_rules;
    Attribution::Rule& r = after[index.row()];
    const QString text = value.toString().trimmed();
    QString* target[] = { &r.field, &r.pattern, &r.costCenter, &r.team, &r.owner };
    *target[index.column()] = text;
    if (after == m_rules)
        return true;
    m_undo.push(snapshot(after,
        tr("Edit %1 of rule %2").arg(headerData(index.column(), Qt::Horizontal).toString()).arg(index.row() + 1)));
    return true;
}
