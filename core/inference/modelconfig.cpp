// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/modelconfig.h"

#include "core/gguf/gguffile.h"

#include <QCoreApplication>

#include <cmath>

namespace Inference {

namespace {
    /** This file's messages, in the translation context "Inference" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Inference)
    };

    /** A positive int that fits the engines: Error naming the key otherwise. */
    Result<int> positive(const Gguf::File& f, const QByteArray& key, std::optional<int> fallback = std::nullopt)
    {
        if (!f.find(key)) {
            if (fallback)
                return *fallback;
            return f.error(Error::Code::Schema, Tr::tr("required metadata key is missing"), QString::fromUtf8(key));
        }
        auto v = f.uint(key);
        if (!v)
            return v.error();
        if (v.value() == 0 || v.value() > (1u << 30))
            return f.error(Error::Code::Schema, Tr::tr("%1 is out of range").arg(v.value()), QString::fromUtf8(key));
        return int(v.value());
    }

    Result<float> number(const Gguf::File& f, const QByteArray& key, float fallback)
    {
        if (!f.find(key))
            return fallback;
        auto v = f.number(key);
        if (!v)
            return v.error();
        return float(v.value());
    }
} // namespace

Result<ModelConfig> ModelConfig::fromGguf(const Gguf::File& f)
{
    ModelConfig c;
    auto arch = f.string("general.architecture");
    if (!arch)
        return arch.error();
    c.architecture = arch.value();
    const bool phi3 = c.architecture == QLatin1String("phi3");
    const bool gemma2 = c.architecture == QLatin1String("gemma2");
    if (c.architecture != QLatin1String("llama") && c.architecture != QLatin1String("qwen2") && !phi3 && !gemma2)
        return f.error(Error::Code::Schema,
            Tr::tr("architecture \"%1\" is not supported (llama, qwen2, phi3, gemma2)").arg(c.architecture),
            QStringLiteral("general.architecture"));
    // qwen2: llama's block with biases on Q, K and V and RoPE on the two halves of each head (NEOX); phi3: llama's
    // block with Q/K/V and gate/up fused into one tensor each, NEOX RoPE, sliding-window attention
    c.ropeNeox = c.architecture == QLatin1String("qwen2") || phi3 || gemma2;
    if (auto n = f.string("general.name"))
        c.name = n.value();
    const QByteArray p = c.architecture.toUtf8() + '.';
    const auto key = [&](const char* k) { return QString::fromUtf8(p + k); };
#define READ_INT(member, key, ...)                                                                                     \
    {                                                                                                                  \
        auto r = positive(f, p + key, ##__VA_ARGS__);                                                                  \
        if (!r)                                                                                                        \
            return r.error();                                                                                          \
        c.member = r.value();                                                                                          \
    }
    READ_INT(nEmbd, "embedding_length")
    READ_INT(nLayer, "block_count")
    READ_INT(nFf, "feed_forward_length")
    READ_INT(nHead, "attention.head_count")
    READ_INT(nHeadKv, "attention.head_count_kv", c.nHead)
    READ_INT(contextLength, "context_length")
    if (c.nEmbd % c.nHead != 0 && !f.find(QByteArray(p + "attention.key_length")))
        return f.error(Error::Code::Schema,
            Tr::tr("an embedding of %1 cannot be split into %2 heads").arg(c.nEmbd).arg(c.nHead),
            key("attention.head_count"));
    READ_INT(headDim, "attention.key_length", c.nEmbd / c.nHead)
    READ_INT(nRot, "rope.dimension_count", c.headDim)
#undef READ_INT
    if (c.nHead % c.nHeadKv != 0)
        return f.error(Error::Code::Schema,
            Tr::tr("%1 heads cannot be shared by %2 key/value heads").arg(c.nHead).arg(c.nHeadKv),
            key("attention.head_count_kv"));
    if (f.find(QByteArray(p + "attention.value_length"))) {
        auto v = f.uint(QByteArray(p + "attention.value_length"));
        if (!v)
            return v.error();
        if (v.value() != uint64_t(c.headDim))
            return f.error(
                Error::Code::Schema, Tr::tr("value length differs from the key length"), key("attention.value_length"));
    }
    if (c.nRot != c.headDim || c.headDim % 2 != 0)
        return f.error(Error::Code::Schema,
            Tr::tr("RoPE over %1 of %2 head dimensions is not supported").arg(c.nRot).arg(c.headDim),
            key("rope.dimension_count"));
    if (auto r = number(f, QByteArray(p + "rope.freq_base"), 10000.0f); r)
        c.ropeFreqBase = r.value();
    else
        return r.error();
    if (auto r = number(f, QByteArray(p + "attention.layer_norm_rms_epsilon"), 1e-5f); r)
        c.rmsEps = r.value();
    else
        return r.error();
    if (auto r = number(f, QByteArray(p + "rope.scaling.attn_factor"), 1.0f); r)
        c.ropeAttnFactor = r.value();
    else
        return r.error();
    // attention.sliding_window, when the file has it, over the architecture's default
    auto readWindow = [&]() -> Result<void> {
        if (!f.find(QByteArray(p + "attention.sliding_window")))
            return {};
        auto w = f.uint(QByteArray(p + "attention.sliding_window"));
        if (!w)
            return w.error();
        c.slidingWindow = int(qMin<uint64_t>(w.value(), 1u << 30));
        return {};
    };
    if (phi3) {
        // llama.cpp's defaults for the Phi-3 files written before the key existed, else the key is required
        if (c.nLayer == 32 || c.nLayer == 40)
            c.slidingWindow = c.contextLength == 4096 ? 2047 : 0;
        if (c.contextLength == 131072)
            c.slidingWindow = c.nLayer == 32 && c.nHeadKv == 32 ? 262144 : c.nLayer == 40 ? 131072 : c.slidingWindow;
        if (auto r = readWindow(); !r)
            return r.error();
        if (c.slidingWindow <= 0)
            return f.error(
                Error::Code::Schema, Tr::tr("phi3 needs the sliding window's length"), key("attention.sliding_window"));
    }
    c.queryScale = 1.0f / std::sqrt(float(c.headDim));
    if (gemma2) {
        // llama.cpp's gemma2: window 4096 unless the key says otherwise, on the even layers; soft-caps 50 and 30
        // unless the keys say otherwise; the 27B (46 layers) scales queries by 1/sqrt(n_embd / n_head)
        c.slidingWindow = 4096;
        if (auto r = readWindow(); !r)
            return r.error();
        c.slidingEveryOther = true;
        c.embedScale = std::sqrt(float(c.nEmbd));
        c.gelu = true;
        c.postNorms = true;
        if (auto r = number(f, QByteArray(p + "attn_logit_softcapping"), 50.0f); r)
            c.attnSoftcap = r.value();
        else
            return r.error();
        if (auto r = number(f, QByteArray(p + "final_logit_softcapping"), 30.0f); r)
            c.finalSoftcap = r.value();
        else
            return r.error();
        if (c.nLayer == 46)
            c.queryScale = 1.0f / std::sqrt(float(c.nEmbd / c.nHead));
    }
    if (!(c.rmsEps > 0) || !(c.ropeFreqBase > 0))
        return f.error(Error::Code::Schema, Tr::tr("RMS epsilon and RoPE base must be positive"));

    // RoPE scaling: rope.scaling.type + factor, or the older rope.scale_linear
    if (f.find(QByteArray(p + "rope.scaling.type"))) {
        auto t = f.string(QByteArray(p + "rope.scaling.type"));
        if (!t)
            return t.error();
        const QString s = t.value();
        if (s == QLatin1String("none"))
            c.ropeScaling = RopeScaling::None;
        else if (s == QLatin1String("linear"))
            c.ropeScaling = RopeScaling::Linear;
        else if (s == QLatin1String("yarn"))
            c.ropeScaling = RopeScaling::Yarn;
        else if (s == QLatin1String("llama3"))
            c.ropeScaling = RopeScaling::Llama3;
        else
            return f.error(
                Error::Code::Schema, Tr::tr("RoPE scaling \"%1\" is unknown").arg(s), key("rope.scaling.type"));
    }
    float factor = 0;
    if (auto r = number(f, QByteArray(p + "rope.scaling.factor"), 0.0f); r)
        factor = r.value();
    else
        return r.error();
    if (factor == 0) {
        if (auto r = number(f, QByteArray(p + "rope.scale_linear"), 0.0f); r)
            factor = r.value();
        else
            return r.error();
    }
    // as llama.cpp: without a type key the scaling is linear; type "none" never scales
    if (factor != 0 && !f.find(QByteArray(p + "rope.scaling.type")))
        c.ropeScaling = RopeScaling::Linear;
    if (factor < 0)
        return f.error(Error::Code::Schema, Tr::tr("must be positive"), key("rope.scaling.factor"));
    c.ropeScaleFactor = factor == 0 || c.ropeScaling == RopeScaling::None ? 1.0f : factor;
    if (c.ropeScaling == RopeScaling::Yarn)
        return f.error(Error::Code::Schema, Tr::tr("YaRN RoPE scaling is not supported yet"), key("rope.scaling.type"));
    if (f.find(QByteArray(p + "rope.scaling.original_context_length"))) {
        auto r = f.uint(QByteArray(p + "rope.scaling.original_context_length"));
        if (!r)
            return r.error();
        c.ropeOrigContext = int(qMin<uint64_t>(r.value(), 1u << 30));
    }

    if (const Gguf::TensorInfo* emb = f.tensor("token_embd.weight"); emb && emb->dims.size() == 2)
        c.vocabSize = int(qMin<uint64_t>(emb->dims[1], 1u << 30));
    else
        return f.error(Error::Code::Schema, Tr::tr("the 2-D token embedding tensor is missing"),
            QStringLiteral("token_embd.weight"));
    if (f.find(QByteArray(p + "vocab_size"))) {
        auto v = f.uint(QByteArray(p + "vocab_size"));
        if (!v)
            return v.error();
        if (v.value() != uint64_t(c.vocabSize))
            return f.error(Error::Code::Schema,
                Tr::tr("says %1 tokens, token_embd.weight has %2").arg(v.value()).arg(c.vocabSize), key("vocab_size"));
    }
    c.tiedOutput = f.tensor("output.weight") == nullptr || gemma2; // gemma2's logits always use token_embd
    auto tokenId = [&](const char* key) -> int {
        const Gguf::Value* v = f.find(key);
        if (!v)
            return -1;
        auto i = v->toInt();
        return i && *i >= 0 && *i < c.vocabSize ? int(*i) : -1;
    };
    c.bosId = tokenId("tokenizer.ggml.bos_token_id");
    c.eosId = tokenId("tokenizer.ggml.eos_token_id");
    if (auto b = f.boolean("tokenizer.ggml.add_bos_token"))
        c.addBos = b.value();
    else {
        auto model = f.string("tokenizer.ggml.model");
        c.addBos = !model || model.value() == QLatin1String("llama") || model.value() == QLatin1String("gpt2");
    }
    return c;
}

} // namespace Inference
