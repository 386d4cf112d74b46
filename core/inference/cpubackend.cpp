// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/cpubackend.h"

#include "core/gguf/fp16.h"
#include "core/gguf/quants.h"
#include "core/inference/model.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Inference {

namespace {
    /** This file's messages, in the translation context "Inference" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Inference)
    };

    /** The forward pass in arithmetic type T (float or double). Activations are [n tokens x width], row-major. */
    template <typename T>
    class Forward
    {
    public:
        Forward(const Model& model, int ctx, bool kvHalf)
            : m(model)
            , c(model.config())
            , m_ctx(ctx)
            , m_kvHalf(kvHalf)
        {
            const size_t kv = size_t(c.nLayer) * size_t(ctx) * size_t(c.kvDim());
            m_k.assign(kv, T(0));
            m_v.assign(kv, T(0));
            for (const float f : m.ropeInvFreq(ctx))
                m_invFreq.push_back(T(f) * T(c.ropeFreqScale()));
        }

        void eval(std::span<const int32_t> tokens, int pos, std::span<float> logits, bool allLogits)
        {
            const int n = int(tokens.size());
            const int d = c.nEmbd;
            std::vector<T> x(size_t(n) * size_t(d));
            std::vector<float> row(size_t(std::max<int64_t>(m.tokenEmbedding().cols, 1)));
            for (int t = 0; t < n; ++t) {
                Gguf::dequantizeRow(m.tokenEmbedding().type, m.tokenEmbedding().row(tokens[size_t(t)]), row.data(),
                    m.tokenEmbedding().cols);
                for (int i = 0; i < d; ++i) // gemma2 scales the embeddings (embedScale 1 for the others)
                    x[size_t(t) * size_t(d) + size_t(i)] = T(row[size_t(i)]) * T(c.embedScale);
            }
            std::vector<T> h(x.size()), q, k, v, att(size_t(n) * size_t(c.qDim())), o, gate, up;
            for (int l = 0; l < c.nLayer; ++l) {
                const LayerWeights& w = m.layers()[size_t(l)];
                rmsNorm(x, w.attnNorm, n, h);
                matmul(w.wq, h, n, q);
                matmul(w.wk, h, n, k);
                matmul(w.wv, h, n, v);
                addBias(w.bq, n, q);
                addBias(w.bk, n, k);
                addBias(w.bv, n, v);
                for (int t = 0; t < n; ++t) {
                    rope(&q[size_t(t) * size_t(c.qDim())], c.nHead, pos + t);
                    rope(&k[size_t(t) * size_t(c.kvDim())], c.nHeadKv, pos + t);
                    store(&k[size_t(t) * size_t(c.kvDim())], kCache(l, pos + t));
                    store(&v[size_t(t) * size_t(c.kvDim())], vCache(l, pos + t));
                }
                attention(l, q, n, pos, att);
                matmul(w.wo, att, n, o);
                addResidual(x, o, w.attnPostNorm, n);
                rmsNorm(x, w.ffnNorm, n, h);
                matmul(w.ffnGate, h, n, gate);
                matmul(w.ffnUp, h, n, up);
                for (size_t i = 0; i < gate.size(); ++i) {
                    const T g = gate[i];
                    gate[i] = (c.gelu ? gelu(g) : g / (T(1) + std::exp(-g))) * up[i];
                }
                matmul(w.ffnDown, gate, n, o);
                addResidual(x, o, w.ffnPostNorm, n);
            }
            const int first = allLogits ? 0 : n - 1;
            const int rows = n - first;
            std::vector<T> last(x.begin() + ptrdiff_t(first) * d, x.end());
            rmsNorm(last, m.outputNorm(), rows, h);
            std::vector<T> out;
            matmul(m.output(), h, rows, out);
            for (size_t i = 0; i < out.size(); ++i)
                logits[i] = float(softcap(out[i], c.finalSoftcap));
        }

    private:
        /** x += y, or x += RMSNorm(y) * weight where the block has a post-norm (gemma2). */
        void addResidual(std::vector<T>& x, std::vector<T>& y, const WeightView& postNorm, int n)
        {
            if (postNorm.valid()) {
                std::vector<T> normed;
                rmsNorm(y, postNorm, n, normed);
                y.swap(normed);
            }
            for (size_t i = 0; i < x.size(); ++i)
                x[i] += y[i];
        }
        /** ggml's GELU (the tanh form, in float as ggml_gelu_f32 and its Vulkan shader compute it). */
        static T gelu(T x)
        {
            const T a = T(0.044715f), s = T(0.79788456080286535587989211986876f);
            return T(0.5f) * x * (T(1) + std::tanh(s * x * (T(1) + a * x * x)));
        }
        /** cap * tanh(x * (1 / cap)) as ggml's scale, tanh, scale; x when cap is 0. */
        static T softcap(T x, float cap) { return cap > 0 ? T(cap) * std::tanh(x * T(1.0f / cap)) : x; }

