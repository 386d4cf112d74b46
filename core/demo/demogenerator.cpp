// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/demo/demogenerator.h"

#include "core/analytics/period.h"
#include "core/analytics/report.h"
#include "core/budgets/budgetrepository.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <vector>

namespace Demo {

namespace {

    /** xoshiro256** seeded by splitmix64: fast, and the same on every platform (std distributions are not). */
    class Rng
    {
    public:
        explicit Rng(quint64 seed)
        {
            for (auto& s : m_s) {
                seed += 0x9e3779b97f4a7c15ULL;
                quint64 z = seed;
                z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
                z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
                s = z ^ (z >> 31);
            }
        }
        quint64 next()
        {
            const quint64 result = rotl(m_s[1] * 5, 7) * 9;
            const quint64 t = m_s[1] << 17;
            m_s[2] ^= m_s[0];
            m_s[3] ^= m_s[1];
            m_s[1] ^= m_s[2];
            m_s[0] ^= m_s[3];
            m_s[2] ^= t;
            m_s[3] = rotl(m_s[3], 45);
            return result;
        }
        double uniform() { return double(next() >> 11) * 0x1.0p-53; }
        bool chance(double p) { return uniform() < p; }
        int range(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); } // inclusive
        /** Log-normal with the given mean and spread; never below 1. */
        qint64 around(double mean, double sigma = 0.35)
        {
            const double u1 = qMax(uniform(), 1e-12), u2 = uniform();
            const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
            return qMax<qint64>(1, qint64(std::llround(mean * std::exp(sigma * z - sigma * sigma / 2))));
        }
        /** Poisson-ish count with the given mean (normal approximation above 30). */
        int count(double mean)
        {
            if (mean <= 0)
                return 0;
            if (mean > 30) {
                const double u1 = qMax(uniform(), 1e-12), u2 = uniform();
                const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
                return qMax(0, int(std::lround(mean + z * std::sqrt(mean))));
            }
            const double l = std::exp(-mean);
            int k = 0;
            double p = 1;
            do {
                ++k;
                p *= uniform();
            } while (p > l);
            return k - 1;
        }

    private:
        static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
        quint64 m_s[4];
    };

    enum class Caching { None, OpenAiAuto, Anthropic5m, Anthropic1h, GeminiImplicit };

    struct ModelChoice
    {
        const char* model; // as the provider's logs name it
        const char* provider;
        int weight;
    };

    struct Workflow
    {
        const char* name;
        const char* costCenter; // "" = untagged
        const char* team;
        const char* owner;
        const char* project;
        std::vector<const char*> apiKeys;
        double tasksPerWorkday;
        double weekendShare;
        int stepsMin, stepsMax; // calls per attempt (agents take several steps)
        std::vector<ModelChoice> models;
        double input, output, reasoning; // mean tokens per call
        Caching caching;
        double staticPrompt; // cacheable prefix, tokens
        double reworkP; // chance that an attempt is sent back
        double rejectP; // chance that the final attempt is rejected
        bool hasTasks;
        const char* operation;
        int firstDay = 0; // shadow keys appear mid-quarter
    };

