// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/synthmodel.h"

#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/gguf/ggufwriter.h"
#include "core/gguf/quants.h"
#include "core/inference/quantizer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <cstring>

namespace Inference {

namespace {
    /** This file's messages, in the translation context "Inference" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Inference)
    };

    uint64_t splitmix(uint64_t& s)
    {
        uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    uint64_t nameHash(const QByteArray& name)
    {
        uint64_t h = 1469598103934665603ull; // FNV-1a
        for (char c : name) {
            h ^= uint8_t(c);
            h *= 1099511628211ull;
        }
        return h;
    }

    /** Uniform in [-a, a) with a = std * sqrt(3): standard deviation `std`. */
    void fillUniform(float* out, uint64_t n, float std, uint64_t seed)
    {
        const float a = std * std::sqrt(3.0f);
        uint64_t s = seed;
        for (uint64_t i = 0; i < n; ++i) {
            const float u = float(splitmix(s) >> 40) * 0x1.0p-24f; // [0, 1)
            out[i] = (2.0f * u - 1.0f) * a;
        }
    }
} // namespace

std::optional<SynthShape> synthPreset(const QString& name)
{
    if (name == QLatin1String("110m"))
        return SynthShape { name, 768, 12, 12, 12, 2048, 1024 };
    if (name == QLatin1String("350m"))
        return SynthShape { name, 1024, 24, 16, 8, 4096, 2048 };
    if (name == QLatin1String("1b"))
        return SynthShape { name, 2048, 22, 32, 4, 5632, 2048 };
    return std::nullopt;
}

Result<SynthSummary> synthesizeModel(const SynthOptions& o, const QString& out, TaskContext& ctx)
{
    auto fail = [&](const QString& msg) {
        Error e;
        e.code = Error::Code::Schema;
        e.source = out;
        e.message = msg;
        return e;
    };
    if (o.type != Gguf::TensorType::F32 && o.type != Gguf::TensorType::Q8_0 && o.type != Gguf::TensorType::Q4_0)
        return fail(Tr::tr("type %1 is not supported (f32, q8_0, q4_0)").arg(Gguf::typeName(o.type)));
    const SynthShape& s = o.shape;
    if (s.nEmbd <= 0 || s.nLayer <= 0 || s.nHead <= 0 || s.nHeadKv <= 0 || s.nHead % s.nHeadKv != 0
        || s.nEmbd % s.nHead != 0 || s.nEmbd % 32 != 0 || s.nFf % 32 != 0)
        return fail(Tr::tr("the model shape is not llama-shaped with rows in blocks of 32"));
    auto vf = Gguf::File::open(o.vocabFrom);
    if (!vf)
        return vf.error();
    const Gguf::File& v = *vf.value();
    auto tokens = v.strings("tokenizer.ggml.tokens");
    if (!tokens)
        return tokens.error();
    const int vocab = int(tokens.value().size());
    if (vocab == 0)
        return v.error(Error::Code::Schema, Tr::tr("the vocabulary is empty"), QStringLiteral("tokenizer.ggml.tokens"));

    Gguf::Writer w;
    const bool phi3 = o.architecture == QLatin1String("phi3");
    const bool gemma2 = o.architecture == QLatin1String("gemma2");
    if (o.architecture != QLatin1String("llama") && o.architecture != QLatin1String("qwen2") && !phi3 && !gemma2)
        return fail(Tr::tr("architecture %1 is not supported (llama, qwen2, phi3, gemma2)").arg(o.architecture));
    const int hd = s.headDim > 0 ? s.headDim : s.nEmbd / s.nHead;
    const QByteArray arch = o.architecture.toUtf8();
    const auto key = [&](const char* k) -> QByteArray { return arch + '.' + k; };
    w.setString("general.architecture", o.architecture);
    w.setString("general.name", QStringLiteral("inferometer-synthetic-%1").arg(s.preset));
    w.setUInt32(key("context_length"), uint32_t(s.contextLength));
    w.setUInt32(key("embedding_length"), uint32_t(s.nEmbd));
    w.setUInt32(key("block_count"), uint32_t(s.nLayer));
    w.setUInt32(key("feed_forward_length"), uint32_t(s.nFf));
    w.setUInt32(key("rope.dimension_count"), uint32_t(hd));
    if (s.headDim > 0) {
        w.setUInt32(key("attention.key_length"), uint32_t(hd));
        w.setUInt32(key("attention.value_length"), uint32_t(hd));
    }
    w.setUInt32(key("attention.head_count"), uint32_t(s.nHead));
    w.setUInt32(key("attention.head_count_kv"), uint32_t(s.nHeadKv));
    w.setFloat32(key("attention.layer_norm_rms_epsilon"), 1e-5f);
    w.setFloat32(key("rope.freq_base"), 10000.0f);
    w.setUInt32(key("vocab_size"), uint32_t(vocab));
    if (gemma2) {
        w.setUInt32(key("attention.sliding_window"), uint32_t(o.slidingWindow > 0 ? o.slidingWindow : s.contextLength));
        w.setFloat32(key("attn_logit_softcapping"), 4.0f);
        w.setFloat32(key("final_logit_softcapping"), 3.0f);
    }
    if (phi3) {
        w.setUInt32(key("attention.sliding_window"), uint32_t(o.slidingWindow > 0 ? o.slidingWindow : s.contextLength));
        w.setUInt32(key("rope.scaling.original_context_length"), uint32_t(s.contextLength));
        w.setFloat32(key("rope.scaling.attn_factor"), 1.25f);
    }
    w.setUInt32("general.file_type", fileTypeFor(o.type));
    if (o.type != Gguf::TensorType::F32)
        w.setUInt32("general.quantization_version", 2);
    for (const Gguf::MetadataEntry& e : v.metadata())
        if (e.key.startsWith("tokenizer."))
            w.set(e.key, e.value);

    SynthSummary sum;
    sum.vocabSize = vocab;
    const float stdev = 0.02f;
    const float projStd = stdev / std::sqrt(2.0f * float(s.nLayer));
    auto add = [&](const QByteArray& name, uint64_t cols, uint64_t rows, float stdDev, bool ones) {
        const std::vector<uint64_t> dims
            = rows == 0 ? std::vector<uint64_t> { cols } : std::vector<uint64_t> { cols, rows };
        const uint64_t n = cols * (rows == 0 ? 1 : rows);
        sum.parameters += n;
        const Gguf::TensorType t = quantizedTypeFor(name, dims, Gguf::TensorType::F32, o.type, false);
        const uint64_t seed = o.seed ^ nameHash(name);
        w.addTensor(name, t, dims, [=, &ctx]() -> Result<QByteArray> {
            if (ctx.isCanceled()) {
                Error e;
                e.code = Error::Code::Canceled;
                e.message = Tr::tr("canceled");
                return e;
            }
            std::vector<float> f(static_cast<size_t>(n));
            if (ones)
                std::fill(f.begin(), f.end(), 1.0f);
            else
                fillUniform(f.data(), n, stdDev, seed);
            return convertTensor(
                reinterpret_cast<const std::byte*>(f.data()), Gguf::TensorType::F32, cols, n / cols, t);
        });
    };
    add("token_embd.weight", uint64_t(s.nEmbd), uint64_t(vocab), 1.0f, false); // embeddings of unit scale
    add("output_norm.weight", uint64_t(s.nEmbd), 0, 0, true);
    if (!gemma2) // gemma2's logits use token_embd
        add("output.weight", uint64_t(s.nEmbd), uint64_t(vocab), stdev, false);
    if (phi3) { // long-context RoPE factors: short ones within the original context, long ones beyond it
        for (const auto& [name, base] : { std::pair<QByteArray, float> { "rope_factors_short.weight", 1.0f },
                 std::pair<QByteArray, float> { "rope_factors_long.weight", 2.0f } }) {
            const uint64_t n = uint64_t(hd / 2);
            sum.parameters += n;
            const float b = base;
            w.addTensor(name, Gguf::TensorType::F32, { n }, [n, b]() -> Result<QByteArray> {
                QByteArray bytes(qsizetype(n * 4), Qt::Uninitialized);
                for (uint64_t i = 0; i < n; ++i) {
                    const float f = b + 0.25f * float(i % 5);
                    std::memcpy(bytes.data() + i * 4, &f, 4);
                }
                return bytes;
            });
        }
    }
    for (int l = 0; l < s.nLayer; ++l) {
        const QByteArray b = "blk." + QByteArray::number(l) + '.';
        add(b + "attn_norm.weight", uint64_t(s.nEmbd), 0, 0, true);
        if (phi3) { // Q, K and V fused
            add(b + "attn_qkv.weight", uint64_t(s.nEmbd), uint64_t((s.nHead + 2 * s.nHeadKv) * hd), stdev, false);
        } else {
            add(b + "attn_q.weight", uint64_t(s.nEmbd), uint64_t(s.nHead * hd), stdev, false);
            add(b + "attn_k.weight", uint64_t(s.nEmbd), uint64_t(s.nHeadKv * hd), stdev, false);
            add(b + "attn_v.weight", uint64_t(s.nEmbd), uint64_t(s.nHeadKv * hd), stdev, false);
        }
        if (o.architecture == QLatin1String("qwen2")) { // biases of the scale of the weights' outputs
            add(b + "attn_q.bias", uint64_t(s.nHead * hd), 0, 0.5f, false);
            add(b + "attn_k.bias", uint64_t(s.nHeadKv * hd), 0, 0.5f, false);
            add(b + "attn_v.bias", uint64_t(s.nHeadKv * hd), 0, 0.5f, false);
        }
        add(b + "attn_output.weight", uint64_t(s.nHead * hd), uint64_t(s.nEmbd), projStd, false);
        if (gemma2)
            add(b + "post_attention_norm.weight", uint64_t(s.nEmbd), 0, 0, true);
        add(b + "ffn_norm.weight", uint64_t(s.nEmbd), 0, 0, true);
        if (phi3) { // gate and up fused: the gate's rows first
            add(b + "ffn_up.weight", uint64_t(s.nEmbd), uint64_t(2 * s.nFf), stdev, false);
        } else {
            add(b + "ffn_gate.weight", uint64_t(s.nEmbd), uint64_t(s.nFf), stdev, false);
            add(b + "ffn_up.weight", uint64_t(s.nEmbd), uint64_t(s.nFf), stdev, false);
        }
        add(b + "ffn_down.weight", uint64_t(s.nFf), uint64_t(s.nEmbd), projStd, false);
        if (gemma2)
            add(b + "post_ffw_norm.weight", uint64_t(s.nEmbd), 0, 0, true);
    }
    if (auto r = w.write(out, &ctx); !r)
        return r.error();
    sum.bytes = uint64_t(QFileInfo(out).size());
    return sum;
}

} // namespace Inference