        /** One position's keys or values into the cache: as they are, or as F16 holds them. */
        void store(const T* from, T* to) const
        {
            for (int i = 0; i < c.kvDim(); ++i)
                to[i] = m_kvHalf ? T(Gguf::fp16ToFp32(Gguf::fp32ToFp16(float(from[i])))) : from[i];
        }
        T* kCache(int l, int p) { return &m_k[(size_t(l) * size_t(m_ctx) + size_t(p)) * size_t(c.kvDim())]; }
        T* vCache(int l, int p) { return &m_v[(size_t(l) * size_t(m_ctx) + size_t(p)) * size_t(c.kvDim())]; }

        // ggml_rms_norm: y = x / sqrt(mean(x^2) + eps), then times the weight
        void rmsNorm(const std::vector<T>& x, const WeightView& weight, int n, std::vector<T>& out)
        {
            const int d = c.nEmbd;
            std::vector<float> wrow(static_cast<size_t>(d));
            Gguf::dequantizeRow(weight.type, weight.data, wrow.data(), d);
            out.resize(size_t(n) * size_t(d));
            for (int t = 0; t < n; ++t) {
                const T* xi = &x[size_t(t) * size_t(d)];
                T sum = 0;
                for (int i = 0; i < d; ++i)
                    sum += xi[i] * xi[i];
                const T scale = T(1) / std::sqrt(sum / T(d) + T(c.rmsEps));
                for (int i = 0; i < d; ++i)
                    out[size_t(t) * size_t(d) + size_t(i)] = xi[i] * scale * T(wrow[size_t(i)]);
            }
        }

        // y[t][r] = sum_c W[r][c] x[t][c]; each weight row is dequantized once per call
        void matmul(const WeightView& w, const std::vector<T>& x, int n, std::vector<T>& y)
        {
            const int64_t cols = w.cols;
            y.assign(size_t(n) * size_t(w.rows), T(0));
            std::vector<float> row(static_cast<size_t>(cols));
            for (int64_t r = 0; r < w.rows; ++r) {
                Gguf::dequantizeRow(w.type, w.row(r), row.data(), cols);
                for (int t = 0; t < n; ++t) {
                    const T* xi = &x[size_t(t) * size_t(cols)];
                    T sum = 0;
                    for (int64_t i = 0; i < cols; ++i)
                        sum += T(row[size_t(i)]) * xi[i];
                    y[size_t(t) * size_t(w.rows) + size_t(r)] = sum;
                }
            }
        }

        // llama.cpp's normal RoPE (LLAMA_ROPE_TYPE_NORM): rotates adjacent pairs (x[2i], x[2i+1]) of each head
        /** Adds a bias vector (F32, one value per output row) to each of n rows of `y`; nothing without one. */
        void addBias(const WeightView& bias, int n, std::vector<T>& y) const
        {
            if (!bias.valid())
                return;
            std::vector<float> b(static_cast<size_t>(bias.cols));
            Gguf::dequantizeRow(bias.type, bias.data, b.data(), bias.cols);
            for (int t = 0; t < n; ++t)
                for (int64_t i = 0; i < bias.cols; ++i)
                    y[size_t(t) * size_t(bias.cols) + size_t(i)] += T(b[size_t(i)]);
        }

        void rope(T* vec, int heads, int p)
        {
            // pair i is (2i, 2i+1) in llama's normal mode, (i, i + nRot/2) in NEOX mode (qwen2)
            const int second = c.ropeNeox ? c.nRot / 2 : 1;
            for (int hd = 0; hd < heads; ++hd) {
                T* x = vec + size_t(hd) * size_t(c.headDim);
                for (int i = 0; i < c.nRot / 2; ++i) {
                    const T theta = T(p) * m_invFreq[size_t(i)];
                    const T cs = std::cos(theta) * T(c.ropeAttnFactor), sn = std::sin(theta) * T(c.ropeAttnFactor);
                    const int a = c.ropeNeox ? i : 2 * i;
                    const T x0 = x[a], x1 = x[a + second];
                    x[a] = x0 * cs - x1 * sn;
                    x[a + second] = x0 * sn + x1 * cs;
                }
            }
        }