    std::vector<Workflow> workflows()
    {
        return {
            { "code-review", "Engineering", "Developer Tools", "tom.becker", "code-review-bot",
                { "key_eng_devtools_01", "key_eng_devtools_02" }, 260, 0.15, 1, 2,
                { { "claude-sonnet-4-5-20250929", "anthropic", 8 }, { "claude-haiku-4-5-20251001", "anthropic", 2 } },
                16000, 700, 0, Caching::Anthropic5m, 3200, 0.14, 0.05, true, "chat" },
            { "codegen", "Engineering", "Platform", "priya.nair", "internal-copilot", { "key_eng_platform_01" }, 420,
                0.2, 1, 1, { { "gpt-4.1-2025-04-14", "openai", 5 }, { "gpt-4.1-mini-2025-04-14", "openai", 5 } }, 12000,
                900, 0, Caching::OpenAiAuto, 2400, 0.18, 0.06, true, "chat" },
            { "research-agent", "Engineering", "Research Agents", "ana.silva", "market-research-agent",
                { "key_eng_agents_01" }, 110, 0.1, 4, 9,
                { { "o3-2025-04-16", "openai", 3 }, { "gpt-5-mini-2025-08-07", "openai", 7 } }, 15000, 600, 900,
                Caching::OpenAiAuto, 1500, 0.22, 0.10, true, "invoke_agent" },
            { "support-rag", "Customer Support", "Support Bot", "li.wei", "helpdesk-assistant",
                { "key_cs_bot_01", "key_cs_bot_02" }, 1100, 0.6, 1, 1,
                { { "gpt-4o-mini-2024-07-18", "openai", 5 }, { "gpt-4o-2024-08-06", "openai", 5 } }, 6000, 350, 0,
                Caching::None, 1800, 0.12, 0.07, true, "chat" },
            { "ticket-triage", "Customer Support", "Ticket Triage", "omar.haddad", "ticket-router",
                { "key_cs_triage_01", "vllm-internal" }, 700, 0.6, 1, 1,
                { { "gpt-4.1-nano-2025-04-14", "openai", 4 }, { "llama-3.1-8b-instruct", "self-hosted", 6 } }, 900, 40,
                0, Caching::None, 600, 0.04, 0.02, true, "chat" },
            { "outreach", "Sales", "Outreach", "jack.miller", "email-writer", { "key_sales_01" }, 230, 0.05, 1, 1,
                { { "claude-haiku-4-5-20251001", "anthropic", 6 }, { "gpt-5-2025-08-07", "openai", 4 } }, 4000, 600,
                200, Caching::None, 1400, 0.25, 0.08, true, "chat" },
            { "sales-ops", "Sales", "Sales Ops", "nina.park", "crm-summaries", { "key_sales_ops_01" }, 200, 0.05, 1, 1,
                { { "gemini-2.5-flash", "google", 1 } }, 5000, 400, 0, Caching::GeminiImplicit, 1200, 0.08, 0.03, true,
                "generate_content" },
            { "contracts", "Legal", "Contracts", "helen.roth", "contract-review", { "key_legal_01" }, 55, 0.0, 1, 2,
                { { "claude-opus-4-1-20250805", "anthropic", 6 }, { "gemini-2.5-pro", "google", 4 } }, 60000, 2500, 0,
                Caching::Anthropic1h, 22000, 0.20, 0.04, true, "chat" },
            { "fpa", "Finance", "FP&A", "raj.patel", "forecast-narratives", { "key_fin_fpa_01" }, 110, 0.0, 1, 1,
                { { "gemini-2.5-pro", "google", 5 }, { "mistral-large-2512", "mistral", 5 } }, 20000, 1200, 0,
                Caching::None, 1000, 0.10, 0.05, true, "chat" },
            { "invoice-extraction", "Finance", "Accounts Payable", "eva.kowalski", "invoice-extractor",
                { "key_fin_ap_01" }, 260, 0.0, 1, 1,
                { { "mistral-medium-2505", "mistral", 7 }, { "gemini-2.5-flash-lite", "google", 3 } }, 3000, 300, 0,
                Caching::None, 800, 0.06, 0.03, true, "chat" },
            { "marketing-copy", "", "", "", "", { "sk-…Qm7f", "sk-…a91X" }, 0, 0.2, 1, 1,
                { { "gpt-4o-2024-08-06", "openai", 4 }, { "claude-opus-4-5-20251101", "anthropic", 3 },
                    { "gemini-2.5-flash-lite", "google", 2 }, { "mistral-small-2506", "mistral", 2 } },
                3000, 900, 0, Caching::None, 0, 0, 0, false, "chat" },
            { "marketing-campaigns", "", "", "", "", { "sk-…Zp02" }, 0, 0.2, 1, 1,
                { { "gpt-5-2025-08-07", "openai", 1 } }, 5000, 1500, 400, Caching::None, 0, 0, 0, false, "chat", 24 },
        };
    }

    // untagged Marketing work has no tasks: calls per workday instead
    double shadowCallsPerWorkday(const Workflow& w)
    {
        return QLatin1String(w.name) == QLatin1String("marketing-copy") ? 170 : 60;
    }

    constexpr int LoopDay = 61; // 2026-10-03
    constexpr int BloatFirstDay = 40, BloatLastDay = 46; // 2026-09-12 .. 2026-09-18

