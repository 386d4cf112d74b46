// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clicommands.h"
#include "app/cli/clisupport.h"

#include "core/analytics/report.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/demo/demogenerator.h"
#include "core/import/fileimporter.h"
#include "core/ingest/columnmapping.h"
#include "core/ingest/usageformat.h"
#include "core/store/usagerepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QCoreApplication>
#include <QFile>
#include <QDateTime>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace Cli {

namespace {

    /** Each command as `inferometer-cli --help` lists it: its synopsis and what it does. */
    struct Synopsis
    {
        const char* name;
        const char* synopsis; // {formats}: the import format ids
        const char* summary;
    };
    const Synopsis Synopses[] = {
        { "demo", "demo --out W.inferometer [--seed N] [--days N]",
            QT_TRANSLATE_NOOP("Cli", "generate the demo workspace (90 days by default)") },
        { "import", "import --workspace W FILE... [--format {formats}] [--map FIELD=COLUMN]...",
            QT_TRANSLATE_NOOP("Cli", "import usage files (all or nothing per file)") },
        { "report",
            "report --workspace W [--from DATE] [--to DATE] [--by "
            "cost_center|team|owner|model|provider|api_key|project]",
            QT_TRANSLATE_NOOP("Cli", "KPIs over a time range, optionally grouped") },
        { "prices",
            "prices [--workspace W] [--model NAME [--at DATE]] [--import litellm.json [--effective-from DATE]] "
            "[--reprice]",
            QT_TRANSLATE_NOOP("Cli", "show, import or apply prices") },
        { "anomalies", "anomalies --workspace W [--from DATE] [--to DATE]",
            QT_TRANSLATE_NOOP("Cli", "spend spikes, shadow spend, agent loops, retry storms, context bloat") },
        { "maturity", "maturity --workspace W [--window DAYS]",
            QT_TRANSLATE_NOOP("Cli", "maturity level 1-5 with measured criteria and next steps") },
        { "budgets",
            "budgets --workspace W [--set COST_CENTER=USD]... [--as-of DATE] [--export-rules FILE.yml]\n"
            "          [--rules-metric NAME] [--rules-label LABEL]",
            QT_TRANSLATE_NOOP("Cli",
                "monthly budgets: month-to-date, forecast, alerts, circuit breaker; export "
                "budgets and anomaly thresholds as Prometheus alerting rules") },
        { "compress",
            "compress FILE [--encoding E] [--rules dedupe,filler,reorder,whitespace] [--model M] [--requests-per-day "
            "N]\n"
            "           [--output-tokens N] [--out FILE]",
            QT_TRANSLATE_NOOP("Cli",
                "rewrite a prompt shorter: rules applied, tokens before and after, $ per month "
                "saved at a model") },
        { "quantize", "quantize IN.gguf OUT.gguf --type Q8_0|Q4_0|Q2_K|Q3_K_M|Q4_K_S|Q4_K_M|Q5_K_S|Q5_K_M|Q6_K",
            QT_TRANSLATE_NOOP("Cli", "quantize an f32/f16 GGUF model as llama-quantize does (any case)") },
        { "perplexity",
            "perplexity MODEL.gguf --text FILE [--ctx N] [--backend vulkan|cpu|auto] [--kv-type f16|f32]\n"
            "           [--allow-long-context]",
            QT_TRANSLATE_NOOP("Cli", "perplexity as llama-perplexity (chunks of N, second half scored)") },
        { "generate",
            "generate MODEL.gguf [--prompt TEXT] [--tokens N] [--temperature T] [--top-k K] [--top-p P] [--seed S]\n"
            "           [--ctx N] [--backend vulkan|cpu|auto] [--kv-type f16|f32] [--allow-long-context]",
            QT_TRANSLATE_NOOP("Cli",
                "generate text (temperature 0.8, top-k 40, top-p 0.95 by default; temperature 0 "
                "is greedy)") },
        { "ab",
            "ab A.gguf B.gguf [--text FILE] [--ctx N] [--runs N] [--prompt-tokens N] [--decode-tokens N]\n"
            "     [--prompt TEXT]... [--generate-tokens N] [--seed S] [--backend vulkan|vulkan:N|cpu|auto]\n"
            "     [--gpu-price-per-hour USD] [--utilization PCT] [--kv-type f16|f32]",
            QT_TRANSLATE_NOOP("Cli",
                "speed (prefill, decode, TTFT) and quality (perplexity, KL divergence, top-1 "
                "agreement) of B against A") },
        { "synth-model",
            "synth-model --preset 110m|350m|1b --type f32|q8_0|q4_0 --vocab-from MODEL.gguf --out FILE [--seed S]\n"
            "            [--arch llama|qwen2|phi3|gemma2]",
            QT_TRANSLATE_NOOP("Cli", "llama-shaped model with seeded random weights, for speed tests") },
        { "cache",
            "cache --provider P --model M --prompt-tokens N --static-tokens N --requests-per-day N [--output-tokens "
            "N]\n"
            "      [--input-price USD_PER_1M] [--ttl 5m|1h] [--arrivals uniform|business|bursty]",
            QT_TRANSLATE_NOOP("Cli",
                "context-cache savings: the cache simulated against the arrivals, writes included, "
                "and the break-even request rate") },
        { "routing",
            "routing (--workspace W [--days N] [--classify WORKFLOW=CLASS]... | --case-study gpt|hybrid|slm)\n"
            "        [--route CLASS=PERCENT]... [--cascade CLASS=PERCENT]... [--small-model M | --small-price "
            "IN[,OUT]]\n"
            "        [--small-correction-rate PERCENT] [--correction-cost USD]",
            QT_TRANSLATE_NOOP("Cli",
                "routing and cascade what-ifs per task class: $ a month, CPSO with and without the "
                "corrections a human makes, against the article's expected savings") },
        { "breakeven",
            "breakeven (--tokens-per-second N | --ab-run ID [--ab-side a|b]) (--hardware-price USD [--years N] |\n"
            "          --gpu-price-per-hour USD) [--power-watts W] [--kwh-price USD] [--hosting-per-month USD]\n"
            "          [--mlops-per-month USD] [--utilization PERCENT] (--workspace W [--days N] | --monthly-tokens N\n"
            "          --api-spend USD)",
            QT_TRANSLATE_NOOP("Cli",
                "API against self-hosted: a server's $ per 1M tokens at a utilization, the "
                "break-even volume and utilization, the cost curve and each input's swing") },
        { "export", "export --workspace W --focus FILE.csv [--from DATE] [--to DATE] [--granularity day|hour]",
            QT_TRANSLATE_NOOP("Cli",
                "FOCUS 1.2 CSV: every call's cost by charge period, provider, model, token kind, price "
                "tier and owner; calls that have no price are counted, not written") },
        { "chargeback",
            "chargeback --workspace W --month YYYY-MM [--allocate proportional|even|fixed:CC=PCT,...] [--out DIR]",
            QT_TRANSLATE_NOOP("Cli",
                "monthly statements per cost center: direct spend by model and team, self-hosted "
                "spend, a share of unowned spend; CSV and one PDF per cost center") },
        { "tokens", "tokens [--encoding o200k_base|cl100k_base|gguf:MODEL.gguf|PATH] [--ids] FILE",
            QT_TRANSLATE_NOOP("Cli", "exact token count (and ids) of FILE, or of stdin with -") },
        { "scrape",
            "scrape URL [--interval S] [--count N] [--timeout S] [--gpu-price-per-hour USD] [--bearer-token-env VAR | "
            "--basic-auth-env VAR]",
            QT_TRANSLATE_NOOP("Cli", "scrape a Prometheus /metrics endpoint: samples, rates, $ per 1M tokens") },
    };

} // namespace

