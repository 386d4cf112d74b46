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

    /** A value from the `meta` table (e.g. "demo_seed"). */
    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

private:
    Workspace(QString path, QString connection);
    QString m_path;
    QString m_connection;
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
