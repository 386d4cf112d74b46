// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QVariantList>
#include <QString>

#include <memory>

class QSqlQuery;

struct sqlite3;

namespace Store {

/**
 * An open `.inferometer` workspace: a SQLite file in WAL mode, migrated to the current schema. Owns one uniquely named
 * QSqlDatabase connection, which may only be used on the thread that opened it; a worker thread opens its own
 * Workspace on the same path. Closing (destruction) removes the connection.
 *
 * A workspace whose file or folder cannot be written (another user's, a read-only share, an immutable file) opens
 * read-only instead of failing: everything reads, every write fails with readOnlyError(), and nothing is created or
 * changed beside it (no -wal or -shm file), so it stays byte for byte as it was.
 */
class Workspace
{
public:
    enum class Mode { OpenExisting, OpenOrCreate };

    /** Opens (and if needed creates and upgrades) the workspace at `path`. Errors name the file. */
    static Result<std::unique_ptr<Workspace>> open(const QString& path, Mode mode = Mode::OpenOrCreate);

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }

    /** Why the workspace at `path` can only be read ("its folder cannot be written"); empty when it can be written. */
    static QString readOnlyReason(const QString& path);
    bool isReadOnly() const { return !m_readOnly.isEmpty(); }
    /** The error a write gets on a read-only workspace: "This workspace is open read-only (why): `what` needs …". */
    Error readOnlyError(const QString& what) const;

    /** A value from the `meta` table (e.g. "demo_seed"). */
    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

private:
    Workspace(QString path, QString connection);
    QString m_path;
    QString m_connection;
    QString m_readOnly; // why, when the workspace is open read-only
    QSqlDatabase m_db;
};

/**
 * The SQLite connection under a Qt connection (the same system libsqlite3 that Qt's driver uses), for bulk work
 * that binds straight to SQLite; nullptr when the driver is not SQLite.
 */
sqlite3* sqliteHandle(const QSqlDatabase& db);

/** An Error for a failed SQL statement, naming the workspace file. */
Error sqlError(const QString& path, const QString& what, const QString& detail);

/**
 * Prepares `sql` on `q` (forward only), binds `binds` in order and runs it; an sqlError naming the workspace and the
 * statement on failure. `q` must belong to `ws`'s connection.
 */
Result<void> runQuery(Workspace& ws, QSqlQuery& q, const QString& sql, const QVariantList& binds = {});

} // namespace Store
