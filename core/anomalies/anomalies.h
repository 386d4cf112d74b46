// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/task.h"
#include "core/store/workspace.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

/**
 * Abnormal spend in a workspace: spend spikes against a seasonal baseline, shadow (unowned) spend, runaway agent
 * loops, retry storms, context bloat and spend on unpriced models. Synchronous; run it on a worker thread.
 */
namespace Anomalies {

enum class Kind { SpendSpike, ShadowSpend, AgentLoop, RetryStorm, ContextBloat, Unpriced };
enum class Severity { Low, Medium, High, Critical };

/**
 * Every threshold of the detectors, with their defaults. One plain struct so that the same numbers can be shown in the
 * GUI's method text and exported as alert rules. Money is in USD here (thresholds, not amounts that are summed).
 */
struct Options
{
    /** Only anomalies that overlap [fromMs, toMs) are reported; baselines still use everything before. */
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();

    // Spend spikes: a day's list spend per cost center, model and API key against the median of the same weekday over
    // the previous spikeWeeks weeks. A day is a spike when spend > median + max(spikeMadK × 1.4826 × MAD,
    // spikeMinRelative × median, spikeMinExcessUsd). The series must have spent on at least spikeMinWeeks of those
    // weekdays (a new series is not a spike; an unowned one is shadow spend). Consecutive spike days form one anomaly.
    QStringList spikeDimensions { QStringLiteral("cost_center"), QStringLiteral("model"), QStringLiteral("api_key") };
    int spikeWeeks = 4;
    int spikeMinWeeks = 3;
    double spikeMadK = 4.0;
    double spikeMinRelative = 0.5;
    double spikeMinExcessUsd = 25.0;

    // Shadow spend: spend on an API key (or, for calls without a key, a model) with no cost center and no owner.
    double shadowMinUsd = 1.0;
    /** A key first seen more than this many days after the workspace's first day is "new" (raises severity). */
    int shadowNewAfterDays = 7;

    // Agent loops: calls per loopWindowMinutes window of one task (or of one agent, for calls without task ids).
    // Norm: the median of the peak window of the project's other tasks (agents without tasks: the median of their own
    // windows). A window is runaway when calls >= max(loopMinCalls, loopFactor × norm); adjacent runaway windows form
    // one anomaly. A task whose parent_call_id chain is loopMaxDepth deep or deeper is a loop too, whatever its pace.
    int loopWindowMinutes = 10;
    int loopMinCalls = 50;
    double loopFactor = 10.0;
    int loopMaxDepth = 200;
    // With a 10-minute window the norms and candidates come from unit_stats (kept by every import), and only the
    // candidates' events are read; false reads every task's events instead (same result, for tests and checks).
    bool loopsFromUnitStats = true;

    // Retry storms: error calls per stormWindowMinutes window and (API key, model) against that pair's mean errors per
    // window over the workspace's span. A burst: errors >= max(stormMinErrors, stormFactor × mean).
    int stormWindowMinutes = 10;
    int stormMinErrors = 20;
    double stormFactor = 10.0;

    // Context bloat: input tokens per call of a workflow (project) per day against the median of its previous
    // bloatBaselineDays days with at least bloatMinCalls calls (days already flagged excluded; at least
    // bloatMinBaselineDays of them). Bloat: ratio >= bloatFactor on at least bloatMinDays consecutive days.
    double bloatFactor = 2.0;
    int bloatBaselineDays = 14;
    int bloatMinBaselineDays = 5;
    int bloatMinDays = 2;
    int bloatMinCalls = 20;

    // Unpriced: calls to a model with no list price. The excess is unknown (never $0).
    /** Share of all calls above which unpriced spend is high instead of medium. */
    double unpricedHighShare = 0.05;

