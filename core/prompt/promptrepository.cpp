// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/promptrepository.h"

#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Prompt {

Result<QList<SavedPrompt>> PromptRepository::prompts()
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("SELECT p.id, p.name, p.created_ms, count(v.id), max(v.id), max(v.created_ms) "
                           "FROM prompts p LEFT JOIN prompt_versions v ON v.prompt_id = p.id "
                           "GROUP BY p.id ORDER BY p.name"),
            {});
        !r)
        return r.error();
    QList<SavedPrompt> out;
    while (q.next())
        out << SavedPrompt { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toInt(), q.value(4).toLongLong(), q.value(5).toLongLong() };
    return out;
}

Result<qint64> PromptRepository::saveVersion(
    const QString& name, const QString& text, const QString& note, qint64 nowMs)
{
    if (name.trimmed().isEmpty())
        return Error { Error::Code::Schema, QCoreApplication::translate("Prompt", "A saved prompt needs a name."),
            m_ws.path(), -1, QStringLiteral("name") };
    Store::Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("INSERT INTO prompts (name, created_ms) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
            { name.trimmed(), nowMs });
        !r)
        return r.error();
    if (auto r = Store::runQuery(m_ws, q, QStringLiteral("SELECT id FROM prompts WHERE name = ?"), { name.trimmed() });
        !r)
        return r.error();
    if (!q.next())
        return Store::sqlError(m_ws.path(), QStringLiteral("prompts"), QStringLiteral("prompt not found after insert"));
    const qint64 promptId = q.value(0).toLongLong();
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("SELECT id, text FROM prompt_versions WHERE prompt_id = ? ORDER BY id DESC LIMIT 1"),
            { promptId });
        !r)
        return r.error();
    if (q.next() && q.value(1).toString() == text) {
        const qint64 same = q.value(0).toLongLong();
        if (auto r = tx.commit(); !r)
            return r.error();
        return same;
    }
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("INSERT INTO prompt_versions (prompt_id, created_ms, text, note) VALUES (?, ?, ?, ?)"),
            { promptId, nowMs, text, note.isNull() ? QStringLiteral("") : note });
        !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QList<PromptVersion>> PromptRepository::history(qint64 promptId)
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("SELECT id, created_ms, note, length(text) FROM prompt_versions WHERE prompt_id = ? "
                           "ORDER BY id DESC"),
            { promptId });
        !r)
        return r.error();
    QList<PromptVersion> out;
    while (q.next())
        out << PromptVersion { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toLongLong() };
    return out;
}

Result<QString> PromptRepository::versionText(qint64 versionId)
{
    QSqlQuery q(m_ws.db());
    if (auto r
        = Store::runQuery(m_ws, q, QStringLiteral("SELECT text FROM prompt_versions WHERE id = ?"), { versionId });
        !r)
        return r.error();
    if (!q.next())
        return Error { Error::Code::Schema,
            QCoreApplication::translate("Prompt", "There is no saved prompt version %1.").arg(versionId), m_ws.path() };
    return q.value(0).toString();
}

Result<void> PromptRepository::removePrompt(qint64 promptId)
{
    Store::Transaction tx(m_ws);
    if (auto r = tx.begin(); !r)
        return r;
    QSqlQuery q(m_ws.db());
    if (auto r
        = Store::runQuery(m_ws, q, QStringLiteral("DELETE FROM prompt_versions WHERE prompt_id = ?"), { promptId });
        !r)
        return r;
    if (auto r = Store::runQuery(m_ws, q, QStringLiteral("DELETE FROM prompts WHERE id = ?"), { promptId }); !r)
        return r;
    return tx.commit();
}

} // namespace Prompt
