// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>

/**
 * A page's load, run off the GUI thread one at a time (STYLE.md §2). start() while a load runs does not start a
 * second one: the newest job is kept and started when the running one ends, and the running one's result is dropped
 * (the inputs changed while it computed). Results arrive on the GUI thread through `deliver`, only for the newest
 * job; a canceled load delivers nothing. `busy` (optional) shows while anything runs. The destructor cancels and waits,
 * so a page can be destroyed while loading. GUI thread only.
 */
template <class T>
class BackgroundLoad
{
public:
    using Job = std::function<QFuture<T>()>;

    BackgroundLoad(QObject* receiver, QWidget* busy, std::function<void(const T&)> deliver)
        : m_busy(busy)
        , m_deliver(std::move(deliver))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, receiver, [this] { finished(); });
    }
    ~BackgroundLoad()
    {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    BackgroundLoad(const BackgroundLoad&) = delete;
    BackgroundLoad& operator=(const BackgroundLoad&) = delete;

    /** Runs `job` now, or when the running load ends (replacing any job still waiting). */
    void start(Job job)
    {
        m_job = std::move(job);
        if (m_watcher.isRunning()) {
            m_pending = true;
            return;
        }
        run();
    }

    bool isRunning() const { return m_watcher.isRunning() || m_pending; }

    /** The running future, for progress signals and cancel. */
    QFutureWatcher<T>& watcher() { return m_watcher; }

private:
    void run()
    {
        m_pending = false;
        if (m_busy)
            m_busy->show();
        m_watcher.setFuture(m_job());
    }

    void finished()
    {
        if (m_pending) { // the inputs changed while computing: compute again, drop this result
            run();
            return;
        }
        if (m_busy)
            m_busy->hide();
        if (m_watcher.isCanceled())
            return;
        m_deliver(m_watcher.result());
    }

    QFutureWatcher<T> m_watcher;
    QPointer<QWidget> m_busy;
    std::function<void(const T&)> m_deliver;
    Job m_job;
    bool m_pending = false;
};
