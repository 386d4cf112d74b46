// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// The planner's scenarios (issue 16, part 5): each tab's inputs as JSON, saved by name in the workspace (table
// planner_scenarios), compared side by side and exported.
#include "core/common/result.h"
#include "core/planning/breakeven.h"
#include "core/planning/cachesavings.h"
#include "core/planning/routing.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace Store {
class Workspace;
}

namespace Planning {

enum class ScenarioKind { Cache, Routing, BreakEven };
QString kindId(ScenarioKind k); // "cache", "routing", "breakeven"

/** The cache tab's inputs. */
struct CacheScenario
{
    QString provider, model;
    qint64 staticTokens = 2000, variableTokens = 500, outputTokens = 300;
    int requestsPerDay = 10000;
    QString arrivals = QStringLiteral("business"); // uniform | business | bursty | replay
    QString replayWorkflow; // arrivals "replay": the workflow whose calls' times are replayed
    QString replayCostCenter; // or, where set, the cost center
    QString ttl = QStringLiteral("default"); // default | 5m | 1h
    bool geminiExplicit = false;
    std::optional<double> inputPrice; // overrides the catalog's base input price
};

/** The routing tab's inputs: each class's plan, and its load where typed instead of read from the workspace. */
struct RoutingScenario
{
    bool fromWorkspace = true;
    std::map<TaskClass, ClassLoad> typedLoads;
    std::map<TaskClass, ClassPlan> plans;
    QMap<QString, TaskClass> classOverrides; // workflow → class
};

/** The break-even tab's inputs. */
struct BreakEvenScenario
{
    SelfHostInputs server;
    bool fromWorkspace = true; // the API side is the workspace's monthly volume and spend
    ApiVolume typedApi;
    qint64 abRunId = 0; // > 0: the throughput came from this saved A/B run
};

QJsonObject toJson(const CacheScenario& s);
QJsonObject toJson(const RoutingScenario& s);
QJsonObject toJson(const BreakEvenScenario& s);
/** The inverse of toJson(); missing keys keep their defaults (scenarios saved by older versions still load). */
CacheScenario cacheScenarioFromJson(const QJsonObject& j);
RoutingScenario routingScenarioFromJson(const QJsonObject& j);
BreakEvenScenario breakEvenScenarioFromJson(const QJsonObject& j);

/** The source article's case study as a routing scenario: 1,000 product descriptions of 500 input and 300 output
 * tokens on a frontier model at $60/$300 per 1M ($0.12 each, 2% corrected); "hybrid" cascades through a $4/$30 model
 * escalating 20% ($0.035 each, 5% corrected); "slm" routes everything to a self-hosted model at $15 per 1M ($0.012
 * each, 9% corrected). `option` is "gpt", "hybrid" or "slm"; corrections cost `correctionUsd` each. */
RoutingScenario articleCaseStudy(const QString& option, double correctionUsd = 5);

struct SavedScenario
{
    qint64 id = 0;
    ScenarioKind kind = ScenarioKind::Cache;
    QString name;
    qint64 savedMs = 0;
    QJsonObject inputs;
};

class ScenarioRepository
{
public:
    explicit ScenarioRepository(Store::Workspace& ws);
    /** Saves under `name`, replacing a scenario of the same kind and name; returns its id. */
    Result<qint64> save(ScenarioKind kind, const QString& name, const QJsonObject& inputs, qint64 nowMs);
    /** The saved scenarios of `kind`, by name. */
    Result<QList<SavedScenario>> list(ScenarioKind kind);
    Result<void> remove(qint64 id);

private:
    Store::Workspace& m_ws;
};

} // namespace Planning
