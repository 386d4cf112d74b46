// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/kpis.h"
#include "core/pricing/pricecatalog.h"
#include "core/common/result.h"
#include "core/store/workspace.h"

#include <QList>
#include <QMap>

namespace Analytics {

/** Which events: [fromMs, toMs) and equality filters on dimensions. An unset bound is open. */
struct Filter
{
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs; // exclusive
    QMap<Dimension, QString> equals;
};

struct Group
{
    QString key;
    Kpis kpis;
};

struct Report
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    Dimension by = Dimension::None;
    Kpis totals;
    QList<Group> groups; // by list cost, descending; then key
};

/** First and last event time (ms, the last one inclusive); nullopt in an empty workspace. */
Result<std::optional<std::pair<qint64, qint64>>> timeSpan(Store::Workspace& ws);

/** KPIs over `filter`, with per-group KPIs when `by` is not None. Runs on the thread that owns `ws`. */
Result<Report> report(Store::Workspace& ws, const Filter& filter, Dimension by = Dimension::None);

/** How long a model's answers run in a workspace: calls, and their output + reasoning tokens. */
struct AnswerLength
{
    qint64 calls = 0;
    qint64 tokens = 0;
    /** Tokens per call, rounded; 0 without calls. */
    qint64 mean() const { return calls > 0 ? (tokens + calls / 2) / calls : 0; }
};

/**
 * Answer lengths per model id as logged, over all of a workspace's calls; the key "" holds all models together.
 * Models without calls (cost-only rows) are left out. Runs on the thread that owns `ws`.
 */
Result<QMap<QString, AnswerLength>> answerLengths(Store::Workspace& ws);

/**
 * The answer length of a catalog model (`family`, e.g. "gpt-4o") from answerLengths(): the logged ids the catalog
 * prices as that model at `atMs` ("gpt-4o-2024-08-06") together. No calls: an empty AnswerLength.
 */
AnswerLength answerLengthOf(const QMap<QString, AnswerLength>& lengths, const QString& family,
    const Pricing::PriceCatalog& catalog, qint64 atMs);

/** The report in the JSON shape of DESIGN.md; null for metrics that cannot be computed. Deterministic. */
QByteArray reportToJson(const Report& r);

/** Daily list cost per key of `by` (nano-dollars); `days` are UTC day starts, `values[k][d]`. */
struct DailySeries
{
    QList<qint64> days;
    QStringList keys; // by total cost, descending
    QList<QList<qint64>> values;
};
/** Which cost a daily series adds up: the list cost of calls, or (a period with only cost exports) what was reported. */
enum class CostBasis { List, Reported };
Result<DailySeries> dailyCost(
    Store::Workspace& ws, const Filter& filter, Dimension by, CostBasis basis = CostBasis::List);

/**
 * Where the cost a source reports differs from the list cost of the same calls, per model and UTC day. Calls that
 * state their own cost (a gateway's spend, a tracer's cost) are compared with their own list cost; a model-day with
 * cost-only rows (a provider's cost export, calls = 0) is compared with the list cost of all its calls (the usage
 * export). Model-days without reported costs are not compared. `relative` = (reported − list) / list; without a list
 * cost to compare (unpriced model) it is nullopt and the model-day is always listed.
 */
struct Discrepancy
{
    qint64 day = 0; // UTC day start, ms
    QString model;
    qint64 listCostNano = 0;
    qint64 reportedCostNano = 0;
    qint64 events = 0;
    qint64 reportedEvents = 0;
    std::optional<double> relative;
};

/** Model-days whose |relative| difference exceeds `threshold` (0.01 = 1%), largest absolute difference first. */
Result<QList<Discrepancy>> discrepancies(Store::Workspace& ws, const Filter& filter, double threshold = 0.01);

} // namespace Analytics

Q_DECLARE_METATYPE(Analytics::Report)
Q_DECLARE_METATYPE(Analytics::Discrepancy)
Q_DECLARE_METATYPE(Analytics::DailySeries)
