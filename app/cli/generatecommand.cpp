// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli generate MODEL [--prompt TEXT] [--tokens N] [--temperature T] [--top-k K] [--top-p P] [--seed S]
#include "app/cli/inferencesupport.h"

#include "core/inference/generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>

namespace Cli {

int cmdGenerate(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("prompt"), Tr::tr("Text to continue (default: none, start from BOS)."),
        QStringLiteral("TEXT") });
    p.addOption({ QStringLiteral("tokens"), Tr::tr("Tokens to generate (default 64)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("temperature"), Tr::tr("0 for greedy (default 0.8)."), QStringLiteral("T") });
    p.addOption({ QStringLiteral("top-k"), Tr::tr("Keep the K most likely tokens; 0 keeps all (default 40)."),
        QStringLiteral("K") });
    p.addOption({ QStringLiteral("top-p"), Tr::tr("Nucleus: keep tokens up to probability P (default 0.95)."),
        QStringLiteral("P") });
    p.addOption({ QStringLiteral("seed"), Tr::tr("Random seed (default 0)."), QStringLiteral("S") });
    p.addOption(
        { QStringLiteral("ctx"), Tr::tr("KV cache size in tokens (default: prompt + tokens)."), QStringLiteral("N") });
    addBackendOption(p);
    addKvOption(p);
    addLongContextOption(p);
    addJson(p);
    p.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("A GGUF model."));
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (p.positionalArguments().size() != 1)
        return io.usage(Tr::tr("generate needs MODEL."));
    Inference::GenerateOptions o;
    const auto n = intOption(p, QStringLiteral("tokens"), 64, 1);
    const auto topK = intOption(p, QStringLiteral("top-k"), 40, 0);
    if (!n || !topK)
        return io.usage(Tr::tr("--tokens takes a whole number of at least 1, --top-k one of at least 0."));
    o.maxTokens = *n;
    o.sampler.topK = *topK;
    bool ok = true;
    if (p.isSet(QStringLiteral("temperature")))
        o.sampler.temperature = p.value(QStringLiteral("temperature")).toFloat(&ok);
    if (ok && p.isSet(QStringLiteral("top-p")))
        o.sampler.topP = p.value(QStringLiteral("top-p")).toFloat(&ok);
    if (ok && p.isSet(QStringLiteral("seed")))
        o.sampler.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok || o.sampler.temperature < 0 || !(o.sampler.topP > 0))
        return io.usage(Tr::tr("--temperature takes a number >= 0, --top-p one > 0, --seed a whole number."));

    const QString path = p.positionalArguments().first();
    auto model = Inference::Model::load(path);
    if (!model)
        return io.fail(model.error());
    auto tok = Tokenize::loadTokenizer(model.value()->path());
    if (!tok)
        return io.fail(tok.error());
    std::vector<int32_t> prompt
        = Ab::encodeText(*tok.value(), model.value()->config(), p.value(QStringLiteral("prompt")).toUtf8());
    if (prompt.empty())
        prompt.push_back(std::max(model.value()->config().bosId, 0));
    // by default the cache holds the prompt and every token asked for; counted in 64 bits, checked before it is made
    const qint64 wanted = qint64(prompt.size()) + o.maxTokens;
    const auto ctx = intOption(p, QStringLiteral("ctx"), int(std::min<qint64>(wanted, INT_MAX)), 2);
    if (!ctx)
        return io.usage(Tr::tr("--ctx takes a whole number of at least 2."));
    const bool ctxSet = p.isSet(QStringLiteral("ctx"));
    if (const QString problem = contextProblem(p, *model.value(), ctxSet ? *ctx : wanted); !problem.isEmpty())
        return io.usage((ctxSet ? QStringLiteral("--ctx: ") : QStringLiteral("--tokens: ")) + problem);
    const auto kv = kvOption(p);
    if (!kv)
        return io.usage(Tr::tr("--kv-type takes f16 or f32."));
    auto backend = makeBackend(model.value(), p.value(QStringLiteral("backend")), *ctx, *kv, io);
    if (!backend)
        return io.fail(backend.error());
    PlainTaskContext task;
    auto g = Inference::generate(*backend.value(), prompt, o, task);
    if (!g)
        return io.fail(g.error());
    const Inference::Generation& r = g.value();
    const QString text = Ab::decodeIds(*tok.value(), r.tokens);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray ids;
        for (int32_t id : r.tokens)
            ids.append(id);
        const QJsonObject j { { QStringLiteral("model"), path }, { QStringLiteral("backend"), backend.value()->name() },
            { QStringLiteral("device"), backend.value()->device() },
            { QStringLiteral("prompt_tokens"), r.promptTokens }, { QStringLiteral("ids"), ids },
            { QStringLiteral("text"), text }, { QStringLiteral("stopped_at_eos"), r.hitEos },
            { QStringLiteral("prefill_tokens_per_s"), r.prefillTokensPerSecond() },
            { QStringLiteral("decode_tokens_per_s"), r.decodeTokensPerSecond() },
            { QStringLiteral("ttft_ms"), r.timeToFirstTokenMs } };
        io.out << QJsonDocument(j).toJson(QJsonDocument::Indented);
    } else {
        io.out << p.value(QStringLiteral("prompt")) << text << Qt::endl;
        io.err << Tr::tr("%1 prompt tokens at %2 tokens/s, %3 generated at %4 tokens/s (%5, %6)")
                      .arg(r.promptTokens)
                      .arg(r.prefillTokensPerSecond(), 0, 'f', 1)
                      .arg(r.tokens.size())
                      .arg(r.decodeTokensPerSecond(), 0, 'f', 1)
                      .arg(backend.value()->name(), backend.value()->device())
               << Qt::endl;
    }
    return 0;
}

} // namespace Cli
