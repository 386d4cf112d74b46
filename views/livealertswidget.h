// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/livealerts.h"

#include <QTimer>
#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;

class QComboBox;
class QLabel;
class QTreeWidget;
class WorkspaceContext;

/**
 * Threshold alerts of the Live page: the workspace's budgets and alert rules of one cost center (chosen here) judged
 * on the live feed's numbers after every update (Live::evaluateLiveAlerts): a banner and a list of the rules that
 * hold now, with when each began to hold, the rule and measured vs threshold; an alert disappears when its condition
 * clears. The logged side (month-to-date, baseline) is read on a worker thread when the workspace, its content or the
 * cost center change, and every 10 minutes.
 */
class LiveAlertsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LiveAlertsWidget(WorkspaceContext* context, QWidget* parent = nullptr);
    ~LiveAlertsWidget() override;

    void setCostCenter(const QString& costCenter);
    QString costCenter() const;
    /** Judges the rules on `m` at `nowMs`. */
    void evaluate(const Live::LiveMetrics& m, qint64 nowMs);
    /** Reads the logged side again. */
    void reload();

    const QList<Live::LiveAlert>& alerts() const { return m_alerts; }
    const std::optional<Live::SpendContext>& context() const { return m_spend; }
    QString summaryText() const;
    QString bannerText() const;

signals:
    /** The logged side has been read (or failed). */
    void contextLoaded();
    void alertsChanged();

private:
    struct Loaded
    {
        QStringList costCenters;
        Live::SpendContext context;
    };
    void loaded(const Result<Loaded>& r);
    void show();

    WorkspaceContext* m_context;
    QComboBox* m_costCenter;
    QLabel* m_summary;
    QLabel* m_banner;
    QTreeWidget* m_list;
    std::unique_ptr<BackgroundLoad<Loaded>> m_load;
    QTimer m_refresh;
    std::optional<Live::SpendContext> m_spend;
    Live::LiveMetrics m_metrics;
    bool m_haveMetrics = false;
    qint64 m_nowMs = 0;
    QList<Live::LiveAlert> m_alerts;
};
