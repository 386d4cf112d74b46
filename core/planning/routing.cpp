// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/planning/routing.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace Planning {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Planning::Routing)
    };

    bool isShare(double v)
    {
        return v >= 0 && v <= 1;
    }

} // namespace

QString classId(TaskClass c)
{
    switch (c) {
    case TaskClass::Classification:
        return QStringLiteral("classification");
    case TaskClass::Extraction:
        return QStringLiteral("extraction");
    case TaskClass::Support:
        return QStringLiteral("support");
    case TaskClass::Reasoning:
        break;
    }
    return QStringLiteral("reasoning");
}

std::optional<TaskClass> classFromId(const QString& id)
{
    for (TaskClass c : AllTaskClasses)
        if (classId(c).compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

QString className(TaskClass c)
{
    switch (c) {
    case TaskClass::Classification:
        return Text::tr("Classification and routing");
    case TaskClass::Extraction:
        return Text::tr("Extraction and NER");
    case TaskClass::Support:
        return Text::tr("Support bot, FAQ");
    case TaskClass::Reasoning:
        break;
    }
    return Text::tr("Complex analytics, reasoning");
}

QString classShortName(TaskClass c)
{
    switch (c) {
    case TaskClass::Classification:
        return Text::tr("Classification");
    case TaskClass::Extraction:
        return Text::tr("Extraction");
    case TaskClass::Support:
        return Text::tr("Support");
    case TaskClass::Reasoning:
        break;
    }
    return Text::tr("Reasoning");
}

SavingsRange articleRange(TaskClass c)
{
    switch (c) {
    case TaskClass::Classification:
        return { 0.80, 0.95 };
    case TaskClass::Extraction:
        return { 0.70, 0.90 };
    case TaskClass::Support:
        return { 0.40, 0.80 };
    case TaskClass::Reasoning:
        break;
    }
    return { 0.0, 0.30 };
}

std::optional<TaskClass> classifyByName(const QString& project, const QString& operation, const QString& agentId)
{
    static const QRegularExpression Classification(
        QStringLiteral("triage|rout|classif|categor|intent"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression Extraction(
        QStringLiteral("extract|invoice|pars|\\bner\\b|entit"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression Support(
        QStringLiteral("support|helpdesk|faq|customer"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression Reasoning(
        QStringLiteral("agent|research|reason|analy"), QRegularExpression::CaseInsensitiveOption);
    for (const QString* s : { &project, &operation, &agentId }) {
        if (s->isEmpty())
            continue;
        if (Classification.match(*s).hasMatch())
            return TaskClass::Classification;
        if (Extraction.match(*s).hasMatch())
            return TaskClass::Extraction;
        if (Support.match(*s).hasMatch())
            return TaskClass::Support;
        if (Reasoning.match(*s).hasMatch())
            return TaskClass::Reasoning;
    }
    return std::nullopt;
}

TaskClass classifyByTokens(qint64 inputTokens, qint64 outputTokens, qint64 reasoningTokens)
{
    if (reasoningTokens > 0)
        return TaskClass::Reasoning;
    if (outputTokens <= 64)
        return TaskClass::Classification;
    if (outputTokens <= 512 && outputTokens * 8 <= inputTokens)
        return TaskClass::Extraction;
    return TaskClass::Reasoning;
}

TaskClass classify(const CallTraits& call)
{
    if (const auto tagged = classFromId(call.tag))
        return *tagged;
    if (const auto named = classifyByName(call.project, call.operation, call.agentId))
        return *named;
    return classifyByTokens(call.inputTokens, call.outputTokens, call.reasoningTokens);
}

QString strategyId(Strategy s)
{
    switch (s) {
    case Strategy::Route:
        return QStringLiteral("route");
    case Strategy::Cascade:
        return QStringLiteral("cascade");
    case Strategy::Keep:
        break;
    }
    return QStringLiteral("keep");
}

std::optional<Strategy> strategyFromId(const QString& id)
{
    for (Strategy s : { Strategy::Keep, Strategy::Route, Strategy::Cascade })
        if (strategyId(s) == id.trimmed().toLower())
            return s;
    return std::nullopt;
}

ClassPlan defaultPlan(TaskClass c)
{
    ClassPlan p;
    p.cls = c;
    p.expected = articleRange(c);
    return p;
}

std::vector<FieldError> validate(const ClassPlan& p)
{
    std::vector<FieldError> e;
    auto add = [&e](const char* field, const QString& message) {
        e.push_back({ QString::fromLatin1(field), message });
    };
    if (!isShare(p.routedShare))
        add("routed-share", Text::tr("The routed share must be between 0% and 100%."));
    if (!isShare(p.confidenceThreshold))
        add("confidence-threshold", Text::tr("The confidence threshold must be between 0 and 1."));
    if (!isShare(p.escalationRate))
        add("escalation-rate", Text::tr("The escalation rate must be between 0% and 100%."));
    if (!isShare(p.smallCorrectionRate))
        add("small-correction-rate", Text::tr("The correction rate must be between 0% and 100%."));
    if (!(p.small.input >= 0 && p.small.output >= 0))
        add("small-price", Text::tr("The small model's prices cannot be negative."));
    if (p.strategy != Strategy::Keep && p.small.input == 0 && p.small.output == 0)
        add("small-price",
            Text::tr("Choose the small model, or give its price: a model that costs nothing "
                     "saves everything."));
    if (!(p.correctionUsd >= 0))
        add("correction-cost", Text::tr("A correction's cost cannot be negative."));
    if (!(isShare(p.expected.low) && isShare(p.expected.high) && p.expected.low <= p.expected.high))
        add("expected-savings", Text::tr("The expected savings must be a range within 0% to 100%, low before high."));
    return e;
}

std::vector<FieldError> validate(const ClassLoad& l)
{
    std::vector<FieldError> e;
    auto add = [&e](const char* field, const QString& message) {
        e.push_back({ QString::fromLatin1(field), message });
    };
    if (!(l.outcomes >= 0))
        add("outcomes", Text::tr("Outcomes cannot be negative."));
    if (!(l.inputTokens >= 0 && l.outputTokens >= 0))
        add("tokens", Text::tr("Token counts cannot be negative."));
    if (!(l.spendUsd >= 0))
        add("spend", Text::tr("Spend cannot be negative."));
    if (!isShare(l.correctionRate))
        add("correction-rate", Text::tr("The correction rate must be between 0% and 100%."));
    return e;
}

ClassProjection project(const ClassLoad& load, const ClassPlan& plan)
{
    ClassProjection p;
    p.cls = plan.cls;
    p.outcomes = load.outcomes;
    p.todayUsd = load.spendUsd;
    p.todayCorrectionRate = load.correctionRate;
    const double smallUsd = (load.inputTokens * plan.small.input + load.outputTokens * plan.small.output) / 1e6;
    switch (plan.strategy) {
    case Strategy::Keep:
        p.projectedUsd = load.spendUsd;
        p.projectedCorrectionRate = load.correctionRate;
        break;
    case Strategy::Route:
        p.projectedUsd = (1 - plan.routedShare) * load.spendUsd + plan.routedShare * smallUsd;
        p.projectedCorrectionRate
            = (1 - plan.routedShare) * load.correctionRate + plan.routedShare * plan.smallCorrectionRate;
        break;
    case Strategy::Cascade:
        p.projectedUsd = smallUsd + plan.escalationRate * load.spendUsd;
        p.projectedCorrectionRate
            = (1 - plan.escalationRate) * plan.smallCorrectionRate + plan.escalationRate * load.correctionRate;
        break;
    }
    p.todayCorrectionUsd = load.outcomes * p.todayCorrectionRate * plan.correctionUsd;
    p.projectedCorrectionUsd = load.outcomes * p.projectedCorrectionRate * plan.correctionUsd;
    if (plan.strategy != Strategy::Keep && p.todayUsd > 0) {
        const double s = p.modelSavings();
        p.outsideExpected = s < plan.expected.low - 1e-9 || s > plan.expected.high + 1e-9;
    }
    return p;
}

ClassProjection total(const std::vector<ClassProjection>& classes)
{
    ClassProjection t;
    double todayCorrections = 0, projectedCorrections = 0;
    for (const ClassProjection& c : classes) {
        t.outcomes += c.outcomes;
        t.todayUsd += c.todayUsd;
        t.projectedUsd += c.projectedUsd;
        t.todayCorrectionUsd += c.todayCorrectionUsd;
        t.projectedCorrectionUsd += c.projectedCorrectionUsd;
        todayCorrections += c.outcomes * c.todayCorrectionRate;
        projectedCorrections += c.outcomes * c.projectedCorrectionRate;
    }
    if (t.outcomes > 0) {
        t.todayCorrectionRate = todayCorrections / t.outcomes;
        t.projectedCorrectionRate = projectedCorrections / t.outcomes;
    }
    return t;
}

} // namespace Planning