QString commandSummary(const QString& name)
{
    for (const Synopsis& s : Synopses)
        if (name == QLatin1String(s.name))
            return QCoreApplication::translate("Cli", s.summary);
    return {};
}

QString commandSynopsis(const QString& name)
{
    QStringList formats { QStringLiteral("auto") };
    for (const Ingest::UsageFormat* f : Ingest::formats())
        formats << f->id();
    for (const Synopsis& s : Synopses)
        if (name == QLatin1String(s.name))
            return QString::fromLatin1(s.synopsis).replace(QStringLiteral("{formats}"), formats.join(QLatin1Char('|')));
    return {};
}

QString usageText()
{
    QString text = Tr::tr("Usage: inferometer-cli COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Synopsis& s : Synopses) {
        text += QStringLiteral("  ") + commandSynopsis(QLatin1String(s.name)) + QStringLiteral("\n      ")
            + QCoreApplication::translate("Cli", s.summary) + QLatin1Char('\n');
    }
    text
        += Tr::tr("\nEvery command takes --json to print one JSON document on stdout, and --help (-h) to list its "
                  "options with their defaults.\nDates are YYYY-MM-DD (UTC) or ISO 8601 times; --to DATE includes that "
                  "whole day.\n--version prints the version; --verbose logs what the core does on stderr.\n");
    return text;
}

