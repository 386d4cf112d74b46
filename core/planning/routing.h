// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// Routing and cascade what-ifs (issue 16, part 3): per task class, what today's work would cost if some of it went to
// a small model, directly (routing) or first (a cascade that escalates low-confidence answers to today's model), and
// what the corrections a human then makes cost. Every outcome is eventually accepted, the corrected ones after a
// human's fix, so CPSO is model spend over outcomes and "CPSO with corrections" adds the correction labour.
#include "core/planning/fielderror.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Planning {

/** The source article's task classes. */
enum class TaskClass { Classification, Extraction, Support, Reasoning };
constexpr std::array<TaskClass, 4> AllTaskClasses
    = { TaskClass::Classification, TaskClass::Extraction, TaskClass::Support, TaskClass::Reasoning };
/** "classification", "extraction", "support", "reasoning" (tags, JSON, the CLI). */
QString classId(TaskClass c);
std::optional<TaskClass> classFromId(const QString& id);
/** "Classification and routing", ... as the article names them, translated. */
QString className(TaskClass c);
/** "Classification", "Extraction", "Support", "Reasoning", translated (charts, narrow columns). */
QString classShortName(TaskClass c);

/** The article's estimate of savings against a frontier model, as shares (Support: 0.40 .. 0.80). */
struct SavingsRange
{
    double low = 0, high = 0;
};
SavingsRange articleRange(TaskClass c);

/** What a call shows of its task, for the heuristic. */
struct CallTraits
{
    QString project, operation, agentId;
    QString tag; // a "task_class" attribute where the source has one
    qint64 inputTokens = 0, outputTokens = 0, reasoningTokens = 0;
};
/**
 * A call's class: its task_class tag where it has one; else words in its project, operation or agent (triage, route,
 * classify → classification; extract, invoice, parse, ner → extraction; support, helpdesk, faq → support; agent,
 * research, analy → reasoning); else its tokens: reasoning tokens → reasoning, at most 64 output tokens →
 * classification, output at most 1/8 of input and at most 512 tokens → extraction; else reasoning (nothing is routed
 * from a class the heuristic cannot tell, unless the user says so).
 */
TaskClass classify(const CallTraits& call);
/** classify()'s two steps: the words of a call's project, operation or agent (nullopt: none tells), and its tokens. */
std::optional<TaskClass> classifyByName(const QString& project, const QString& operation, const QString& agentId);
TaskClass classifyByTokens(qint64 inputTokens, qint64 outputTokens, qint64 reasoningTokens);

/** Prices in USD per 1M tokens. */
struct TokenPrices
{
    double input = 0, output = 0;
};

enum class Strategy {
    Keep, // everything stays on today's model
    Route, // a share goes to the small model directly
    Cascade, // everything goes to the small model first; low-confidence answers escalate to today's model
};
QString strategyId(Strategy s); // "keep", "route", "cascade"
std::optional<Strategy> strategyFromId(const QString& id);

/** Today's work in one class (from the workspace, or typed). */
struct ClassLoad
{
    double outcomes = 0; // accepted outcomes a month
    double inputTokens = 0, outputTokens = 0; // a month, all calls (output includes reasoning)
    double spendUsd = 0; // a month, on today's models
    double correctionRate = 0; // share of outcomes a human corrected (today: tasks accepted after rework)
};

/** What the user plans for one class. */
struct ClassPlan
{
    TaskClass cls = TaskClass::Support;
    Strategy strategy = Strategy::Keep;
    double routedShare = 0; // Route: share of the work the small model takes
    double confidenceThreshold = 0.7; // Cascade: answers below it escalate...
    double escalationRate = 0.2; // ...and this share of them does (measured on a sample at that threshold)
    TokenPrices small; // the small model's prices
    QString smallLabel; // "gpt-4.1-nano" or "self-hosted (A/B run 3)"
    double smallCorrectionRate = 0.05; // share of the small model's outcomes a human corrects
    double correctionUsd = 5; // one human correction (minutes x loaded hourly rate)
    SavingsRange expected; // the article's range, editable
};
/** A plan with the article's range and nothing routed. */
ClassPlan defaultPlan(TaskClass c);
std::vector<FieldError> validate(const ClassPlan& plan);
std::vector<FieldError> validate(const ClassLoad& load);

struct ClassProjection
{
    TaskClass cls = TaskClass::Support;
    double outcomes = 0;
    double todayUsd = 0, projectedUsd = 0; // model spend a month
    double todayCorrectionRate = 0, projectedCorrectionRate = 0;
    double todayCorrectionUsd = 0, projectedCorrectionUsd = 0;
    double todayCpso() const { return outcomes > 0 ? todayUsd / outcomes : 0.0; }
    double projectedCpso() const { return outcomes > 0 ? projectedUsd / outcomes : 0.0; }
    double todayCpsoWithCorrections() const { return outcomes > 0 ? (todayUsd + todayCorrectionUsd) / outcomes : 0.0; }
    double projectedCpsoWithCorrections() const
    {
        return outcomes > 0 ? (projectedUsd + projectedCorrectionUsd) / outcomes : 0.0;
    }
    double modelSavings() const { return todayUsd > 0 ? 1 - projectedUsd / todayUsd : 0.0; }
    /** The model savings fall outside the plan's expected range (a plan to check). */
    bool outsideExpected = false;
};

/** `load` under `plan`: the small model's cost is its prices on the class's tokens; a cascade pays the small model
 * for all of it and today's model again for the escalated share. */
ClassProjection project(const ClassLoad& load, const ClassPlan& plan);

/** The sum over classes (CPSO over all outcomes). */
ClassProjection total(const std::vector<ClassProjection>& classes);

} // namespace Planning
