// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/period.h"
#include "core/common/result.h"
#include "core/common/task.h"
#include "core/store/workspace.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

/**
 * AI FinOps maturity, diagnosed from a workspace's own evidence (the five levels of the source article: 1 Chaos,
 * 2 Visibility, 3 Optimization, 4 Automation, 5 Autonomous governance). Each level above the first is a checklist of
 * measured criteria; the level reached is the highest whose criteria, and those of every level below, are all met.
 */
namespace Maturity {

constexpr int MinLevel = 1;
constexpr int MaxLevel = 5;

/** "Chaos", "Visibility", … (translated). */
QString levelName(int level);
/** What the article says a level looks like, one sentence (translated). */
QString levelSummary(int level);

/** How `measured` is compared with `threshold`. */
enum class Comparison {
    AtLeast, // measured >= threshold
    AtMost, // measured <= threshold
    AtMostOrFalling, // measured <= threshold, or lower than in the window before (`previous`)
    Falling, // measured is a relative change over three windows, each lower than the one before (threshold 0)
};
QString comparisonSymbol(Comparison c); // "≥", "≤", "≤ or falling", "falling"

enum class Unit { Share, Count, Change };

struct Criterion
{
    QString id; // "attributed_spend"
    int level = 2;
    QString name; // short, translated
    QString definition; // one line: what is measured and how
    std::optional<double> measured; // nullopt: the workspace holds nothing to measure it with (never met)
    double threshold = 0;
    Comparison comparison = Comparison::AtLeast;
    Unit unit = Unit::Share;
    std::optional<double> previous; // AtMostOrFalling: the value in the window before
    bool met = false;
    QStringList evidence; // e.g. the top unattributed keys with their spend
};

/** A concrete step towards a level, with what the workspace's own data says it saves per month (nullopt: none). */
struct Step
{
    int level = 2;
    QString criterion; // id of the criterion it addresses
    QString text;
    std::optional<qint64> savingsNanoPerMonth;
};

struct Diagnosis
{
    Analytics::TimeSpan span; // the workspace's first and last event
    qint64 fromMs = 0; // the window measured: the last `days` whole UTC days of data, or the period asked for
    qint64 toMs = 0; // exclusive
    int days = 0;
    qint64 spendNano = 0; // list cost in the window
    qint64 calls = 0; // calls in the window
    int level = MinLevel;
    QList<Criterion> criteria; // by level, then as defined
    QList<Step> steps; // every unmet criterion's steps, by level, then savings descending

    /** Steps of level + 1 (empty at the top level). */
    QList<Step> nextSteps() const;
    /** Per-month normalisation: 30 / days. */
    double monthFactor() const { return days > 0 ? 30.0 / days : 0.0; }
};

struct Options
{
    int windowDays = 30; // criteria are measured over the last windowDays days of data; trends over 3 such windows
    /** When set, the window instead: this period (resolved against the workspace's data) within the days that hold
     * data; the trends compare three windows of its length. A period without data measures nothing. */
    std::optional<Analytics::PeriodChoice> period;
    /** A model is small (economy tier) when its input list price is at most this, in µ$ per 1M tokens ($1.00). */
    qint64 smallInputMicroPer1M = 1'000'000;
    /** A workflow (project, or API key without one) is routine when its calls average at most this many output +
     * reasoning tokens. */
    double routineMaxOutputTokens = 500;
};

/**
 * Measures every criterion over the workspace. Runs on the thread that owns `ws`; reads events of the last window
 * (one pass), the daily rollup for trends, and the budgets / alert_rules tables when they exist (absent: none).
 * An empty workspace is level 1 with every criterion unmeasured. Canceled: Error::Code::Canceled.
 */
Result<Diagnosis> diagnose(Store::Workspace& ws, const Options& options, TaskContext& ctx);

/** DESIGN.md's `maturity --json` shape, with extra fields (name, definition, comparison, evidence, window). */
QByteArray toJson(const Diagnosis& d);

} // namespace Maturity

Q_DECLARE_METATYPE(Maturity::Diagnosis)
