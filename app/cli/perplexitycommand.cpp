// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli perplexity MODEL --text FILE [--ctx N] [--backend vulkan|cpu|auto] [--kv-type f16|f32] [--json]:
// as llama-perplexity.
#include "app/cli/inferencesupport.h"

#include "core/inference/perplexity.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

int cmdPerplexity(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("text"), Tr::tr("UTF-8 text to score."), QStringLiteral("FILE") });
    p.addOption(
        { QStringLiteral("ctx"), Tr::tr("Tokens per chunk (default 512, as llama-perplexity)."), QStringLiteral("N") });
    addBackendOption(p);
    addKvOption(p);
    addLongContextOption(p);
    addJson(p);
    p.addPositionalArgument(QStringLiteral("MODEL"), Tr::tr("A GGUF model."));
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("text")))
        return io.usage(Tr::tr("perplexity needs MODEL and --text FILE."));
    const auto ctx = intOption(p, QStringLiteral("ctx"), 512, 4);
    if (!ctx)
        return io.usage(Tr::tr("--ctx takes a whole number of at least 4."));
    const QString path = p.positionalArguments().first();
    auto model = Inference::Model::load(path);
    if (!model)
        return io.fail(model.error());
    if (const QString problem = contextProblem(p, *model.value(), *ctx); !problem.isEmpty())
        return io.usage(QStringLiteral("--ctx: ") + problem);
    auto tokens = tokenizeFile(*model.value(), p.value(QStringLiteral("text")));
    if (!tokens)
        return io.fail(tokens.error());
    const auto kv = kvOption(p);
    if (!kv)
        return io.usage(Tr::tr("--kv-type takes f16 or f32."));
    auto backend = makeBackend(model.value(), p.value(QStringLiteral("backend")), *ctx, *kv, io);
    if (!backend)
        return io.fail(backend.error());
    PlainTaskContext task;
    QElapsedTimer t;
    t.start();
    auto r = Inference::perplexity(*backend.value(), tokens.value(), *ctx, model.value()->config().bosId, task);
    if (!r)
        return io.fail(r.error());
    const Inference::PerplexityResult& s = r.value();
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject j { { QStringLiteral("model"), path }, { QStringLiteral("backend"), backend.value()->name() },
            { QStringLiteral("device"), backend.value()->device() }, { QStringLiteral("ctx"), s.ctx },
            { QStringLiteral("chunks"), s.chunks }, { QStringLiteral("tokens"), s.tokens },
            { QStringLiteral("perplexity"), s.perplexity }, { QStringLiteral("perplexity_error"), s.perplexityError },
            { QStringLiteral("scored"), s.scored }, { QStringLiteral("nll"), s.nll },
            { QStringLiteral("text_tokens"), int(tokens.value().size()) },
            { QStringLiteral("type"), model.value()->typeLabel() },
            { QStringLiteral("kv_cache"), Inference::kvTypeName(*kv) },
            { QStringLiteral("seconds"), double(t.elapsed()) / 1000.0 } };
        io.out << QJsonDocument(j).toJson(QJsonDocument::Indented);
    } else {
        io.out << Tr::tr("%1 on %2 (%3), KV cache %4: %5 tokens, %6 chunks of %7")
                      .arg(path, backend.value()->name(), backend.value()->device(),
                          Inference::kvTypeName(*kv).toUpper())
                      .arg(tokens.value().size())
                      .arg(s.chunks)
                      .arg(s.ctx)
               << Qt::endl;
        for (size_t i = 0; i < s.chunkPerplexity.size(); ++i)
            io.out << QStringLiteral("[%1]%2,").arg(i + 1).arg(s.chunkPerplexity[i], 0, 'f', 4);
        io.out
            << Qt::endl
            << Tr::tr("Final estimate: PPL = %1 +/- %2").arg(s.perplexity, 0, 'f', 4).arg(s.perplexityError, 0, 'f', 5)
            << Qt::endl;
    }
    return 0;
}

} // namespace Cli
