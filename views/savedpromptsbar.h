// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QToolButton;
class WorkspaceContext;

/**
 * The prompt editor's link to the workspace: the name of the prompt (the saved ones to choose from), Save version,
 * and the history of the prompt named. Opens the workspace on the GUI thread for each small read or write.
 */
class SavedPromptsBar : public QWidget
{
    Q_OBJECT
public:
    explicit SavedPromptsBar(WorkspaceContext* context, QWidget* parent = nullptr);

    QString name() const;
    void setName(const QString& name);
    /** Saves `text` as the newest version of the prompt named; refreshes the list. */
    Result<qint64> save(const QString& text, const QString& note);
    Result<QString> versionText(qint64 versionId);
    /** The most recently saved prompt's name and latest version id (0 when the workspace holds none). */
    QPair<QString, qint64> latest() const;

public slots:
    void refresh();

signals:
    void saveClicked();
    /** A saved prompt or one of its versions was chosen; `newPrompt` when it is another prompt than before. */
    void versionChosen(qint64 versionId, bool newPrompt);

private:
    void fillHistory();
    WorkspaceContext* m_context;
    QComboBox* m_name;
    QPushButton* m_save;
    QToolButton* m_history;
    QPair<QString, qint64> m_latest;
};
