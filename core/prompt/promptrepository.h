// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/store/workspace.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Prompt {

/** A prompt saved in the workspace: its name and its latest version. */
struct SavedPrompt
{
    qint64 id = 0;
    QString name;
    qint64 createdMs = 0;
    int versions = 0;
    qint64 latestVersionId = 0;
    qint64 updatedMs = 0; // when the latest version was saved
};

/** One saved version of a prompt (the text is read on demand: prompts may be large). */
struct PromptVersion
{
    qint64 id = 0;
    qint64 createdMs = 0;
    QString note;
    qint64 chars = 0; // Unicode characters (code points), as SQLite's length() counts them
};

/**
 * Prompts and their history in a workspace (tables prompts and prompt_versions, schema version 7). Use on the thread
 * that opened `ws`. Errors name the workspace file.
 */
class PromptRepository
{
public:
    explicit PromptRepository(Store::Workspace& ws)
        : m_ws(ws)
    { }

    /** All saved prompts, by name. */
    Result<QList<SavedPrompt>> prompts();
    /**
     * Saves `text` as the newest version of the prompt `name` (created when new) and returns the version id. A text
     * identical to the newest version adds nothing and returns that version's id.
     */
    Result<qint64> saveVersion(const QString& name, const QString& text, const QString& note, qint64 nowMs);
    /** The versions of a prompt, newest first. */
    Result<QList<PromptVersion>> history(qint64 promptId);
    /** The text of one version. */
    Result<QString> versionText(qint64 versionId);
    /** Removes a prompt and its history. */
    Result<void> removePrompt(qint64 promptId);

private:
    Store::Workspace& m_ws;
};

} // namespace Prompt

Q_DECLARE_METATYPE(Prompt::SavedPrompt)
Q_DECLARE_METATYPE(Prompt::PromptVersion)
