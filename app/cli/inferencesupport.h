// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// What the inference commands (perplexity, generate, ab) share: backend choice, text -> ids, ids -> text.
#include "app/cli/clisupport.h"

#include "core/common/task.h"

#include "core/inference/cpubackend.h"
#include "core/inference/model.h"
#include "core/inference/vulkan/vulkanbackend.h"
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
        tr("vulkan, cpu, or auto (default: Vulkan, the CPU reference when there is no Vulkan device)."),
        QStringLiteral("B"), QStringLiteral("auto") });
}

/** The backend named by --backend for `model`, with a KV cache of `ctx` tokens. With "auto" a missing Vulkan device
 * falls back to the CPU reference (noted on stderr). */
inline Result<std::unique_ptr<Inference::Backend>> makeBackend(
    const std::shared_ptr<const Inference::Model>& model, const QString& which, int ctx, Io& io)
{
    if (which == QLatin1String("cpu"))
        return std::unique_ptr<Inference::Backend>(
            new Inference::CpuBackend(model, { ctx, Inference::CpuBackend::Precision::Float }));
    if (which != QLatin1String("vulkan") && which != QLatin1String("auto")) {
        Error e;
        e.code = Error::Code::Schema;
        e.field = QStringLiteral("--backend");
        e.message = tr("unknown backend \"%1\" (vulkan, cpu or auto)").arg(which);
        return e;
    }
    Inference::VulkanOptions o;
    o.contextSize = ctx;
    auto r = Inference::createVulkanBackend(model, o);
    if (r || which == QLatin1String("vulkan"))
        return r;
    io.err << tr("inferometer-cli: note: %1; using the CPU reference backend.").arg(r.error().toString()) << Qt::endl;
    return std::unique_ptr<Inference::Backend>(
        new Inference::CpuBackend(model, { ctx, Inference::CpuBackend::Precision::Float }));
}

/** The model's own tokenizer (its GGUF vocabulary). */
inline Result<Tokenize::TokenizerPtr> modelTokenizer(const Inference::Model& model)
{
    return Tokenize::loadTokenizer(model.path());
}

/** `utf8` as the model's ids, with BOS first when the model adds one (as llama.cpp tokenizes). */
inline std::vector<int32_t> toIds(const Tokenize::Tokenizer& tok, const Inference::Model& model, const QByteArray& utf8)
{
    std::vector<int32_t> ids;
    if (model.config().addBos && model.config().bosId >= 0)
        ids.push_back(model.config().bosId);
    for (uint32_t id : tok.encode(std::string_view(utf8.constData(), size_t(utf8.size()))))
        ids.push_back(int32_t(id));
    return ids;
}

/** A text file tokenized for `model`; errors name the file. */
inline Result<std::vector<int32_t>> tokenizeFile(const Inference::Model& model, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e;
        e.source = path;
        e.message = tr("cannot read: %1").arg(f.errorString());
        return e;
    }
    auto tok = modelTokenizer(model);
    if (!tok)
        return tok.error();
    return toIds(*tok.value(), model, f.readAll());
}

inline QString decodeIds(const Tokenize::Tokenizer& tok, const std::vector<int32_t>& ids)
{
    std::vector<uint32_t> u(ids.begin(), ids.end());
    const std::string s = tok.decode(u);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
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

/** Median, minimum and maximum of some measurements. */
struct Spread
{
    double median = 0, min = 0, max = 0;
};
inline Spread spread(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return { median, v.front(), v.back() };
}

} // namespace Cli
