// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <optional>

/**
 * A queue between one producer and one consumer thread that holds at most `capacity` items, so that a fast producer
 * waits instead of filling memory. The producer close()s it when done; the consumer abort()s it when it gives up,
 * which makes every later push() return false.
 */
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity)
        : m_capacity(capacity)
    { }

    /** Waits for room; false when the consumer has aborted (the item is dropped). */
    bool push(T&& item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= m_capacity && !m_aborted)
            m_notFull.wait(&m_mutex);
        if (m_aborted)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }
    /** Waits for an item; nullopt once the queue is closed and empty, or aborted. */
    std::optional<T> pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_closed && !m_aborted)
            m_notEmpty.wait(&m_mutex);
        if (m_aborted || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return item;
    }
    /** The producer is done: pop() returns what is left, then nullopt. */
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_notEmpty.wakeAll();
    }
    /** The consumer stops: pending and later items are dropped. */
    void abort()
    {
        QMutexLocker lock(&m_mutex);
        m_aborted = true;
        m_items.clear();
        m_notFull.wakeAll();
        m_notEmpty.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notFull;
    QWaitCondition m_notEmpty;
    std::deque<T> m_items;
    size_t m_capacity;
    bool m_closed = false;
    bool m_aborted = false;
};
