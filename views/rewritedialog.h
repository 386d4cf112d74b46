// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/prompt/rewrites.h"

#include <QDialog>

class QTextBrowser;
class QListWidget;

/**
 * Shows what a rewrite would change before it is applied: the text as a diff (removed words struck through in red,
 * added ones in green), the list of edits by rule, and a summary line (tokens before and after, $ saved per month).
 */
class RewriteDialog : public QDialog
{
    Q_OBJECT
public:
    RewriteDialog(
        const QString& before, const Prompt::Rewrite& rewrite, const QString& summary, QWidget* parent = nullptr);

    const Prompt::Rewrite& rewrite() const { return m_rewrite; }
    /** For tests: the diff as HTML and the edit list's lines. */
    QString diffHtml() const;
    QStringList editLines() const;

private:
    Prompt::Rewrite m_rewrite;
    QTextBrowser* m_diff;
    QListWidget* m_edits;
};
