// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/budgets/budgetstatus.h"
#include "core/common/result.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class BudgetTableModel;
class QChartView;
class QDateEdit;
class QLabel;
template <class T>
class BackgroundLoad;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class WorkspaceContext;

/**
 * Budgets: a monthly budget per cost center (editable, with undo), month-to-date, month-end forecast with its
 * interval, the alert rules that fired, and what a circuit breaker at 100 % would have blocked; a chart of the selected
 * cost center's cumulative spend against its budget with the forecast cone; export of the budgets and anomaly
 * thresholds as Prometheus alerting rules. Every edit is saved at once and re-evaluated on a worker thread.
 */
class BudgetsPage : public QWidget
{
    Q_OBJECT
public:
    explicit BudgetsPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~BudgetsPage() override;

    BudgetTableModel* model() const { return m_model; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isLoading() const;
    QDateEdit* asOfEdit() const { return m_asOfEdit; }
    QTableView* view() const { return m_view; }
    QChartView* chartView() const { return m_chart; }
    /** The last day counted; nullopt: the workspace's last event day. */
    void setAsOf(std::optional<QDate> day);

public slots:
    void reload();
    /** Writes the alert rules to `file` on a worker thread; the banner says how it went. */
    void exportRules(const QString& file);

signals:
    void loaded();
    void rulesExported(const QString& file);

private:
    void apply(const Result<Budgets::BudgetReport>& r);
    void applyBudgets(const QList<Budgets::Budget>& budgets);
    void updateChart();
    void showMessage(const QString& text, bool error);

    WorkspaceContext* m_context;
    BudgetTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QChartView* m_chart;
    QDateEdit* m_asOfEdit;
    QLabel* m_summary;
    QLabel* m_message;
    QUndoStack* m_undo;
    QPushButton* m_latest;
    std::optional<QDate> m_asOf;
    QString m_exportFile;
    std::unique_ptr<BackgroundLoad<Budgets::BudgetReport>> m_load;
    std::unique_ptr<BackgroundLoad<int>> m_exportLoad;
};
