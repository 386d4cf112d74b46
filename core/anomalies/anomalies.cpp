// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/anomalies/anomalies.h"

#include "core/anomalies/detectors.h"
#include "core/common/logging.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>
#include <cmath>

namespace Anomalies {

namespace Detail {

    double median(QList<double> v)
    {
        if (v.isEmpty())
            return 0;
        std::sort(v.begin(), v.end());
        const qsizetype n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    double mad(const QList<double>& v, double med)
    {
        QList<double> dev;
        dev.reserve(v.size());
        for (double x : v)
            dev << std::abs(x - med);
        return median(dev);
    }

    Result<void> exec(Store::Workspace& ws, QSqlQuery& q, const QString& sql, const QVariantList& binds)
    {
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return Store::sqlError(
                ws.path(), QCoreApplication::translate("Anomalies", "finding anomalies"), q.lastError().text());
        for (int i = 0; i < binds.size(); ++i) // a null QString would bind as NULL, which equals nothing
            q.bindValue(i,
                binds[i].typeId() == QMetaType::QString && binds[i].toString().isNull() ? QVariant(QStringLiteral(""))
                                                                                        : binds[i]);
        if (!q.exec())
            return Store::sqlError(
                ws.path(), QCoreApplication::translate("Anomalies", "finding anomalies"), q.lastError().text());
        return {};
    }

    Error canceled()
    {
        return Error { Error::Code::Canceled, QCoreApplication::translate("Anomalies", "Canceled.") };
    }

    qint64 excessOver(qint64 costNano, double expected, double actual)
    {
        if (actual <= 0 || expected >= actual)
            return 0;
        return qMax<qint64>(0, costNano - qint64(std::llround(double(costNano) * qMax(0.0, expected) / actual)));
    }

} // namespace Detail

double Anomaly::ratio() const
{
    if (baseline <= 0)
        return observed > 0 ? std::numeric_limits<double>::infinity() : 0;
    return observed / baseline;
}

QString kindName(Kind k)
{
    switch (k) {
    case Kind::SpendSpike:
        return QStringLiteral("spend_spike");
    case Kind::ShadowSpend:
        return QStringLiteral("shadow_spend");
    case Kind::AgentLoop:
        return QStringLiteral("agent_loop");
    case Kind::RetryStorm:
        return QStringLiteral("retry_storm");
    case Kind::ContextBloat:
        return QStringLiteral("context_bloat");
    case Kind::Unpriced:
        return QStringLiteral("unpriced");
    }
    return {};
}

QString kindTitle(Kind k)
{
    switch (k) {
    case Kind::SpendSpike:
        return QCoreApplication::translate("Anomalies", "Spend spike");
    case Kind::ShadowSpend:
        return QCoreApplication::translate("Anomalies", "Shadow spend");
    case Kind::AgentLoop:
        return QCoreApplication::translate("Anomalies", "Agent loop");
    case Kind::RetryStorm:
        return QCoreApplication::translate("Anomalies", "Retry storm");
    case Kind::ContextBloat:
        return QCoreApplication::translate("Anomalies", "Context bloat");
    case Kind::Unpriced:
        return QCoreApplication::translate("Anomalies", "Unpriced model");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

Severity severityFor(const Options& o, std::optional<qint64> excessNano, double ratio)
{
    const double e = excessNano ? Detail::usd(*excessNano) : 0;
    if (e >= o.severityCriticalUsd || (ratio >= o.severityRatioCritical && e >= o.severityHighUsd))
        return Severity::Critical;
    if (e >= o.severityHighUsd || (ratio >= o.severityRatioHigh && e >= o.severityMediumUsd))
        return Severity::High;
    if (e >= o.severityMediumUsd || ratio >= o.severityRatioMedium)
        return Severity::Medium;
    return Severity::Low;
}

namespace {

    /** " WHERE …" of an evidence filter, with its bind values. */
    QString evidenceWhere(const EvidenceFilter& f, QVariantList& binds)
    {
        QStringList parts { QStringLiteral("time_ms >= ?"), QStringLiteral("time_ms < ?") };
        binds << f.fromMs << f.toMs;
        for (auto it = f.equals.cbegin(); it != f.equals.cend(); ++it) {
            parts << it.key() + QStringLiteral(" = ?"); // keys are column names chosen by the detectors
            binds << it.value();
        }
        if (!f.condition.isEmpty())
            parts << QLatin1Char('(') + f.condition + QLatin1Char(')');
        return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }

    Result<void> fillEvidenceIds(Store::Workspace& ws, Anomaly& a, int limit)
    {
        QVariantList binds;
        const QString sql = QStringLiteral("SELECT id FROM events") + evidenceWhere(a.evidence, binds)
            + QStringLiteral(" ORDER BY time_ms, id LIMIT %1").arg(limit);
        QSqlQuery q(ws.db());
        if (auto r = Detail::exec(ws, q, sql, binds); !r)
            return r;
        a.evidenceIds.clear();
        while (q.next())
            a.evidenceIds << q.value(0).toLongLong();
        return {};
    }

} // namespace

Result<QList<Anomaly>> detect(Store::Workspace& ws, const Options& o, TaskContext& ctx)
{
    using Detector = Result<QList<Anomaly>> (*)(Store::Workspace&, const Options&, TaskContext&);
    const Detector detectors[] = { Detail::spendSpikes, Detail::shadowSpend, Detail::agentLoops, Detail::retryStorms,
        Detail::contextBloat, Detail::unpricedSpend };
    const char* const names[]
        = { "spend spikes", "shadow spend", "agent loops", "retry storms", "context bloat", "unpriced" };
    const qint64 steps = qint64(std::size(detectors)) + 1;
    QList<Anomaly> all;
    qint64 step = 0;
    QElapsedTimer timer;
    timer.start();
    for (Detector d : detectors) {
        if (ctx.isCanceled())
            return Detail::canceled();
        auto found = d(ws, o, ctx);
        qCDebug(lcAnalytics) << names[step] << timer.restart() << "ms";
        if (!found)
            return found.error();
        for (Anomaly& a : found.value())
            if (a.startMs < o.toMs && a.endMs > o.fromMs)
                all << std::move(a);
        ctx.setProgress(++step, steps);
    }
    std::stable_sort(all.begin(), all.end(), [](const Anomaly& a, const Anomaly& b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : int(a.kind) < int(b.kind);
    });
    for (Anomaly& a : all) {
        if (ctx.isCanceled())
            return Detail::canceled();
        if (auto r = fillEvidenceIds(ws, a, o.evidenceLimit); !r)
            return r.error();
    }
    qCDebug(lcAnalytics) << "evidence ids" << timer.restart() << "ms";
    ctx.setProgress(steps, steps);
    return all;
}

qint64 combinedExcess(const QList<Anomaly>& anomalies)
{
    qint64 total = 0;
    QMap<qint64, qint64> spikeByDay; // UTC day → largest spike of that day
    for (const Anomaly& a : anomalies) {
        if (a.kind != Kind::SpendSpike) {
            total += a.excessCostNano.value_or(0);
            continue;
        }
        const bool explained = std::any_of(anomalies.cbegin(), anomalies.cend(), [&](const Anomaly& b) {
            return (b.kind == Kind::AgentLoop || b.kind == Kind::RetryStorm || b.kind == Kind::ContextBloat)
                && b.startMs < a.endMs && a.startMs < b.endMs;
        });
        if (explained)
            continue;
        qint64& day = spikeByDay[TimeUtil::dayStart(a.startMs)];
        day = qMax(day, a.excessCostNano.value_or(0));
    }
    for (qint64 v : std::as_const(spikeByDay))
        total += v;
    return total;
}

Result<QList<EvidenceCall>> evidenceCalls(Store::Workspace& ws, const Anomaly& a, int limit)
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT id, time_ms, model, cost_center, api_key, project, task_id, agent_id, "
                                       "call_id, parent_call_id, status, calls, uncached_input_tokens + "
                                       "cache_read_tokens + cache_write_5m_tokens + cache_write_1h_tokens, "
                                       "output_tokens + reasoning_tokens, list_cost_nusd FROM events")
        + evidenceWhere(a.evidence, binds) + QStringLiteral(" ORDER BY time_ms, id LIMIT %1").arg(limit);
    QSqlQuery q(ws.db());
    if (auto r = Detail::exec(ws, q, sql, binds); !r)
        return r.error();
    QList<EvidenceCall> out;
    while (q.next()) {
        EvidenceCall c;
        c.id = q.value(0).toLongLong();
        c.timeMs = q.value(1).toLongLong();
        c.model = q.value(2).toString();
        c.costCenter = q.value(3).toString();
        c.apiKey = q.value(4).toString();
        c.project = q.value(5).toString();
        c.taskId = q.value(6).toString();
        c.agentId = q.value(7).toString();
        c.callId = q.value(8).toString();
        c.parentCallId = q.value(9).toString();
        c.status = q.value(10).toString();
        c.calls = q.value(11).toLongLong();
        c.inputTokens = q.value(12).toLongLong();
        c.outputTokens = q.value(13).toLongLong();
        if (!q.value(14).isNull())
            c.listCostNano = q.value(14).toLongLong();
        out << c;
    }
    return out;
}

Result<QList<std::pair<qint64, qint64>>> dailySpend(Store::Workspace& ws)
{
    QSqlQuery q(ws.db());
    if (auto r = Detail::exec(
            ws, q, QStringLiteral("SELECT day, SUM(list_cost_nusd) FROM daily_rollup GROUP BY day ORDER BY day"));
        !r)
        return r.error();
    QList<std::pair<qint64, qint64>> out;
    while (q.next())
        out.append({ q.value(0).toLongLong() * TimeUtil::MsPerDay, q.value(1).toLongLong() });
    return out;
}

QByteArray toJson(const QList<Anomaly>& anomalies)
{
    QJsonArray list;
    for (const Anomaly& a : anomalies) {
        QJsonObject where;
        for (auto it = a.where.cbegin(); it != a.where.cend(); ++it)
            where.insert(it.key(), it.value());
        QJsonObject details;
        for (auto it = a.details.cbegin(); it != a.details.cend(); ++it)
            details.insert(it.key(), it.value());
        QJsonObject o { { QStringLiteral("kind"), kindName(a.kind) },
            { QStringLiteral("start"), TimeUtil::toIso(a.startMs) },
            { QStringLiteral("end"), TimeUtil::toIso(a.endMs) }, { QStringLiteral("where"), where },
            { QStringLiteral("severity"), severityName(a.severity) },
            { QStringLiteral("excess_cost_usd"),
                a.excessCostNano ? QJsonValue(Money::nanoToUsd(*a.excessCostNano)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("excess_cost_nusd"),
                a.excessCostNano ? QJsonValue(*a.excessCostNano) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("evidence_calls"), a.evidenceCalls }, { QStringLiteral("metric"), a.metric },
            { QStringLiteral("observed"), a.observed }, { QStringLiteral("baseline"), a.baseline },
            { QStringLiteral("details"), details } };
        list.append(o);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("anomalies"), list } }).toJson(QJsonDocument::Compact);
}

QString methodText(Kind k, const Options& o)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("Anomalies", s); };
    QString text;
    switch (k) {
    case Kind::SpendSpike:
        text = tr("Daily list spend of each %1 is compared with the median of the same weekday over the previous %2 "
                  "weeks (weekends are compared with weekends). A day is a spike when its spend exceeds that median "
                  "by more than the largest of %3 × 1.4826 × MAD (median absolute deviation of those weekdays), "
                  "%4% of the median and $%5. The series must have spent on at least %6 of those weekdays. "
                  "Excess = spend − median, summed over consecutive spike days.")
                   .arg(o.spikeDimensions.join(QStringLiteral(", ")))
                   .arg(o.spikeWeeks)
                   .arg(o.spikeMadK)
                   .arg(o.spikeMinRelative * 100)
                   .arg(o.spikeMinExcessUsd)
                   .arg(o.spikeMinWeeks);
        break;
    case Kind::ShadowSpend:
        text = tr("Spend on an API key (or, for calls without a key, a model) whose calls carry no cost center and no "
                  "owner, after attribution rules: nobody claims it. A key is reported once its spend reaches $%1. Excess = all of that spend; "
                  "severity by that amount alone (there is no baseline). A key first seen more than %2 days after "
                  "the workspace's first day is new, which raises its severity one step.")
                   .arg(o.shadowMinUsd)
                   .arg(o.shadowNewAfterDays);
        break;
    case Kind::AgentLoop:
        text = tr("Calls of each task (or agent, without task ids) per %1-minute window. Norm: the median peak window "
                  "of the project's other tasks (none: only the floor applies; for an agent, the median of its own "
                  "windows). Runaway: at least %2 calls "
                  "and %3 × the norm in a window; adjacent runaway windows form one loop. A parent_call_id chain of "
                  "%4 or more calls is a loop at any pace. Excess = cost × (1 − norm × windows / calls); for a slow "
                  "loop, the norm is the median calls per "
                  "task of the project's other tasks.")
                   .arg(o.loopWindowMinutes)
                   .arg(o.loopMinCalls)
                   .arg(o.loopFactor)
                   .arg(o.loopMaxDepth);
        break;
    case Kind::RetryStorm:
        text = tr("Error calls per %1-minute window of each API key and model against that pair's mean errors per "
                  "window over the whole workspace. A burst: at least %2 errors and %3 × the mean. Excess = the cost "
                  "of the burst's error calls beyond the mean.")
                   .arg(o.stormWindowMinutes)
                   .arg(o.stormMinErrors)
                   .arg(o.stormFactor);
        break;
    case Kind::ContextBloat:
        text = tr("Input tokens per call of each workflow (project) per day, against the median of its previous %1 "
                  "days with at least %2 calls (bloated days excluded; at least %3 such days needed). Bloat: %4× the "
                  "baseline or more on %5 or more consecutive days. Excess = cost − calls × the baseline days' "
                  "median cost per call.")
                   .arg(o.bloatBaselineDays)
                   .arg(o.bloatMinCalls)
                   .arg(o.bloatMinBaselineDays)
                   .arg(o.bloatFactor)
                   .arg(o.bloatMinDays);
        break;
    case Kind::Unpriced:
        text = tr("Calls to a model with no list price in the catalog or the workspace's prices. Their cost is "
                  "unknown (never counted as $0), so the excess is unknown. Severity: medium, high above %1% of all "
                  "calls.")
                   .arg(o.unpricedHighShare * 100);
        break;
    }
    return text
        + tr("\n\nSeverity: critical from $%1 excess (or %2× with $%3); high from $%3 (or %4× with $%5); medium from "
             "$%5 or %6×; low below.")
              .arg(o.severityCriticalUsd)
              .arg(o.severityRatioCritical)
              .arg(o.severityHighUsd)
              .arg(o.severityRatioHigh)
              .arg(o.severityMediumUsd)
              .arg(o.severityRatioMedium);
}

} // namespace Anomalies
