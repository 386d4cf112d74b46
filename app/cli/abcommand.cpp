// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli ab A.gguf B.gguf --text FILE [--backend B] [--ctx N] [--runs N] [--prompt-tokens N]
//                 [--decode-tokens N] [--gpu-price-per-hour X] [--json]: speed and quality of two models side by side.
#include "app/cli/inferencesupport.h"

#include "core/gguf/gguffile.h"
#include "core/inference/generator.h"
#include "core/inference/perplexity.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

    struct Side
    {
        QString file;
        std::shared_ptr<const Inference::Model> model;
        std::unique_ptr<Inference::Backend> backend;
        Spread prefill, decode, ttft;
        double perplexity = 0;
    };

    struct AbSettings
    {
        int runs = 5;
        int promptTokens = 64;
        int decodeTokens = 64;
    };

    /** One warm-up run, then `runs` timed ones: greedy generation from the first prompt tokens of the text. */
    Result<void> measureSpeed(Side& s, const std::vector<int32_t>& text, const AbSettings& set, TaskContext& task)
    {
        const std::vector<int32_t> prompt(
            text.begin(), text.begin() + std::min<ptrdiff_t>(set.promptTokens, ptrdiff_t(text.size())));
        Inference::GenerateOptions o;
        o.maxTokens = set.decodeTokens;
        o.stopAtEos = false;
        o.sampler.temperature = 0;
        std::vector<double> pf, dc, tt;
        for (int i = 0; i <= set.runs; ++i) {
            auto g = Inference::generate(*s.backend, prompt, o, task);
            if (!g)
                return g.error();
            if (i == 0)
                continue; // warm-up: pipelines, caches, page faults
            pf.push_back(g.value().prefillTokensPerSecond());
            dc.push_back(g.value().decodeTokensPerSecond());
            tt.push_back(g.value().timeToFirstTokenMs);
        }
        s.prefill = spread(pf);
        s.decode = spread(dc);
        s.ttft = spread(tt);
        return {};
    }

    QJsonObject sideJson(const Side& s, std::optional<double> gpuPrice)
    {
        const int64_t weights
            = s.backend->weightsBytes() >= 0 ? s.backend->weightsBytes() : int64_t(s.model->weightsBytes());
        QJsonObject j { { QStringLiteral("file"), s.file }, { QStringLiteral("type"), s.model->typeLabel() },
            { QStringLiteral("bytes"), QFileInfo(s.file).size() }, { QStringLiteral("weights_bytes"), qint64(weights) },
            { QStringLiteral("prefill_tokens_per_s"), s.prefill.median },
            { QStringLiteral("prefill_tokens_per_s_min"), s.prefill.min },
            { QStringLiteral("prefill_tokens_per_s_max"), s.prefill.max },
            { QStringLiteral("decode_tokens_per_s"), s.decode.median },
            { QStringLiteral("decode_tokens_per_s_min"), s.decode.min },
            { QStringLiteral("decode_tokens_per_s_max"), s.decode.max }, { QStringLiteral("ttft_ms"), s.ttft.median },
            { QStringLiteral("perplexity"), s.perplexity } };
        if (gpuPrice && s.decode.median > 0)
            j.insert(QStringLiteral("usd_per_1m_output_tokens"), *gpuPrice / (s.decode.median * 3600.0) * 1e6);
        return j;
    }

} // namespace

