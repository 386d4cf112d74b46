// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/planning/scenarios.h"

#include "core/store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Planning {

namespace {

    QJsonObject loadJson(const ClassLoad& l)
    {
        return { { QStringLiteral("outcomes"), l.outcomes }, { QStringLiteral("input_tokens"), l.inputTokens },
            { QStringLiteral("output_tokens"), l.outputTokens }, { QStringLiteral("spend_usd"), l.spendUsd },
            { QStringLiteral("correction_rate"), l.correctionRate } };
    }

    ClassLoad loadFromJson(const QJsonObject& j)
    {
        ClassLoad l;
        l.outcomes = j.value(QStringLiteral("outcomes")).toDouble();
        l.inputTokens = j.value(QStringLiteral("input_tokens")).toDouble();
        l.outputTokens = j.value(QStringLiteral("output_tokens")).toDouble();
        l.spendUsd = j.value(QStringLiteral("spend_usd")).toDouble();
        l.correctionRate = j.value(QStringLiteral("correction_rate")).toDouble();
        return l;
    }

    QJsonObject planJson(const ClassPlan& p)
    {
        return { { QStringLiteral("strategy"), strategyId(p.strategy) },
            { QStringLiteral("routed_share"), p.routedShare },
            { QStringLiteral("confidence_threshold"), p.confidenceThreshold },
            { QStringLiteral("escalation_rate"), p.escalationRate },
            { QStringLiteral("small_input_usd_per_1m"), p.small.input },
            { QStringLiteral("small_output_usd_per_1m"), p.small.output },
            { QStringLiteral("small_label"), p.smallLabel },
            { QStringLiteral("small_correction_rate"), p.smallCorrectionRate },
            { QStringLiteral("correction_usd"), p.correctionUsd }, { QStringLiteral("expected_low"), p.expected.low },
            { QStringLiteral("expected_high"), p.expected.high } };
    }

    ClassPlan planFromJson(TaskClass c, const QJsonObject& j)
    {
        ClassPlan p = defaultPlan(c);
        auto num = [&j](const char* key, double fallback) { return j.value(QLatin1String(key)).toDouble(fallback); };
        p.strategy = strategyFromId(j.value(QStringLiteral("strategy")).toString()).value_or(Strategy::Keep);
        p.routedShare = num("routed_share", p.routedShare);
        p.confidenceThreshold = num("confidence_threshold", p.confidenceThreshold);
        p.escalationRate = num("escalation_rate", p.escalationRate);
        p.small.input = num("small_input_usd_per_1m", 0);
        p.small.output = num("small_output_usd_per_1m", 0);
        p.smallLabel = j.value(QStringLiteral("small_label")).toString();
        p.smallCorrectionRate = num("small_correction_rate", p.smallCorrectionRate);
        p.correctionUsd = num("correction_usd", p.correctionUsd);
        p.expected.low = num("expected_low", p.expected.low);
        p.expected.high = num("expected_high", p.expected.high);
        return p;
    }

    struct ServerField
    {
        const char* key;
        double SelfHostInputs::*member;
    };
    constexpr ServerField ServerFields[] = {
        { "hardware_usd", &SelfHostInputs::hardwareUsd },
        { "depreciation_years", &SelfHostInputs::depreciationYears },
        { "gpu_usd_per_hour", &SelfHostInputs::gpuUsdPerHour },
        { "power_watts", &SelfHostInputs::powerWatts },
        { "usd_per_kwh", &SelfHostInputs::usdPerKwh },
        { "hosting_usd_per_month", &SelfHostInputs::hostingUsdPerMonth },
        { "mlops_usd_per_month", &SelfHostInputs::mlopsUsdPerMonth },
        { "utilization", &SelfHostInputs::utilization },
        { "tokens_per_second", &SelfHostInputs::tokensPerSecond },
    };

} // namespace

QString kindId(ScenarioKind k)
{
    switch (k) {
    case ScenarioKind::Routing:
        return QStringLiteral("routing");
    case ScenarioKind::BreakEven:
        return QStringLiteral("breakeven");
    case ScenarioKind::Cache:
        break;
    }
    return QStringLiteral("cache");
}

