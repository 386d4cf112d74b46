// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QUndoCommand>

#include <functional>

/**
 * Undo by whole snapshots: for small editable lists (prices, rules) every edit becomes trivially reversible.
 * `apply` installs a snapshot in the model.
 */
template <typename T>
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(std::function<void(const T&)> apply, T before, T after, const QString& text)
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    std::function<void(const T&)> m_apply;
    T m_before;
    T m_after;
};
