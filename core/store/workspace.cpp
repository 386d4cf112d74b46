// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/workspace.h"

#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Store {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant h = db.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(h.constData());
    return nullptr;
}

Result<void> runQuery(Workspace& ws, QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(ws.path(), sql, q.lastError().text());
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(ws.path(), sql, q.lastError().text());
    return {};
}

Error sqlError(const QString& path, const QString& what, const QString& detail)
{
    return Error { Error::Code::Io, QCoreApplication::translate("Store", "%1 failed: %2").arg(what, detail), path };
}

Workspace::Workspace(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
}

Workspace::~Workspace()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString Workspace::readOnlyReason(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isWritable())
        return QCoreApplication::translate("Store", "the file cannot be written");
    // SQLite keeps its write-ahead log and shared-memory index beside the file
    if (!QFileInfo(info.absolutePath()).isWritable())
        return QCoreApplication::translate("Store", "its folder cannot be written");
    return {};
}

Error Workspace::readOnlyError(const QString& what) const
{
    return Error { Error::Code::Io,
        QCoreApplication::translate("Store", "This workspace is open read-only (%1): %2 needs write access.")
            .arg(m_readOnly, what),
        m_path };
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Mode mode)
{
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists())
        return Error { Error::Code::Io, QCoreApplication::translate("Store", "The workspace does not exist."), path };
    if (info.exists() && info.isDir())
        return Error { Error::Code::Io, QCoreApplication::translate("Store", "This is a folder, not a workspace file."),
            path };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { Error::Code::Unavailable,
            QCoreApplication::translate("Store", "Qt's SQLite driver is not installed (libqt6sql6-sqlite)."), path };

    static std::atomic_int counter { 0 };
    std::unique_ptr<Workspace> ws(
        new Workspace(path, QStringLiteral("inferometer-ws-%1").arg(counter.fetch_add(1) + 1)));
    ws->m_readOnly = readOnlyReason(path);
    if (ws->m_readOnly.isEmpty()) {
        ws->m_db.setDatabaseName(path);
    } else {
        // read-only, and nothing written beside it: "immutable" needs no -shm file, unless a log is there to read
        const bool log = QFileInfo::exists(path + QStringLiteral("-wal"));
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(log ? QStringLiteral("mode=ro") : QStringLiteral("immutable=1"));
        ws->m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        ws->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!ws->m_db.open())
        return Error { Error::Code::Io,
            QCoreApplication::translate("Store", "Cannot open the workspace: %1").arg(ws->m_db.lastError().text()),
            path };
    QSqlQuery q(ws->m_db);
    // busy_timeout lets a reader on another thread wait out a writer's commit instead of failing at once
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return Error { Error::Code::Io, q.lastError().text(), path };
    // before anything that writes (WAL mode rewrites the header): refuse foreign and newer files untouched
    if (auto r = checkOpenable(ws->m_db, path); !r)
        return r.error();
    if (ws->isReadOnly()) {
        if (schemaVersion(ws->m_db) < SchemaVersion)
            return ws->readOnlyError(QCoreApplication::translate("Store", "upgrading it to this version's schema"));
        QSqlQuery ro(ws->m_db);
        ro.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        return ws;
    }
    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
             "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536" }) {
        // the file is ours (checkOpenable): a failure here is the disk's or the system's, in SQLite's words
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error { Error::Code::Io,
                QCoreApplication::translate("Store", "The workspace cannot be prepared for writing: %1")
                    .arg(q.lastError().text()),
                path };
    }
    if (auto r = migrate(ws->m_db, path); !r)
        return r.error();
    return ws;
}

QString Workspace::meta(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<void> Workspace::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(m_path, QStringLiteral("setMeta"), q.lastError().text());
    return {};
}

} // namespace Store
