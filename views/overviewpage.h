// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/overview.h"
#include "core/common/result.h"


#include <memory>
#include <QWidget>

class BreakdownModel;
class KpiCard;
class PeriodBar;
class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class StackedSpendModel;
class WorkspaceContext;

/**
 * Overview: KPI cards, spend over time stacked by cost center, top models and cost centers, and a warning listing
 * unpriced models, for the window's period (PeriodBar). Computes on a worker thread; stale results are dropped.
 */
template <class T>
class BackgroundLoad;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~OverviewPage() override;

    /** For tests and screenshots: true while a computation is running. */
    bool isLoading() const;
    QString kpiText(const QString& name) const;
    QTableView* modelsTable() const { return m_modelsView; }
    QTableView* costCentersTable() const { return m_centersView; }
    QLabel* unpricedBanner() const { return m_unpriced; }
    QLabel* costOnlyBanner() const { return m_costOnly; }
    /** Shown instead of the numbers while the workspace has no events at all. */
    QWidget* emptyState() const { return m_emptyState; }

public slots:
    void reload();

signals:
    void loaded();
    void loadFailed(const Error& error);
    void showPricesRequested();
    /** The empty workspace's "Import Usage Files…" and "Open Demo". */
    void importRequested();
    void demoRequested();

private:
    void buildChart();
    void apply(const Analytics::Overview& o);

    WorkspaceContext* m_context;
    PeriodBar* m_periodBar;
    QLabel* m_period;
    QProgressBar* m_busy;
    QLabel* m_error;
    QLabel* m_unpriced;
    QLabel* m_costOnly;
    QWidget* m_content;
    QWidget* m_emptyState;
    QMap<QString, KpiCard*> m_cards;
    QChartView* m_chartView;
    QChart* m_chart;
    QObject* m_seriesOwner = nullptr;
    StackedSpendModel* m_spend;
    BreakdownModel* m_models;
    BreakdownModel* m_centers;
    QSortFilterProxyModel* m_modelsProxy;
    QSortFilterProxyModel* m_centersProxy;
    QTableView* m_modelsView;
    QTableView* m_centersView;
    std::unique_ptr<BackgroundLoad<Analytics::Overview>> m_load;
};