    /** Business-hours arrival: most calls between 07:00 and 19:00 UTC. */
    qint64 timeOfDay(Rng& rng)
    {
        static const double weights[24]
            = { 1, 1, 1, 1, 1, 2, 3, 6, 9, 11, 11, 10, 9, 10, 11, 11, 10, 8, 6, 4, 3, 2, 2, 1 };
        static const double total = [] {
            double t = 0;
            for (double w : weights)
                t += w;
            return t;
        }();
        double u = rng.uniform() * total;
        int h = 0;
        while (h < 23 && u >= weights[h])
            u -= weights[h++];
        return qint64(h) * 3'600'000 + qint64(rng.uniform() * 3'600'000);
    }

    class Generator
    {
    public:
        Generator(const Options& opt, const std::function<Result<void>(QList<UsageEvent>&)>& sink)
            : m_opt(opt)
            , m_sink(sink)
            , m_rng(opt.seed)
        { }

        Result<qint64> run(TaskContext& ctx)
        {
            const auto flows = workflows();
            for (int day = 0; day < m_opt.days; ++day) {
                if (ctx.isCanceled())
                    return Error { Error::Code::Canceled, QCoreApplication::translate("Demo", "Canceled.") };
                const qint64 dayMs = StartMs + qint64(day) * TimeUtil::MsPerDay;
                const int weekday = (day + 0) % 7; // 2026-08-03 is a Monday
                const bool weekend = weekday >= 5;
                for (const Workflow& w : flows) {
                    if (day < w.firstDay)
                        continue;
                    const double scale = (weekend ? w.weekendShare : 1.0) * m_opt.volume;
                    if (w.hasTasks) {
                        const int tasks = m_rng.count(w.tasksPerWorkday * scale);
                        for (int t = 0; t < tasks; ++t)
                            task(w, day, dayMs + timeOfDay(m_rng));
                    } else {
                        const int calls = m_rng.count(shadowCallsPerWorkday(w) * scale);
                        for (int c = 0; c < calls; ++c)
                            emitCall(w, day, dayMs + timeOfDay(m_rng), QString(), 1, QString(), QString(),
                                Outcome::Unknown, 1.0);
                    }
                }
                if (day == LoopDay)
                    agentLoop(flows, dayMs);
                if (auto r = flush(); !r)
                    return r.error();
                ctx.setProgress(day + 1, m_opt.days);
            }
            return m_count;
        }

    private:
        const ModelChoice& pick(const Workflow& w)
        {
            int total = 0;
            for (const auto& m : w.models)
                total += m.weight;
            int u = int(m_rng.next() % quint64(total));
            for (const auto& m : w.models) {
                if (u < m.weight)
                    return m;
                u -= m.weight;
            }
            return w.models.back();
        }

