// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/prompt/findings.h"
#include "core/prompt/templatevars.h"
#include "core/prompt/tokenranges.h"

#include <QPlainTextEdit>

/**
 * The prompt text editor: template variables, findings (wavy underlines by kind) and, on demand, token boundaries
 * (alternating backgrounds) drawn as extra selections whose cursors follow later edits until the next analysis
 * arrives. Hovering a highlight shows what it is. Undo is the document's own stack (Ctrl+Z).
 */
class PromptEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PromptEditor(QWidget* parent = nullptr);

    /** Replaces the highlights; `tokenizer` names the boundaries' tokenizer for tooltips. */
    void setHighlights(const QList<Prompt::Variable>& variables, const QList<Prompt::Finding>& findings,
        const QList<Prompt::TokenRange>& tokens, const QString& tokenizer);
    void clearHighlights();

    /** Replaces the whole text as one undoable edit (Ctrl+Z restores the previous text). */
    void replaceAllUndoable(const QString& text);
    /** Selects a range and scrolls to it. */
    void selectRange(qsizetype start, qsizetype length);

    /** The tooltip shown at character `position` ("" when nothing is highlighted there). For tests. */
    QString toolTipAt(int position) const;
    int highlightCount() const { return int(m_tips.size()); }

protected:
    bool viewportEvent(QEvent* event) override;

private:
    struct Tip
    {
        QTextCursor cursor;
        QString text;
        int priority; // findings and variables before tokens
    };
    QList<Tip> m_tips;
};
