// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli quantize IN.gguf OUT.gguf --type TYPE [--json]: llama-quantize's reference quantization (Q8_0, Q4_0
// and the K-quant mixes).
#include "app/cli/clisupport.h"

#include "core/common/task.h"

#include "core/inference/quantizer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

int cmdQuantize(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("type"), Tr::tr("llama-quantize's type: %1 (any case).").arg(Inference::mixNames()),
        QStringLiteral("T") });
    addJson(p);
    p.addPositionalArgument(QStringLiteral("IN"), Tr::tr("An f32 or f16 GGUF model."));
    p.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("The quantized GGUF to write."));
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !p.isSet(QStringLiteral("type")))
        return io.usage(Tr::tr("quantize needs IN, OUT and --type TYPE."));
    const auto mix = Inference::parseMix(p.value(QStringLiteral("type")));
    if (!mix)
        return io.usage(
            Tr::tr("--type: \"%1\" is not one of %2.").arg(p.value(QStringLiteral("type")), Inference::mixNames()));
    const QString typeName = QString::fromLatin1(Inference::mixTraits(*mix).name).toLower();
    PlainTaskContext ctx;
    QElapsedTimer t;
    t.start();
    auto r = Inference::quantize(pos[0], pos[1], *mix, ctx);
    if (!r)
        return io.fail(r.error());
    const Inference::QuantizeSummary& s = r.value();
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject j { { QStringLiteral("in"), pos[0] }, { QStringLiteral("out"), pos[1] },
            { QStringLiteral("type"), typeName }, { QStringLiteral("tensors_quantized"), s.quantized },
            { QStringLiteral("tensors_kept"), s.kept }, { QStringLiteral("tensor_bytes_in"), qint64(s.bytesIn) },
            { QStringLiteral("tensor_bytes_out"), qint64(s.bytesOut) },
            { QStringLiteral("seconds"), double(t.elapsed()) / 1000.0 } };
        io.out << QJsonDocument(j).toJson(QJsonDocument::Indented);
    } else {
        io.out << Tr::tr("%1 -> %2 (%3): %4 tensors quantized, %5 kept; tensor data %6 -> %7 bytes.")
                      .arg(pos[0], pos[1], typeName)
                      .arg(s.quantized)
                      .arg(s.kept)
                      .arg(s.bytesIn)
                      .arg(s.bytesOut)
               << Qt::endl;
    }
    return 0;
}

} // namespace Cli