        void task(const Workflow& w, int day, qint64 t0)
        {
            const QString taskId
                = QStringLiteral("%1-%2").arg(QLatin1String(w.name)).arg(++m_taskSeq, 7, 10, QLatin1Char('0'));
            const QString agentId = w.stepsMax > 1 ? QStringLiteral("%1-agent").arg(QLatin1String(w.name)) : QString();
            qint64 t = t0;
            for (int attempt = 1; attempt <= 3; ++attempt) {
                const bool sentBack = attempt < 3 && m_rng.chance(w.reworkP);
                const Outcome final
                    = sentBack ? Outcome::Rework : (m_rng.chance(w.rejectP) ? Outcome::Rejected : Outcome::Accepted);
                const int steps = m_rng.range(w.stepsMin, w.stepsMax);
                QString parent;
                for (int s = 0; s < steps; ++s) {
                    const Outcome o = s + 1 == steps ? final : Outcome::Unknown;
                    parent = emitCall(w, day, t, taskId, attempt, agentId, parent, o, 1.0 + 0.15 * s);
                    t += 2'000 + qint64(m_rng.uniform() * 20'000);
                }
                if (!sentBack)
                    break;
                t += 60'000 + qint64(m_rng.uniform() * 15 * 60'000); // a human looks, then asks again
            }
        }

        /** The night the research agent calls itself in a loop: ~4,500 calls, each the child of the one before. */
        void agentLoop(const std::vector<Workflow>& flows, qint64 dayMs)
        {
            const Workflow* agent = nullptr;
            for (const Workflow& w : flows)
                if (QLatin1String(w.name) == QLatin1String("research-agent"))
                    agent = &w;
            const QString taskId = QStringLiteral("research-agent-loop-0001");
            const int calls = qMax(50, int(4500 * m_opt.volume));
            qint64 t = dayMs + 70 * 60'000; // 01:10 UTC
            const qint64 end = dayMs + 280 * 60'000; // 04:40 UTC
            const qint64 step = (end - t) / calls;
            QString parent;
            for (int i = 0; i < calls; ++i) {
                UsageEvent e = base(*agent, t, taskId, 1, QStringLiteral("research-agent-7"), parent);
                e.model = QStringLiteral("o3-2025-04-16");
                e.provider = QStringLiteral("openai");
                const qint64 context
                    = qMin<qint64>(9000 + qint64(i) * 12, 48000); // the transcript grows until truncated
                e.tokens.cacheRead = context * 3 / 4;
                e.tokens.uncachedInput = context - e.tokens.cacheRead;
                e.tokens.output = m_rng.around(250);
                e.tokens.reasoning = m_rng.around(700);
                e.latencyMs = 1500 + e.tokens.output * 12 + e.tokens.reasoning * 6;
                e.outcome = i + 1 == calls ? Outcome::Rejected : Outcome::Unknown;
                parent = e.callId;
                push(std::move(e));
                t += step;
            }
        }

        UsageEvent base(const Workflow& w, qint64 t, const QString& taskId, int attempt, const QString& agentId,
            const QString& parent)
        {
            UsageEvent e;
            e.timeMs = t;
            // Sales' gateway logs carry only the API key: the workspace's attribution rules name the team
            if (QLatin1String(w.costCenter) != QLatin1String("Sales")) {
                e.costCenter = QString::fromUtf8(w.costCenter);
                e.team = QString::fromUtf8(w.team);
                e.owner = QString::fromUtf8(w.owner);
            }
            e.project = QString::fromUtf8(w.project);
            e.apiKey = QString::fromUtf8(w.apiKeys[size_t(m_rng.next() % w.apiKeys.size())]);
            e.taskId = taskId;
            e.attempt = attempt;
            e.agentId = agentId;
            e.parentCallId = parent;
            e.operation = QString::fromUtf8(w.operation);
            e.callId = QStringLiteral("call_%1").arg(++m_callSeq, 8, 10, QLatin1Char('0'));
            e.source = QStringLiteral("demo");
            e.sourceLine = m_callSeq;
            return e;
        }

        QString emitCall(const Workflow& w, int day, qint64 t, const QString& taskId, int attempt,
            const QString& agentId, const QString& parent, Outcome outcome, double contextGrowth)
        {
            UsageEvent e = base(w, t, taskId, attempt, agentId, parent);
            const ModelChoice& m = pick(w);
            e.model = QString::fromUtf8(m.model);
            e.provider = QString::fromUtf8(m.provider);
            // the self-hosted model is served behind its own key
            if (e.provider == QLatin1String("self-hosted"))
                e.apiKey = QStringLiteral("vllm-internal");
            else if (e.apiKey == QLatin1String("vllm-internal"))
                e.apiKey = QString::fromUtf8(w.apiKeys.front());
            double inputMean = w.input * contextGrowth;
            if (QLatin1String(w.name) == QLatin1String("support-rag") && day >= BloatFirstDay && day <= BloatLastDay)
                inputMean *= 3.0; // a re-index pulled in every draft and duplicate: retrieval triples the context
            qint64 input = qMax<qint64>(m_rng.around(inputMean), qint64(w.staticPrompt) + 50);
            // the occasional huge document pushes Legal's Gemini calls over the 200k long-context tier
            if (e.model == QLatin1String("gemini-2.5-pro") && QLatin1String(w.name) == QLatin1String("contracts")
                && m_rng.chance(0.08))
                input = 200'000 + m_rng.around(40'000);
            const qint64 cacheable = qint64(w.staticPrompt);
            switch (w.caching) {
            case Caching::None:
                e.tokens.uncachedInput = input;
                break;
            case Caching::OpenAiAuto: // automatic: a warm prefix is read, writes cost nothing extra
                if (m_rng.chance(0.7))
                    e.tokens.cacheRead = cacheable / 128 * 128;
                e.tokens.uncachedInput = input - e.tokens.cacheRead;
                break;
            case Caching::GeminiImplicit:
                if (m_rng.chance(0.5))
                    e.tokens.cacheRead = cacheable;
                e.tokens.uncachedInput = input - e.tokens.cacheRead;
                break;
            case Caching::Anthropic5m:
            case Caching::Anthropic1h:
                if (e.provider == QLatin1String("anthropic")) {
                    const bool write = m_rng.chance(w.caching == Caching::Anthropic5m ? 0.1 : 0.25);
                    qint64& bucket = write
                        ? (w.caching == Caching::Anthropic5m ? e.tokens.cacheWrite5m : e.tokens.cacheWrite1h)
                        : e.tokens.cacheRead;
                    bucket = cacheable;
                    e.tokens.uncachedInput = input - cacheable;
                } else {
                    e.tokens.uncachedInput = input;
                }
                break;
            }
            e.tokens.output = m_rng.around(w.output);
            if (w.reasoning > 0
                && (e.model.startsWith(QLatin1String("o3")) || e.model.startsWith(QLatin1String("gpt-5"))))
                e.tokens.reasoning = m_rng.around(w.reasoning, 0.6);
            e.latencyMs = 300 + input / 40 + (e.tokens.output + e.tokens.reasoning) * 15;
            if (m_rng.chance(0.008)) { // provider errors still bill the prompt
                e.error = true;
                e.tokens.output = 0;
                e.tokens.reasoning = 0;
            }
            e.outcome = outcome;
            const QString id = e.callId;
            push(std::move(e));
            return id;
        }

        void push(UsageEvent&& e)
        {
            // the export ends at midnight after the last day: a retry after that is not in it (its task stays open)
            if (e.timeMs >= StartMs + qint64(m_opt.days) * TimeUtil::MsPerDay)
                return;
            m_chunk.append(std::move(e));
            ++m_count;
        }

        Result<void> flush()
        {
            if (m_chunk.isEmpty())
                return {};
            std::stable_sort(m_chunk.begin(), m_chunk.end(),
                [](const UsageEvent& a, const UsageEvent& b) { return a.timeMs < b.timeMs; });
            auto r = m_sink(m_chunk);
            m_chunk.clear();
            return r;
        }

        const Options& m_opt;
        const std::function<Result<void>(QList<UsageEvent>&)>& m_sink;
        Rng m_rng;
        QList<UsageEvent> m_chunk;
        qint64 m_count = 0;
        qint64 m_callSeq = 0;
        qint64 m_taskSeq = 0;
    };

} // namespace

