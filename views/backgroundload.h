// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/task.h"

#include <QEvent>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressBar>
#include <QWidget>

#include <functional>

/** Runs a function when a widget is shown; BackgroundLoad's way to hold a hidden page's load until it is seen. */
class ShowFilter : public QObject
{
    Q_OBJECT
public:
    ShowFilter(QWidget* watched, std::function<void()> onShow)
        : QObject(watched)
        , m_onShow(std::move(onShow))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched == parent())
            m_onShow();
        return false;
    }

private:
    std::function<void()> m_onShow;
};

/**
 * The one way views run background work (STYLE.md §2): a core function `Result<T>(TaskContext&)` on the thread pool
 * through runTask(), one at a time, the newest winning. start() while a job runs cancels it (through its TaskContext)
 * and keeps the new job, which starts when the running one ends; only the newest job's result is delivered, on the
 * GUI thread, and a canceled one delivers nothing.
 *
 * With a `page`, the load follows what the user sees: start() on a hidden page runs nothing and marks it stale; the
 * newest job runs when the page is shown. `busy` (optional) shows while a job runs; a QProgressBar there follows the
 * job's progress (busy until its first report). The destructor cancels and waits. GUI thread only.
 */
template <class T>
class BackgroundLoad
{
public:
    using Job = std::function<Result<T>(TaskContext&)>;
    using Deliver = std::function<void(const Result<T>&)>;

    BackgroundLoad(QObject* receiver, QWidget* busy, Deliver deliver, QWidget* page = nullptr)
        : m_busy(busy)
        , m_deliver(std::move(deliver))
        , m_page(page)
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, receiver, [this] { finished(); });
        if (auto* bar = qobject_cast<QProgressBar*>(busy)) {
            QObject::connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, bar, [bar](int v) {
                bar->setMaximum(1000);
                bar->setValue(v);
            });
        }
        if (page)
            new ShowFilter(page, [this] {
                if (m_stale)
                    run();
            });
    }
    ~BackgroundLoad()
    {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    BackgroundLoad(const BackgroundLoad&) = delete;
    BackgroundLoad& operator=(const BackgroundLoad&) = delete;

    /** Runs `job` now, when the running job ends, or (hidden page) when the page is shown. */
    void start(Job job)
    {
        m_job = std::move(job);
        if (m_page && !m_page->isVisible()) {
            m_stale = true;
            return;
        }
        run();
    }

    /** Cancels the running job and any waiting one; nothing is delivered. */
    void cancel()
    {
        m_pending = false;
        m_stale = false;
        m_watcher.cancel();
    }

    /** Called when a job the user canceled ends (a superseded job's end is not reported). */
    void setOnCanceled(std::function<void()> canceled) { m_canceled = std::move(canceled); }

    /** True while a job runs or waits to run (not while a hidden page is only stale). */
    bool isRunning() const { return m_watcher.isRunning() || m_pending; }

    /** The running future, for progress signals and cancel. */
    QFutureWatcher<Result<T>>& watcher() { return m_watcher; }

private:
    void run()
    {
        m_stale = false;
        if (m_watcher.isRunning()) { // the inputs changed while computing: stop, compute again, drop this result
            m_pending = true;
            m_watcher.cancel();
            return;
        }
        m_pending = false;
        if (m_busy) {
            if (auto* bar = qobject_cast<QProgressBar*>(m_busy.data())) {
                bar->setMaximum(0);
                bar->setValue(0);
            }
            m_busy->show();
        }
        m_watcher.setFuture(runTask<T>(m_job));
    }

    void finished()
    {
        if (m_pending) {
            m_pending = false;
            run();
            return;
        }
        if (m_busy)
            m_busy->hide();
        if (m_watcher.isCanceled()) {
            if (m_canceled)
                m_canceled();
            return;
        }
        m_deliver(m_watcher.result());
    }

    QFutureWatcher<Result<T>> m_watcher;
    QPointer<QWidget> m_busy;
    Deliver m_deliver;
    std::function<void()> m_canceled;
    QPointer<QWidget> m_page;
    Job m_job;
    bool m_pending = false;
    bool m_stale = false;
};
