// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/promapi.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;

/**
 * PromQL on the Live page (Prometheus-server source): a preset (its PromQL shown) or any PromQL typed by the user
 * (history remembered), run through the server's query_range over the chart window and re-run on the feed's interval;
 * every series of the answer is drawn. Prometheus' own error (bad PromQL, unknown function) shows in the panel's
 * status; a query in flight is never piled up on, so a slow server cannot freeze anything.
 */
class PromqlPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PromqlPanel(QWidget* parent = nullptr);

    /** The server to ask (nullptr: no Prometheus server connected; the panel says so). */
    void setApi(Live::PrometheusApi* api);
    void setIntervalMs(int ms);
    static constexpr qint64 WindowMs = 15 * 60'000;

    /** Runs `promql` now and then on every interval (what the Run button does with the line's text). */
    void run(const QString& promql);
    void stop();
    QString promql() const;
    QString statusText() const;
    /** The last good answer (for tests). */
    const Live::QueryResult& result() const { return m_result; }
    QStringList history() const;

signals:
    /** After each answer, good or not. */
    void answered();

private:
    void ask();
    void plot();
    void remember(const QString& promql);

    QComboBox* m_preset;
    QComboBox* m_query;
    QPushButton* m_run;
    QLabel* m_status;
    QChart* m_chart;
    QList<QLineSeries*> m_lines;
    QPointer<Live::PrometheusApi> m_api;
    QTimer m_timer;
    QString m_running;
    bool m_inFlight = false;
    int m_generation = 0;
    Live::QueryResult m_result;
};