QJsonObject toJson(const CacheScenario& s)
{
    QJsonObject j { { QStringLiteral("provider"), s.provider }, { QStringLiteral("model"), s.model },
        { QStringLiteral("static_tokens"), double(s.staticTokens) },
        { QStringLiteral("variable_tokens"), double(s.variableTokens) },
        { QStringLiteral("output_tokens"), double(s.outputTokens) },
        { QStringLiteral("requests_per_day"), s.requestsPerDay }, { QStringLiteral("arrivals"), s.arrivals },
        { QStringLiteral("replay_workflow"), s.replayWorkflow },
        { QStringLiteral("replay_cost_center"), s.replayCostCenter }, { QStringLiteral("ttl"), s.ttl },
        { QStringLiteral("gemini_explicit"), s.geminiExplicit } };
    if (s.inputPrice)
        j.insert(QStringLiteral("input_price"), *s.inputPrice);
    return j;
}

CacheScenario cacheScenarioFromJson(const QJsonObject& j)
{
    CacheScenario s;
    s.provider = j.value(QStringLiteral("provider")).toString();
    s.model = j.value(QStringLiteral("model")).toString();
    s.staticTokens = qint64(j.value(QStringLiteral("static_tokens")).toDouble(double(s.staticTokens)));
    s.variableTokens = qint64(j.value(QStringLiteral("variable_tokens")).toDouble(double(s.variableTokens)));
    s.outputTokens = qint64(j.value(QStringLiteral("output_tokens")).toDouble(double(s.outputTokens)));
    s.requestsPerDay = j.value(QStringLiteral("requests_per_day")).toInt(s.requestsPerDay);
    s.arrivals = j.value(QStringLiteral("arrivals")).toString(s.arrivals);
    s.replayWorkflow = j.value(QStringLiteral("replay_workflow")).toString();
    s.replayCostCenter = j.value(QStringLiteral("replay_cost_center")).toString();
    s.ttl = j.value(QStringLiteral("ttl")).toString(s.ttl);
    s.geminiExplicit = j.value(QStringLiteral("gemini_explicit")).toBool();
    if (j.contains(QStringLiteral("input_price")))
        s.inputPrice = j.value(QStringLiteral("input_price")).toDouble();
    return s;
}

QJsonObject toJson(const RoutingScenario& s)
{
    QJsonObject plans, loads, overrides;
    for (const auto& [c, p] : s.plans)
        plans.insert(classId(c), planJson(p));
    for (const auto& [c, l] : s.typedLoads)
        loads.insert(classId(c), loadJson(l));
    for (auto it = s.classOverrides.cbegin(); it != s.classOverrides.cend(); ++it)
        overrides.insert(it.key(), classId(it.value()));
    return { { QStringLiteral("from_workspace"), s.fromWorkspace }, { QStringLiteral("plans"), plans },
        { QStringLiteral("typed_loads"), loads }, { QStringLiteral("class_overrides"), overrides } };
}

RoutingScenario routingScenarioFromJson(const QJsonObject& j)
{
    RoutingScenario s;
    s.fromWorkspace = j.value(QStringLiteral("from_workspace")).toBool(true);
    const QJsonObject plans = j.value(QStringLiteral("plans")).toObject();
    const QJsonObject loads = j.value(QStringLiteral("typed_loads")).toObject();
    for (TaskClass c : AllTaskClasses) {
        s.plans[c] = planFromJson(c, plans.value(classId(c)).toObject());
        if (loads.contains(classId(c)))
            s.typedLoads[c] = loadFromJson(loads.value(classId(c)).toObject());
    }
    const QJsonObject overrides = j.value(QStringLiteral("class_overrides")).toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        if (const auto c = classFromId(it.value().toString()))
            s.classOverrides.insert(it.key(), *c);
    return s;
}

QJsonObject toJson(const BreakEvenScenario& s)
{
    QJsonObject server;
    for (const ServerField& f : ServerFields)
        server.insert(QLatin1String(f.key), s.server.*f.member);
    return { { QStringLiteral("server"), server }, { QStringLiteral("from_workspace"), s.fromWorkspace },
        { QStringLiteral("api_tokens_per_month"), s.typedApi.tokensPerMonth },
        { QStringLiteral("api_usd_per_month"), s.typedApi.usdPerMonth },
        { QStringLiteral("ab_run"), double(s.abRunId) } };
}

