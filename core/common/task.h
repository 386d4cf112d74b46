// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

/** What long-running core work sees of its caller: a cancel flag and a progress sink. Thread-safe to call from the
 * worker. */
class TaskContext
{
public:
    virtual ~TaskContext() = default;
    virtual bool isCanceled() const = 0;
    /** done of total units; implementations throttle to visible steps. */
    virtual void setProgress(qint64 done, qint64 total) = 0;
    virtual void setStatus(const QString& /*text*/) { }
};

/** A context for synchronous callers (CLI, tests): never canceled unless told, progress ignored or counted. */
class PlainTaskContext : public TaskContext
{
public:
    bool isCanceled() const override { return m_canceled.load(); }
    void setProgress(qint64 done, qint64 total) override
    {
        m_done = done;
        m_total = total;
    }
    void cancel() { m_canceled = true; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    std::atomic_bool m_canceled { false };
    qint64 m_done = 0;
    qint64 m_total = 0;
};

template <typename R>
class PromiseTaskContext : public TaskContext
{
public:
    explicit PromiseTaskContext(QPromise<R>& promise)
        : m_promise(promise)
    { }
    bool isCanceled() const override { return m_promise.isCanceled(); }
    void setProgress(qint64 done, qint64 total) override
    {
        const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
        if (permille != m_last) { // throttle: at most 1000 reports per task
            m_last = permille;
            m_promise.setProgressValue(permille);
        }
    }
    void setStatus(const QString& text) override { m_promise.setProgressValueAndText(qMax(m_last, 0), text); }

private:
    QPromise<R>& m_promise;
    int m_last = -1;
};

/** Runs `fn(TaskContext&) -> Result<T>` on the global thread pool; progress is 0..1000. The only QtConcurrent adapter.
 */
template <typename T, typename Fn>
QFuture<Result<T>> runTask(Fn fn)
{
    return QtConcurrent::run([fn = std::move(fn)](QPromise<Result<T>>& promise) {
        promise.setProgressRange(0, 1000);
        PromiseTaskContext<Result<T>> ctx(promise);
        promise.addResult(fn(ctx));
    });
}
