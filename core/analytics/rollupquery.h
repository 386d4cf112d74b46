// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"

#include <QSqlQuery>

#include <optional>

struct sqlite3_stmt;

/**
 * Building blocks shared by the analytics queries: a time range is answered from daily_rollup for its whole UTC days
 * and from the events table for the partial days at either end; both tables sum the same Store::Measures.
 */
namespace Analytics::Rollup {

/** A time slice answered from one table: whole days from daily_rollup, partial days from events. */
struct Slice
{
    bool rollup;
    qint64 from; // days for rollup slices, ms for events slices; inclusive
    qint64 to; // exclusive
};

/** Floor of ms / day, also for negative times. */
qint64 floorDay(qint64 ms);

/** Splits [from, to) into whole UTC days (pre-aggregated) and the partial days at either end (raw events). */
QList<Slice> slicesFor(const Filter& f);

/** WHERE clause and its bind values for one slice, the filter's dimension equalities and an extra condition. */
struct Where
{
    QString sql;
    QVariantList binds;
};
Where whereFor(const Slice& s, const Filter& f, const QString& extra = {});

/** Prepares (forward only), binds and runs `sql`; errors name the workspace. */
Result<void> exec(Store::Workspace& ws, QSqlQuery& q, const QString& sql, const QVariantList& binds);

/** The Kpis of Store::Measures' columns starting at column `c` of the current row. */
Kpis readKpis(const QSqlQuery& q, int c);

/**
 * A query run through SQLite directly, for those that read many rows: no QVariant per value (a cost tree over 10M
 * events reads ~100k rollup rows of 27 columns). Same binds as exec(); the connection's thread only.
 */
class RawQuery
{
public:
    RawQuery() = default;
    ~RawQuery();
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;

    Result<void> exec(Store::Workspace& ws, const QString& sql, const QVariantList& binds);
    /** The next row; false at the end or on an error (then error() says which). */
    bool next();
    std::optional<Error> error() const { return m_error; }

    qint64 integer(int c) const;
    bool isNull(int c) const;
    QString text(int c) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    QString m_path;
    std::optional<Error> m_error;
};

/** The Kpis of Store::Measures' columns starting at column `c` of the current row. */
Kpis readKpis(const RawQuery& q, int c);

/** The UTC day of an events row, as an SQL expression (days since the epoch). */
QString eventsDayExpr();

} // namespace Analytics::Rollup
