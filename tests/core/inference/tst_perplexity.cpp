// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/gguf/quants.h"
#include "core/inference/cpubackend.h"
#include "core/inference/generator.h"
#include "core/inference/model.h"
#include "core/inference/perplexity.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Inference;

namespace {

/** A backend whose logits are known in closed form: after token t it gives log 3 to (t + 1) mod V, 0 to the rest, so
 * with V = 4 the next token of a counting sequence has probability 3 / (3 + 3) = 1/2. Records what it evaluated. */
class FakeBackend : public Backend
{
public:
    explicit FakeBackend(std::shared_ptr<const Model> m)
        : m_model(std::move(m))
    { }
    QString name() const override { return QStringLiteral("fake"); }
    QString device() const override { return QStringLiteral("none"); }
    const Model& model() const override { return *m_model; }
    int contextSize() const override { return 64; }
    void reset() override { seen.emplace_back(); }
    Result<void> eval(std::span<const int32_t> tokens, int pos, std::span<float> logits, bool allLogits) override
    {
        const int v = m_model->config().vocabSize;
        for (size_t i = 0; i < tokens.size(); ++i) {
            seen.back().push_back(tokens[i]);
            if (!allLogits && i + 1 < tokens.size())
                continue;
            float* row = logits.data() + (allLogits ? i * size_t(v) : 0);
            std::fill(row, row + v, -1e30f); // only ids 0..3 take part
            for (int j = 0; j < 4; ++j)
                row[j] = 0.0f;
            row[(tokens[i] + 1) % 4] = float(std::log(3.0));
        }
        Q_UNUSED(pos);
        return {};
    }
    std::vector<std::vector<int32_t>> seen;

private:
    std::shared_ptr<const Model> m_model;
};

QString f32Path()
{
    return QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
}

/** An independent forward pass in double precision, written straight from the LLaMA equations (no batching, no
 * shared code with CpuBackend): the log-probability of each next token of `seq`, evaluated from position 0. */
std::vector<std::vector<double>> naiveLogits(const Gguf::File& f, const std::vector<int32_t>& seq)
{
    auto mat = [&](const QByteArray& name) {
        const Gguf::TensorInfo* t = f.tensor(name);
        std::vector<float> tmp(static_cast<size_t>(t->elements()));
        Gguf::dequantizeRow(t->type, f.data(*t).data(), tmp.data(), int64_t(t->elements()));
        return std::vector<double>(tmp.begin(), tmp.end());
    };
    const int d = 64, nh = 8, nkv = 4, hd = 8, ff = 172, nl = 5, V = 512;
    auto matvec = [](const std::vector<double>& w, const std::vector<double>& x, int rows) {
        const size_t cols = x.size();
        std::vector<double> y(static_cast<size_t>(rows));
        for (int r = 0; r < rows; ++r)
            for (size_t c = 0; c < cols; ++c)
                y[size_t(r)] += w[size_t(r) * cols + c] * x[c];
        return y;
    };
    auto norm = [&](const std::vector<double>& x, const std::vector<double>& w) {
        double ss = 0;
        for (double v : x)
            ss += v * v;
        const double s = 1 / std::sqrt(ss / double(x.size()) + 1e-5);
        std::vector<double> y(x.size());
        for (size_t i = 0; i < x.size(); ++i)
            y[i] = x[i] * s * w[i];
        return y;
    };
    auto rope = [&](std::vector<double>& v, int heads, int pos) {
        for (int h = 0; h < heads; ++h)
            for (int i = 0; i < hd / 2; ++i) {
                const double theta = pos * std::pow(10000.0, -2.0 * i / hd);
                double& a = v[size_t(h * hd + 2 * i)];
                double& b = v[size_t(h * hd + 2 * i + 1)];
                const double a0 = a, b0 = b;
                a = a0 * std::cos(theta) - b0 * std::sin(theta);
                b = a0 * std::sin(theta) + b0 * std::cos(theta);
            }
    };
    const auto emb = mat("token_embd.weight");
    const auto out = mat("output.weight");
    const auto outNorm = mat("output_norm.weight");
    std::vector<std::vector<std::vector<double>>> K(static_cast<size_t>(nl)), Vc(static_cast<size_t>(nl));
    std::vector<std::vector<double>> result;
    for (size_t p = 0; p < seq.size(); ++p) {
        std::vector<double> x(emb.begin() + ptrdiff_t(seq[p]) * d, emb.begin() + ptrdiff_t(seq[p] + 1) * d);
        for (int l = 0; l < nl; ++l) {
            const QByteArray b = "blk." + QByteArray::number(l) + '.';
            const auto h = norm(x, mat(b + "attn_norm.weight"));
            auto q = matvec(mat(b + "attn_q.weight"), h, nh * hd);
            auto k = matvec(mat(b + "attn_k.weight"), h, nkv * hd);
            auto v = matvec(mat(b + "attn_v.weight"), h, nkv * hd);
            rope(q, nh, int(p));
            rope(k, nkv, int(p));
            K[size_t(l)].push_back(k);
            Vc[size_t(l)].push_back(v);
            std::vector<double> att(size_t(nh * hd));
            for (int hh = 0; hh < nh; ++hh) {
                const int kvh = hh / (nh / nkv);
                std::vector<double> s(p + 1);
                double mx = -1e300, sum = 0;
                for (size_t j = 0; j <= p; ++j) {
                    for (int i = 0; i < hd; ++i)
                        s[j] += q[size_t(hh * hd + i)] * K[size_t(l)][j][size_t(kvh * hd + i)];
                    s[j] /= std::sqrt(double(hd));
                    mx = std::max(mx, s[j]);
                }
                for (double& e : s)
                    sum += (e = std::exp(e - mx));
                for (size_t j = 0; j <= p; ++j)
                    for (int i = 0; i < hd; ++i)
                        att[size_t(hh * hd + i)] += s[j] / sum * Vc[size_t(l)][j][size_t(kvh * hd + i)];
            }
            const auto o = matvec(mat(b + "attn_output.weight"), att, d);
            for (int i = 0; i < d; ++i)
                x[size_t(i)] += o[size_t(i)];
            const auto h2 = norm(x, mat(b + "ffn_norm.weight"));
            const auto g = matvec(mat(b + "ffn_gate.weight"), h2, ff);
            const auto u = matvec(mat(b + "ffn_up.weight"), h2, ff);
            std::vector<double> a(static_cast<size_t>(ff));
            for (int i = 0; i < ff; ++i)
                a[size_t(i)] = g[size_t(i)] / (1 + std::exp(-g[size_t(i)])) * u[size_t(i)];
            const auto dn = matvec(mat(b + "ffn_down.weight"), a, d);
            for (int i = 0; i < d; ++i)
                x[size_t(i)] += dn[size_t(i)];
        }
        result.push_back(matvec(out, norm(x, outNorm), V));
    }
    return result;
}

/** llama-perplexity's procedure, written again: chunks of ctx, BOS first, score ctx/2 .. ctx-2. */
double naivePerplexity(const Gguf::File& f, const std::vector<int32_t>& tokens, int ctx)
{
    long double nll = 0;
    int count = 0;
    for (size_t c = 0; (c + 1) * size_t(ctx) <= tokens.size(); ++c) {
        std::vector<int32_t> chunk(tokens.begin() + ptrdiff_t(c) * ctx, tokens.begin() + ptrdiff_t(c + 1) * ctx);
        chunk[0] = 1;
        const auto logits = naiveLogits(f, chunk);
        for (int p = ctx / 2; p <= ctx - 2; ++p) {
            long double sum = 0;
            for (double l : logits[size_t(p)])
                sum += std::exp((long double)l);
            nll -= (long double)logits[size_t(p)][size_t(tokens[c * size_t(ctx) + size_t(p) + 1])] - std::log(sum);
            ++count;
        }
    }
    return double(std::exp(nll / count));
}

std::vector<int32_t> referenceIds()
{
    QFile f(QStringLiteral(SHARED_DIR "/models/tokenization-reference.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<int32_t> ids;
    for (const auto v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("ids")).toArray())
        ids.push_back(v.toInt());
    return ids;
}

} // namespace

class TestPerplexity : public QObject
{
    Q_OBJECT
private slots:
    void closedForm()
    {
        if (!QFile::exists(f32Path()))
            INFEROMETER_SKIP("the shared models are not available");
        auto m = Model::load(f32Path());
        QVERIFY(m.ok());
        FakeBackend fake(m.value());
        // counting 0,1,2,3,0,... : every scored prediction has probability 1/2 -> perplexity 2
        std::vector<int32_t> tokens;
        for (int i = 0; i < 8 * 3 + 5; ++i)
            tokens.push_back(i % 4);
        PlainTaskContext ctx;
        auto r = perplexity(fake, tokens, 8, 1, ctx);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().chunks, 3); // the 5 left over are dropped
        QCOMPARE(r.value().tokens, 24);
        QCOMPARE(r.value().scored, 3 * 3); // positions 4, 5, 6 of each chunk of 8
        QVERIFY(std::fabs(r.value().perplexity - 2.0) < 1e-6);
        QVERIFY(r.value().perplexityError < 1e-6); // every prediction has the same NLL (up to rounding)
        QCOMPARE(r.value().chunkPerplexity.size(), size_t(3));
        // each chunk from a fresh cache with BOS (1) in place of its first token
        QCOMPARE(fake.seen.size(), size_t(3));
        QCOMPARE(fake.seen[1], (std::vector<int32_t> { 1, 1, 2, 3, 0, 1, 2, 3 }));
        QCOMPARE(fake.seen[2][0], 1);
        QCOMPARE(fake.seen[2][1], 1); // token 17 % 4

