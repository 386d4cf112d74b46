// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// What the inference commands (perplexity, generate, ab) share: backend choice, text -> ids, ids -> text.
#include "app/cli/clisupport.h"

#include "core/common/task.h"

#include "core/inference/ab/abrun.h"
#include "core/inference/model.h"
#include "core/inference/backend.h"
#include "core/tokenize/tokenizer.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace Cli {

inline void addBackendOption(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("backend"),
        Tr::tr("vulkan, vulkan:N (a device index), cpu, or auto (default: Vulkan, the CPU reference when there is no "
               "Vulkan device)."),
        QStringLiteral("B"), QStringLiteral("auto") });
}

inline void addKvOption(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("kv-type"), Tr::tr("What the KV cache holds: f16 (default, as llama.cpp) or f32."),
        QStringLiteral("T"), QStringLiteral("f16") });
}

inline void addLongContextOption(QCommandLineParser& p)
{
    p.addOption({ QStringLiteral("allow-long-context"),
        Tr::tr("Allow a KV cache longer than the context the model was trained for (llama.context_length).") });
}

/**
 * Why `ctx` tokens of KV cache are refused for `model` before anything is allocated: more than the model's trained
 * context without --allow-long-context. Empty when they are not; the memory check follows in Ab::createBackend.
 */
inline QString contextProblem(const QCommandLineParser& p, const Inference::Model& model, qint64 ctx)
{
    const int trained = model.config().contextLength;
    if (trained <= 0 || ctx <= trained || p.isSet(QStringLiteral("allow-long-context")))
        return {};
    return Tr::tr("a KV cache of %1 tokens is beyond the %2 the model was trained for (llama.context_length); "
                  "--allow-long-context runs it anyway.")
        .arg(ctx)
        .arg(trained);
}

/** The KV type --kv-type names; nullopt (the caller prints usage) for another. */
inline std::optional<Inference::KvType> kvOption(const QCommandLineParser& p)
{
    return Ab::parseKvType(p.value(QStringLiteral("kv-type")));
}

/** The backend named by --backend ("vulkan", "vulkan:N", "cpu" or "auto") for `model`, with a KV cache of `ctx`
 * tokens; the engine choice is Ab's, as the A/B page makes it. With "auto" a missing Vulkan device falls back to the
 * CPU reference (noted on stderr). */
inline Result<std::unique_ptr<Inference::Backend>> makeBackend(
    const std::shared_ptr<const Inference::Model>& model, const QString& which, int ctx, Inference::KvType kv, Io& io)
{
    const Ab::EngineList list = Ab::engines();
    auto engine = Ab::resolveEngine(which, list);
    if (!engine) {
        Error e = engine.error();
        if (e.field == QLatin1String("engine"))
            e.field = QStringLiteral("--backend");
        return e;
    }
    if (which == QLatin1String("auto") && engine.value().id == QLatin1String("cpu"))
        io.err << Tr::tr("inferometer-cli: note: %1; using the CPU reference backend.")
                      .arg(list.vulkanNote.isEmpty() ? Tr::tr("no usable Vulkan device") : list.vulkanNote)
               << Qt::endl;
    return Ab::createBackend(model, engine.value(), ctx, kv);
}

/** A text file tokenized for `model`; errors name the file. */
inline Result<std::vector<int32_t>> tokenizeFile(const Inference::Model& model, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e;
        e.source = path;
        e.message = Tr::tr("cannot read: %1").arg(f.errorString());
        return e;
    }
    return Ab::textIds(model, f.readAll());
}

/** A whole number option >= min; nullopt (with a usage message) otherwise. */
inline std::optional<int> intOption(const QCommandLineParser& p, const QString& name, int fallback, int min)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min)
        return std::nullopt;
    return v;
}

} // namespace Cli