namespace {

    int cmdDemo(const QStringList& args, Io& io)
    {
        QCommandLineParser p;
        p.addOption({ QStringLiteral("out"), Tr::tr("Workspace file to create."), QStringLiteral("W") });
        p.addOption({ QStringLiteral("seed"), Tr::tr("Random seed (default 20260803)."), QStringLiteral("N") });
        p.addOption({ QStringLiteral("days"), Tr::tr("Days of history (default 90)."), QStringLiteral("N") });
        addJson(p);
        if (const auto exit = parseArgs(p, args, io))
            return *exit;
        if (!p.isSet(QStringLiteral("out")))
            return io.usage(Tr::tr("demo needs --out FILE."));
        Demo::Options opt;
        bool ok = true;
        if (p.isSet(QStringLiteral("seed")))
            opt.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (ok && p.isSet(QStringLiteral("days")))
            opt.days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || opt.days < 1)
            return io.usage(Tr::tr("--seed and --days take positive whole numbers."));
        PlainTaskContext ctx;
        auto n = Demo::createWorkspace(p.value(QStringLiteral("out")), opt, ctx);
        if (!n)
            return io.fail(n.error());
        if (p.isSet(QStringLiteral("json"))) {
            const nlohmann::json j { { "workspace", p.value(QStringLiteral("out")).toStdString() },
                { "events", n.value() }, { "seed", opt.seed }, { "days", opt.days } };
            io.out << QString::fromStdString(j.dump(2)) << Qt::endl;
        } else {
            io.out << Tr::tr("Created %1 with %2 events.").arg(p.value(QStringLiteral("out"))).arg(n.value())
                   << Qt::endl;
        }
        return 0;
    }

    int cmdImport(const QStringList& args, Io& io)
    {
        QStringList ids;
        for (const Ingest::UsageFormat* f : Ingest::formats())
            ids << f->id();
        QCommandLineParser p;
        p.addOption(
            { QStringLiteral("workspace"), Tr::tr("Workspace file (created if missing)."), QStringLiteral("W") });
        p.addOption({ QStringLiteral("format"),
            Tr::tr("auto (the default: recognised from each file's content) or one of %1.")
                .arg(ids.join(QStringLiteral(", "))),
            QStringLiteral("F"), QStringLiteral("auto") });
        p.addOption({ QStringLiteral("map"),
            Tr::tr(
                "Read CSV or JSON Lines through a column mapping, repeated per field: time=ts (instead of --format)."),
            QStringLiteral("FIELD=COLUMN") });
        addJson(p);
        p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Usage files."), QStringLiteral("FILE..."));
        if (const auto exit = parseArgs(p, args, io))
            return *exit;
        if (!p.isSet(QStringLiteral("workspace")) || p.positionalArguments().isEmpty())
            return io.usage(Tr::tr("import needs --workspace W and at least one FILE."));
        const QString format = p.value(QStringLiteral("format")).toLower();
        if (format != QLatin1String("auto") && !Ingest::isFormatOrFamily(format)) {
            return io.usage(Tr::tr("Unknown --format \"%1\"; known formats: auto, %2.")
                                .arg(format, ids.join(QStringLiteral(", "))));
        }
        std::unique_ptr<Ingest::UsageFormat> mapped;
        if (p.isSet(QStringLiteral("map"))) {
            auto mapping = Ingest::parseMapping(p.values(QStringLiteral("map")));
            if (!mapping)
                return io.usage(QStringLiteral("--map: ") + mapping.error().message);
            mapped = Ingest::mappedFormat(mapping.value());
        }
        const QString path = p.value(QStringLiteral("workspace"));
        const bool existed = QFileInfo::exists(path);
        auto ws = openWorkspace(p, Store::Workspace::Mode::OpenOrCreate);
        if (!ws)
            return io.fail(ws.error());
        int status = 0;
        bool committed = false;
        nlohmann::json files = nlohmann::json::array();
        for (const QString& file : p.positionalArguments()) {
            PlainTaskContext ctx;
            auto r = mapped ? Import::importFile(*ws.value(), file, *mapped, ctx)
                            : Import::importFile(*ws.value(), file, format, ctx);
            if (!r) {
                status = 1;
                io.fail(r.error());
                files.push_back({ { "file", file.toStdString() }, { "error", r.error().toString().toStdString() } });
                continue;
            }
            const Import::ImportSummary& s = r.value();
            committed |= s.committed;
            nlohmann::json rejected = nlohmann::json::array();
            for (const Error& e : s.rejected) {
                io.err << "inferometer-cli: " << e.toString() << '\n';
                rejected.push_back(
                    { { "line", e.line }, { "field", e.field.toStdString() }, { "message", e.message.toStdString() } });
            }
            if (!s.committed) {
                status = 1;
                io.err << Tr::tr("%1: %2 of %3 rows rejected; nothing was imported from this file.")
                              .arg(file)
                              .arg(s.rejectedCount)
                              .arg(s.rows)
                       << Qt::endl;
            } else if (!p.isSet(QStringLiteral("json"))) {
                io.out << Tr::tr("%1 (%2): %3 imported, %4 duplicates, 0 rejected%5")
                              .arg(file, s.format)
                              .arg(s.imported)
                              .arg(s.duplicates)
                              .arg(s.unpriced ? Tr::tr("; %1 unpriced (model not in the price catalog)").arg(s.unpriced)
                                              : QString())
                       << Qt::endl;
            }
            files.push_back({ { "file", file.toStdString() }, { "format", s.format.toStdString() }, { "rows", s.rows },
                { "imported", s.committed ? s.imported : 0 }, { "duplicates", s.duplicates },
                { "rejected", s.rejectedCount }, { "unpriced", s.unpriced }, { "committed", s.committed },
                { "rejected_rows", rejected } });
        }
        if (!existed && !committed) {
            // nothing went in: a workspace that this command created is not left behind empty
            ws.value().reset();
            for (const char* suffix : { "", "-wal", "-shm", "-journal" })
                QFile::remove(path + QLatin1String(suffix));
        }
        if (p.isSet(QStringLiteral("json")))
            io.out << QString::fromStdString(nlohmann::json { { "files", files } }.dump(2)) << Qt::endl;
        return status;
    }

    QString fmtOpt(const std::optional<double>& v, bool percent)
    {
        if (!v)
            return QStringLiteral("—");
        if (percent)
            return QString::number(*v * 100, 'f', 1) + QLatin1Char('%');
        return QStringLiteral("$") + QString::number(*v, 'f', 4);
    }

    int cmdReport(const QStringList& args, Io& io)
    {
        QCommandLineParser p;
        p.addOption({ QStringLiteral("workspace"), Tr::tr("Workspace file."), QStringLiteral("W") });
        p.addOption(
            { QStringLiteral("from"), Tr::tr("Start, inclusive (default: the first call)."), QStringLiteral("DATE") });
        p.addOption({ QStringLiteral("to"), Tr::tr("End; a date includes that day (default: the last call)."),
            QStringLiteral("DATE") });
        p.addOption({ QStringLiteral("by"),
            Tr::tr("Group by cost_center, team, owner, model, provider, api_key or project (default: totals only)."),
            QStringLiteral("DIM") });
        addJson(p);
        if (const auto exit = parseArgs(p, args, io))
            return *exit;
        if (!p.isSet(QStringLiteral("workspace")))
            return io.usage(Tr::tr("report needs --workspace W."));
        Analytics::Filter f;
        for (const char* bound : { "from", "to" }) {
            const QString name = QString::fromLatin1(bound);
            if (!p.isSet(name))
                continue;
            auto t = parseBound(p.value(name), name == QLatin1String("to"));
            if (!t)
                return io.usage(Tr::tr("--%1: \"%2\" is not a date or time.").arg(name, p.value(name)));
            (name == QLatin1String("from") ? f.fromMs : f.toMs) = *t;
        }
        Analytics::Dimension by = Analytics::Dimension::None;
        if (p.isSet(QStringLiteral("by"))) {
            auto d = Analytics::parseDimension(p.value(QStringLiteral("by")));
            if (!d)
                return io.usage(Tr::tr("--by: unknown dimension \"%1\".").arg(p.value(QStringLiteral("by"))));
            by = *d;
        }
        auto ws = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return io.fail(ws.error());
        auto rep = Analytics::report(*ws.value(), f, by);
        if (!rep)
            return io.fail(rep.error());
        if (p.isSet(QStringLiteral("json"))) {
            io.out << QString::fromUtf8(Analytics::reportToJson(rep.value())) << Qt::endl;
            return 0;
        }
        const Analytics::Report& r = rep.value();
        const bool reported = r.totals.reportedEvents > 0; // a column for what sources reported, when they did
        auto line = [&](const QString& key, const Analytics::Kpis& k) {
            // a group with only unpriced calls has no list cost, which is not $0
            const QString cost = k.unpricedCalls == k.calls && k.calls > 0 ? Tr::tr("unpriced")
                : k.calls == 0                                             ? QStringLiteral("—") // no calls to price
                                                                           : Money::formatUsd(k.listCostNano);
            io.out << key.leftJustified(28).left(28) << cost.rightJustified(16);
            if (reported)
                io.out << (k.reportedEvents ? Money::formatUsd(k.reportedCostNano) : QStringLiteral("—"))
                              .rightJustified(16);
            io.out << QString::number(k.calls).rightJustified(10)
                   << fmtOpt(k.costPerTaskUsd(), false).rightJustified(11)
                   << fmtOpt(k.cpsoUsd(), false).rightJustified(11) << fmtOpt(k.reworkRate(), true).rightJustified(9)
                   << fmtOpt(k.tokenEfficiency(), true).rightJustified(9)
                   << fmtOpt(k.cacheHitRate(), true).rightJustified(9) << '\n';
        };
        io.out << Tr::tr("%1 to %2 (UTC)").arg(TimeUtil::toIso(r.fromMs), TimeUtil::toIso(r.toMs)) << "\n\n";
        // a heading as wide as its column (a translation can be) keeps one space before it
        const auto head = [](const QString& text, int width) -> QString {
            return QString(text.size() >= width ? text.left(width - 1) : text).rightJustified(width);
        };
        io.out << QStringLiteral("%1%2%3%4%5%6%7%8\n")
                      .arg(QString().leftJustified(28),
                          head(Tr::tr("list cost"), 16) + (reported ? head(Tr::tr("reported"), 16) : QString()),
                          head(Tr::tr("calls"), 10), head(Tr::tr("cost/task"), 11), head(Tr::tr("CPSO"), 11),
                          head(Tr::tr("rework"), 9), head(Tr::tr("tok.eff."), 9), head(Tr::tr("cache"), 9));
        for (const Analytics::Group& g : r.groups)
            line(g.key.isEmpty() ? Tr::tr("(unattributed)") : g.key, g.kpis);
        line(Tr::tr("Total"), r.totals);
        if (r.totals.costOnly())
            io.out << '\n'
                   << QCoreApplication::translate("Cli",
                          "No token-level calls: the spend here is what providers reported in cost exports (%1 in "
                          "%n row(s)); import usage exports to see calls, tokens and the KPIs.",
                          nullptr, int(r.totals.events))
                          .arg(Money::formatUsd(r.totals.reportedCostNano))
                   << '\n';
        if (r.totals.unpricedCalls)
            io.out << '\n'
                   << Tr::tr("Unpriced: %1 calls to %2 (no price known; not counted as $0).")
                          .arg(r.totals.unpricedCalls)
                          .arg(r.totals.unpricedModels.join(QStringLiteral(", ")))
                   << '\n';
        io.out.flush();
        return 0;
    }

    int cmdPrices(const QStringList& args, Io& io)
    {
        QCommandLineParser p;
        p.addOption(
            { QStringLiteral("workspace"), Tr::tr("Workspace whose prices to show or change."), QStringLiteral("W") });
        p.addOption({ QStringLiteral("model"), Tr::tr("Show the price that applies to this model id."),
            QStringLiteral("NAME") });
        p.addOption({ QStringLiteral("at"), Tr::tr("With --model: the price valid at this time (default: now)."),
            QStringLiteral("DATE") });
        p.addOption({ QStringLiteral("import"), Tr::tr("Read LiteLLM's model_prices_and_context_window.json."),
            QStringLiteral("FILE") });
        p.addOption({ QStringLiteral("effective-from"),
            Tr::tr("With --import: date the imported prices apply from (default: always)."), QStringLiteral("DATE") });
        p.addOption(
            { QStringLiteral("reprice"), Tr::tr("Recompute the list cost of every event with the current prices.") });
        addJson(p);
        if (const auto exit = parseArgs(p, args, io))
            return *exit;
        const bool json = p.isSet(QStringLiteral("json"));
        std::unique_ptr<Store::Workspace> ws;
        if (p.isSet(QStringLiteral("workspace"))) {
            auto opened = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
            if (!opened)
                return io.fail(opened.error());
            ws = std::move(opened).value();
        } else if (p.isSet(QStringLiteral("reprice"))) {
            return io.usage(Tr::tr("--reprice needs --workspace W."));
        }
        auto builtin = Pricing::PriceCatalog::builtin();
        if (!builtin)
            return io.fail(builtin.error());
        Pricing::PriceCatalog catalog = builtin.value();
        std::optional<Store::UsageRepository> repo;
        if (ws) {
            repo.emplace(*ws);
            auto c = repo->catalog();
            if (!c)
                return io.fail(c.error());
            catalog = c.value();
        }

        if (p.isSet(QStringLiteral("import"))) {
            const QString file = p.value(QStringLiteral("import"));
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return io.fail(
                    Error { Error::Code::Io, Tr::tr("Cannot read the file: %1").arg(f.errorString()), file });
            qint64 eff = 0;
            if (p.isSet(QStringLiteral("effective-from"))) {
                auto t = TimeUtil::parse(p.value(QStringLiteral("effective-from")));
                if (!t)
                    return io.usage(Tr::tr("--effective-from: not a date."));
                eff = *t;
            }
            auto entries = Pricing::parseLiteLlmJson(f.readAll(), file, eff);
            if (!entries)
                return io.fail(entries.error());
            if (repo) {
                if (auto r = repo->upsertPriceOverrides(entries.value()); !r)
                    return io.fail(r.error());
                auto c = repo->catalog();
                if (!c)
                    return io.fail(c.error());
                catalog = c.value();
            } else {
                io.err << Tr::tr("No --workspace given: the %1 prices were read and checked but not stored.")
                              .arg(entries.value().size())
                       << Qt::endl;
            }
            if (json)
                io.out << QString::fromUtf8(Pricing::toCatalogJson(entries.value())) << Qt::endl;
            else
                io.out << Tr::tr("Read %1 model prices from %2.").arg(entries.value().size()).arg(file) << Qt::endl;
            if (!p.isSet(QStringLiteral("reprice")))
                return 0;
        }
        if (p.isSet(QStringLiteral("reprice"))) {
            PlainTaskContext ctx;
            auto n = repo->reprice(catalog, ctx);
            if (!n)
                return io.fail(n.error());
            if (json)
                io.out << QString::fromStdString(nlohmann::json { { "repriced_events", n.value() } }.dump())
                       << Qt::endl;
            else
                io.out << Tr::tr("Re-priced %1 events.").arg(n.value()) << Qt::endl;
            return 0;
        }
        if (p.isSet(QStringLiteral("model"))) {
            const QString model = p.value(QStringLiteral("model"));
            qint64 at = QDateTime::currentMSecsSinceEpoch();
            if (p.isSet(QStringLiteral("at"))) {
                auto t = TimeUtil::parse(p.value(QStringLiteral("at")));
                if (!t)
                    return io.usage(Tr::tr("--at: not a date."));
                at = *t;
            }
            const Pricing::PriceEntry* e = catalog.find(model, at);
            if (!e) {
                io.err << Tr::tr(
                    "inferometer-cli: \"%1\" is not in the price catalog: its calls are unpriced (never $0). "
                    "Add a price in the workspace or import LiteLLM's price file.")
                              .arg(model)
                       << Qt::endl;
                return 1;
            }
            io.out << QString::fromUtf8(Pricing::toCatalogJson({ *e })) << Qt::endl;
            return 0;
        }
        io.out << QString::fromUtf8(Pricing::toCatalogJson(catalog.entries())) << Qt::endl;
        return 0;
    }

} // namespace

