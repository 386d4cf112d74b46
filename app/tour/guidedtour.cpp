// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/tour/guidedtour.h"

#include "app/mainwindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString SeenKey = QStringLiteral("tour/seen");

} // namespace

const QList<GuidedTour::Step>& GuidedTour::steps()
{
    static const QList<Step> all = {
        { "overview", QT_TRANSLATE_NOOP("GuidedTour", "Where the money goes"),
            QT_TRANSLATE_NOOP("GuidedTour",
                "The Overview sums up a period of the demo company's LLM usage: spend, calls, cost per task, CPSO "
                "(cost per successful outcome), rework, token efficiency and cache hits. Hover a figure for its "
                "definition; choose the period at the top right.") },
        { "costcenters", QT_TRANSLATE_NOOP("GuidedTour", "Who spends it"),
            QT_TRANSLATE_NOOP("GuidedTour",
                "Cost centers break spend down to teams, owners and API keys, with cost per task and CPSO for each. "
                "Every table can be exported as CSV or copied as Markdown from its context menu.") },
        { "anomalies", QT_TRANSLATE_NOOP("GuidedTour", "What went wrong"),
            QT_TRANSLATE_NOOP("GuidedTour",
                "Anomalies finds spend spikes, runaway agent loops, context bloat and shadow spend, each with its "
                "estimated excess cost and the calls behind it.") },
        { "maturity", QT_TRANSLATE_NOOP("GuidedTour", "How mature the practice is"),
            QT_TRANSLATE_NOOP("GuidedTour",
                "Maturity places the workspace on the AI-FinOps ladder, from 1 Chaos to 5 Autonomous governance, from "
                "evidence in the data, and lists what would reach the next level and what it would save.") },
        { "prompts", QT_TRANSLATE_NOOP("GuidedTour", "Trim a prompt"),
            QT_TRANSLATE_NOOP("GuidedTour",
                "The Prompt editor counts tokens as you type, suggests rewrites and shows what a shorter system prompt "
                "or a cached prefix saves a month.") },
        { "ab", QT_TRANSLATE_NOOP("GuidedTour", "Test a model on your GPU"),
            QT_TRANSLATE_NOOP("GuidedTour",
                "Model A/B runs your own GGUF model as int8 and int4 through Vulkan and compares speed, memory, "
                "perplexity and KL divergence side by side.") },
        { "overview", QT_TRANSLATE_NOOP("GuidedTour", "Your own data"),
            QT_TRANSLATE_NOOP("GuidedTour",
                "Import your usage logs with File ▸ Import Usage Files (Ctrl+I), or try one of the sample files "
                "under File ▸ Import Sample File. Help ▸ Guided Tour shows this tour again.") },
    };
    return all;
}

GuidedTour::GuidedTour(MainWindow* window)
    : QFrame(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("GuidedTour"));
    setAccessibleName(tr("Guided tour"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#GuidedTour { background: palette(tool-tip-base); border: 1px solid palette(mid); "
                                 "border-radius: 8px; } #GuidedTour QLabel { color: palette(tool-tip-text); }"));
    setFixedWidth(380);

    m_counter = new QLabel(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_back = new QPushButton(tr("&Back"), this);
    m_next = new QPushButton(this);
    m_next->setDefault(true);
    m_skip = new QPushButton(tr("&Skip Tour"), this);
    m_skip->setToolTip(tr("End the tour (Esc); Help ▸ Guided Tour shows it again"));
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    connect(m_skip, &QPushButton::clicked, this, &GuidedTour::finish);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    window->installEventFilter(this);
    showStep(0);
    show();
    raise();
    m_next->setFocus();
}

bool GuidedTour::seen()
{
    return QSettings().value(SeenKey, false).toBool();
}

void GuidedTour::showStep(int index)
{
    m_step = std::clamp(index, 0, int(steps().size()) - 1);
    const Step& s = steps().at(m_step);
    m_window->showPage(QString::fromLatin1(s.page));
    const bool last = m_step == steps().size() - 1;
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(steps().size()));
    m_title->setText(tr(s.title));
    m_text->setText(tr(s.text));
    m_back->setEnabled(m_step > 0);
    m_next->setText(last ? tr("&Done") : tr("&Next"));
    setAccessibleDescription(m_title->text() + QStringLiteral(": ") + m_text->text());
    adjustSize();
    place();
    raise();
}

void GuidedTour::next()
{
    if (m_step == steps().size() - 1)
        finish();
    else
        showStep(m_step + 1);
}

void GuidedTour::back()
{
    showStep(m_step - 1);
}

void GuidedTour::finish()
{
    QSettings().setValue(SeenKey, true);
    hide();
    emit finished();
    deleteLater();
}

bool GuidedTour::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void GuidedTour::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        finish();
        return;
    case Qt::Key_Right:
        next();
        return;
    case Qt::Key_Left:
        back();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void GuidedTour::place()
{
    const QRect area = m_window->centralWidget() ? m_window->centralWidget()->geometry() : m_window->rect();
    move(area.right() - width() - 16, area.bottom() - height() - 16);
}
