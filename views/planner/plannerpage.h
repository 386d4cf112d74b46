// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "views/planner/plannertab.h"

#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;
class BreakEvenTab;
class CacheTab;
class PeriodBar;
class QLabel;
class QProgressBar;
class QTabWidget;
class RoutingTab;
class ScenarioBar;
class WorkspaceContext;

/**
 * Planner: what caching, routing or self-hosting would save, on the workspace's own traffic over the window's period
 * (read on a worker thread, once per workspace, period or class change, while the page is shown). Three tabs, each
 * with its scenarios saved in the workspace, compared side by side and exported as PDF or CSV; each tab's last inputs
 * and the tab shown are remembered between runs.
 */
class PlannerPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~PlannerPage() override;

    bool isLoading() const;
    QTabWidget* tabs() const { return m_tabs; }
    CacheTab* cacheTab() const { return m_cache; }
    RoutingTab* routingTab() const { return m_routing; }
    BreakEvenTab* breakEvenTab() const { return m_breakEven; }
    ScenarioBar* scenarioBar(int tab) const;
    const PlannerData& data() const { return *m_data; }

public slots:
    void reload();

signals:
    void loaded();
    void loadFailed(const Error& error);

private:
    void apply(PlannerData data);

    WorkspaceContext* m_context;
    QLabel* m_period;
    PeriodBar* m_periodBar;
    QProgressBar* m_busy;
    QLabel* m_error;
    QTabWidget* m_tabs;
    CacheTab* m_cache;
    RoutingTab* m_routing;
    BreakEvenTab* m_breakEven;
    QList<ScenarioBar*> m_bars;
    bool m_restored = false; // the tabs' last inputs are restored once
    std::unique_ptr<PlannerData> m_data;
    std::unique_ptr<BackgroundLoad<PlannerData>> m_load;
};
