// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/period.h"
#include "core/anomalies/anomalies.h"
#include "core/common/result.h"

#include <QColor>

#include <memory>
#include <QWidget>

class AnomalyModel;
class EvidenceModel;
class PeriodBar;
class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class WorkspaceContext;

/** What the page loads on its worker thread. */
struct AnomaliesSnapshot
{
    QList<Anomalies::Anomaly> anomalies;
    QList<std::pair<qint64, qint64>> dailySpend; // day start (ms), list spend (nano-dollars), days of the period
    Analytics::Filter period; // as applied
    Analytics::TimeSpan span; // the workspace's first and last event
};

/**
 * Anomalies: a timeline of daily spend with each anomaly's span highlighted by kind, a sortable list, and for the
 * selected anomaly the method (baseline, thresholds, the numbers used) and the calls behind it. Detection and evidence
 * run on worker threads; reloads when the workspace or its content changes.
 */
template <class T>
class BackgroundLoad;

class AnomaliesPage : public QWidget
{
    Q_OBJECT
public:
    explicit AnomaliesPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~AnomaliesPage() override;

    bool isLoading() const;
    QTableView* table() const { return m_table; }
    QTableView* evidenceTable() const { return m_evidenceTable; }
    const AnomalyModel* model() const { return m_model; }
    QString methodText() const;
    /** The colour of a kind's bands in the timeline. */
    static QColor kindColor(Anomalies::Kind kind);
    QString summaryText() const;
    /**
     * The header: how many, how severe, and the estimated excess with overlapping anomalies counted once; when that
     * differs from what the table's rows add up to, both numbers and why.
     */
    static QString summaryFor(const QList<Anomalies::Anomaly>& anomalies);

public slots:
    void reload();

signals:
    void loaded();
    void evidenceLoaded();
    void loadFailed(const Error& error);

private:
    void apply(const AnomaliesSnapshot& s);
    void buildChart(const AnomaliesSnapshot& s);
    void select(const QModelIndex& proxyIndex);

    WorkspaceContext* m_context;
    Anomalies::Options m_options;
    QLabel* m_summary;
    QProgressBar* m_busy;
    QLabel* m_error;
    QChart* m_chart;
    QChartView* m_chartView;
    AnomalyModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QTextBrowser* m_method;
    EvidenceModel* m_evidence;
    QSortFilterProxyModel* m_evidenceProxy;
    QTableView* m_evidenceTable;
    QLabel* m_evidenceTitle;
    PeriodBar* m_periodBar;
    std::unique_ptr<BackgroundLoad<AnomaliesSnapshot>> m_load;
    std::unique_ptr<BackgroundLoad<QList<Anomalies::EvidenceCall>>> m_evidenceLoad;
};