Result<qint64> generate(
    const Options& opt, const std::function<Result<void>(QList<UsageEvent>&)>& sink, TaskContext& ctx)
{
    Generator g(opt, sink);
    return g.run(ctx);
}

namespace {

    /**
     * The helpdesk reaches its models through a gateway that reports what each call cost. From 2026-10-15 it bills
     * gpt-4o 10% above list (a price change the catalog does not know): the Billing check finds those days.
     */
    void reportGatewaySpend(QList<UsageEvent>& chunk)
    {
        constexpr qint64 ChangeMs = StartMs + 73 * TimeUtil::MsPerDay; // 2026-10-15
        for (UsageEvent& e : chunk) {
            if (e.project != QLatin1String("helpdesk-assistant") || !e.listCostNano)
                continue;
            const bool surcharge = e.timeMs >= ChangeMs && e.model.startsWith(QLatin1String("gpt-4o-2024"));
            e.reportedCostNano = surcharge ? Money::divRound(__int128(*e.listCostNano) * 11, 10) : *e.listCostNano;
        }
    }

    Result<qint64> fillWorkspace(const QString& path, const Options& opt, TaskContext& ctx)
    {
        auto opened = Store::Workspace::open(path);
        if (!opened)
            return opened.error();
        Store::Workspace& ws = *opened.value();
        Store::UsageRepository repo(ws);

        Pricing::PriceEntry selfHosted;
        selfHosted.model = QStringLiteral("llama-3.1-8b-instruct");
        selfHosted.provider = QStringLiteral("self-hosted");
        selfHosted.effectiveFromMs = StartMs;
        // 1× L40S at $1.10/h all-in (depreciation, power, hosting, MLOps share), ~22M tokens/h at 60% utilization
        selfHosted.rates = { 50'000, 50'000, 50'000, 50'000, 50'000, 50'000 };
        selfHosted.longRates = selfHosted.rates;
        selfHosted.note = QStringLiteral("Self-hosted on vLLM: TCO $1.10/h over ~22M tokens/h at 60% utilization.");
        if (auto r = repo.setAttributionRules(
                { { QStringLiteral("api_key"), QStringLiteral("key_sales_ops_*"), QStringLiteral("Sales"),
                      QStringLiteral("Sales Ops"), QStringLiteral("nina.park") },
                    { QStringLiteral("api_key"), QStringLiteral("key_sales_*"), QStringLiteral("Sales"),
                        QStringLiteral("Outreach"), QStringLiteral("jack.miller") } });
            !r)
            return r.error();
        if (auto r = repo.setPriceOverrides({ selfHosted }); !r)
            return r.error();
        auto catalog = repo.catalog();
        if (!catalog)
            return catalog.error();

        Store::Transaction tx(ws);
        if (auto r = tx.begin(); !r)
            return r.error();
        const Pricing::PriceCatalog& prices = catalog.value();
        const std::function<Result<void>(QList<UsageEvent>&)> sink = [&](QList<UsageEvent>& chunk) -> Result<void> {
            Pricing::priceEvents(prices, chunk);
            reportGatewaySpend(chunk);
            auto n = repo.insert(chunk, nullptr);
            if (!n)
                return n.error();
            return {};
        };
        auto n = generate(opt, sink, ctx);
        if (!n)
            return n.error();
        if (auto r = repo.refreshAll(); !r)
            return r.error();
        if (auto r = ws.setMeta(QStringLiteral("demo_seed"), QString::number(opt.seed)); !r)
            return r.error();
        if (auto r = ws.setMeta(QStringLiteral("name"), QStringLiteral("Northwind Analytics (demo)")); !r)
            return r.error();
        if (auto r = repo.recordImport(QStringLiteral("demo"), QStringLiteral("demo"), n.value(), 0, 0); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        if (auto r = addBudgets(ws); !r) // each budget in a transaction of its own
            return r.error();
        return n;
    }

} // namespace

Result<void> addBudgets(Store::Workspace& ws)
{
    auto span = Analytics::timeSpan(ws);
    if (!span)
        return span.error();
    if (!span.value())
        return {};
    const Analytics::Filter window = Analytics::lastDays(span.value()->second, 30);
    auto last30 = Analytics::report(ws, window, Analytics::Dimension::CostCenter);
    if (!last30)
        return last30.error();
    // a shorter demo has fewer days of data: its spend scaled to a month
    const qint64 days = (*window.toMs - qMax(*window.fromMs, TimeUtil::dayStart(span.value()->first)))
        / TimeUtil::MsPerDay;
    // a month's budget against the last 30 days' spend: Engineering and Legal tight, the others with room
    const QHash<QString, double> headroom { { QStringLiteral("Engineering"), 1.05 }, { QStringLiteral("Legal"), 0.95 },
        { QStringLiteral("Customer Support"), 1.3 }, { QStringLiteral("Sales"), 1.5 }, { QStringLiteral("Finance"), 2.0 } };
    Budgets::BudgetRepository budgets(ws);
    for (const Analytics::Group& g : last30.value().groups) {
        if (!headroom.contains(g.key))
            continue;
        constexpr qint64 Step = 50'000'000'000; // whole $50
        const auto target = qint64(double(g.kpis.listCostNano) * 30.0 / double(days) * headroom.value(g.key));
        if (auto r = budgets.setBudget(g.key, qMax(Step, (target + Step - 1) / Step * Step)); !r)
            return r.error();
    }
    return {};
}

Result<qint64> createWorkspace(const QString& path, const Options& opt, TaskContext& ctx)
{
    if (QFileInfo::exists(path))
        return Error { Error::Code::Io,
            QCoreApplication::translate("Demo", "The file already exists; the demo is only written to a new file."),
            path };
    auto r = fillWorkspace(path, opt, ctx);
    if (!r) // never leave a half-written demo behind
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(path + QLatin1String(suffix));
    return r;
}

} // namespace Demo
