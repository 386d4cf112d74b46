// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/quantmix.h"

#include <QStringList>

#include <array>

namespace Inference {

namespace {

    using T = Gguf::TensorType;

    constexpr std::array<MixTraits, 9> Mixes { {
        { Mix::Q8_0, "Q8_0", T::Q8_0, 7 },
        { Mix::Q4_0, "Q4_0", T::Q4_0, 2 },
        { Mix::Q2_K, "Q2_K", T::Q2_K, 10 },
        { Mix::Q3_K_M, "Q3_K_M", T::Q3_K, 12 },
        { Mix::Q4_K_S, "Q4_K_S", T::Q4_K, 14 },
        { Mix::Q4_K_M, "Q4_K_M", T::Q4_K, 15 },
        { Mix::Q5_K_S, "Q5_K_S", T::Q5_K, 16 },
        { Mix::Q5_K_M, "Q5_K_M", T::Q5_K, 17 },
        { Mix::Q6_K, "Q6_K", T::Q6_K, 18 },
    } };

    /** The layers that get more bits in the _M mixes: the first and last eighth, and every third in between. */
    bool useMoreBits(int layer, int layers)
    {
        return layer < layers / 8 || layer >= 7 * layers / 8 || (layer - layers / 8) % 3 == 2;
    }

    /** N of "blk.N.…"; -1 outside the blocks. */
    int layerOf(const QByteArray& name)
    {
        if (!name.startsWith("blk."))
            return -1;
        bool ok = false;
        const int layer = name.mid(4, name.indexOf('.', 4) - 4).toInt(&ok);
        return ok ? layer : -1;
    }

    bool isKQuant(T t)
    {
        return t == T::Q2_K || t == T::Q3_K || t == T::Q4_K || t == T::Q5_K || t == T::Q6_K;
    }

} // namespace

const MixTraits& mixTraits(Mix mix)
{
    return Mixes[size_t(mix)];
}

std::optional<Mix> parseMix(const QString& name)
{
    for (const MixTraits& m : Mixes)
        if (name.compare(QLatin1String(m.name), Qt::CaseInsensitive) == 0)
            return m.mix;
    return std::nullopt;
}

QString mixNames()
{
    QStringList names;
    for (const MixTraits& m : Mixes)
        names << QLatin1String(m.name);
    return names.join(QStringLiteral(", "));
}

Gguf::TensorType typeForTensor(
    const QByteArray& name, const std::vector<uint64_t>& dims, Gguf::TensorType source, Mix mix, const MixModel& model)
{
    int nDims = int(dims.size());
    while (nDims > 1 && dims[size_t(nDims - 1)] == 1)
        --nDims; // ggml_n_dims ignores trailing 1s
    if (!name.endsWith("weight") || nDims < 2 || (source != T::F32 && source != T::F16))
        return source;
    const uint64_t nx = dims[0];
    const int layer = layerOf(name);
    T t = mixTraits(mix).base;
    if (name == "output.weight" || (model.tiedOutput && name == "token_embd.weight")) {
        if (nx % Gguf::QK_K_SIZE != 0)
            t = T::Q8_0;
        else if (t != T::Q8_0)
            t = T::Q6_K;
    } else if (name.contains("attn_v.weight")) {
        if (mix == Mix::Q2_K)
            t = model.nGqa >= 4 ? T::Q4_K : T::Q3_K;
        else if (mix == Mix::Q3_K_M)
            t = layer < 2 ? T::Q5_K : T::Q4_K;
        else if ((mix == Mix::Q4_K_M || mix == Mix::Q5_K_M) && useMoreBits(layer, model.nLayer))
            t = T::Q6_K;
        else if (mix == Mix::Q4_K_S && layer < 4)
            t = T::Q5_K;
    } else if (name.contains("ffn_down")) {
        if (mix == Mix::Q2_K)
            t = T::Q3_K;
        else if (mix == Mix::Q3_K_M)
            t = layer < model.nLayer / 16 ? T::Q5_K : T::Q4_K;
        else if ((mix == Mix::Q4_K_M || mix == Mix::Q5_K_M) && useMoreBits(layer, model.nLayer))
            t = T::Q6_K;
        else if (mix == Mix::Q4_K_S && layer < model.nLayer / 8)
            t = T::Q5_K;
    } else if (name.contains("attn_output.weight")) {
        if (mix == Mix::Q2_K)
            t = T::Q3_K;
        else if (mix == Mix::Q3_K_M)
            t = T::Q4_K;
    }
    if (isKQuant(t) && nx % Gguf::QK_K_SIZE != 0) {
        switch (t) {
        case T::Q2_K:
        case T::Q3_K:
            t = T::IQ4_NL;
            break;
        case T::Q4_K:
            t = T::Q5_0;
            break;
        case T::Q5_K:
            t = T::Q5_1;
            break;
        default:
            t = T::Q8_0;
            break;
        }
        if (nx % uint64_t(Gguf::traits(t)->blockSize) != 0)
            t = T::F16;
        return t;
    }
    const auto traits = Gguf::traits(t);
    if (!traits || nx % uint64_t(traits->blockSize) != 0)
        return source;
    return t;
}

} // namespace Inference
