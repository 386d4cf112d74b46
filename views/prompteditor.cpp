// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/prompteditor.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace {

// Okabe–Ito colours, readable on light and dark themes as underlines
QColor findingColor(Prompt::FindingKind kind)
{
    switch (kind) {
    case Prompt::FindingKind::Repeat:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case Prompt::FindingKind::Filler:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Prompt::FindingKind::Whitespace:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Prompt::FindingKind::Verbose:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return Qt::red;
}

QTextCursor rangeCursor(QTextDocument* doc, qsizetype start, qsizetype length)
{
    QTextCursor c(doc);
    const int end = qMin<int>(int(start + length), doc->characterCount() - 1);
    c.setPosition(qMin<int>(int(start), end));
    c.setPosition(end, QTextCursor::KeepAnchor);
    return c;
}

} // namespace

PromptEditor::PromptEditor(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    setPlaceholderText(tr("Paste or type a system prompt. Use {{name}} for the parts that change per call."));
    QFont f = font();
    f.setStyleHint(QFont::TypeWriter);
    f.setFamily(QStringLiteral("monospace"));
    setFont(f);
}

void PromptEditor::clearHighlights()
{
    m_tips.clear();
    setExtraSelections({});
}

void PromptEditor::setHighlights(const QList<Prompt::Variable>& variables, const QList<Prompt::Finding>& findings,
    const QList<Prompt::TokenRange>& tokens, const QString& tokenizer)
{
    QList<QTextEdit::ExtraSelection> sel;
    m_tips.clear();
    QTextDocument* doc = document();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor tokenA = dark ? QColor(0x2a, 0x3a, 0x4a) : QColor(0xdd, 0xee, 0xff);
    const QColor tokenB = dark ? QColor(0x4a, 0x3a, 0x2a) : QColor(0xff, 0xee, 0xcc);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QTextEdit::ExtraSelection s;
        s.cursor = rangeCursor(doc, tokens[i].start, tokens[i].length);
        s.format.setBackground(i % 2 ? tokenB : tokenA);
        sel << s;
        m_tips << Tip { s.cursor, tr("Token %1 of %2 (%3)").arg(i + 1).arg(tokens.size()).arg(tokenizer), 2 };
    }
    for (const Prompt::Finding& f : findings) {
        QTextEdit::ExtraSelection s;
        s.cursor = rangeCursor(doc, f.start, qMax<qsizetype>(1, f.length));
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(findingColor(f.kind));
        if (f.kind == Prompt::FindingKind::Whitespace) // spaces show no underline: tint them
            s.format.setBackground(QColor(0x56, 0xB4, 0xE9, 70));
        sel << s;
        m_tips << Tip { s.cursor,
            QStringLiteral("<b>%1</b><br>%2")
                    .arg(Prompt::findingKindName(f.kind).toHtmlEscaped(), f.message.toHtmlEscaped())
                + (f.fix ? tr("<br><i>Fixed by the rewrite \"%1\".</i>").arg(Prompt::ruleName(*f.fix).toHtmlEscaped())
                         : QString()),
            1 };
    }
    for (const Prompt::Variable& v : variables) {
        QTextEdit::ExtraSelection s;
        s.cursor = rangeCursor(doc, v.start, v.length);
        s.format.setForeground(dark ? QColor(0xc3, 0xa6, 0xff) : QColor(0x6a, 0x1b, 0x9a));
        s.format.setBackground(dark ? QColor(0x3a, 0x2a, 0x4a) : QColor(0xf1, 0xe4, 0xfa));
        s.format.setFontWeight(QFont::Bold);
        sel << s;
        m_tips << Tip { s.cursor,
            tr("<b>Template variable {{%1}}</b><br>Filled in per call. Text before the first variable is the "
               "static prefix a provider can cache; text after it is sent anew on every call.")
                .arg(v.name.toHtmlEscaped()),
            0 };
    }
    setExtraSelections(sel);
}

void PromptEditor::replaceAllUndoable(const QString& text)
{
    QTextCursor c(document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.insertText(text);
    c.endEditBlock();
}

void PromptEditor::selectRange(qsizetype start, qsizetype length)
{
    setTextCursor(rangeCursor(document(), start, length));
    ensureCursorVisible();
}

QString PromptEditor::toolTipAt(int position) const
{
    const Tip* best = nullptr;
    for (const Tip& t : m_tips) {
        if (position >= t.cursor.selectionStart() && position < t.cursor.selectionEnd()
            && (!best || t.priority < best->priority))
            best = &t;
    }
    return best ? best->text : QString();
}

bool PromptEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        // cursorForPosition rounds to the nearest gap: look at the character under the mouse
        const QRect r = cursorRect(at);
        int pos = at.position();
        if (help->pos().x() < r.x() && pos > 0)
            --pos;
        const QString tip = toolTipAt(pos);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}
