// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/model.h"

#include "core/inference/quantmix.h"

#include "core/gguf/gguffile.h"
#include "core/gguf/quants.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace Inference {

namespace {
    /** This file's messages, in the translation context "Inference" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Inference)
    };

    /** The view of `name`, checked to be [cols] (rows == 0) or [cols x rows] and of a computable type. */
    Result<WeightView> view(const Gguf::File& f, const QByteArray& name, int64_t cols, int64_t rows)
    {
        const Gguf::TensorInfo* t = f.tensor(name);
        if (!t)
            return f.error(Error::Code::Schema, Tr::tr("required tensor is missing"), QString::fromUtf8(name));
        const bool shapeOk = rows == 0
            ? (t->dims.size() == 1 && int64_t(t->dims[0]) == cols)
            : (t->dims.size() == 2 && int64_t(t->dims[0]) == cols && int64_t(t->dims[1]) == rows);
        if (!shapeOk) {
            QStringList got;
            for (uint64_t d : t->dims)
                got << QString::number(d);
            const QString want = rows == 0 ? QString::number(cols) : QStringLiteral("%1x%2").arg(cols).arg(rows);
            return f.error(Error::Code::Schema,
                Tr::tr("shape is %1, the model's metadata needs %2").arg(got.join(QLatin1Char('x')), want),
                QString::fromUtf8(name));
        }
        if (!Gguf::canDequantize(t->type))
            return f.error(Error::Code::Schema,
                Tr::tr(
                    "tensor type %1 is not supported (f32, f16, bf16, q4_0, q4_1, q5_0, q5_1, q8_0, q2_K, q3_K, q4_K, "
                    "q5_K, q6_K, iq4_nl)")
                    .arg(Gguf::typeName(t->type)),
                QString::fromUtf8(name));
        if (rows == 0 && t->type != Gguf::TensorType::F32)
            return f.error(Error::Code::Schema,
                Tr::tr("a norm weight must be f32, not %1").arg(Gguf::typeName(t->type)), QString::fromUtf8(name));
        // a NaN or infinite weight would make every result NaN: say which tensor, before anything runs
        if (const auto bad = Gguf::findNonFinite(t->type, f.data(*t).data(), int64_t(t->elements())))
            return f.error(Error::Code::Schema,
                Tr::tr("holds %1 at element %2: the model file is damaged (every weight must be a finite number)")
                    .arg(std::isnan(bad->value) ? QStringLiteral("NaN")
                            : bad->value > 0    ? QStringLiteral("+infinity")
                                                : QStringLiteral("-infinity"))
                    .arg(bad->index),
                QString::fromUtf8(name));
        WeightView w;
        w.name = name;
        w.type = t->type;
        w.data = f.data(*t).data();
        w.bytes = t->bytes;
        w.cols = cols;
        w.rows = rows == 0 ? 1 : rows;
        return w;
    }
} // namespace

Result<std::shared_ptr<const Model>> Model::load(const QString& path)
{
    auto f = Gguf::File::open(path);
    if (!f)
        return f.error();
    return fromFile(f.value());
}

