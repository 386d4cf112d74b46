// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/ab/abrunrepository.h"

#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Ab {

Result<qint64> RunRepository::save(const Record& record, qint64 nowMs)
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("INSERT INTO ab_runs (created_ms, model_a, model_b, device, record) VALUES (?, ?, ?, ?, ?)"),
            { nowMs, QFileInfo(record.a.file).fileName(), QFileInfo(record.b.file).fileName(),
                record.device.isNull() ? QStringLiteral("") : record.device,
                QString::fromUtf8(QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact)) });
        !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<SavedRun>> RunRepository::runs()
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("SELECT id, created_ms, model_a, model_b, device, json_extract(record, '$.verdict') "
                           "FROM ab_runs ORDER BY created_ms DESC, id DESC"),
            {});
        !r)
        return r.error();
    QList<SavedRun> out;
    while (q.next())
        out << SavedRun { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
    return out;
}

Result<Record> RunRepository::load(qint64 id)
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q, QStringLiteral("SELECT record FROM ab_runs WHERE id = ?"), { id }); !r)
        return r.error();
    if (!q.next())
        return Error { Error::Code::Schema, QCoreApplication::translate("Ab", "there is no saved A/B run %1").arg(id),
            m_ws.path(), -1, QStringLiteral("ab_runs") };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &pe);
    if (!doc.isObject())
        return Error { Error::Code::Parse, pe.errorString(), m_ws.path(), -1, QStringLiteral("ab_runs.record") };
    return fromJson(doc.object(), m_ws.path());
}

Result<void> RunRepository::remove(qint64 id)
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q, QStringLiteral("DELETE FROM ab_runs WHERE id = ?"), { id }); !r)
        return r.error();
    return {};
}

} // namespace Ab
