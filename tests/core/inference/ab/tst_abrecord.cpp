// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The A/B record without running a model: statistics as llama-bench reports them, the verdict, $ per 1M tokens, the
// KLD histogram, the JSON round trip and its errors, the memory check and the GPU price list.
#include "core/inference/ab/abrecord.h"
#include "core/inference/ab/abrun.h"
#include "core/inference/ab/abrunrepository.h"
#include "core/store/workspace.h"
#include "core/inference/ab/gpuprices.h"
#include "tests/support/testmain.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Ab;

class TestAbRecord : public QObject
{
    Q_OBJECT

    static Record sample()
    {
        Record r;
        r.date = QStringLiteral("2026-12-07T10:00:00Z");
        r.engine = QStringLiteral("vulkan");
        r.device = QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)");
        r.deviceType = QStringLiteral("CPU");
        r.driver = QStringLiteral("llvmpipe Mesa 22.3.6");
        r.cpuEmulation = true;
        r.text = QStringLiteral("bundled");
        r.textSha256 = QStringLiteral("ab12");
        r.textTokens = 1000;
        r.chunks = 7;
        r.scored = 441;
        r.settings.ctx = 128;
        r.settings.runs = 3;
        r.settings.promptTokens = 64;
        r.settings.decodeTokens = 32;
        r.settings.prompts = { QStringLiteral("Once upon a time") };
        r.settings.seed = 42;
        r.a = { QStringLiteral("/m/a.gguf"), QStringLiteral("aa"), QStringLiteral("q8_0"), 489248, 500448, 163840,
            260000, { 100, 110, 105 }, { 10, 10, 10 }, { 5, 6, 7 }, 5.0, 0.2 };
        r.b = { QStringLiteral("/m/b.gguf"), QStringLiteral("bb"), QStringLiteral("q4_0"), 387104, 398304, 163840,
            260000, { 120, 130, 125 }, { 14, 13, 15 }, { 4, 5, 6 }, 5.045, 0.21 };
        r.kldMean = 0.08;
        r.kldP99 = 0.5;
        r.kldMax = 1.25;
        r.top1Agreement = 0.89;
        r.kld = kldHistogram({ 0.01, 0.2 });
        r.generations = { { QStringLiteral("Once upon a time"), QStringLiteral(", there was a cat"),
            QStringLiteral(", there was a dog"), 14 } };
        r.tooSmallToTime = true;
        return r;
    }

