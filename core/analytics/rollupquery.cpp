// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/analytics/rollupquery.h"

#include "core/common/timeutil.h"
#include "core/store/workspace.h"

#include <QSqlError>

#include <sqlite3.h>

#include <limits>

namespace Analytics::Rollup {

qint64 floorDay(qint64 ms)
{
    return ms >= 0 ? ms / TimeUtil::MsPerDay : -((-ms + TimeUtil::MsPerDay - 1) / TimeUtil::MsPerDay);
}

QList<Slice> slicesFor(const Filter& f)
{
    constexpr qint64 Open = std::numeric_limits<qint64>::max() / 4;
    if (f.fromMs && f.toMs && *f.fromMs >= *f.toMs)
        return {};
    const qint64 firstDay = f.fromMs ? floorDay(*f.fromMs + TimeUtil::MsPerDay - 1) : -Open; // first whole day
    const qint64 endDay = f.toMs ? floorDay(*f.toMs) : Open; // whole days end before this one
    if (firstDay >= endDay)
        return { Slice { false, *f.fromMs, *f.toMs } };
    QList<Slice> out;
    if (f.fromMs && firstDay * TimeUtil::MsPerDay > *f.fromMs)
        out.append({ false, *f.fromMs, firstDay * TimeUtil::MsPerDay });
    out.append({ true, firstDay, endDay });
    if (f.toMs && endDay * TimeUtil::MsPerDay < *f.toMs)
        out.append({ false, endDay * TimeUtil::MsPerDay, *f.toMs });
    return out;
}

Where whereFor(const Slice& s, const Filter& f, const QString& extra)
{
    Where w;
    const QString col = s.rollup ? QStringLiteral("day") : QStringLiteral("time_ms");
    QStringList parts { col + QStringLiteral(" >= ?"), col + QStringLiteral(" < ?") };
    w.binds << s.from << s.to;
    for (auto it = f.equals.cbegin(); it != f.equals.cend(); ++it) {
        parts << dimensionColumn(it.key()) + QStringLiteral(" = ?");
        w.binds << it.value();
    }
    if (!extra.isEmpty())
        parts << extra;
    w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

Result<void> exec(Store::Workspace& ws, QSqlQuery& q, const QString& sql, const QVariantList& binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Store::sqlError(ws.path(), QStringLiteral("Report query"), q.lastError().text());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return Store::sqlError(ws.path(), QStringLiteral("Report query"), q.lastError().text());
    return {};
}

RawQuery::~RawQuery()
{
    sqlite3_finalize(m_stmt);
}

Result<void> RawQuery::exec(Store::Workspace& ws, const QString& sql, const QVariantList& binds)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_error.reset();
    m_path = ws.path();
    sqlite3* h = Store::sqliteHandle(ws.db());
    if (!h)
        return Store::sqlError(ws.path(), QStringLiteral("Report query"), QStringLiteral("no SQLite handle"));
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(h, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK)
        return Store::sqlError(ws.path(), QStringLiteral("Report query"), QString::fromUtf8(sqlite3_errmsg(h)));
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds[i];
        int rc;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return Store::sqlError(ws.path(), QStringLiteral("Report query"), QString::fromUtf8(sqlite3_errmsg(h)));
    }
    return {};
}

bool RawQuery::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = Store::sqlError(
            m_path, QStringLiteral("Report query"), QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    return false;
}

qint64 RawQuery::integer(int c) const
{
    return sqlite3_column_int64(m_stmt, c);
}

bool RawQuery::isNull(int c) const
{
    return sqlite3_column_type(m_stmt, c) == SQLITE_NULL;
}

QString RawQuery::text(int c) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
    return QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, c));
}

namespace {

    template <class Row>
    Kpis kpisOf(const Row& value)
    {
        Kpis k;
        auto v = [&](int i) { return value(i); };
        k.listCostNano = v(0);
        k.reportedCostNano = v(1);
        k.reportedEvents = v(2);
        k.calls = v(3);
        k.events = v(4);
        k.tokens = { v(5), v(6), v(7), v(8), v(9), v(10) };
        k.tasks = v(11);
        k.acceptedTasks = v(12);
        k.taskCostNano = v(13);
        k.reworkCostNano = v(14);
        k.taskTokens = v(15);
        k.firstTimeTokens = v(16);
        k.unpricedCalls = v(17);
        k.reportedListCostNano = v(18);
        k.costRowReportedNano = v(19);
        return k;
    }

} // namespace

Kpis readKpis(const RawQuery& q, int c)
{
    return kpisOf([&](int i) { return q.integer(c + i); });
}

Kpis readKpis(const QSqlQuery& q, int c)
{
    return kpisOf([&](int i) { return q.value(c + i).toLongLong(); });
}

QString eventsDayExpr()
{
    return QStringLiteral("(time_ms / 86400000)"); // events times are after 1970
}

} // namespace Analytics::Rollup
