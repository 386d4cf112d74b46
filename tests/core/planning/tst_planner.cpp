// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The planner's other calculators against cases worked out by hand: break-even (TCO per hour, the article's 3x
// between 30% and 90% utilization, the break-even volume and utilization, the tornado's order), routing and cascades
// (the article's case study with the correction labour its table leaves out, the class heuristic), Gemini's explicit
// cache with its storage fee, the workspace's traffic (replayed arrivals, realized and potential cache savings, the
// per-class load) and scenarios saved in the workspace.
#include "core/planning/breakeven.h"
#include "core/planning/routing.h"
#include "core/planning/scenarios.h"
#include "core/planning/traffic.h"

#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Planning;

namespace {

constexpr qint64 Day0 = 1'772'323'200'000; // 2026-03-01T00:00:00Z
constexpr qint64 Minute = 60'000;

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(1.0, std::abs(b));
}

#define QNEAR(a, b)                                                                                                    \
    QVERIFY2(near((a), (b)), qPrintable(QStringLiteral("%1 != %2").arg((a), 0, 'g', 17).arg((b), 0, 'g', 17)))

std::vector<QString> fields(const std::vector<FieldError>& errors)
{
    std::vector<QString> out;
    for (const FieldError& e : errors)
        out.push_back(e.field);
    return out;
}