private slots:
    void statsAsLlamaBench()
    {
        // mean 2.5; sample standard deviation sqrt((1.5² + 0.5² + 0.5² + 1.5²) / 3) = sqrt(5/3)
        const Stats s = stats({ 3, 1, 2, 4 });
        QCOMPARE(s.n, 4);
        QCOMPARE(s.mean, 2.5);
        QCOMPARE(s.sd, std::sqrt(5.0 / 3.0));
        QCOMPARE(s.median, 2.5);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.max, 4.0);
        QCOMPARE(stats({ 5, 1, 3 }).median, 3.0);
        QCOMPARE(stats({ 7 }).sd, 0.0);
        QCOMPARE(stats({}).n, 0);
    }

    void usdPerMillion()
    {
        // $0.71/h at 100 tokens/s, busy half the time: 0.71 / (100 × 0.5 × 3600) × 1e6 = $3.9444…
        QCOMPARE(usdPerMillionTokens(0.71, 100, 0.5), 0.71 / 180000.0 * 1e6);
        QCOMPARE(usdPerMillionTokens(0.71, 0, 1), 0.0);
    }

    void verdictLine()
    {
        // decode medians 10 and 14: 1.40×; perplexity 5.0 → 5.045: +0.9%; 89% same top token
        QCOMPARE(verdict(sample()), QStringLiteral("Q4_0 vs Q8_0: 1.40× decode, +0.9% perplexity, 89% same top token"));
        Record worse = sample();
        worse.b.perplexity = 4.9;
        QVERIFY(verdict(worse).contains(QStringLiteral("-2.0% perplexity")));
        worse.b.perplexity = 4.9999; // -0.002%: no "-0.0%"
        QVERIFY(verdict(worse).contains(QStringLiteral("+0.0% perplexity")));
    }

    void histogramBins()
    {
        const Histogram h = kldHistogram({ 0, 5e-7, 1e-6, 2e-6, 0.5, 20 });
        QCOMPARE(h.edges.size(), size_t(16)); // 0, then 1e-6 … 10 in half decades
        QCOMPARE(h.edges[1], 1e-6);
        QCOMPARE(h.edges.back(), 100.0 / 10.0);
        QCOMPARE(h.counts.size(), h.edges.size());
        QCOMPARE(h.counts[0], 2); // [0, 1e-6)
        QCOMPARE(h.counts[1], 2); // [1e-6, 3.16e-6)
        QCOMPARE(h.counts[12], 1); // [0.316, 1)
        QCOMPARE(h.counts[15], 1); // ≥ 10
        int total = 0;
        for (int c : h.counts)
            total += c;
        QCOMPARE(total, 6);
    }

    void jsonRoundTrip()
    {
        Record r = sample();
        r.cost = Cost { 1.5, QStringLiteral("NVIDIA L4"), 0.5, QStringLiteral("gpt-4o-mini"), 0.6 };
        const QJsonObject j = toJson(r);
        // the DESIGN.md contract
        QCOMPARE(j.value(QLatin1String("a")).toObject().value(QLatin1String("decode_tokens_per_s")).toDouble(), 10.0);
        QCOMPARE(j.value(QLatin1String("b")).toObject().value(QLatin1String("decode_tokens_per_s_sd")).toDouble(), 1.0);
        QCOMPARE(j.value(QLatin1String("b_vs_a")).toObject().value(QLatin1String("top1_agreement")).toDouble(), 0.89);
        QCOMPARE(j.value(QLatin1String("b")).toObject().value(QLatin1String("usd_per_1m_output_tokens")).toDouble(),
            1.5 / (14 * 0.5 * 3600) * 1e6);
        QCOMPARE(j.value(QLatin1String("settings")).toObject().value(QLatin1String("seed")).toString(),
            QStringLiteral("42"));
        auto back = fromJson(j, QStringLiteral("run.json"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(toJson(back.value()), j);
        QCOMPARE(back.value().generations.front().firstDivergence, 14);

        QJsonObject broken = j;
        QJsonObject a = broken.value(QLatin1String("a")).toObject();
        a.remove(QStringLiteral("sha256"));
        broken.insert(QStringLiteral("a"), a);
        auto bad = fromJson(broken, QStringLiteral("run.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("a.sha256"));
        QCOMPARE(bad.error().source, QStringLiteral("run.json"));
    }

    void memoryCheck()
    {
        Engine e;
        e.name = QStringLiteral("Small GPU");
        e.memoryBytes = 1024 * 1024;
        QVERIFY(checkFits(QStringLiteral("m.gguf"), 800 * 1024, 200 * 1024, e).ok());
        auto r = checkFits(QStringLiteral("m.gguf"), 900 * 1024, 200 * 1024, e);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().source, QStringLiteral("m.gguf"));
        QCOMPARE(r.error().message,
            QStringLiteral("the model needs 900 KiB for weights and 200 KiB for its KV cache, more than the 1.0 MiB of "
                           "memory Small GPU has"));
        e.memoryBytes = 0; // unknown: not checked
        QVERIFY(checkFits(QStringLiteral("m.gguf"), qint64(1) << 40, 0, e).ok());
    }

    void gpuPriceList()
    {
        auto list = gpuPrices();
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().toString()));
        QVERIFY(list.value().size() >= 3);
        for (const GpuPrice& p : list.value()) {
            QCOMPARE(p.asOf, QStringLiteral("2026-01-15"));
            QVERIFY(p.usdPerHour > 0);
        }
        auto bad = parseGpuPrices(R"({"as_of": "2026-01-01", "gpus": [{"gpu": "X"}]})", QStringLiteral("p.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("gpus[0]"));
    }

    void savedWithoutDeviceName()
    {
        // a record whose driver named no device is saved (the column gets "", not NULL) and reloads as it was
        QTemporaryDir dir;
        auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("r.inferometer")));
        QVERIFY(ws.ok());
        Record r = sample();
        r.device = QString();
        RunRepository runs(*ws.value());
        const auto id = runs.save(r, 1000);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        const auto back = runs.load(id.value());
        QVERIFY(back.ok());
        QVERIFY(back.value().device.isEmpty());
        QCOMPARE(back.value().b.decode, r.b.decode);
    }

    void bundledTextIsThere()
    {
        const QByteArray text = bundledText();
        QVERIFY(text.startsWith("Once upon a time, there was a small girl named Mia."));
        QVERIFY(text.size() > 6000);
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestAbRecord)
#include "tst_abrecord.moc"
