// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/attribution/rules.h"
#include "core/common/result.h"
#include "core/common/task.h"
#include "core/common/tracespan.h"
#include "core/common/usageevent.h"
#include "core/pricing/pricecatalog.h"
#include "core/store/eventencoder.h"
#include "core/store/workspace.h"

#include <QSet>
#include <QSqlQuery>

#include <limits>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Store {

/** Rolls back on destruction unless commit() succeeded. One per import: every file is all-or-nothing. */
class Transaction
{
public:
    explicit Transaction(Workspace& ws);
    ~Transaction();
    Result<void> begin();
    Result<void> commit();

private:
    Workspace& m_ws;
    bool m_open = false;
};

/**
 * Where a batch of inserts began (events are appended with growing ids), so that derived data is refreshed for just
 * what the batch added, and duplicates cost no bookkeeping.
 */
struct ChangeSet
{
    qint64 afterId = -1; // events with a larger id are new; -1: nothing inserted yet
};

/** What the inserts since a ChangeSet began added. */
struct Added
{
    qint64 events = 0;
    qint64 unpriced = 0; // without a list cost
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

/** Reads and writes usage events and price overrides of one Workspace; same thread affinity as the Workspace. */
class UsageRepository
{
public:
    explicit UsageRepository(Workspace& ws);
    ~UsageRepository();

    /**
     * Inserts events whose key is not yet in the workspace; returns how many were new (the rest are duplicates).
     * The workspace's attribution rules fill the cost center, team and owner of calls whose source left them open.
     * Records what changed in `changes`; pass it to refreshDerived() before committing. Call inside a Transaction.
     */
    Result<qint64> insert(const QList<UsageEvent>& events, ChangeSet* changes);
    /** The encoder insert() uses (the workspace's attribution rules), for encoding on another thread. */
    Result<EventEncoder> encoder();
    /** insert() for rows made by encoder(): 32 rows per statement, text bound without copies. */
    Result<qint64> insertEncoded(const RowBuffer& rows, ChangeSet* changes);
    /** What the inserts recorded in `changes` added so far (inside the transaction). */
    Result<Added> added(const ChangeSet& changes);

    /**
     * Recomputes the task columns of the changed tasks (final outcome, first time right, first call) and the
     * daily_rollup rows of every day those tasks or the new events touch.
     */
    Result<void> refreshDerived(const ChangeSet& changes);
    /** Recomputes all derived data (after re-pricing, or for a generated workspace). */
    Result<void> refreshAll();

    Result<void> recordImport(
        const QString& file, const QString& format, qint64 imported, qint64 duplicates, qint64 rejected);

    /** Workspace price entries (they override the built-in catalog per model family). */
    Result<QList<Pricing::PriceEntry>> priceOverrides();
    /** Replaces the workspace's price entries. */
    Result<void> setPriceOverrides(const QList<Pricing::PriceEntry>& entries);
    /** Adds or replaces entries keyed by (model, effective date). */
    Result<void> upsertPriceOverrides(const QList<Pricing::PriceEntry>& entries);

    /** The built-in catalog with this workspace's overrides. */
    Result<Pricing::PriceCatalog> catalog();

    /** Recomputes list cost of every event with `catalog` (history is re-priced only on request); returns events
     * changed. */
    Result<qint64> reprice(const Pricing::PriceCatalog& catalog, TaskContext& ctx);

    Result<qint64> eventCount();

    /** The workspace's attribution rules, in order. */
    Result<QList<Attribution::Rule>> attributionRules();
    /** Replaces the rules; they apply to later inserts. Call reattribute() to apply them to what is stored. */
    Result<void> setAttributionRules(const QList<Attribution::Rule>& rules);
    /**
     * Re-applies the stored rules to every call: the source's own attribution is kept; calls it left open get the
     * first matching rule's cost center, team and owner, or become unattributed again. Returns the calls changed.
     */
    Result<qint64> reattribute(TaskContext& ctx);

    /** Inserts trace spans not yet present (by trace and span id); returns how many were new. */
    Result<qint64> insertSpans(const QList<TraceSpan>& spans, const QString& source);
    /** insertSpans() for rows made by encodeSpan(). */
    Result<qint64> insertEncodedSpans(const RowBuffer& rows);

private:
    Result<void> runAll(const QStringList& statements, const QString& what);
    Error error(const QString& what, const QSqlQuery& q) const;
    Workspace& m_ws;
    sqlite3* handle();
    /** A multi-row and a one-row INSERT for one table, prepared on first use. */
    struct BulkStatements
    {
        sqlite3_stmt* many = nullptr;
        sqlite3_stmt* one = nullptr;
    };
    /** Inserts every row of `rows` through the connection's native handle; returns how many were new. */
    Result<qint64> bulkInsert(BulkStatements& sts, const char* table, const QList<const char*>& columns,
        const char* tail, const RowBuffer& rows);
    Result<void> begin(ChangeSet& changes);
    BulkStatements m_events;
    BulkStatements m_spans;
    std::shared_ptr<const Attribution::RuleSet> m_rules; // loaded on the first insert
};

} // namespace Store
