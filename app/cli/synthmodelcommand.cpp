// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli synth-model --preset 110m|350m|1b --type f32|q8_0|q4_0 --vocab-from MODEL --out FILE [--seed S]
//                         [--arch llama|qwen2|phi3|gemma2]
#include "app/cli/clisupport.h"

#include "core/common/task.h"

#include "core/inference/synthmodel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

int cmdSynthModel(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("preset"), Tr::tr("110m, 350m or 1b."), QStringLiteral("P") });
    p.addOption({ QStringLiteral("type"), Tr::tr("f32, q8_0 or q4_0 (default f32)."), QStringLiteral("T"),
        QStringLiteral("f32") });
    p.addOption(
        { QStringLiteral("vocab-from"), Tr::tr("A GGUF model whose vocabulary to use."), QStringLiteral("MODEL") });
    p.addOption({ QStringLiteral("out"), Tr::tr("The GGUF file to write."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("seed"), Tr::tr("Random seed (default 1)."), QStringLiteral("S") });
    p.addOption({ QStringLiteral("arch"),
        Tr::tr(
            "llama (default), qwen2 (adds seeded Q/K/V biases), phi3 (fused Q/K/V and gate/up, long-context RoPE "
            "factors, a sliding window) or gemma2 (post-norms, GELU, soft-capping, a sliding window on even layers)."),
        QStringLiteral("A"), QStringLiteral("llama") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (!p.isSet(QStringLiteral("preset")) || !p.isSet(QStringLiteral("vocab-from")) || !p.isSet(QStringLiteral("out")))
        return io.usage(Tr::tr("synth-model needs --preset, --vocab-from and --out."));
    Inference::SynthOptions o;
    const auto shape = Inference::synthPreset(p.value(QStringLiteral("preset")));
    if (!shape)
        return io.usage(Tr::tr("--preset: \"%1\" is not 110m, 350m or 1b.").arg(p.value(QStringLiteral("preset"))));
    o.shape = *shape;
    const auto type = Gguf::parseTypeName(p.value(QStringLiteral("type")));
    if (!type || (*type != Gguf::TensorType::F32 && *type != Gguf::TensorType::Q8_0 && *type != Gguf::TensorType::Q4_0))
        return io.usage(Tr::tr("--type: \"%1\" is not f32, q8_0 or q4_0.").arg(p.value(QStringLiteral("type"))));
    o.type = *type;
    o.vocabFrom = p.value(QStringLiteral("vocab-from"));
    o.architecture = p.value(QStringLiteral("arch"));
    if (o.architecture != QLatin1String("llama") && o.architecture != QLatin1String("qwen2")
        && o.architecture != QLatin1String("phi3") && o.architecture != QLatin1String("gemma2"))
        return io.usage(Tr::tr("--arch: \"%1\" is not llama, qwen2, phi3 or gemma2.").arg(o.architecture));
    bool ok = true;
    if (p.isSet(QStringLiteral("seed")))
        o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return io.usage(Tr::tr("--seed takes a whole number."));
    PlainTaskContext ctx;
    const QString out = p.value(QStringLiteral("out"));
    auto r = Inference::synthesizeModel(o, out, ctx);
    if (!r)
        return io.fail(r.error());
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject j { { QStringLiteral("out"), out }, { QStringLiteral("preset"), o.shape.preset },
            { QStringLiteral("type"), Gguf::typeName(o.type) },
            { QStringLiteral("parameters"), qint64(r.value().parameters) },
            { QStringLiteral("bytes"), qint64(r.value().bytes) }, { QStringLiteral("vocab_size"), r.value().vocabSize },
            { QStringLiteral("seed"), qint64(o.seed) } };
        io.out << QJsonDocument(j).toJson(QJsonDocument::Indented);
    } else {
        io.out << Tr::tr("Wrote %1: %2 parameters (%3, %4 layers x %5), %6 bytes, vocabulary of %7 from %8.")
                      .arg(out)
                      .arg(r.value().parameters)
                      .arg(Gguf::typeName(o.type))
                      .arg(o.shape.nLayer)
                      .arg(o.shape.nEmbd)
                      .arg(r.value().bytes)
                      .arg(r.value().vocabSize)
                      .arg(o.vocabFrom)
               << Qt::endl;
    }
    return 0;
}

} // namespace Cli