Result<std::shared_ptr<const Model>> Model::fromFile(std::shared_ptr<const Gguf::File> file)
{
    std::shared_ptr<Model> m(new Model);
    m->m_file = std::move(file);
    const Gguf::File& f = *m->m_file;
    auto cfg = ModelConfig::fromGguf(f);
    if (!cfg)
        return cfg.error();
    m->m_config = cfg.value();
    const ModelConfig& c = m->m_config;

#define VIEW(target, name, cols, rows)                                                                                 \
    {                                                                                                                  \
        auto r = view(f, name, cols, rows);                                                                            \
        if (!r)                                                                                                        \
            return r.error();                                                                                          \
        target = r.value();                                                                                            \
    }
    VIEW(m->m_tokenEmbd, "token_embd.weight", c.nEmbd, c.vocabSize)
    VIEW(m->m_outputNorm, "output_norm.weight", c.nEmbd, 0)
    m->m_tiedOutput = c.tiedOutput;
    if (!c.tiedOutput)
        VIEW(m->m_output, "output.weight", c.nEmbd, c.vocabSize)
    if (f.tensor("rope_freqs.weight"))
        VIEW(m->m_ropeFreqs, "rope_freqs.weight", c.headDim / 2, 0)
    // phi3's long-context RoPE: factors for contexts up to the original one and beyond it (layer 0's, as llama.cpp)
    if (f.tensor("rope_factors_short.weight"))
        VIEW(m->m_ropeShort, "rope_factors_short.weight", c.headDim / 2, 0)
    if (f.tensor("rope_factors_long.weight"))
        VIEW(m->m_ropeLong, "rope_factors_long.weight", c.headDim / 2, 0)
    m->m_layers.resize(size_t(c.nLayer));
    for (int l = 0; l < c.nLayer; ++l) {
        LayerWeights& w = m->m_layers[size_t(l)];
        const QByteArray b = "blk." + QByteArray::number(l) + '.';
        VIEW(w.attnNorm, b + "attn_norm.weight", c.nEmbd, 0)
        const bool phi3 = c.architecture == QLatin1String("phi3");
        if (phi3 && f.tensor(QByteArray(b + "attn_qkv.weight"))) { // Q, K and V rows in one tensor: row ranges of it
            WeightView qkv;
            VIEW(qkv, b + "attn_qkv.weight", c.nEmbd, c.qDim() + 2 * c.kvDim())
            w.wq = qkv.rowRange(0, c.qDim());
            w.wk = qkv.rowRange(c.qDim(), c.kvDim());
            w.wv = qkv.rowRange(c.qDim() + c.kvDim(), c.kvDim());
        } else {
            VIEW(w.wq, b + "attn_q.weight", c.nEmbd, c.qDim())
            VIEW(w.wk, b + "attn_k.weight", c.nEmbd, c.kvDim())
            VIEW(w.wv, b + "attn_v.weight", c.nEmbd, c.kvDim())
        }
        if (phi3) { // gate then up rows in ffn_up (llama.cpp's swiglu takes the first half as the gate)
            WeightView gateUp;
            VIEW(gateUp, b + "ffn_up.weight", c.nEmbd, 2 * c.nFf)
            w.ffnGate = gateUp.rowRange(0, c.nFf);
            w.ffnUp = gateUp.rowRange(c.nFf, c.nFf);
        } else {
            VIEW(w.ffnGate, b + "ffn_gate.weight", c.nEmbd, c.nFf)
            VIEW(w.ffnUp, b + "ffn_up.weight", c.nEmbd, c.nFf)
        }
        VIEW(w.wo, b + "attn_output.weight", c.qDim(), c.nEmbd)
        VIEW(w.ffnNorm, b + "ffn_norm.weight", c.nEmbd, 0)
        VIEW(w.ffnDown, b + "ffn_down.weight", c.nFf, c.nEmbd)
        if (c.postNorms) {
            VIEW(w.attnPostNorm, b + "post_attention_norm.weight", c.nEmbd, 0)
            VIEW(w.ffnPostNorm, b + "post_ffw_norm.weight", c.nEmbd, 0)
        }
        if (c.architecture == QLatin1String("qwen2")) { // llama.cpp requires the three biases of qwen2
            VIEW(w.bq, b + "attn_q.bias", c.qDim(), 0)
            VIEW(w.bk, b + "attn_k.bias", c.kvDim(), 0)
            VIEW(w.bv, b + "attn_v.bias", c.kvDim(), 0)
        }
    }
#undef VIEW
    return std::shared_ptr<const Model>(std::move(m));
}

std::vector<float> Model::ropeInvFreq(int nCtx) const
{
    const ModelConfig& c = m_config;
    // the factors llama.cpp's build_rope_factors picks: rope_freqs, else long beyond the original context, else short
    const WeightView& factors = m_ropeFreqs.valid()      ? m_ropeFreqs
        : nCtx > c.ropeOrigContext && m_ropeLong.valid() ? m_ropeLong
                                                         : m_ropeShort;
    std::vector<float> out;
    // theta_scale^i by repeated multiplication in float, as ggml computes it
    const float thetaScale = std::pow(c.ropeFreqBase, -2.0f / float(c.nRot));
    float theta = 1.0f;
    for (int i = 0; i < c.nRot / 2; ++i) {
        float f = theta;
        if (factors.valid()) {
            float factor = 1.0f;
            Gguf::dequantizeRow(Gguf::TensorType::F32, factors.data + 4 * i, &factor, 1);
            f /= factor;
        }
        out.push_back(f);
        theta *= thetaScale;
    }
    return out;
}

QString Model::path() const
{
    return m_file->path();
}

uint64_t Model::weightsBytes() const
{
    uint64_t n = m_tokenEmbd.bytes + m_outputNorm.bytes + (m_tiedOutput ? 0 : m_output.bytes) + m_ropeFreqs.bytes
        + m_ropeShort.bytes + m_ropeLong.bytes;
    for (const LayerWeights& l : m_layers)
        for (const WeightView* w : { &l.attnNorm, &l.wq, &l.wk, &l.wv, &l.wo, &l.ffnNorm, &l.ffnGate, &l.ffnUp,
                 &l.ffnDown, &l.bq, &l.bk, &l.bv, &l.attnPostNorm, &l.ffnPostNorm })
            n += w->bytes;
    return n;
}

QString Model::typeLabel() const
{
    QHash<int, uint64_t> bytes; // elements per type
    for (const LayerWeights& l : m_layers)
        for (const WeightView* w : { &l.wq, &l.wk, &l.wv, &l.wo, &l.ffnGate, &l.ffnUp, &l.ffnDown })
            bytes[int(w->type)] += uint64_t(w->cols) * uint64_t(w->rows);
    int best = int(Gguf::TensorType::F32);
    uint64_t most = 0;
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    // a llama-quantize mix that gives some tensors more bits ("Q4_K_M") is named as llama-quantize names it
    if (const auto ft = m_file->uint("general.file_type"); ft.ok())
        for (const Mix mix : { Mix::Q2_K, Mix::Q3_K_M, Mix::Q4_K_S, Mix::Q4_K_M, Mix::Q5_K_S, Mix::Q5_K_M }) {
            const MixTraits& t = mixTraits(mix);
            if (t.fileType == ft.value() && int(t.base) == best)
                return QString::fromLatin1(t.name);
        }
    return Gguf::typeName(Gguf::TensorType(best));
}

} // namespace Inference
