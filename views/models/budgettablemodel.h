// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/budgets/budgetstatus.h"

#include <QAbstractTableModel>

/**
 * Budgets of one month: a row per budgeted cost center (with its evaluation) and one per cost center that spent
 * this month without a budget. The budget column is editable; an edit is not applied here but announced with
 * budgetsEdited(before, after), so that the page can make it an undoable command that calls setBudgets().
 */
class BudgetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { CostCenter, Budget, MonthToDate, Spent, Forecast, Alerts, Breaker, NUM_COLUMNS };
    enum Roles {
        SortRole = Qt::UserRole,
        RawValueRole,
        ForecastRole, // QVariantList of USD doubles: budget, month-to-date, low, central, high
        AlertLevelRole, // highest budget_percent threshold crossed (0 when none), as a double
    };

    explicit BudgetTableModel(QObject* parent = nullptr);

    void setReport(Budgets::BudgetReport report);
    const Budgets::BudgetReport& report() const { return m_report; }
    /** The budgets shown (amounts > 0). */
    QList<Budgets::Budget> budgets() const;
    /** Shows these amounts (the evaluation follows with the next setReport). */
    void setBudgets(const QList<Budgets::Budget>& budgets);
    /** The evaluation of `row`, or nullptr for a cost center without a budget. */
    const Budgets::BudgetStatus* status(int row) const;
    QString costCenter(int row) const { return m_rows.value(row).costCenter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void budgetsEdited(const QList<Budgets::Budget>& before, const QList<Budgets::Budget>& after);

private:
    struct Row
    {
        QString costCenter;
        qint64 budgetNano = 0;
        qint64 mtdNano = 0;
        int status = -1; // index into m_report.rows
    };
    QVariant display(const Row& r, int column) const;
    QVariant toolTip(const Row& r, int column) const;
    QVariant sortValue(const Row& r, int column) const;

    Budgets::BudgetReport m_report;
    QList<Row> m_rows;
};
