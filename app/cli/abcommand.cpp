// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli ab A.gguf B.gguf [--text FILE] [--backend B] [--ctx N] [--runs N] [--prompt-tokens N]
//                 [--decode-tokens N] [--prompt TEXT]... [--generate-tokens N] [--seed S] [--gpu-price-per-hour X]
//                 [--utilization PCT] [--json]: speed and quality of two models side by side (Ab::run, as the page).
#include "app/cli/inferencesupport.h"

#include "core/inference/ab/abrun.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Cli {

namespace {

    QString num(double v, int prec)
    {
        return QString::number(v, 'f', prec);
    }

    /** llama-bench's "mean ± sd", then the median and range. */
    QString speed(const std::vector<double>& runs)
    {
        const Ab::Stats s = Ab::stats(runs);
        return num(s.mean, 2) + QStringLiteral(" ± ") + num(s.sd, 2) + QStringLiteral("  (") + num(s.median, 1)
            + QStringLiteral("; ") + num(s.min, 0) + QLatin1Char('-') + num(s.max, 0) + QLatin1Char(')');
    }

    void printTable(const Ab::Record& r, Io& io)
    {
        auto row = [&](const QString& label, const QString& a, const QString& b) {
            io.out << label.leftJustified(28) << QLatin1Char(' ') << a.rightJustified(38) << QLatin1Char(' ')
                   << b.rightJustified(38) << '\n';
        };
        io.out << Cli::Tr::tr(
            "%1 on %2 (%3), KV cache %4, %5 timed runs after a warm-up; perplexity over %6 chunks of %7 "
            "tokens")
                      .arg(r.engine, r.device, r.driver, r.settings.kv.toUpper())
                      .arg(r.settings.runs)
                      .arg(r.chunks)
                      .arg(r.settings.ctx)
               << "\n";
        if (r.cpuEmulation)
            io.out << Cli::Tr::tr("note: %1 is a CPU emulation of Vulkan: its speed says nothing about a GPU.")
                          .arg(r.device)
                   << '\n';
        if (r.tooSmallToTime)
            io.out << Cli::Tr::tr(
                "note: the models are too small to time: per-token work is below the device's dispatch "
                "overhead (try synth-model --preset 110m for a speed comparison).")
                   << '\n';
        io.out << '\n';
        row(QString(), QStringLiteral("A"), QStringLiteral("B"));
        row(Cli::Tr::tr("file"), QFileInfo(r.a.file).fileName(), QFileInfo(r.b.file).fileName());
        row(Cli::Tr::tr("type"), r.a.type, r.b.type);
        row(Cli::Tr::tr("file size (bytes)"), QString::number(r.a.fileBytes), QString::number(r.b.fileBytes));
        row(Cli::Tr::tr("weights memory (bytes)"), QString::number(r.a.weightsBytes),
            QString::number(r.b.weightsBytes));
        row(Cli::Tr::tr("KV cache (bytes)"), QString::number(r.a.kvBytes), QString::number(r.b.kvBytes));
        row(Cli::Tr::tr("pp%1 t/s").arg(r.promptTokens()), speed(r.a.prefill), speed(r.b.prefill));
        row(Cli::Tr::tr("tg%1 t/s").arg(r.settings.decodeTokens), speed(r.a.decode), speed(r.b.decode));
        row(Cli::Tr::tr("time to first token (ms)"), num(Ab::stats(r.a.ttftMs).median, 2),
            num(Ab::stats(r.b.ttftMs).median, 2));
        row(Cli::Tr::tr("perplexity"), num(r.a.perplexity, 4) + QStringLiteral(" ± ") + num(r.a.perplexityError, 4),
            num(r.b.perplexity, 4) + QStringLiteral(" ± ") + num(r.b.perplexityError, 4));
        if (r.cost) {
            auto usd = [&](const Ab::Side& s) {
                return num(
                    Ab::usdPerMillionTokens(r.cost->gpuUsdPerHour, Ab::stats(s.decode).median, r.cost->utilization), 4);
            };
            row(Cli::Tr::tr("$ per 1M output tokens"), usd(r.a), usd(r.b));
        }
        io.out << '\n'
               << Cli::Tr::tr("B vs A: KLD mean %1, p99 %2, max %3, top-1 agreement %4%")
                      .arg(num(r.kldMean, 6), num(r.kldP99, 6), num(r.kldMax, 6), num(r.top1Agreement * 100, 2))
               << '\n';
        for (const Ab::Generation& g : r.generations)
            io.out << '\n'
                   << Cli::Tr::tr("\"%1\"").arg(g.prompt) << "\n  A: " << g.a << "\n  B: " << g.b << '\n'
                   << (g.firstDivergence < 0 ? Cli::Tr::tr("  the same text")
                                             : Cli::Tr::tr("  first difference at character %1").arg(g.firstDivergence))
                   << '\n';
        io.out << '\n' << Ab::verdict(r) << Qt::endl;
    }

} // namespace

