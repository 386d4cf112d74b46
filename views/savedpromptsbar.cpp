// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/savedpromptsbar.h"

#include "core/prompt/promptrepository.h"
#include "views/models/format.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

SavedPromptsBar::SavedPromptsBar(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Prompt:"), this));
    m_name = new QComboBox(this);
    m_name->setEditable(true);
    m_name->setMinimumWidth(220);
    m_name->setToolTip(tr("Prompts saved in this workspace. Type a new name to save the text under it."));
    row->addWidget(m_name);
    m_save = new QPushButton(tr("Save version"), this);
    m_save->setToolTip(tr("Save the text as the newest version of this prompt in the workspace (its history keeps "
                          "every version; the note says which rewrites were applied)."));
    row->addWidget(m_save);
    m_history = new QToolButton(this);
    m_history->setText(tr("History"));
    m_history->setPopupMode(QToolButton::InstantPopup);
    m_history->setMenu(new QMenu(m_history));
    m_history->setToolTip(tr("Earlier versions of this prompt; choosing one loads it (Ctrl+Z goes back)."));
    row->addWidget(m_history);
    connect(m_save, &QPushButton::clicked, this, &SavedPromptsBar::saveClicked);
    connect(m_name, &QComboBox::activated, this, [this](int index) {
        if (const qint64 latest = m_name->itemData(index).toLongLong(); latest > 0)
            emit versionChosen(latest, true);
    });
    connect(m_history->menu(), &QMenu::aboutToShow, this, &SavedPromptsBar::fillHistory);
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &SavedPromptsBar::refresh);
    refresh();
}

QString SavedPromptsBar::name() const
{
    return m_name->currentText().trimmed();
}

void SavedPromptsBar::setName(const QString& name)
{
    m_name->setCurrentText(name);
}

QPair<QString, qint64> SavedPromptsBar::latest() const
{
    return m_latest;
}

Result<qint64> SavedPromptsBar::save(const QString& text, const QString& note)
{
    if (!m_context->isOpen())
        return Error { Error::Code::Unavailable, tr("Open a workspace to save prompts in it."), QString() };
    auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    auto id
        = Prompt::PromptRepository(*ws.value()).saveVersion(name(), text, note, QDateTime::currentMSecsSinceEpoch());
    if (id)
        refresh();
    return id;
}

Result<QString> SavedPromptsBar::versionText(qint64 versionId)
{
    if (!m_context->isOpen())
        return Error { Error::Code::Unavailable, tr("No workspace is open."), QString() };
    auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    return Prompt::PromptRepository(*ws.value()).versionText(versionId);
}

void SavedPromptsBar::refresh()
{
    const QString current = m_name->currentText();
    m_name->clear();
    m_latest = {};
    m_save->setEnabled(m_context->isOpen());
    m_history->setEnabled(m_context->isOpen());
    qint64 newest = -1;
    if (m_context->isOpen()) {
        if (auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting)) {
            if (auto list = Prompt::PromptRepository(*ws.value()).prompts()) {
                for (const Prompt::SavedPrompt& p : list.value()) {
                    m_name->addItem(p.name, p.latestVersionId);
                    if (p.updatedMs > newest) {
                        newest = p.updatedMs;
                        m_latest = { p.name, p.latestVersionId };
                    }
                }
            }
        }
    }
    m_name->setCurrentText(current.isEmpty() ? tr("System prompt") : current);
}

void SavedPromptsBar::fillHistory()
{
    QMenu* menu = m_history->menu();
    menu->clear();
    if (auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting)) {
        Prompt::PromptRepository repo(*ws.value());
        if (auto list = repo.prompts()) {
            for (const Prompt::SavedPrompt& p : list.value()) {
                if (p.name != name())
                    continue;
                const auto history = repo.history(p.id);
                for (const Prompt::PromptVersion& v : history ? history.value() : QList<Prompt::PromptVersion>()) {
                    const QString when
                        = QDateTime::fromMSecsSinceEpoch(v.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                    const qint64 id = v.id;
                    menu->addAction(tr("%1 — %2 (%3 characters)").arg(when, v.note, Format::count(v.chars)), this,
                        [this, id] { emit versionChosen(id, false); });
                }
            }
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No saved versions of this prompt yet"))->setEnabled(false);
}
