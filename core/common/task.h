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

/** A step of a larger task: the step's progress (done of total) is reported as [from, to) of the whole's `scale`
 * units; cancel and status pass through. */
class SubTask : public TaskContext
{
public:
    SubTask(TaskContext& outer, qint64 from, qint64 to, qint64 scale)
        : m_outer(outer)
        , m_from(from)
        , m_to(to)
        , m_scale(scale)
    { }
    bool isCanceled() const override { return m_outer.isCanceled(); }
    void setProgress(qint64 done, qint64 total) override
    {
        m_outer.setProgress(m_from + (total > 0 ? std::clamp<qint64>(done, 0, total) * (m_to - m_from) / total : 0),
            m_scale);
    }
    void setStatus(const QString& text) override { m_outer.setStatus(text); }

private:
    TaskContext& m_outer;
    qint64 m_from, m_to, m_scale;
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
        if (permille > m_last) { // throttle: at most 1000 reports per task, never backwards
            m_last = permille;
            m_promise.setProgressValueAndText(permille, m_text);
        }
    }
    /** QFutureInterface drops a text that comes without a larger value: the status moves progress on by 1/1000
     * (at most to the end), and later progress keeps carrying it. */
    void setStatus(const QString& text) override
    {
        m_text = text;
        m_last = std::min(m_last + 1, 1000);
        m_promise.setProgressValueAndText(m_last, m_text);
    }

private:
    QPromise<R>& m_promise;
    int m_last = -1;
    QString m_text;
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