BreakEvenScenario breakEvenScenarioFromJson(const QJsonObject& j)
{
    BreakEvenScenario s;
    const QJsonObject server = j.value(QStringLiteral("server")).toObject();
    for (const ServerField& f : ServerFields)
        s.server.*f.member = server.value(QLatin1String(f.key)).toDouble(s.server.*f.member);
    s.fromWorkspace = j.value(QStringLiteral("from_workspace")).toBool(true);
    s.typedApi.tokensPerMonth = j.value(QStringLiteral("api_tokens_per_month")).toDouble();
    s.typedApi.usdPerMonth = j.value(QStringLiteral("api_usd_per_month")).toDouble();
    s.abRunId = qint64(j.value(QStringLiteral("ab_run")).toDouble());
    return s;
}

RoutingScenario articleCaseStudy(const QString& option, double correctionUsd)
{
    RoutingScenario s;
    s.fromWorkspace = false;
    ClassLoad l;
    l.outcomes = 1000;
    l.inputTokens = 1000 * 500;
    l.outputTokens = 1000 * 300;
    l.spendUsd = (l.inputTokens * 60 + l.outputTokens * 300) / 1e6; // $120
    l.correctionRate = 0.02;
    const TaskClass c = TaskClass::Support;
    s.typedLoads[c] = l;
    ClassPlan p = defaultPlan(c);
    p.correctionUsd = correctionUsd;
    if (option == QLatin1String("hybrid")) {
        p.strategy = Strategy::Cascade;
        p.small = { 4, 30 }; // $0.011 a description
        p.smallLabel = QStringLiteral("small API model");
        p.escalationRate = 0.2;
        p.smallCorrectionRate = 0.0575; // 0.8 x 5.75% + 0.2 x 2% = 5%
    } else if (option == QLatin1String("slm")) {
        p.strategy = Strategy::Route;
        p.routedShare = 1;
        p.small = { 15, 15 };
        p.smallLabel = QStringLiteral("self-hosted SLM");
        p.smallCorrectionRate = 0.09;
    }
    s.plans[c] = p;
    return s;
}

ScenarioRepository::ScenarioRepository(Store::Workspace& ws)
    : m_ws(ws)
{ }

Result<qint64> ScenarioRepository::save(ScenarioKind kind, const QString& name, const QJsonObject& inputs, qint64 nowMs)
{
    QSqlQuery q(m_ws.db());
    const QString json = QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact));
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("INSERT INTO planner_scenarios (kind, name, saved_ms, inputs) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (kind, name) DO UPDATE SET saved_ms = excluded.saved_ms, "
                           "inputs = excluded.inputs"),
            { kindId(kind), name.trimmed(), nowMs, json });
        !r)
        return r.error();
    QSqlQuery id(m_ws.db());
    if (auto r
        = Store::runQuery(m_ws, id, QStringLiteral("SELECT id FROM planner_scenarios WHERE kind = ? AND name = ?"),
            { kindId(kind), name.trimmed() });
        !r)
        return r.error();
    return id.next() ? id.value(0).toLongLong() : qint64(0);
}

Result<QList<SavedScenario>> ScenarioRepository::list(ScenarioKind kind)
{
    QSqlQuery q(m_ws.db());
    if (auto r = Store::runQuery(m_ws, q,
            QStringLiteral("SELECT id, name, saved_ms, inputs FROM planner_scenarios WHERE kind = ? ORDER BY name"),
            { kindId(kind) });
        !r)
        return r.error();
    QList<SavedScenario> out;
    while (q.next()) {
        SavedScenario s;
        s.id = q.value(0).toLongLong();
        s.kind = kind;
        s.name = q.value(1).toString();
        s.savedMs = q.value(2).toLongLong();
        s.inputs = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out << s;
    }
    return out;
}

Result<void> ScenarioRepository::remove(qint64 id)
{
    QSqlQuery q(m_ws.db());
    return Store::runQuery(m_ws, q, QStringLiteral("DELETE FROM planner_scenarios WHERE id = ?"), { id });
}

} // namespace Planning