    // Severity from the excess cost E and the ratio R = observed / baseline (infinite without a baseline):
    // critical: E >= severityCriticalUsd, or R >= severityRatioCritical and E >= severityHighUsd;
    // high: E >= severityHighUsd, or R >= severityRatioHigh and E >= severityMediumUsd;
    // medium: E >= severityMediumUsd, or R >= severityRatioMedium; low otherwise.
    double severityMediumUsd = 10.0;
    double severityHighUsd = 100.0;
    double severityCriticalUsd = 1000.0;
    double severityRatioMedium = 2.0;
    double severityRatioHigh = 5.0;
    double severityRatioCritical = 10.0;

    /** Evidence call ids kept per anomaly (the count is always exact). */
    int evidenceLimit = 200;
};

/** Which events are behind an anomaly: a time range, equal columns and one fixed condition. */
struct EvidenceFilter
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive
    QMap<QString, QString> equals; // events column → value
    QString condition; // extra SQL condition on events (a constant of the detector), or empty
};

struct Anomaly
{
    Kind kind = Kind::SpendSpike;
    qint64 startMs = 0;
    /** Exclusive: the end of the last day for day-based kinds; one millisecond after the last call otherwise. */
    qint64 endMs = 0;
    QMap<QString, QString> where; // dimension → value, e.g. {"cost_center": "Engineering"}
    Severity severity = Severity::Low;
    std::optional<qint64> excessCostNano; // unknown for unpriced models
    qint64 evidenceCalls = 0;
    /** What was measured against what: e.g. "spend per day (USD)", 840.0 against 120.0. */
    QString metric;
    double observed = 0;
    double baseline = 0;
    /** Detector-specific numbers (threshold, depth, windows, new_key …) for the method text and JSON. */
    QMap<QString, double> details;
    EvidenceFilter evidence;
    /** Ids (events.id) of the first evidenceLimit evidence calls in time order. */
    QList<qint64> evidenceIds;

    double ratio() const;
};

/** "spend_spike" … as in the JSON and CLI. */
QString kindName(Kind k);
/** "Spend spike" …, translated. */
QString kindTitle(Kind k);
QString severityName(Severity s);

/** Severity of an anomaly from its excess and ratio (the rule on Options). */
Severity severityFor(const Options& o, std::optional<qint64> excessNano, double ratio);

/**
 * Runs every detector over `ws` (on the calling thread, which must own `ws`). Anomalies are sorted by start time, then
 * kind. Errors name the workspace; a canceled context returns Error::Code::Canceled.
 */
Result<QList<Anomaly>> detect(Store::Workspace& ws, const Options& options, TaskContext& ctx);

/** One evidence call, as the GUI lists it. */
struct EvidenceCall
{
    qint64 id = 0;
    qint64 timeMs = 0;
    QString model, costCenter, apiKey, project, taskId, agentId, callId, parentCallId, status;
    qint64 calls = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    std::optional<qint64> listCostNano;
};

/** The first `limit` events behind `a`, in time order. */
Result<QList<EvidenceCall>> evidenceCalls(Store::Workspace& ws, const Anomaly& a, int limit);

/** List spend per UTC day (day start in ms, nano-dollars) over the whole workspace, for the timeline. */
Result<QList<std::pair<qint64, qint64>>> dailySpend(Store::Workspace& ws);

/**
 * The excess of `anomalies` with money that shows in several of them counted once: spend spikes of one UTC day on
 * different dimensions (cost center, model, key) are the same spend seen three ways, so only the largest counts; a
 * spike that overlaps an agent loop, retry storm or context bloat in time is that anomaly's spend seen per dimension,
 * so it does not count. Shadow spend and unpriced models are whole-key / whole-model amounts and count as they are
 * (unpriced ones have no amount).
 */
qint64 combinedExcess(const QList<Anomaly>& anomalies);

/** How the detector of `k` works, with the numbers of `o`, for the GUI (translated, plain text). */
QString methodText(Kind k, const Options& o);

/** {"anomalies": [...]} of DESIGN.md, with extra fields (excess_cost_nusd, metric, observed, baseline, details). */
QByteArray toJson(const QList<Anomaly>& anomalies);

} // namespace Anomalies

Q_DECLARE_METATYPE(Anomalies::Anomaly)