        // causal attention of the n new queries over cache positions 0 .. pos+t; query head h reads KV head
        // h / (nHead / nHeadKv) (GQA, as ggml broadcasts)
        void attention(int l, const std::vector<T>& q, int n, int pos, std::vector<T>& out)
        {
            const int hd = c.headDim;
            const int group = c.nHead / c.nHeadKv;
            const T scale = T(c.queryScale);
            const int window = c.windowOf(l);
            std::vector<T> score(size_t(pos + n));
            for (int t = 0; t < n; ++t) {
                const int len = pos + t + 1;
                // a sliding window (phi3) sees the last slidingWindow positions, as llama.cpp's mask: pos - j < window
                const int first = window > 0 ? std::max(0, len - window) : 0;
                for (int h = 0; h < c.nHead; ++h) {
                    const T* qh = &q[size_t(t) * size_t(c.qDim()) + size_t(h) * size_t(hd)];
                    const int kvh = h / group;
                    T mx = -INFINITY;
                    for (int j = first; j < len; ++j) {
                        const T* kj = kCache(l, j) + size_t(kvh) * size_t(hd);
                        T s = 0;
                        for (int i = 0; i < hd; ++i)
                            s += qh[i] * kj[i];
                        score[size_t(j)] = softcap(s * scale, c.attnSoftcap);
                        mx = std::max(mx, score[size_t(j)]);
                    }
                    T sum = 0;
                    for (int j = first; j < len; ++j) {
                        score[size_t(j)] = std::exp(score[size_t(j)] - mx);
                        sum += score[size_t(j)];
                    }
                    T* oh = &out[size_t(t) * size_t(c.qDim()) + size_t(h) * size_t(hd)];
                    std::fill_n(oh, hd, T(0));
                    for (int j = first; j < len; ++j) {
                        const T pj = score[size_t(j)] / sum;
                        const T* vj = vCache(l, j) + size_t(kvh) * size_t(hd);
                        for (int i = 0; i < hd; ++i)
                            oh[i] += pj * vj[i];
                    }
                }
            }
        }

        const Model& m;
        const ModelConfig& c;
        int m_ctx;
        bool m_kvHalf;
        std::vector<T> m_k, m_v;
        std::vector<T> m_invFreq;
    };
} // namespace

struct CpuBackend::Impl
{
    std::shared_ptr<const Model> model;
    Options options;
    int ctx = 0;
    std::unique_ptr<Forward<float>> f32;
    std::unique_ptr<Forward<double>> f64;
};

CpuBackend::CpuBackend(std::shared_ptr<const Model> model)
    : CpuBackend(std::move(model), Options {})
{ }

CpuBackend::CpuBackend(std::shared_ptr<const Model> model, Options options)
    : d(std::make_unique<Impl>())
{
    d->model = std::move(model);
    d->options = options;
    d->ctx = options.contextSize > 0 ? options.contextSize : std::min(d->model->config().contextLength, 4096);
    reset();
}

CpuBackend::~CpuBackend() = default;

QString CpuBackend::name() const
{
    return QStringLiteral("cpu");
}

QString CpuBackend::device() const
{
    return d->options.precision == Precision::Double ? QStringLiteral("CPU (reference, double precision)")
                                                     : QStringLiteral("CPU (reference)");
}

const Model& CpuBackend::model() const
{
    return *d->model;
}

int CpuBackend::contextSize() const
{
    return d->ctx;
}

void CpuBackend::reset()
{
    d->f32.reset();
    d->f64.reset();
    if (d->options.precision == Precision::Double)
        d->f64 = std::make_unique<Forward<double>>(*d->model, d->ctx, d->options.kv == KvType::F16);
    else
        d->f32 = std::make_unique<Forward<float>>(*d->model, d->ctx, d->options.kv == KvType::F16);
}

Result<void> CpuBackend::eval(std::span<const int32_t> tokens, int pos, std::span<float> logits, bool allLogits)
{
    const ModelConfig& c = d->model->config();
    auto bad = [&](const QString& msg) {
        Error e;
        e.code = Error::Code::Schema;
        e.source = d->model->path();
        e.message = msg;
        return e;
    };
    if (tokens.empty())
        return bad(Tr::tr("no tokens to evaluate"));
    if (pos < 0 || int64_t(pos) + int64_t(tokens.size()) > d->ctx)
        return bad(Tr::tr("positions %1..%2 exceed the context of %3 tokens")
                       .arg(pos)
                       .arg(int64_t(pos) + int64_t(tokens.size()) - 1)
                       .arg(d->ctx));
    for (int32_t t : tokens)
        if (t < 0 || t >= c.vocabSize)
            return bad(Tr::tr("token id %1 is outside the vocabulary of %2").arg(t).arg(c.vocabSize));
    const size_t need = (allLogits ? tokens.size() : 1) * size_t(c.vocabSize);
    if (logits.size() < need)
        return bad(Tr::tr("the logits buffer holds %1 floats, %2 are needed").arg(logits.size()).arg(need));
    if (d->f64)
        d->f64->eval(tokens, pos, logits, allLogits);
    else
        d->f32->eval(tokens, pos, logits, allLogits);
    return {};
}

int64_t CpuBackend::weightsBytes() const
{
    return int64_t(d->model->weightsBytes());
}

int64_t CpuBackend::kvCacheBytes() const
{
    // keys and values of every layer and position, in the reference's precision (an F16 cache's values rounded)
    const ModelConfig& c = d->model->config();
    const int64_t perValue = d->options.precision == Precision::Double ? 8 : 4;
    return 2 * int64_t(c.nLayer) * int64_t(d->ctx) * int64_t(c.kvDim()) * perValue;
}

} // namespace Inference
