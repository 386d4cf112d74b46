// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/pricing/pricecatalog.h"
#include "tests/support/testmain.h"

#include <QDateTime>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using Pricing::PriceCatalog;
using Pricing::PriceEntry;

namespace {

qint64 utcMs(int y, int m, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

QByteArray readFixture(const char* name)
{
    QFile f(QStringLiteral(TESTDATA_DIR "/pricing/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestPriceCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtinListPrices_data();
    void builtinListPrices();
    void builtinAnthropicWritesAndLongContext();
    void builtinDefaults();
    void resolveFamily_data();
    void resolveFamily();
    void normalize_data();
    void normalize();
    void priceValidAtTime_data();
    void priceValidAtTime();
    void unknownModelIsNull();
    void workspaceOverrideWins();
    void catalogJsonRoundTrip();
    void catalogJsonDefaults();
    void catalogJsonErrors_data();
    void catalogJsonErrors();
    void liteLlmImport();
    void liteLlmSkipsNonTokenModels();
    void liteLlmEntriesPriceThroughCatalog();
    void liteLlmErrors_data();
    void liteLlmErrors();

private:
    PriceCatalog m_builtin;
};

void TestPriceCatalog::initTestCase()
{
    auto c = PriceCatalog::builtin();
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    m_builtin = c.value();
    QVERIFY(!m_builtin.entries().isEmpty());
}

void TestPriceCatalog::builtinListPrices_data()
{
    // /work/shared/formats.md, "List prices, USD per 1M tokens (input / cached input / output), mid-2026",
    // converted by hand to µ$/1M (× 1'000'000); -1 where formats.md gives "–" (no cache price stated).
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("cacheRead");
    QTest::addColumn<qint64>("output");
    auto row = [](const char* m, const char* p, qint64 in, qint64 cr, qint64 out) {
        QTest::addRow("%s", m) << QString::fromLatin1(m) << QString::fromLatin1(p) << in << cr << out;
    };
    row("gpt-4o", "openai", 2'500'000, 1'250'000, 10'000'000);
    row("gpt-4o-mini", "openai", 150'000, 75'000, 600'000);
    row("gpt-4.1", "openai", 2'000'000, 500'000, 8'000'000);
    row("gpt-4.1-mini", "openai", 400'000, 100'000, 1'600'000);
    row("gpt-4.1-nano", "openai", 100'000, 25'000, 400'000);
    row("o3", "openai", 2'000'000, 500'000, 8'000'000);
    row("o4-mini", "openai", 1'100'000, 275'000, 4'400'000);
    row("gpt-5", "openai", 1'250'000, 125'000, 10'000'000);
    row("gpt-5-mini", "openai", 250'000, 25'000, 2'000'000);
    row("gpt-5-nano", "openai", 50'000, 5'000, 400'000);
    row("claude-opus-4-1", "anthropic", 15'000'000, 1'500'000, 75'000'000);
    row("claude-opus-4-5", "anthropic", 5'000'000, 500'000, 25'000'000);
    row("claude-sonnet-4-5", "anthropic", 3'000'000, 300'000, 15'000'000);
    row("claude-haiku-4-5", "anthropic", 1'000'000, 100'000, 5'000'000);
    row("gemini-2.5-pro", "google", 1'250'000, 125'000, 10'000'000);
    row("gemini-2.5-flash", "google", 300'000, 30'000, 2'500'000);
    row("gemini-2.5-flash-lite", "google", 100'000, 10'000, 400'000);
    row("deepseek-chat", "deepseek", 280'000, 28'000, 420'000);
    row("mistral-large", "mistral", 500'000, -1, 1'500'000);
    row("mistral-medium", "mistral", 400'000, -1, 2'000'000);
    row("llama-3.3-70b", "groq", 590'000, -1, 790'000);
}

void TestPriceCatalog::builtinListPrices()
{
    QFETCH(QString, model);
    QFETCH(QString, provider);
    QFETCH(qint64, input);
    QFETCH(qint64, cacheRead);
    QFETCH(qint64, output);
    // formats.md states the prices of mid-2026
    const PriceEntry* e = m_builtin.find(model, utcMs(2026, 6, 15));
    QVERIFY2(e, qPrintable(model));
    QCOMPARE(e->model, model);
    QCOMPARE(e->provider, provider);
    QCOMPARE(e->origin, Pricing::Origin::Builtin);
    QCOMPARE(e->rates.input, input);
    QCOMPARE(e->rates.output, output);
    if (cacheRead >= 0)
        QCOMPARE(e->rates.cacheRead, cacheRead);
    QCOMPARE(e->rates.reasoning, e->rates.output); // reasoning is billed as output
}

void TestPriceCatalog::builtinAnthropicWritesAndLongContext()
{
    const qint64 t = utcMs(2026, 6, 15);
    // claude-opus-4-1: writes 18.75 (5m), 30 (1h)
    const PriceEntry* opus41 = m_builtin.find(u"claude-opus-4-1", t);
    QVERIFY(opus41);
    QCOMPARE(opus41->rates.cacheWrite5m, qint64(18'750'000));
    QCOMPARE(opus41->rates.cacheWrite1h, qint64(30'000'000));
    // claude-opus-4-5: writes 6.25 / 10
    const PriceEntry* opus45 = m_builtin.find(u"claude-opus-4-5", t);
    QVERIFY(opus45);
    QCOMPARE(opus45->rates.cacheWrite5m, qint64(6'250'000));
    QCOMPARE(opus45->rates.cacheWrite1h, qint64(10'000'000));
    // claude-haiku-4-5: writes 1.25 / 2
    const PriceEntry* haiku = m_builtin.find(u"claude-haiku-4-5", t);
    QVERIFY(haiku);
    QCOMPARE(haiku->rates.cacheWrite5m, qint64(1'250'000));
    QCOMPARE(haiku->rates.cacheWrite1h, qint64(2'000'000));
    // claude-sonnet-4-5: writes 3.75 / 6; above 200k input: 6 / 0.60 / 7.50 / 12 / 22.50; batch half
    const PriceEntry* sonnet = m_builtin.find(u"claude-sonnet-4-5", t);
    QVERIFY(sonnet);
    QCOMPARE(sonnet->rates.cacheWrite5m, qint64(3'750'000));
    QCOMPARE(sonnet->rates.cacheWrite1h, qint64(6'000'000));
    QCOMPARE(sonnet->longContextThreshold, std::optional<qint64>(200'000));
    QCOMPARE(sonnet->longRates.input, qint64(6'000'000));
    QCOMPARE(sonnet->longRates.cacheRead, qint64(600'000));
    QCOMPARE(sonnet->longRates.cacheWrite5m, qint64(7'500'000));
    QCOMPARE(sonnet->longRates.cacheWrite1h, qint64(12'000'000));
    QCOMPARE(sonnet->longRates.output, qint64(22'500'000));
    QCOMPARE(sonnet->longRates.reasoning, qint64(22'500'000));
    QCOMPARE(sonnet->batchPermille, 500);
    // gemini-2.5-pro above 200k: 2.50 / 0.25 / 15
    const PriceEntry* gemini = m_builtin.find(u"gemini-2.5-pro", t);
    QVERIFY(gemini);
    QCOMPARE(gemini->longContextThreshold, std::optional<qint64>(200'000));
    QCOMPARE(gemini->longRates.input, qint64(2'500'000));
    QCOMPARE(gemini->longRates.cacheRead, qint64(250'000));
    QCOMPARE(gemini->longRates.output, qint64(15'000'000));
    // gpt-4o: batch half, no long-context tier
    const PriceEntry* gpt4o = m_builtin.find(u"gpt-4o", t);
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->batchPermille, 500);
    QCOMPARE(gpt4o->longContextThreshold, std::optional<qint64>());
    // deepseek has no batch tier: multiplier 1
    const PriceEntry* deepseek = m_builtin.find(u"deepseek-chat", t);
    QVERIFY(deepseek);
    QCOMPARE(deepseek->batchPermille, 1000);
}

void TestPriceCatalog::builtinDefaults()
{
    // every built-in entry is complete: a model, a provider, an effective date, positive input and output prices
    for (const PriceEntry& e : m_builtin.entries()) {
        QVERIFY2(!e.model.isEmpty(), qPrintable(e.model));
        QVERIFY2(!e.provider.isEmpty(), qPrintable(e.model));
        QVERIFY2(e.effectiveFromMs > utcMs(2024, 1, 1), qPrintable(e.model));
        QVERIFY2(e.rates.input > 0 && e.rates.output > 0, qPrintable(e.model));
        QVERIFY2(e.batchPermille > 0 && e.batchPermille <= 1000, qPrintable(e.model));
        if (!e.longContextThreshold)
            QVERIFY2(e.longRates == e.rates, qPrintable(e.model));
    }
}

void TestPriceCatalog::resolveFamily_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("family");
    auto row
        = [](const char* n, const char* f) { QTest::addRow("%s", n) << QString::fromUtf8(n) << QString::fromUtf8(f); };
    row("gpt-4o", "gpt-4o");
    row("GPT-4o", "gpt-4o");
    row(" gpt-4o ", "gpt-4o");
    row("gpt-4o-2024-08-06", "gpt-4o");
    row("chatgpt-4o-latest", "gpt-4o");
    row("gpt-4o-mini-2024-07-18", "gpt-4o-mini");
    row("openai/gpt-4o-mini", "gpt-4o-mini");
    row("claude-sonnet-4-5-20250929", "claude-sonnet-4-5");
    row("anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5");
    row("us.anthropic.claude-sonnet-4-5-20250929-v1:0", "claude-sonnet-4-5");
    row("claude-sonnet-4-5@20250929", "claude-sonnet-4-5");
    row("openrouter/anthropic/claude-haiku-4-5", "claude-haiku-4-5");
    row("claude-opus-4-1-20250805", "claude-opus-4-1");
    row("gemini-2.5-flash-preview-05-20", "gemini-2.5-flash");
    row("gemini-2.5-flash-lite", "gemini-2.5-flash-lite");
    row("models/gemini-2.5-pro", "gemini-2.5-pro");
    row("llama-3.3-70b-versatile", "llama-3.3-70b");
    row("mistral-large-2512", "mistral-large");
    row("mistral-medium-2505", "mistral-medium");
    row("o3-2025-04-16", "o3");
    row("gpt-5-mini-2025-08-07", "gpt-5-mini");
    // unknown names stay unknown: never the price of a near neighbour
    row("my-finetune", "");
    row("o3-mini", "");
    row("gpt-4o-audio-preview", "");
    row("mistral-small-2506", "");
    row("", "");
}

void TestPriceCatalog::resolveFamily()
{
    QFETCH(QString, name);
    QFETCH(QString, family);
    QCOMPARE(m_builtin.resolveFamily(name), family);
}

void TestPriceCatalog::normalize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    auto row
        = [](const char* n, const char* f) { QTest::addRow("%s", n) << QString::fromUtf8(n) << QString::fromUtf8(f); };
    row("openai/gpt-4o-2024-08-06", "gpt-4o");
    row("eu.anthropic.claude-haiku-4-5-20251001-v1:0", "claude-haiku-4-5");
    row("claude-sonnet-4-5@20250929", "claude-sonnet-4-5");
    row("gemini-2.5-pro-exp-03-25", "gemini-2.5-pro");
    row("mistral-large-latest", "mistral-large");
    row("gpt-4-0613", "gpt-4");
    row("My-FineTune", "my-finetune");
}

void TestPriceCatalog::normalize()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(PriceCatalog::normalize(name), normalized);
}

void TestPriceCatalog::priceValidAtTime_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    // gpt-4o: $5/$15 from 2024-05-13, $2.50/$10 from 2024-10-01
    QTest::addRow("gpt-4o June 2024") << QStringLiteral("gpt-4o-2024-05-13") << utcMs(2024, 6, 15) << qint64(5'000'000)
                                      << qint64(15'000'000);
    QTest::addRow("gpt-4o 2025") << QStringLiteral("gpt-4o-2024-08-06") << utcMs(2025, 3, 1) << qint64(2'500'000)
                                 << qint64(10'000'000);
    QTest::addRow("gpt-4o last ms before the cut")
        << QStringLiteral("gpt-4o") << utcMs(2024, 9, 30, 23, 59, 59, 999) << qint64(5'000'000) << qint64(15'000'000);
    QTest::addRow("gpt-4o at the effective instant")
        << QStringLiteral("gpt-4o") << utcMs(2024, 10, 1) << qint64(2'500'000) << qint64(10'000'000);
    QTest::addRow("gpt-4o older than every entry: earliest")
        << QStringLiteral("gpt-4o") << utcMs(2023, 1, 1) << qint64(5'000'000) << qint64(15'000'000);
    // o3: $10/$40 from 2025-04-16, $2/$8 from 2025-06-10
    QTest::addRow("o3 at launch") << QStringLiteral("o3") << utcMs(2025, 5, 1) << qint64(10'000'000)
                                  << qint64(40'000'000);
    QTest::addRow("o3 after the cut") << QStringLiteral("o3-2025-04-16") << utcMs(2025, 7, 1) << qint64(2'000'000)
                                      << qint64(8'000'000);
}

void TestPriceCatalog::priceValidAtTime()
{
    QFETCH(QString, model);
    QFETCH(qint64, timeMs);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    const PriceEntry* e = m_builtin.find(model, timeMs);
    QVERIFY(e);
    QCOMPARE(e->rates.input, input);
    QCOMPARE(e->rates.output, output);
}

void TestPriceCatalog::unknownModelIsNull()
{
    QVERIFY(!m_builtin.find(u"my-finetune", utcMs(2026, 1, 1)));
    QVERIFY(!m_builtin.find(u"", utcMs(2026, 1, 1)));
    QVERIFY(!PriceCatalog().find(u"gpt-4o", utcMs(2026, 1, 1)));
}

void TestPriceCatalog::workspaceOverrideWins()
{
    PriceEntry mine;
    mine.model = QStringLiteral("gpt-4o");
    mine.provider = QStringLiteral("azure");
    mine.effectiveFromMs = utcMs(2025, 1, 1);
    mine.rates = { 1'000'000, 100'000, 1'000'000, 1'000'000, 4'000'000, 4'000'000 };
    mine.longRates = mine.rates;
    PriceEntry finetune = mine;
    finetune.model = QStringLiteral("my-finetune");
    finetune.rates.input = 7'000'000;
    const PriceCatalog c = m_builtin.withOverrides({ mine, finetune });

    const PriceEntry* e = c.find(u"gpt-4o-2024-08-06", utcMs(2025, 6, 1));
    QVERIFY(e);
    QCOMPARE(e->origin, Pricing::Origin::Workspace);
    QCOMPARE(e->rates.input, qint64(1'000'000));
    // a family with workspace entries uses only those: before the override's date, the earliest override applies
    e = c.find(u"gpt-4o", utcMs(2024, 6, 1));
    QVERIFY(e);
    QCOMPARE(e->rates.input, qint64(1'000'000));
    // other families keep the built-in prices
    e = c.find(u"gpt-4o-mini", utcMs(2025, 6, 1));
    QVERIFY(e);
    QCOMPARE(e->origin, Pricing::Origin::Builtin);
    QCOMPARE(e->rates.input, qint64(150'000));
    // a model unknown to the built-in catalog becomes priced
    e = c.find(u"my-finetune", utcMs(2025, 6, 1));
    QVERIFY(e);
    QCOMPARE(e->rates.input, qint64(7'000'000));
    // the original catalog is unchanged
    QCOMPARE(m_builtin.find(u"gpt-4o", utcMs(2025, 6, 1))->rates.input, qint64(2'500'000));
    QVERIFY(!m_builtin.find(u"my-finetune", utcMs(2025, 6, 1)));
    // layering again replaces the previous overrides instead of stacking them
    const PriceCatalog again = c.withOverrides({ finetune });
    QCOMPARE(again.find(u"gpt-4o", utcMs(2025, 6, 1))->rates.input, qint64(2'500'000));
    QCOMPARE(again.entries().size(), m_builtin.entries().size() + 1);
}

void TestPriceCatalog::catalogJsonRoundTrip()
{
    const QByteArray json = Pricing::toCatalogJson(m_builtin.entries());
    auto back = Pricing::parseCatalogJson(json, QStringLiteral("roundtrip.json"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back.value().size(), m_builtin.entries().size());
    for (int i = 0; i < back.value().size(); ++i) {
        const PriceEntry& a = m_builtin.entries()[i];
        const PriceEntry& b = back.value()[i];
        QCOMPARE(b.model, a.model);
        QCOMPARE(b.effectiveFromMs, a.effectiveFromMs);
        QVERIFY2(b.rates == a.rates, qPrintable(a.model));
        QVERIFY2(b.longRates == a.longRates, qPrintable(a.model));
        QVERIFY2(b == a, qPrintable(a.model));
    }
}

void TestPriceCatalog::catalogJsonDefaults()
{
    // cache read and 5m writes default to input, 1h writes to 5m writes, reasoning to output
    const QByteArray json = R"({"models":[{"model":"Acme-1","provider":"acme","effective_from":"2026-01-01",
        "input":"2.00","output":4,"cache_write_5m":"2.5","batch_multiplier":"0.25",
        "aliases":["Acme-One"]}]})";
    auto r = Pricing::parseCatalogJson(json, QStringLiteral("x.json"));
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 1);
    const PriceEntry& e = r.value().first();
    QCOMPARE(e.model, QStringLiteral("acme-1"));
    QCOMPARE(e.effectiveFromMs, utcMs(2026, 1, 1));
    QCOMPARE(e.rates.input, qint64(2'000'000));
    QCOMPARE(e.rates.output, qint64(4'000'000));
    QCOMPARE(e.rates.cacheRead, qint64(2'000'000));
    QCOMPARE(e.rates.cacheWrite5m, qint64(2'500'000));
    QCOMPARE(e.rates.cacheWrite1h, qint64(2'500'000));
    QCOMPARE(e.rates.reasoning, qint64(4'000'000));
    QCOMPARE(e.batchPermille, 250);
    QVERIFY(e.longRates == e.rates);
    const PriceCatalog c(r.value());
    QCOMPARE(c.resolveFamily(u"ACME-ONE"), QStringLiteral("acme-1"));
}

void TestPriceCatalog::catalogJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // what Error::field must contain
    QTest::addRow("not JSON") << QByteArray("{\"models\": [") << QString();
    QTest::addRow("array") << QByteArray("[]") << QString();
    QTest::addRow("no models") << QByteArray("{\"version\":1}") << QStringLiteral("models");
    QTest::addRow("models not an array") << QByteArray("{\"models\":{}}") << QStringLiteral("models");
    QTest::addRow("entry not an object") << QByteArray("{\"models\":[1]}") << QStringLiteral("1");
    QTest::addRow("model name missing") << QByteArray(R"({"models":[{"input":"1","output":"2"}]})")
                                        << QStringLiteral("model");
    QTest::addRow("output missing") << QByteArray(R"({"models":[{"model":"a","input":"1"}]})") << QStringLiteral("a");
    QTest::addRow("negative price") << QByteArray(R"({"models":[{"model":"a","input":"-1","output":"2"}]})")
                                    << QStringLiteral("a");
    QTest::addRow("price not a number") << QByteArray(R"({"models":[{"model":"a","input":"cheap","output":"2"}]})")
                                        << QStringLiteral("a");
    QTest::addRow("bad date") << QByteArray(
        R"({"models":[{"model":"a","input":"1","output":"2","effective_from":"soon"}]})")
                              << QStringLiteral("a.effective_from");
    QTest::addRow("threshold without long prices")
        << QByteArray(R"({"models":[{"model":"a","input":"1","output":"2","long_context_threshold":200000}]})")
        << QStringLiteral("a.long_context");
    QTest::addRow("long prices incomplete")
        << QByteArray(R"({"models":[{"model":"a","input":"1","output":"2",)"
                      R"("long_context_threshold":200000,"long_context":{"input":"2"}}]})")
        << QStringLiteral("a.long_context");
}

void TestPriceCatalog::catalogJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    auto r = Pricing::parseCatalogJson(json, QStringLiteral("/tmp/bad-catalog.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Parse);
    QCOMPARE(r.error().source, QStringLiteral("/tmp/bad-catalog.json"));
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY2(r.error().field.contains(field), qPrintable(r.error().toString()));
}

void TestPriceCatalog::liteLlmImport()
{
    const QByteArray json = readFixture("litellm_prices.json");
    QVERIFY(!json.isEmpty());
    const qint64 eff = utcMs(2026, 2, 1);
    auto r = Pricing::parseLiteLlmJson(json, QStringLiteral("litellm_prices.json"), eff);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QHash<QString, PriceEntry> byModel;
    for (const PriceEntry& e : r.value()) {
        QCOMPARE(e.origin, Pricing::Origin::Workspace);
        QCOMPARE(e.effectiveFromMs, eff);
        byModel.insert(e.model, e);
    }
    // six token-priced models; sample_spec, the image and the TTS model are skipped
    QCOMPARE(r.value().size(), 6);
    QCOMPARE(byModel.size(), 6);

    // per-token USD × 10^12 = µ$/1M
    // acme-gpt-test: 2.5e-06 → 2'500'000; 1e-05 → 10'000'000; cache read 1.25e-06 → 1'250'000;
    // batches 1.25e-06 / 2.5e-06 = 0.5 → 500 permille; no write price → writes at input
    QVERIFY(byModel.contains(QStringLiteral("acme-gpt-test")));
    const PriceEntry gpt = byModel.value(QStringLiteral("acme-gpt-test"));
    QCOMPARE(gpt.provider, QStringLiteral("openai"));
    QCOMPARE(gpt.rates.input, qint64(2'500'000));
    QCOMPARE(gpt.rates.output, qint64(10'000'000));
    QCOMPARE(gpt.rates.cacheRead, qint64(1'250'000));
    QCOMPARE(gpt.rates.cacheWrite5m, qint64(2'500'000));
    QCOMPARE(gpt.rates.cacheWrite1h, qint64(2'500'000));
    QCOMPARE(gpt.rates.reasoning, qint64(10'000'000));
    QCOMPARE(gpt.batchPermille, 500);
    QCOMPARE(gpt.longContextThreshold, std::optional<qint64>());

    // acme-claude-test: 3e-06 → 3'000'000; 1.5e-05 → 15'000'000; writes 3.75e-06 → 3'750'000 (5m),
    // 6e-06 → 6'000'000 (1h); read 3e-07 → 300'000; batches 1.5e-06 / 3e-06 → 500;
    // above 200k: 6e-06 → 6'000'000, 2.25e-05 → 22'500'000, read 6e-07 → 600'000, write 7.5e-06 → 7'500'000
    QVERIFY(byModel.contains(QStringLiteral("acme-claude-test")));
    const PriceEntry claude = byModel.value(QStringLiteral("acme-claude-test"));
    QCOMPARE(claude.provider, QStringLiteral("anthropic"));
    QCOMPARE(claude.rates.input, qint64(3'000'000));
    QCOMPARE(claude.rates.output, qint64(15'000'000));
    QCOMPARE(claude.rates.cacheWrite5m, qint64(3'750'000));
    QCOMPARE(claude.rates.cacheWrite1h, qint64(6'000'000));
    QCOMPARE(claude.rates.cacheRead, qint64(300'000));
    QCOMPARE(claude.rates.reasoning, qint64(15'000'000));
    QCOMPARE(claude.batchPermille, 500);
    QCOMPARE(claude.longContextThreshold, std::optional<qint64>(200'000));
    QCOMPARE(claude.longRates.input, qint64(6'000'000));
    QCOMPARE(claude.longRates.output, qint64(22'500'000));
    QCOMPARE(claude.longRates.cacheRead, qint64(600'000));
    QCOMPARE(claude.longRates.cacheWrite5m, qint64(7'500'000));
    QCOMPARE(claude.longRates.reasoning, qint64(22'500'000));

    // vertex_ai/acme-gemini-test: the provider prefix is dropped from the model; 1.25e-06 → 1'250'000,
    // read 1.25e-07 → 125'000, above 200k 2.5e-06 → 2'500'000 and 1.5e-05 → 15'000'000; no batch price → 1000
    QVERIFY(byModel.contains(QStringLiteral("acme-gemini-test")));
    const PriceEntry gemini = byModel.value(QStringLiteral("acme-gemini-test"));
    QCOMPARE(gemini.provider, QStringLiteral("vertex_ai-language-models"));
    QCOMPARE(gemini.rates.input, qint64(1'250'000));
    QCOMPARE(gemini.rates.cacheRead, qint64(125'000));
    QCOMPARE(gemini.rates.output, qint64(10'000'000));
    QCOMPARE(gemini.batchPermille, 1000);
    QCOMPARE(gemini.longContextThreshold, std::optional<qint64>(200'000));
    QCOMPARE(gemini.longRates.input, qint64(2'500'000));
    QCOMPARE(gemini.longRates.output, qint64(15'000'000));

    // acme-reasoner-test: a decimal string "0.000002" → 2'000'000; output 8e-06 → 8'000'000;
    // reasoning 4e-06 → 4'000'000 (its own rate, not the output rate)
    const PriceEntry reasoner = byModel.value(QStringLiteral("acme-reasoner-test"));
    QCOMPARE(reasoner.rates.input, qint64(2'000'000));
    QCOMPARE(reasoner.rates.output, qint64(8'000'000));
    QCOMPARE(reasoner.rates.reasoning, qint64(4'000'000));
    QCOMPARE(reasoner.rates.cacheRead, qint64(2'000'000));

    // groq/acme-llama-test: 5.9e-07 → 590'000; 7.9e-07 → 790'000; no cache price → cache read at input
    const PriceEntry llama = byModel.value(QStringLiteral("acme-llama-test"));
    QCOMPARE(llama.rates.input, qint64(590'000));
    QCOMPARE(llama.rates.output, qint64(790'000));
    QCOMPARE(llama.rates.cacheRead, qint64(590'000));

    // acme-embed-test: 2e-08 → 20'000; an output price of 0 is a price
    const PriceEntry embed = byModel.value(QStringLiteral("acme-embed-test"));
    QCOMPARE(embed.rates.input, qint64(20'000));
    QCOMPARE(embed.rates.output, qint64(0));
}

void TestPriceCatalog::liteLlmSkipsNonTokenModels()
{
    auto r = Pricing::parseLiteLlmJson(readFixture("litellm_prices.json"), QStringLiteral("l.json"), 0);
    QVERIFY(r.ok());
    for (const PriceEntry& e : r.value()) {
        QVERIFY2(e.model != QLatin1String("sample_spec"), "sample_spec must be skipped");
        QVERIFY2(e.model != QLatin1String("acme-image-test"), "image model without token prices must be skipped");
        QVERIFY2(e.model != QLatin1String("acme-tts-test"), "TTS model without token prices must be skipped");
    }
}

void TestPriceCatalog::liteLlmEntriesPriceThroughCatalog()
{
    auto r = Pricing::parseLiteLlmJson(readFixture("litellm_prices.json"), QStringLiteral("l.json"), 0);
    QVERIFY(r.ok());
    const PriceCatalog c = m_builtin.withOverrides(r.value());
    const PriceEntry* e = c.find(u"vertex_ai/acme-gemini-test", utcMs(2026, 3, 1));
    QVERIFY(e);
    QCOMPARE(e->rates.input, qint64(1'250'000));
    QVERIFY(!c.find(u"acme-image-test", utcMs(2026, 3, 1)));
    // the built-in families are untouched by unrelated imports
    QCOMPARE(c.find(u"gpt-4o", utcMs(2026, 3, 1))->origin, Pricing::Origin::Builtin);
}

void TestPriceCatalog::liteLlmErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addRow("not JSON") << QByteArray("{\"gpt-4o\": {\"input_cost_per_token\": 2.5e-06,") << QString();
    QTest::addRow("an array") << QByteArray("[1, 2]") << QString();
    QTest::addRow("empty object") << QByteArray("{}") << QString();
    QTest::addRow("only non-token models") << QByteArray(
        R"({"sample_spec":{"input_cost_per_token":0,"output_cost_per_token":0},"img":{"output_cost_per_image":0.04}})")
                                           << QString();
    QTest::addRow("price is text") << QByteArray(
        R"({"m1":{"input_cost_per_token":"cheap","output_cost_per_token":1e-06}})")
                                   << QStringLiteral("m1");
    QTest::addRow("negative price") << QByteArray(
        R"({"m2":{"input_cost_per_token":-1e-06,"output_cost_per_token":1e-06}})")
                                    << QStringLiteral("m2");
    QTest::addRow("bad cache price") << QByteArray(
        R"({"m3":{"input_cost_per_token":1e-06,"output_cost_per_token":1e-06,"cache_read_input_token_cost":"x"}})")
                                     << QStringLiteral("m3");
}

void TestPriceCatalog::liteLlmErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    auto r = Pricing::parseLiteLlmJson(json, QStringLiteral("/tmp/litellm.json"), 0);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().source, QStringLiteral("/tmp/litellm.json"));
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(r.error().field, field);
}

INFEROMETER_TEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_pricecatalog.moc"