        // a wrong next token at a scored position: probability 1/6 instead of 1/2
        tokens[5] = 3; // chunk 0, predicted at position 4 -> 1/6; and it shifts position 5's prediction: (3+1)%4 = 0
        // position 5 predicts token 6 (= 2) from token 3 -> needs 0: 1/6 too
        r = perplexity(fake, tokens, 8, 1, ctx);
        QVERIFY(r.ok());
        const double expected = std::exp((7 * std::log(2.0) + 2 * std::log(6.0)) / 9);
        QVERIFY2(std::fabs(r.value().perplexity - expected) < 1e-6, qPrintable(QString::number(r.value().perplexity)));
        // 7 NLLs of ln 2 and 2 of ln 6: variance of the mean by hand
        const double mean = (7 * std::log(2.0) + 2 * std::log(6.0)) / 9;
        const double var = (7 * std::pow(std::log(2.0), 2) + 2 * std::pow(std::log(6.0), 2)) / 9 - mean * mean;
        QVERIFY2(std::fabs(r.value().perplexityError / (std::sqrt(var / 8) * expected) - 1) < 1e-5,
            qPrintable(QStringLiteral("%1 vs %2").arg(r.value().perplexityError).arg(std::sqrt(var / 8) * expected)));
    }

    void refusals()
    {
        if (!QFile::exists(f32Path()))
            INFEROMETER_SKIP("the shared models are not available");
        auto m = Model::load(f32Path());
        QVERIFY(m.ok());
        FakeBackend fake(m.value());
        PlainTaskContext ctx;
        std::vector<int32_t> tokens(15, 0);
        auto r = perplexity(fake, tokens, 8, 1, ctx);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("needs at least 16")));
        QVERIFY(!perplexity(fake, std::vector<int32_t>(1000, 0), 128, 1, ctx).ok()); // over contextSize()
        ctx.cancel();
        r = perplexity(fake, std::vector<int32_t>(64, 0), 8, 1, ctx);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Canceled);
    }

    // stories260K f32 on a real tokenized text and on text the model wrote itself, against the independent double
    // precision forward pass and perplexity above
    void againstIndependentComputation_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("ctx");
        QTest::newRow("reference text, ctx 32") << QStringLiteral("reference") << 32;
        QTest::newRow("sampled text, ctx 64") << QStringLiteral("sampled") << 64;
        QTest::newRow("our story, ctx 128") << QStringLiteral("story") << 128;
    }
    void againstIndependentComputation()
    {
        QFETCH(QString, source);
        QFETCH(int, ctx);
        if (!QFile::exists(f32Path()))
            INFEROMETER_SKIP("the shared models are not available");
        auto m = Model::load(f32Path());
        QVERIFY(m.ok());
        CpuBackend cpu(m.value(), { 256, CpuBackend::Precision::Float });
        std::vector<int32_t> tokens;
        PlainTaskContext task;
        if (source == QLatin1String("reference")) {
            tokens = referenceIds();
            QCOMPARE(tokens.size(), size_t(175));
        } else if (source == QLatin1String("story")) {
            // a TinyStories-like text of our own (tests/data/inference/story.txt), tokenized by core/tokenize
            auto tok = Tokenize::loadTokenizer(f32Path());
            QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
            QFile f(QStringLiteral(TESTDATA_DIR "/inference/story.txt"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            tokens = { 1 };
            for (uint32_t id : tok.value()->encode(std::string_view(text.constData(), size_t(text.size()))))
                tokens.push_back(int32_t(id));
            QCOMPARE(tokens.size(), size_t(913));
        } else {
            GenerateOptions o;
            o.maxTokens = 199;
            o.stopAtEos = false;
            o.sampler = { 1.0f, 0, 1.0f, 2026 };
            auto g = generate(cpu, { 1 }, o, task);
            QVERIFY(g.ok());
            tokens = { 1 };
            tokens.insert(tokens.end(), g.value().tokens.begin(), g.value().tokens.end());
        }
        auto r = perplexity(cpu, tokens, ctx, 1, task);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        const double expected = naivePerplexity(m.value()->file(), tokens, ctx);
        qInfo("%s: perplexity %.6f (independent double precision: %.6f), %d chunks", qPrintable(source),
            r.value().perplexity, expected, r.value().chunks);
        QVERIFY(std::fabs(r.value().perplexity - expected) / expected < 1e-5);
        // the reference text is hard for a 260K-parameter model (digits, accents, CJK, emoji: byte tokens)
        QVERIFY(r.value().perplexity > 1.5 && r.value().perplexity < 1000);

        CpuBackend dbl(m.value(), { 256, CpuBackend::Precision::Double });
        auto rd = perplexity(dbl, tokens, ctx, 1, task);
        QVERIFY(rd.ok());
        // note: the RoPE frequencies are ggml's float ones in both CpuBackend precisions, std::pow in double here
        QVERIFY(std::fabs(rd.value().perplexity - expected) / expected < 1e-6);
    }

    void compareQuantized()
    {
        const QString q4 = QStringLiteral(SHARED_DIR "/models/stories260K-Q4_0.gguf");
        if (!QFile::exists(f32Path()) || !QFile::exists(q4))
            INFEROMETER_SKIP("the shared models are not available");
        auto a = Model::load(f32Path());
        auto b = Model::load(q4);
        QVERIFY(a.ok() && b.ok());
        CpuBackend ca(a.value(), { 64, CpuBackend::Precision::Float });
        CpuBackend cb(b.value(), { 64, CpuBackend::Precision::Float });
        const auto tokens = referenceIds();
        PlainTaskContext task;
        // a model against itself: no divergence, full agreement
        auto same = compare(ca, ca, tokens, 32, 1, task);
        QVERIFY(same.ok());
        QCOMPARE(same.value().kldMean, 0.0);
        QCOMPARE(same.value().top1Agreement, 1.0);
        auto c = compare(ca, cb, tokens, 32, 1, task);
        QVERIFY(c.ok());
        const auto pa = perplexity(ca, tokens, 32, 1, task).value().perplexity;
        const auto pb = perplexity(cb, tokens, 32, 1, task).value().perplexity;
        QCOMPARE(c.value().a.perplexity, pa);
        QCOMPARE(c.value().b.perplexity, pb);
        qInfo("f32 %.4f, q4_0 %.4f, KLD mean %.5f p99 %.5f, top-1 %.3f", pa, pb, c.value().kldMean, c.value().kldP99,
            c.value().top1Agreement);
        QVERIFY(c.value().kldMean > 0);
        QVERIFY(c.value().kldP99 >= c.value().kldMean);
        QVERIFY(c.value().kldMax >= c.value().kldP99);
        QVERIFY(c.value().top1Agreement > 0.5 && c.value().top1Agreement <= 1.0);
    }

    void percentileInterpolates()
    {
        std::vector<double> v { 5, 1, 4, 2, 3 };
        QCOMPARE(percentile(v, 0.5), 3.0);
        QCOMPARE(percentile(v, 0.99), 4.96); // position 3.96 between 4 and 5
        QCOMPARE(percentile(v, 1.0), 5.0);
        QCOMPARE(percentile(v, 0.0), 1.0);
    }

    void logSoftmaxValue()
    {
        const std::vector<float> l { 0.0f, float(std::log(3.0)), 0.0f, 0.0f };
        QVERIFY(std::fabs(logSoftmax(l, 1) - std::log(0.5)) < 1e-7);
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestPerplexity)
#include "tst_perplexity.moc"
