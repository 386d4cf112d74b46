// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/sessionoverlay.h"

#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class WorkspaceContext;

/**
 * A recorded live session over the logs (Live page, "Recorded sessions"): pick a session (feed and time range), a
 * measure (tokens per second or USD per hour), an interval and optionally a cost center, and see the session's
 * derived rate beside the workspace's logged rate per interval on one time axis. Read on a worker thread.
 */
class RecordedSessionView : public QWidget
{
    Q_OBJECT
public:
    explicit RecordedSessionView(WorkspaceContext* context, QWidget* parent = nullptr);
    ~RecordedSessionView() override;

    /** Reads the list of sessions again (after a recording), keeping the chosen one when it is still there. */
    void reload();
    const QList<Live::RecordedSession>& sessions() const { return m_sessions; }
    void setSession(int index);
    void setMetric(Live::OverlayMetric m);
    void setBucketMs(qint64 ms);
    const std::optional<Live::Overlay>& overlay() const { return m_overlay; }
    QString statusText() const;

signals:
    void sessionsLoaded();
    void overlayLoaded();

private:
    struct Loaded
    {
        QList<Live::RecordedSession> sessions;
        QStringList costCenters;
        std::optional<Live::Overlay> overlay;
        int shown = -1; // index in `sessions` of the overlay's session
    };
    void load(bool sessionsToo);
    void loaded(const Result<Loaded>& r);
    void plot();

    WorkspaceContext* m_context;
    QComboBox* m_session;
    QComboBox* m_metric;
    QComboBox* m_bucket;
    QComboBox* m_costCenter;
    QLabel* m_status;
    QChart* m_chart;
    QLineSeries* m_recorded;
    QLineSeries* m_logged;
    std::unique_ptr<BackgroundLoad<Loaded>> m_load;
    bool m_listPending = false; // the session list was asked for and not delivered yet
    QList<Live::RecordedSession> m_sessions;
    std::optional<Live::Overlay> m_overlay;
};
