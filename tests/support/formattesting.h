// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// What the usage-format tests share: files, a workspace in a temporary folder, an import, a value from SQL.

#include "core/import/fileimporter.h"
#include "core/store/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace Testing {

using Store::Workspace;

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline std::unique_ptr<Workspace> openWs(const QTemporaryDir& dir, const char* name = "w.inferometer")
{
    auto ws = Workspace::open(dir.filePath(QLatin1String(name)));
    return ws.ok() ? std::move(ws).value() : nullptr;
}

inline Result<Import::ImportSummary> import(
    Workspace& ws, const QString& path, const QString& format = QStringLiteral("auto"))
{
    PlainTaskContext ctx;
    return Import::importFile(ws, path, format, ctx);
}

inline QString describe(const Result<Import::ImportSummary>& r)
{
    if (!r.ok())
        return r.error().toString();
    return r.value().rejected.isEmpty() ? QString() : r.value().rejected.first().toString();
}

inline qint64 scalarInt(Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).isNull() ? -2 : q.value(0).toLongLong();
}

inline QString scalarText(Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).toString();
}

} // namespace Testing
