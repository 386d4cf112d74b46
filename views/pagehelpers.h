// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/store/usagerepository.h"

#include <QMessageBox>

#include <functional>

/** What the pages that edit workspace settings (prices, attribution rules) share. */
namespace PageHelpers {

/** Opens the workspace at `path` on the calling thread and runs `write` on its repository. */
inline Result<void> writeWorkspace(
    const QString& path, const std::function<Result<void>(Store::UsageRepository&)>& write)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    Store::UsageRepository repo(*ws.value());
    return write(repo);
}

/** Save / Discard / Cancel for unsaved edits: true when saved or discarded, false when canceled or saving failed. */
inline bool askToSave(QWidget* parent, const QString& title, const QString& question, const std::function<bool()>& save)
{
    const auto answer = QMessageBox::question(
        parent, title, question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

} // namespace PageHelpers