int cmdAb(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("text"),
        Tr::tr("UTF-8 text for perplexity, KL divergence and the timed prompt (default: the bundled text)."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("ctx"), Tr::tr("Tokens per perplexity chunk (default 128)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("runs"), Tr::tr("Timed runs after one warm-up (default 5)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("prompt-tokens"), Tr::tr("Prompt length for prefill (pp) and TTFT (default 64)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("decode-tokens"), Tr::tr("Tokens generated per timed run (tg, default 64)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("prompt"), Tr::tr("A prompt both models continue, side by side (repeatable)."),
        QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("generate-tokens"), Tr::tr("Tokens generated per prompt (default 48)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("seed"), Tr::tr("Sampling seed for the prompts (default 1; greedy ignores it)."),
        QStringLiteral("S") });
    p.addOption({ QStringLiteral("gpu-price-per-hour"),
        Tr::tr("USD per hour of the machine: adds $ per 1M output tokens."), QStringLiteral("USD") });
    p.addOption({ QStringLiteral("utilization"),
        Tr::tr("Percent of paid hours spent generating, for $ per 1M output tokens (default 100)."),
        QStringLiteral("PCT") });
    p.addOption({ QStringLiteral("backend"),
        Tr::tr("vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference without one)."),
        QStringLiteral("B"), QStringLiteral("auto") });
    addKvOption(p);
    addJson(p);
    p.addPositionalArgument(QStringLiteral("A"), Tr::tr("The baseline GGUF model."));
    p.addPositionalArgument(QStringLiteral("B"), Tr::tr("The model compared with it."));
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (p.positionalArguments().size() != 2)
        return io.usage(Tr::tr("ab needs A and B."));
    Ab::Request req;
    req.fileA = p.positionalArguments()[0];
    req.fileB = p.positionalArguments()[1];
    req.text = p.value(QStringLiteral("text"));
    Ab::Settings& set = req.settings;
    const auto ctx = intOption(p, QStringLiteral("ctx"), 128, 4);
    const auto runs = intOption(p, QStringLiteral("runs"), 5, 1);
    const auto pt = intOption(p, QStringLiteral("prompt-tokens"), 64, 1);
    const auto dt = intOption(p, QStringLiteral("decode-tokens"), 64, 2);
    const auto gt = intOption(p, QStringLiteral("generate-tokens"), 48, 1);
    const auto seed = intOption(p, QStringLiteral("seed"), 1, 0);
    if (!ctx || !runs || !pt || !dt || !gt || !seed)
        return io.usage(Tr::tr("--ctx (>= 4), --runs (>= 1), --prompt-tokens (>= 1), --decode-tokens (>= 2), "
                               "--generate-tokens (>= 1) and --seed (>= 0) take whole numbers."));
    set.engine = p.value(QStringLiteral("backend"));
    set.ctx = *ctx;
    set.runs = *runs;
    set.promptTokens = *pt;
    set.decodeTokens = *dt;
    set.generateTokens = *gt;
    set.seed = quint64(*seed);
    set.temperature = 0;
    set.prompts = p.values(QStringLiteral("prompt"));
    if (!kvOption(p))
        return io.usage(Tr::tr("--kv-type takes f16 or f32."));
    set.kv = p.value(QStringLiteral("kv-type")).toLower();
    std::optional<Ab::Cost> cost;
    if (p.isSet(QStringLiteral("gpu-price-per-hour"))) {
        bool ok = false;
        Ab::Cost c;
        c.gpuUsdPerHour = p.value(QStringLiteral("gpu-price-per-hour")).toDouble(&ok);
        if (!ok || c.gpuUsdPerHour < 0)
            return io.usage(Tr::tr("--gpu-price-per-hour takes a number >= 0."));
        if (p.isSet(QStringLiteral("utilization"))) {
            c.utilization = p.value(QStringLiteral("utilization")).toDouble(&ok) / 100.0;
            if (!ok || c.utilization <= 0 || c.utilization > 1)
                return io.usage(Tr::tr("--utilization takes a percentage above 0 and at most 100."));
        }
        cost = c;
    } else if (p.isSet(QStringLiteral("utilization"))) {
        return io.usage(Tr::tr("--utilization needs --gpu-price-per-hour."));
    }

    PlainTaskContext task;
    auto r = Ab::run(req, task);
    if (!r)
        return io.fail(r.error());
    Ab::Record record = std::move(r).value();
    record.cost = cost;
    if (p.isSet(QStringLiteral("json"))) {
        io.out << QJsonDocument(Ab::toJson(record)).toJson(QJsonDocument::Indented);
        return 0;
    }
    printTable(record, io);
    return 0;
}

} // namespace Cli
