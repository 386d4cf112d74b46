// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QUndoStack;
class QWidget;
class WorkspaceContext;

/**
 * The window's pages, in sidebar order: one table that the sidebar, the View menu and its Ctrl+1…9 shortcuts, the
 * Edit menu's undo stacks, the unsaved-edits check on close and --page all come from.
 */
struct PageSpec
{
    const char* id; // for --page and the settings
    const char* name; // QT_TRANSLATE_NOOP("MainWindow", …)
    const char* tip;
    std::function<QWidget*(WorkspaceContext*, QWidget*)> make;
    /** The page's undo stack, for pages that edit (else empty). */
    std::function<QUndoStack*(QWidget*)> undoStack;
    /** Asks to save unsaved edits before the workspace changes or the window closes; false: stay (else empty). */
    std::function<bool(QWidget*)> maybeSave;
};

const QList<PageSpec>& pageTable();
