// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/pagetable.h"

#include "views/ab/abpage.h"
#include "views/anomaliespage.h"
#include "views/attributionpage.h"
#include "views/budgetspage.h"
#include "views/costcenterspage.h"
#include "views/discrepanciespage.h"
#include "views/livepage.h"
#include "views/maturitypage.h"
#include "views/planner/plannerpage.h"
#include "views/overviewpage.h"
#include "views/pricespage.h"
#include "views/prompteditorpage.h"

#include <QCoreApplication>

namespace {

template <class Page>
std::function<QWidget*(WorkspaceContext*, QWidget*)> make()
{
    return [](WorkspaceContext* context, QWidget* parent) -> QWidget* { return new Page(context, parent); };
}

template <class Page>
std::function<QUndoStack*(QWidget*)> undoOf()
{
    return [](QWidget* page) { return static_cast<Page*>(page)->undoStack(); };
}

template <class Page>
std::function<bool(QWidget*)> maybeSaveOf()
{
    return [](QWidget* page) { return static_cast<Page*>(page)->maybeSave(); };
}

} // namespace

const QList<PageSpec>& pageTable()
{
    static const QList<PageSpec> table {
        { "overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"),
            QT_TRANSLATE_NOOP("MainWindow", "Spend, KPIs and trends for a period"), make<OverviewPage>(), {}, {} },
        { "costcenters", QT_TRANSLATE_NOOP("MainWindow", "Cost centers"),
            QT_TRANSLATE_NOOP("MainWindow",
                "Spend and KPIs per cost center, team, owner, key and model, against the previous period"),
            make<CostCentersPage>(), {}, {} },
        { "anomalies", QT_TRANSLATE_NOOP("MainWindow", "Anomalies"),
            QT_TRANSLATE_NOOP("MainWindow", "Spend spikes, shadow spend, agent loops, retry storms, context bloat"),
            make<AnomaliesPage>(), {}, {} },
        { "prices", QT_TRANSLATE_NOOP("MainWindow", "Prices"),
            QT_TRANSLATE_NOOP("MainWindow", "Built-in and workspace prices per model"), make<PricesPage>(),
            undoOf<PricesPage>(), maybeSaveOf<PricesPage>() },
        { "attribution", QT_TRANSLATE_NOOP("MainWindow", "Attribution"),
            QT_TRANSLATE_NOOP("MainWindow", "Rules that give calls a cost center, team and owner"),
            make<AttributionPage>(), undoOf<AttributionPage>(), maybeSaveOf<AttributionPage>() },
        { "billing", QT_TRANSLATE_NOOP("MainWindow", "Billing check"),
            QT_TRANSLATE_NOOP("MainWindow", "Reported cost against list cost, per model and day"),
            make<DiscrepanciesPage>(), {}, {} },
        { "budgets", QT_TRANSLATE_NOOP("MainWindow", "Budgets"),
            QT_TRANSLATE_NOOP("MainWindow",
                "Monthly budgets per cost center: forecast, alerts, circuit breaker, Prometheus rules"),
            make<BudgetsPage>(), undoOf<BudgetsPage>(), {} },
        { "maturity", QT_TRANSLATE_NOOP("MainWindow", "Maturity"),
            QT_TRANSLATE_NOOP("MainWindow", "AI FinOps maturity level, its criteria and the next steps"),
            make<MaturityPage>(), {}, {} },
        { "live", QT_TRANSLATE_NOOP("MainWindow", "Live"),
            QT_TRANSLATE_NOOP("MainWindow",
                "Prometheus feeds of self-hosted servers and gateways: tokens/s, $ per 1M tokens now"),
            make<LivePage>(), {}, {} },
        { "prompts", QT_TRANSLATE_NOOP("MainWindow", "Prompt editor"),
            QT_TRANSLATE_NOOP("MainWindow",
                "Live token counts for several tokenizers, cost per call and month, caching, findings, rewrites "
                "with a diff, saved prompts"),
            make<PromptEditorPage>(), {}, {} },
        { "ab", QT_TRANSLATE_NOOP("MainWindow", "Model A/B"),
            QT_TRANSLATE_NOOP("MainWindow",
                "Your GGUF model in Q8_0 against Q4_0 on your GPU: tokens/s, perplexity, KL divergence, $ per 1M "
                "tokens, saved runs"),
            make<AbPage>(), {}, {} },
        { "planner", QT_TRANSLATE_NOOP("MainWindow", "Planner"),
            QT_TRANSLATE_NOOP("MainWindow",
                "What caching, routing or self-hosting would save on your own traffic: scenarios, break-even, "
                "sensitivity"),
            make<PlannerPage>(), {}, {} },
    };
    return table;
}
