// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/rewritedialog.h"

#include "core/prompt/textdiff.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString diffToHtml(const QList<Prompt::DiffPart>& parts)
{
    QString html = QStringLiteral("<pre style=\"white-space: pre-wrap; font-family: monospace;\">");
    for (const Prompt::DiffPart& p : parts) {
        QString text = p.text.toHtmlEscaped();
        switch (p.op) {
        case Prompt::DiffPart::Equal:
            html += text;
            break;
        case Prompt::DiffPart::Delete:
            // a removed newline would be invisible: show it
            text.replace(QLatin1Char('\n'), QStringLiteral("↵\n"));
            html += QStringLiteral(
                "<span style=\"background:#fdd; color:#a00; text-decoration:line-through;\">%1</span>")
                        .arg(text);
            break;
        case Prompt::DiffPart::Insert:
            text.replace(QLatin1Char('\n'), QStringLiteral("↵\n"));
            html += QStringLiteral("<span style=\"background:#dfd; color:#060;\">%1</span>").arg(text);
            break;
        }
    }
    return html + QStringLiteral("</pre>");
}

} // namespace

RewriteDialog::RewriteDialog(
    const QString& before, const Prompt::Rewrite& rewrite, const QString& summary, QWidget* parent)
    : QDialog(parent)
    , m_rewrite(rewrite)
{
    setWindowTitle(tr("Rewrite preview"));
    resize(1000, 700);
    auto* layout = new QVBoxLayout(this);
    auto* head = new QLabel(summary, this);
    head->setWordWrap(true);
    head->setTextFormat(Qt::RichText);
    layout->addWidget(head);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_diff = new QTextBrowser(split);
    m_diff->setHtml(diffToHtml(Prompt::diffLinesThenWords(before, rewrite.text)));
    m_diff->setToolTip(tr("Removed text is struck through in red, added text is green; ↵ marks a removed or added "
                          "line break."));
    m_edits = new QListWidget(split);
    m_edits->setToolTip(tr("Every change, by rule, in the order the rules ran."));
    for (const Prompt::RuleEdits& r : rewrite.applied) {
        auto* title = new QListWidgetItem(
            tr("%1: %n edit(s)", nullptr, int(r.edits.size())).arg(Prompt::ruleName(r.rule)), m_edits);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        title->setToolTip(Prompt::ruleDescription(r.rule));
        for (const Prompt::Edit& e : r.edits)
            new QListWidgetItem(QStringLiteral("    ") + e.note, m_edits);
    }
    if (rewrite.applied.isEmpty())
        new QListWidgetItem(tr("Nothing to change: the prompt is already clean for these rules."), m_edits);
    split->addWidget(m_diff);
    split->addWidget(m_edits);
    split->setSizes({ 480, 180 });
    layout->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setEnabled(!rewrite.applied.isEmpty());
    apply->setToolTip(tr("Replace the prompt with the rewritten text as one edit: Ctrl+Z in the editor undoes it."));
    apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString RewriteDialog::diffHtml() const
{
    return m_diff->toHtml();
}

QStringList RewriteDialog::editLines() const
{
    QStringList out;
    for (int i = 0; i < m_edits->count(); ++i)
        out << m_edits->item(i)->text();
    return out;
}