// Commands besides the first four live in their own files (app/cli/<name>command.cpp): declared here, one per line.
int cmdScrape(const QStringList& args, Io& io);
int cmdMaturity(const QStringList& args, Io& io);
int cmdAnomalies(const QStringList& args, Io& io);
int cmdBudgets(const QStringList& args, Io& io);
int cmdCompress(const QStringList& args, Io& io);
int cmdTokens(const QStringList& args, Io& io);
int cmdQuantize(const QStringList& args, Io& io);
int cmdPerplexity(const QStringList& args, Io& io);
int cmdGenerate(const QStringList& args, Io& io);
int cmdAb(const QStringList& args, Io& io);
int cmdSynthModel(const QStringList& args, Io& io);
int cmdCache(const QStringList& args, Io& io);
int cmdRouting(const QStringList& args, Io& io);
int cmdBreakeven(const QStringList& args, Io& io);
int cmdExport(const QStringList& args, Io& io);
int cmdChargeback(const QStringList& args, Io& io);

const QList<Command>& commands()
{
    static const QList<Command> list {
        { "demo", cmdDemo },
        { "import", cmdImport },
        { "report", cmdReport },
        { "prices", cmdPrices },
        { "scrape", cmdScrape },
        { "maturity", cmdMaturity },
        { "anomalies", cmdAnomalies },
        { "budgets", cmdBudgets },
        { "compress", cmdCompress },
        { "tokens", cmdTokens },
        { "quantize", cmdQuantize },
        { "perplexity", cmdPerplexity },
        { "generate", cmdGenerate },
        { "ab", cmdAb },
        { "synth-model", cmdSynthModel },
        { "cache", cmdCache },
        { "routing", cmdRouting },
        { "breakeven", cmdBreakeven },
        { "export", cmdExport },
        { "chargeback", cmdChargeback },
    };
    return list;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Io io { out, err };
    // core logs what it does (imports, timings) at info and debug level: only with --verbose, wherever it stands
    QStringList args = arguments;
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("inferometer.*=true")
                                             : QStringLiteral("inferometer.*.debug=false\ninferometer.*.info=false"));
    if (args.isEmpty()) {
        err << usageText();
        return 2;
    }
    const QString cmd = args.first();
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") || cmd == QLatin1String("help")) {
        if (args.size() > 1 && !commandSummary(args[1]).isEmpty()) // "help import" = "import --help"
            return run({ args[1], QStringLiteral("--help") }, out, err);
        out << usageText();
        return 0;
    }
    if (cmd == QLatin1String("--version") || cmd == QLatin1String("-v")) {
        out << "inferometer-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QStringList rest = args;
    rest[0] = QStringLiteral("inferometer-cli ") + cmd; // QCommandLineParser skips the program name
    io.command = cmd;
    for (const Command& c : commands())
        if (cmd == QLatin1String(c.name))
            return c.run(rest, io);
    err << "inferometer-cli: " << Tr::tr("Unknown command \"%1\".").arg(cmd) << "\n\n" << usageText();
    return 2;
}

} // namespace Cli