UsageEvent call(qint64 t, const char* provider, const char* model, const char* project, qint64 uncached, qint64 read,
    qint64 write5m, qint64 output)
{
    UsageEvent e;
    e.timeMs = t;
    e.provider = QString::fromLatin1(provider);
    e.model = QString::fromLatin1(model);
    e.project = QString::fromLatin1(project);
    e.costCenter = QStringLiteral("Support");
    e.tokens.uncachedInput = uncached;
    e.tokens.cacheRead = read;
    e.tokens.cacheWrite5m = write5m;
    e.tokens.output = output;
    e.source = QStringLiteral("test");
    return e;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void tcoPerHourAndMonth()
    {
        // $30,000 over 3 years (26,298 hours) = $1.140771.../h; 1 kW at $0.15 = $0.15/h; $730.50 hosting a month =
        // $1/h
        SelfHostInputs in;
        in.hardwareUsd = 30000;
        in.depreciationYears = 3;
        in.powerWatts = 1000;
        in.usdPerKwh = 0.15;
        in.hostingUsdPerMonth = 730.5;
        in.utilization = 0.5;
        in.tokensPerSecond = 1000;
        QVERIFY(validate(in).empty());
        const double perHour = 30000.0 / 26298.0 + 0.15 + 1.0;
        QNEAR(tcoUsdPerHour(in), perHour);
        // 1,000 tokens/s x 3,600 x 50% = 1.8M tokens an hour
        QNEAR(selfHostedUsdPerMillion(in), perHour / 1.8);
        // the API: 1e9 tokens a month for $2,000 = $2 per 1M
        const BreakEven b = breakEven(in, { 1e9, 2000 });
        QNEAR(b.apiUsdPerMillion, 2.0);
        QNEAR(b.tcoUsdPerMonth, perHour * 730.5);
        QNEAR(b.capacityTokensPerMonth, 1.8e6 * 730.5);
        QCOMPARE(b.servers, 1); // 1e9 < 1.315e9
        QNEAR(b.volumeUtilization, 1e9 / (1000 * 3600 * 730.5)); // 38.0% of a full load
        QNEAR(b.savingsUsdPerMonth(), 2000 - perHour * 730.5);
        QVERIFY(b.breakEvenTokensPerMonth);
        QNEAR(*b.breakEvenTokensPerMonth, perHour * 730.5 / 2.0 * 1e6);
        // self-hosted $/1M equals $2 where perHour / (3.6 u) = 2: u = perHour / 7.2
        QVERIFY(b.breakEvenUtilization);
        QNEAR(*b.breakEvenUtilization, perHour / 7.2);
    }

    void utilizationThirtyAgainstNinety()
    {
        // the article: a server at 30% utilization costs three times as much per token as at 90%
        SelfHostInputs in;
        in.gpuUsdPerHour = 2;
        in.powerWatts = 700;
        in.usdPerKwh = 0.2;
        in.mlopsUsdPerMonth = 5000;
        in.tokensPerSecond = 1000;
        in.utilization = 0.3;
        const double at30 = selfHostedUsdPerMillion(in);
        in.utilization = 0.9;
        const double at90 = selfHostedUsdPerMillion(in);
        QNEAR(at30 / at90, 3.0);
        // $2/h rent alone, 1,000 tokens/s at 30%: 2 / 1.08M tokens x 1e6
        SelfHostInputs rent;
        rent.gpuUsdPerHour = 2;
        rent.tokensPerSecond = 1000;
        rent.utilization = 0.3;
        QNEAR(selfHostedUsdPerMillion(rent), 2.0 / 1.08);
        // the curve: 20 points from 5% to 100%, each tco / tokens at that utilization
        const auto curve = costCurve(rent);
        QCOMPARE(curve.size(), size_t(20));
        QNEAR(curve.front().first, 0.05);
        QNEAR(curve.front().second, 2.0 / 0.18);
        QNEAR(curve.back().second, 2.0 / 3.6);
        // a volume the API prices above what one server can ever beat: no break-even utilization
        const BreakEven b = breakEven(rent, { 1e6, 0.1 }); // $0.10 per 1M < $0.5556 at 100%
        QVERIFY(!b.breakEvenUtilization);
    }

    void tornadoOrder()
    {
        SelfHostInputs in;
        in.gpuUsdPerHour = 2;
        in.tokensPerSecond = 1000;
        in.utilization = 0.5;
        in.hardwareUsd = 99999; // ignored with a rented GPU
        const auto bars = tornado(in, 0.2);
        // utilization and throughput divide (1/0.8 - 1/1.2 = 0.4167 of the base), rent multiplies (0.4)
        QCOMPARE(bars.size(), size_t(3));
        QCOMPARE(bars[0].field, QStringLiteral("utilization"));
        QCOMPARE(bars[1].field, QStringLiteral("tokens-per-second"));
        QCOMPARE(bars[2].field, QStringLiteral("gpu-price-per-hour"));
        const double base = 2.0 / 1.8; // $ per 1M at 50%
        QNEAR(bars[0].atLow, base / 0.8);
        QNEAR(bars[0].atHigh, base / 1.2);
        QNEAR(bars[2].atLow, base * 0.8);
        QNEAR(bars[2].atHigh, base * 1.2);
        // utilization's swing stops at 100%
        in.utilization = 0.9;
        const auto capped = tornado(in, 0.2);
        const auto u = std::find_if(
            capped.begin(), capped.end(), [](const TornadoBar& b) { return b.field == QLatin1String("utilization"); });
        QVERIFY(u != capped.end());
        QNEAR(u->highInput, 1.0);
        QNEAR(u->atHigh, 2.0 / 3.6);
    }

    void breakEvenRefusesBadInput()
    {
        SelfHostInputs in;
        in.utilization = 1.2;
        in.tokensPerSecond = 0;
        in.powerWatts = -5;
        const auto f = fields(validate(in));
        QCOMPARE(f,
            (std::vector<QString> { QStringLiteral("hardware-price"), QStringLiteral("power-watts"),
                QStringLiteral("utilization"), QStringLiteral("tokens-per-second") }));
        in = {};
        in.hardwareUsd = 1000;
        in.depreciationYears = 0;
        in.tokensPerSecond = 10;
        QCOMPARE(fields(validate(in)), (std::vector<QString> { QStringLiteral("years") }));
        QCOMPARE(fields(validate(ApiVolume { 0, 10 })), (std::vector<QString> { QStringLiteral("monthly-tokens") }));
    }

    void articleCaseStudyWithCorrections()
    {
        // 1,000 descriptions x (500 in, 300 out): GPT-only $120 ($0.12 each, 2% corrected), hybrid $35 ($0.035, 5%),
        // self-hosted SLM $12 ($0.012, 9%); a correction at $5 adds $100, $250 and $450
        struct Case
        {
            const char* option;
            double total, cpso, rate, withCorrections;
        };
        for (const Case& c : { Case { "gpt", 120, 0.12, 0.02, 0.22 }, Case { "hybrid", 35, 0.035, 0.05, 0.285 },
                 Case { "slm", 12, 0.012, 0.09, 0.462 } }) {
            const RoutingScenario s = articleCaseStudy(QString::fromLatin1(c.option), 5);
            const ClassLoad& load = s.typedLoads.at(TaskClass::Support);
            const ClassPlan& plan = s.plans.at(TaskClass::Support);
            QVERIFY(validate(plan).empty());
            const ClassProjection p = project(load, plan);
            QNEAR(p.todayUsd, 120.0);
            QNEAR(p.projectedUsd, c.total);
            QNEAR(p.projectedCpso(), c.cpso);
            QNEAR(p.projectedCorrectionRate, c.rate);
            QNEAR(p.projectedCorrectionUsd, 1000 * c.rate * 5);
            QNEAR(p.projectedCpsoWithCorrections(), c.withCorrections);
            QNEAR(p.todayCpsoWithCorrections(), 0.22);
        }
        // the cheapest tokens are not the cheapest outcome once corrections are paid for
        const auto gpt = project(articleCaseStudy(QStringLiteral("gpt")).typedLoads.at(TaskClass::Support),
            articleCaseStudy(QStringLiteral("gpt")).plans.at(TaskClass::Support));
        const auto slmScenario = articleCaseStudy(QStringLiteral("slm"));
        const auto slm
            = project(slmScenario.typedLoads.at(TaskClass::Support), slmScenario.plans.at(TaskClass::Support));
        QVERIFY(slm.projectedCpso() < gpt.projectedCpso());
        QVERIFY(slm.projectedCpsoWithCorrections() > gpt.projectedCpsoWithCorrections());
        // 90% saved is above the article's 40-80% for support bots: flagged
        QVERIFY(slm.outsideExpected);
        // totals add up and CPSO is over all outcomes
        const ClassProjection t = total({ gpt, slm });
        QNEAR(t.projectedUsd, 132.0);
        QNEAR(t.projectedCpso(), 132.0 / 2000);
        QNEAR(t.projectedCorrectionRate, (0.02 + 0.09) / 2);
    }

    void routingRefusesBadPlans()
    {
        ClassPlan p = defaultPlan(TaskClass::Extraction);
        QCOMPARE(p.expected.low, 0.70);
        QCOMPARE(p.expected.high, 0.90);
        p.strategy = Strategy::Route;
        p.routedShare = 1.5;
        QCOMPARE(fields(validate(p)),
            (std::vector<QString> { QStringLiteral("routed-share"), QStringLiteral("small-price") }));
    }

    void classHeuristic()
    {
        auto cls = [](const char* project, qint64 in, qint64 out, qint64 reasoning = 0, const char* tag = "") {
            CallTraits t;
            t.project = QString::fromLatin1(project);
            t.inputTokens = in;
            t.outputTokens = out;
            t.reasoningTokens = reasoning;
            t.tag = QString::fromLatin1(tag);
            return classify(t);
        };
        QCOMPARE(cls("ticket-router", 900, 40), TaskClass::Classification);
        QCOMPARE(cls("invoice-extractor", 3000, 300), TaskClass::Extraction);
        QCOMPARE(cls("helpdesk-assistant", 6000, 350), TaskClass::Support);
        QCOMPARE(cls("market-research-agent", 15000, 600), TaskClass::Reasoning);
        QCOMPARE(cls("x", 5000, 50), TaskClass::Classification); // by tokens: a label
        QCOMPARE(cls("x", 5000, 400), TaskClass::Extraction); // compact output of a long input
        QCOMPARE(cls("x", 5000, 700), TaskClass::Reasoning); // long generation: nothing assumed routable
        QCOMPARE(cls("x", 5000, 50, 10), TaskClass::Reasoning);
        QCOMPARE(cls("ticket-router", 900, 40, 0, "support"), TaskClass::Support); // a tag wins
    }

    void geminiExplicitCacheWithStorage()
    {
        Pricing::PriceEntry pro;
        pro.model = QStringLiteral("gemini-2.5-pro");
        pro.provider = QStringLiteral("google");
        pro.rates.input = 1'250'000;
        pro.rates.cacheRead = 125'000;
        pro.rates.output = 10'000'000;
        pro.minCacheableTokens = 4096;
        const auto m = cacheModelFor(pro, std::nullopt, std::nullopt, CacheMode::GeminiExplicit);
        QVERIFY(m);
        QCOMPARE(m->rules.kind, CacheKind::Stored);
        QCOMPARE(m->rules.ttlSeconds, 3600.0);
        QCOMPARE(m->prices.storagePerHour, 4.50);
        // 10,000-token prefix at 0, 1,800, 3,500 s (hits: no refresh), 3,700 s (expired an hour after creation:
        // a new cache), 7,000 s (hit)
        const double t[] = { 0, 1800, 3500, 3700, 7000 };
        const CacheOutcome o = simulate(*m, { 10000, 0, 0 }, t);
        QCOMPARE(o.writes, 2);
        QCOMPARE(o.hits, 3);
        // storage: 2 caches x 10,000 tokens x 1 hour x $4.50 per 1M = $0.09
        QNEAR(o.storageUsd, 0.09);
        // with: 2 creations at $1.25 + 3 reads at $0.125 per 1M x 10,000, + storage
        QNEAR(o.withUsd, (2 * 10000 * 1.25 + 3 * 10000 * 0.125) / 1e6 + 0.09);
        QNEAR(o.withoutUsd, 5 * 10000 * 1.25 / 1e6);
        // implicit caching has no storage; OpenAI has no explicit mode
        QCOMPARE(cacheModelFor(pro)->rules.kind, CacheKind::Automatic);
        pro.provider = QStringLiteral("openai");
        QVERIFY(!cacheModelFor(pro, std::nullopt, std::nullopt, CacheMode::GeminiExplicit));
    }

    void workspaceTraffic()
    {
        QTemporaryDir dir;
        auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("p.inferometer")));
        QVERIFY(ws.ok());
        Store::UsageRepository repo(*ws.value());
        const auto catalog = repo.catalog();
        QVERIFY(catalog.ok());
        QList<UsageEvent> events;
        // "helpdesk-assistant" on gpt-4o: 66 calls a minute apart from 09:00, 3,000 uncached input and 100 output
        // tokens each; tasks t0..t59, of which t0..t5 needed a second attempt (calls 60..65)
        for (int i = 0; i < 66; ++i) {
            UsageEvent e = call(Day0 + 9 * 3'600'000 + i * Minute, "openai", "gpt-4o-2024-08-06", "helpdesk-assistant",
                3000, 0, 0, 100);
            e.taskId = QStringLiteral("t%1").arg(i < 60 ? i : i - 60);
            e.attempt = i < 60 ? 1 : 2;
            e.outcome = i < 6 ? Outcome::Rejected : Outcome::Accepted;
            events << e;
        }
        // "contract-review" on Claude Sonnet 4.5: 10 calls, the first writing a 2,000-token prefix, the rest reading it
        for (int i = 0; i < 10; ++i)
            events << call(Day0 + 10 * 3'600'000 + i * Minute, "anthropic", "claude-sonnet-4-5", "contract-review", 500,
                i == 0 ? 0 : 2000, i == 0 ? 2000 : 0, 200);
        for (int i = 0; i < events.size(); ++i) {
            events[i].listCostNano = Pricing::listCostNano(catalog.value(), events[i]);
            events[i].callId = QStringLiteral("c%1").arg(i);
        }
        Store::Transaction tx(*ws.value());
        Store::ChangeSet changes;
        QVERIFY(tx.begin().ok() && repo.insert(events, &changes).ok() && repo.refreshDerived(changes).ok());
        QVERIFY(tx.commit().ok());

        const auto window = latestWindow(*ws.value(), 30);
        QVERIFY(window.ok() && window.value());
        const Window w = *window.value();
        QCOMPARE(w.fromMs, Day0); // cut to the first event's day
        QCOMPARE(w.toMs, Day0 + 86'400'000);
        PlainTaskContext ctx;
        const auto traffic = readTraffic(*ws.value(), w, {}, ctx);
        QVERIFY2(traffic.ok(), traffic.ok() ? "" : qPrintable(traffic.error().toString()));
        const Traffic& t = traffic.value();
        QCOMPARE(t.workflows.size(), size_t(2));
        const WorkflowTraffic& help = t.workflows[0]; // the larger spend
        QCOMPARE(help.workflow, QStringLiteral("helpdesk-assistant"));
        QCOMPARE(help.calls, qint64(66));
        QCOMPARE(help.arrivals[1] - help.arrivals[0], 60.0);
        QCOMPARE(help.minInputPerCall, qint64(3000));
        QCOMPARE(help.medianGapSeconds, 60.0);
        QCOMPARE(help.shareGapsUnder5m, 1.0);
        // both workflows' 76 calls under their cost center, in time order, for replay
        QCOMPARE(t.costCenterArrivals.size(), size_t(1));
        const std::vector<double>& support = t.costCenterArrivals.at(QStringLiteral("Support"));
        QCOMPARE(support.size(), size_t(76));
        QVERIFY(std::is_sorted(support.begin(), support.end()));

        const auto opportunities = cacheOpportunities(t, catalog.value());
        QCOMPARE(opportunities.size(), size_t(2));
        const CacheOpportunity& a = opportunities[0];
        QCOMPARE(a.workflow, QStringLiteral("helpdesk-assistant"));
        QVERIFY(!a.prefixSeen);
        QCOMPARE(a.prefixTokens, qint64(3000));
        QCOMPARE(a.realizedUsdPerMonth, 0.0);
        // OpenAI caches 1,024 + 15 x 128 = 2,944 tokens; written at 09:00 and again at 10:00 (evicted within the
        // hour), 64 hits saving $2.50 - $1.25 per 1M each: 64 x 2,944 x 1.25e-6 = $0.23552 in the day
        QVERIFY(a.potentialUsdPerMonth);
        QNEAR(*a.potentialUsdPerMonth, 64 * 2944 * 1.25e-6 * DaysPerMonth);
        QNEAR(a.simulatedHitRate, 64.0 / 66);
        const CacheOpportunity& b = opportunities[1];
        QCOMPARE(b.workflow, QStringLiteral("contract-review"));
        QVERIFY(b.prefixSeen);
        QCOMPARE(b.prefixTokens, qint64(2000));
        // realized: 9 reads of 2,000 at $3.00 - $0.30, less one write's premium $3.75 - $3.00
        QNEAR(b.realizedUsdPerMonth, (9 * 2000 * 2.7 - 2000 * 0.75) / 1e6 * DaysPerMonth);
        QVERIFY(!b.potentialUsdPerMonth); // 10 calls: too few to replay
        QVERIFY(b.note.contains(QStringLiteral("too few")));

        // classes: the helpdesk is support (its name), the contracts are reasoning (long output, nothing to tell)
        QCOMPARE(t.workflowClass.value(QStringLiteral("helpdesk-assistant")), TaskClass::Support);
        const ClassLoad& supportLoad = t.classes.at(TaskClass::Support).load;
        QNEAR(supportLoad.spendUsd, 66 * (3000 * 2.5 + 100 * 10.0) / 1e6 * DaysPerMonth);
        QNEAR(supportLoad.outcomes, 60 * DaysPerMonth);
        QNEAR(supportLoad.correctionRate, 6.0 / 60);
        QNEAR(supportLoad.inputTokens, 66 * 3000 * DaysPerMonth);
        // an override moves a workflow
        const auto moved
            = readTraffic(*ws.value(), w, { { QStringLiteral("contract-review"), TaskClass::Extraction } }, ctx);
        QVERIFY(moved.ok());
        QVERIFY(moved.value().classes.count(TaskClass::Extraction));
        QVERIFY(!moved.value().classes.count(TaskClass::Reasoning));
    }

    void workflowsCountWholeInTheirClass()
    {
        QTemporaryDir dir;
        auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("c.inferometer")));
        QVERIFY(ws.ok());
        Store::UsageRepository repo(*ws.value());
        // "lookup" (no telling name): 3 calls of 50 output tokens (classification by tokens) and 1 of 700 (reasoning
        // by tokens), each $1; one more call tagged "extraction", $10
        QList<UsageEvent> events;
        for (int i = 0; i < 5; ++i) {
            UsageEvent e = call(Day0 + i * Minute, "openai", "gpt-4o", "lookup", 1000, 0, 0, i == 3 ? 700 : 50);
            e.listCostNano = i == 4 ? 10'000'000'000 : 1'000'000'000;
            e.callId = QStringLiteral("w%1").arg(i);
            if (i == 4)
                e.attributes.insert(QStringLiteral("task_class"), QStringLiteral("extraction"));
            events << e;
        }
        Store::Transaction tx(*ws.value());
        Store::ChangeSet changes;
        QVERIFY(tx.begin().ok() && repo.insert(events, &changes).ok() && repo.refreshDerived(changes).ok());
        QVERIFY(tx.commit().ok());
        const Window w = *latestWindow(*ws.value(), 30).value();
        PlainTaskContext ctx;
        const Traffic t = readTraffic(*ws.value(), w, {}, ctx).value();
        // the workflow is classification (3 of its 4 untagged calls), all four count there: $4 in the day
        QCOMPARE(t.workflowClass.value(QStringLiteral("lookup")), TaskClass::Classification);
        QNEAR(t.classes.at(TaskClass::Classification).load.spendUsd, 4 * DaysPerMonth);
        QVERIFY(!t.classes.count(TaskClass::Reasoning));
        QNEAR(t.classes.at(TaskClass::Extraction).load.spendUsd, 10 * DaysPerMonth);
        QCOMPARE(t.classes.at(TaskClass::Classification).workflows, QStringList { QStringLiteral("lookup") });
        // the user's choice takes the whole workflow, the tagged call too
        const Traffic moved
            = readTraffic(*ws.value(), w, { { QStringLiteral("lookup"), TaskClass::Support } }, ctx).value();
        QCOMPARE(moved.classes.size(), size_t(1));
        QNEAR(moved.classes.at(TaskClass::Support).load.spendUsd, 14 * DaysPerMonth);
    }

    void scenariosSavedInTheWorkspace()
    {
        QTemporaryDir dir;
        auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("s.inferometer")));
        QVERIFY(ws.ok());
        ScenarioRepository repo(*ws.value());
        BreakEvenScenario b;
        b.server.gpuUsdPerHour = 1.25;
        b.server.utilization = 0.6;
        b.server.tokensPerSecond = 2500;
        b.fromWorkspace = false;
        b.typedApi = { 2e9, 5000 };
        const auto id = repo.save(ScenarioKind::BreakEven, QStringLiteral("L4 rent"), toJson(b), 1000);
        QVERIFY(id.ok() && id.value() > 0);
        // the same name again replaces it
        b.server.utilization = 0.7;
        QCOMPARE(repo.save(ScenarioKind::BreakEven, QStringLiteral("L4 rent"), toJson(b), 2000).value(), id.value());
        QVERIFY(repo.save(ScenarioKind::Routing, QStringLiteral("L4 rent"),
                        toJson(articleCaseStudy(QStringLiteral("hybrid"))), 3000)
                    .ok());
        const auto list = repo.list(ScenarioKind::BreakEven);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value()[0].savedMs, qint64(2000));
        const BreakEvenScenario back = breakEvenScenarioFromJson(list.value()[0].inputs);
        QCOMPARE(back.server.utilization, 0.7);
        QCOMPARE(back.server.tokensPerSecond, 2500.0);
        QCOMPARE(back.typedApi.usdPerMonth, 5000.0);
        QVERIFY(!back.fromWorkspace);
        const auto routing = repo.list(ScenarioKind::Routing);
        QCOMPARE(routing.value().size(), 1);
        const RoutingScenario r = routingScenarioFromJson(routing.value()[0].inputs);
        QCOMPARE(r.plans.at(TaskClass::Support).strategy, Strategy::Cascade);
        QCOMPARE(r.plans.at(TaskClass::Support).escalationRate, 0.2);
        QCOMPARE(r.typedLoads.at(TaskClass::Support).spendUsd, 120.0);
        QVERIFY(repo.remove(id.value()).ok());
        QCOMPARE(repo.list(ScenarioKind::BreakEven).value().size(), 0);
        CacheScenario c;
        c.provider = QStringLiteral("google");
        c.geminiExplicit = true;
        c.inputPrice = 2.0;
        const CacheScenario cb = cacheScenarioFromJson(toJson(c));
        QVERIFY(cb.geminiExplicit);
        QCOMPARE(cb.inputPrice, std::optional<double>(2.0));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