int cmdAb(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("text"), tr("UTF-8 text for perplexity, KL divergence and the prompt."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("ctx"), tr("Tokens per perplexity chunk (default 512, as llama-perplexity)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("runs"), tr("Timed runs after one warm-up (default 5)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("prompt-tokens"), tr("Prompt length for prefill and TTFT (default 64)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("decode-tokens"), tr("Tokens generated per run (default 64)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("gpu-price-per-hour"), tr("USD per hour of the machine: adds $ per 1M output tokens."),
        QStringLiteral("USD") });
    addBackendOption(p);
    addJson(p);
    p.addPositionalArgument(QStringLiteral("A"), tr("The baseline GGUF model."));
    p.addPositionalArgument(QStringLiteral("B"), tr("The model compared with it."));
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (p.positionalArguments().size() != 2 || !p.isSet(QStringLiteral("text")))
        return io.usage(tr("ab needs A, B and --text FILE."));
    const auto ctx = intOption(p, QStringLiteral("ctx"), 512, 4);
    AbSettings set;
    const auto runs = intOption(p, QStringLiteral("runs"), 5, 1);
    const auto pt = intOption(p, QStringLiteral("prompt-tokens"), 64, 1);
    const auto dt = intOption(p, QStringLiteral("decode-tokens"), 64, 2);
    if (!ctx || !runs || !pt || !dt)
        return io.usage(
            tr("--ctx (>= 4), --runs (>= 1), --prompt-tokens (>= 1), --decode-tokens (>= 2) take whole numbers."));
    set.runs = *runs;
    set.promptTokens = *pt;
    set.decodeTokens = *dt;
    std::optional<double> price;
    if (p.isSet(QStringLiteral("gpu-price-per-hour"))) {
        bool ok = false;
        price = p.value(QStringLiteral("gpu-price-per-hour")).toDouble(&ok);
        if (!ok || *price < 0)
            return io.usage(tr("--gpu-price-per-hour takes a number >= 0."));
    }

    Side sides[2];
    for (int i = 0; i < 2; ++i) {
        sides[i].file = p.positionalArguments()[i];
        auto m = Inference::Model::load(sides[i].file);
        if (!m)
            return io.fail(m.error());
        sides[i].model = m.value();
    }
    auto tokens = tokenizeFile(*sides[0].model, p.value(QStringLiteral("text")));
    if (!tokens)
        return io.fail(tokens.error());
    auto vocabOf = [](const Side& s) {
        auto v = s.model->file().strings("tokenizer.ggml.tokens");
        return v ? v.value() : std::vector<QByteArray> {};
    };
    if (vocabOf(sides[0]) != vocabOf(sides[1])) {
        Error e;
        e.code = Error::Code::Schema;
        e.source = sides[1].file;
        e.field = QStringLiteral("tokenizer.ggml.tokens");
        e.message
            = tr("the vocabulary differs from %1's: the models cannot be compared token by token").arg(sides[0].file);
        return io.fail(e);
    }
    const int kv = std::max(*ctx, set.promptTokens + set.decodeTokens);
    PlainTaskContext task;
    for (Side& s : sides) {
        auto b = makeBackend(s.model, p.value(QStringLiteral("backend")), kv, io);
        if (!b)
            return io.fail(b.error());
        s.backend = std::move(b).value();
        if (auto r = measureSpeed(s, tokens.value(), set, task); !r)
            return io.fail(r.error());
    }
    auto c = Inference::compare(
        *sides[0].backend, *sides[1].backend, tokens.value(), *ctx, sides[0].model->config().bosId, task);
    if (!c)
        return io.fail(c.error());
    sides[0].perplexity = c.value().a.perplexity;
    sides[1].perplexity = c.value().b.perplexity;

    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject j { { QStringLiteral("a"), sideJson(sides[0], price) },
            { QStringLiteral("b"), sideJson(sides[1], price) },
            { QStringLiteral("b_vs_a"),
                QJsonObject { { QStringLiteral("kld_mean"), c.value().kldMean },
                    { QStringLiteral("kld_p99"), c.value().kldP99 }, { QStringLiteral("kld_max"), c.value().kldMax },
                    { QStringLiteral("top1_agreement"), c.value().top1Agreement },
                    { QStringLiteral("decode_speedup"),
                        sides[0].decode.median > 0 ? sides[1].decode.median / sides[0].decode.median : 0.0 },
                    { QStringLiteral("perplexity_ratio"), sides[1].perplexity / sides[0].perplexity } } },
            { QStringLiteral("backend"), sides[0].backend->name() },
            { QStringLiteral("device"), sides[0].backend->device() }, { QStringLiteral("ctx"), c.value().a.ctx },
            { QStringLiteral("chunks"), c.value().a.chunks }, { QStringLiteral("scored"), c.value().a.scored },
            { QStringLiteral("runs"), set.runs },
            { QStringLiteral("prompt_tokens"), std::min<int>(set.promptTokens, int(tokens.value().size())) },
            { QStringLiteral("decode_tokens"), set.decodeTokens } };
        io.out << QJsonDocument(j).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto row = [&](const QString& label, const QString& a, const QString& b) {
        io.out << label.leftJustified(28) << a.rightJustified(24) << b.rightJustified(24) << '\n';
    };
    auto num = [](double v, int prec) { return QString::number(v, 'f', prec); };
    auto sp = [&](const Spread& s) -> QString {
        return num(s.median, 1) + QStringLiteral(" (") + num(s.min, 0) + QLatin1Char('-') + num(s.max, 0)
            + QLatin1Char(')');
    };
    io.out << tr("%1 on %2, %3 timed runs after a warm-up; perplexity over %4 chunks of %5 tokens")
                  .arg(sides[0].backend->name(), sides[0].backend->device())
                  .arg(set.runs)
                  .arg(c.value().a.chunks)
                  .arg(c.value().a.ctx)
           << "\n\n";
    row(QString(), QStringLiteral("A"), QStringLiteral("B"));
    row(tr("file"), QFileInfo(sides[0].file).fileName(), QFileInfo(sides[1].file).fileName());
    row(tr("type"), sides[0].model->typeLabel(), sides[1].model->typeLabel());
    row(tr("file size (bytes)"), QString::number(QFileInfo(sides[0].file).size()),
        QString::number(QFileInfo(sides[1].file).size()));
    row(tr("weights memory (bytes)"),
        QString::number(sideJson(sides[0], {}).value(QLatin1String("weights_bytes")).toInteger()),
        QString::number(sideJson(sides[1], {}).value(QLatin1String("weights_bytes")).toInteger()));
    row(tr("prefill tokens/s (min-max)"), sp(sides[0].prefill), sp(sides[1].prefill));
    row(tr("decode tokens/s (min-max)"), sp(sides[0].decode), sp(sides[1].decode));
    row(tr("time to first token (ms)"), num(sides[0].ttft.median, 2), num(sides[1].ttft.median, 2));
    row(tr("perplexity"), num(sides[0].perplexity, 4), num(sides[1].perplexity, 4));
    if (price)
        row(tr("$ per 1M output tokens"), num(*price / (sides[0].decode.median * 3600) * 1e6, 4),
            num(*price / (sides[1].decode.median * 3600) * 1e6, 4));
    io.out << '\n'
           << tr("B vs A: KLD mean %1, KLD p99 %2, top-1 agreement %3%, decode speed-up %4x")
                  .arg(num(c.value().kldMean, 6), num(c.value().kldP99, 6), num(c.value().top1Agreement * 100, 2),
                      num(sides[0].decode.median > 0 ? sides[1].decode.median / sides[0].decode.median : 0, 2))
           << Qt::endl;
    return 0;
}

} // namespace Cli
