// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/presets.h"

#include "core/common/result.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;

class KpiCard;
class LiveAlertsWidget;
class LiveCredentialsWidget;
class PromqlPanel;
class RecordedSessionView;
class QTabWidget;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QSpinBox;
class WorkspaceContext;

namespace Live {
class PrometheusApi;
class ScrapeFeed;
} // namespace Live

/**
 * Watch a self-hosted server or gateway as it runs: scrapes a Prometheus /metrics endpoint (vLLM, TGI, LiteLLM proxy,
 * OpenCost) every few seconds without blocking the window, and shows tokens per second, $ per 1M tokens at the current
 * utilisation against an API model's price, queue, KV cache, latency percentiles and a gateway's spend rate, with a
 * rolling chart that can be paused and zoomed. The feed's health (up, down since, why and when the last scrape
 * failed, failures counted, scrape time) is always shown; each scrape or query is given up after the timeout (from
 * its start, default 10 s) or past 50 MB, so a silent, trickling or flooding server never holds the window. URL,
 * interval, timeout, $/hour and the compared model are remembered (credentials go to the OS keychain, never into
 * the settings). Tabs: free PromQL against a Prometheus server, and recorded sessions over the logs; the budgets and
 * alert rules of a chosen cost center are judged on the live numbers after every update.
 */
class LivePage : public QWidget
{
    Q_OBJECT
public:
    explicit LivePage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~LivePage() override;

    /** Where the numbers come from: a server's own /metrics, or a Prometheus server's HTTP API (PromQL presets). */
    enum class Source { Metrics, PrometheusServer };
    void setSource(Source s);

    /** Starts watching `url` (what the Connect button does). */
    void connectTo(const QUrl& url);
    void disconnectFeed();
    bool isPaused() const { return m_paused; }

    /** What the cards show now (for tests). */
    const Live::LiveMetrics& metrics() const { return m_metrics; }
    const Live::LiveCost& cost() const { return m_cost; }
    QString statusText() const;
    /** Records every good scrape into the open workspace (tables live_series, live_points) while on. */
    void setRecording(bool on);
    qint64 recordedPoints() const { return m_recorded; }

    LiveCredentialsWidget* credentialsWidget() const { return m_credentials; }
    PromqlPanel* promqlPanel() const { return m_promql; }
    LiveAlertsWidget* alertsWidget() const { return m_alerts; }
    RecordedSessionView* recordedView() const { return m_sessions; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    /** After each scrape has been taken into the page. */
    void updated();
    /** After a batch of scrapes has been written into the workspace. */
    void recorded();

private:
    void scraped();
    void updateCards();
    void appendToChart(qint64 timeMs);
    void queryServer();
    void serverAnswered();
    void saveSettings() const;
    void recordNext();

    QLineEdit* m_url;
    QSpinBox* m_interval;
    QSpinBox* m_timeout;
    QDoubleSpinBox* m_perHour;
    QComboBox* m_model;
    QComboBox* m_source;
    QPushButton* m_connect;
    QPushButton* m_pause;
    QPushButton* m_record;
    QLabel* m_status;
    LiveCredentialsWidget* m_credentials;
    QTabWidget* m_tabs;
    PromqlPanel* m_promql;
    LiveAlertsWidget* m_alerts;
    RecordedSessionView* m_sessions;
    KpiCard* m_tokens;
    KpiCard* m_costNow;
    KpiCard* m_queue;
    KpiCard* m_cache;
    KpiCard* m_latency;
    KpiCard* m_spend;
    QChart* m_chart;
    QChartView* m_chartView;
    QLineSeries* m_prompt;
    QLineSeries* m_generation;
    QLineSeries* m_usdPerM;
    QLineSeries* m_spendRate;
    QPointer<Live::ScrapeFeed> m_feed;
    QPointer<Live::PrometheusApi> m_api;
    QTimer m_apiTimer;
    int m_pendingQueries = 0; // of the current round of PromQL presets
    Live::LiveMetrics m_round; // what the current round has answered so far
    QString m_roundError;
    std::optional<qint64> m_apiDownSinceMs;
    qint64 m_apiRounds = 0; // rounds of PromQL presets answered, and those that failed
    qint64 m_apiFailedRounds = 0;
    QList<Pricing::PriceEntry> m_prices;
    Live::LiveMetrics m_metrics;
    Live::LiveCost m_cost;
    bool m_paused = false;
    WorkspaceContext* m_context;
    QList<std::pair<Live::Exposition, qint64>> m_toRecord; // scrapes waiting for the recorder thread
    std::unique_ptr<BackgroundLoad<qint64>> m_recordLoad;
    qint64 m_recorded = 0;
};
