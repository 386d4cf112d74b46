// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Cost per call and per month, caching the static prefix, output constraints, token ranges: values worked out by
// hand (rates in µ$ per 1M tokens, so tokens × rate = pico-dollars).
#include "core/prompt/outputconstraints.h"
#include "core/prompt/promptcost.h"
#include "core/prompt/tokenranges.h"
#include "tests/core/prompt/faketokenizer.h"
#include "tests/support/testmain.h"

#include <QTest>

using namespace Prompt;

class TestPromptCost : public QObject
{
    Q_OBJECT
private slots:
    void perCallAndMonth();
    void roundedOnce();
    void longContext();
    void outputWithSchemaAndCap();
    void outputCapOnly();
    void badSchema();
    void tokenRangesMapUtf8ToUtf16();
};

namespace {
/** A price entry with nano-dollar rates per token and the provider's 1,024-token cache minimum. */
Pricing::PriceEntry price(const char* model, const char* provider, qint64 input, qint64 cacheRead, qint64 output)
{
    Pricing::PriceEntry e;
    e.model = QString::fromLatin1(model);
    e.provider = QString::fromLatin1(provider);
    e.rates.input = input;
    e.rates.cacheRead = cacheRead;
    e.rates.output = output;
    e.minCacheableTokens = 1024;
    return e;
}
Pricing::PriceEntry gpt4o()
{
    return price("gpt-4o", "openai", 2'500'000, 1'250'000, 10'000'000);
}
Pricing::PriceEntry sonnet()
{
    return price("claude-sonnet-4-5", "anthropic", 3'000'000, 300'000, 15'000'000);
}
} // namespace

void TestPromptCost::perCallAndMonth()
{
    // the article's case: a 2,000-token prompt, 10,000 requests a day (300,000 a month); 300 tokens out
    // per call: 2,000 × 2.5 + 300 × 10 = 8,000 µ$ … in pico: 5e9 + 3e9 = 8e9 → 8,000,000 n$ = $0.008
    const Cost c = callCost(gpt4o(), { 2000, 0, 300 }, 300'000);
    QCOMPARE(c.perCallNano, qint64(8'000'000));
    QCOMPARE(c.perMonthNano, qint64(2'400'000'000'000)); // $2,400
}

void TestPromptCost::roundedOnce()
{
    Pricing::PriceEntry e;
    e.rates.input = 333; // µ$ per 1M: 3 tokens = 999 p$
    const Cost c = callCost(e, { 3, 0, 0 }, 1000);
    QCOMPARE(c.perCallNano, qint64(1)); // 0.999 n$ rounds to 1
    QCOMPARE(c.perMonthNano, qint64(999)); // 1000 × 999 p$ = 999 n$, not 1000 × 1
}

void TestPromptCost::longContext()
{
    Pricing::PriceEntry e = sonnet();
    e.longContextThreshold = 200'000;
    e.longRates.input = 6'000'000;
    e.longRates.output = 22'500'000;
    // 250,000 in × 6 + 1,000 out × 22.5 = 1.5e12 + 2.25e10 p$ = 1,522,500,000 n$
    QCOMPARE(callCost(e, { 250'000, 0, 1000 }, 1).perCallNano, qint64(1'522'500'000));
    QCOMPARE(callCost(e, { 200'000, 0, 1000 }, 1).perCallNano, qint64(600'000'000 + 15'000'000)); // at the threshold
}

void TestPromptCost::outputWithSchemaAndCap()
{
    // compact instance {"answer":"","category":"shipping","tags":["",""],"urgent":false} = 65 bytes = 65 tokens;
    // strings: answer maxLength 200 → 50, two tags without maxLength → 2 × 8: 66; schema estimate 131
    const QString schema
        = QStringLiteral(R"({"type":"object","properties":{"answer":{"type":"string","maxLength":200},)"
                         R"("category":{"enum":["billing","shipping"]},"urgent":{"type":"boolean"},)"
                         R"("tags":{"type":"array","items":{"type":"string"},"maxItems":2}}})");
    ByteTokenizer bytes;
    auto r = estimateOutput({ 400, 300, schema }, bytes);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(*r.value().schemaTokens, qint64(131));
    QCOMPARE(r.value().constrainedTokens, qint64(131));
    QCOMPARE(r.value().savedTokensPerCall, qint64(269));
    QVERIFY2(r.value().basis.contains(QLatin1String("4 fields; the answer's structure is 65 tokens (bytes")),
        qPrintable(r.value().basis));
    QVERIFY(r.value().basis.contains(QStringLiteral("400 − 131 = 269 output tokens per call")));
}

void TestPromptCost::outputCapOnly()
{
    ByteTokenizer bytes;
    auto r = estimateOutput({ 400, 250, QString() }, bytes);
    QVERIFY(r.ok());
    QVERIFY(!r.value().schemaTokens);
    QCOMPARE(r.value().savedTokensPerCall, qint64(150));
    // a cap above today's answers saves nothing
    QCOMPARE(estimateOutput({ 100, 250, QString() }, bytes).value().savedTokensPerCall, qint64(0));
}

void TestPromptCost::badSchema()
{
    ByteTokenizer bytes;
    auto r = estimateOutput({ 400, std::nullopt, QStringLiteral("{\"type\": \"object\",}") }, bytes);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Parse);
    QVERIFY2(r.error().message.contains(QLatin1String("at byte 19")), qPrintable(r.error().message));
    QVERIFY(!estimateOutput({ 400, std::nullopt, QStringLiteral("[1]") }, bytes).ok());
}

void TestPromptCost::tokenRangesMapUtf8ToUtf16()
{
    // one token per byte: "é" (2 bytes) gives two tokens on the same character, "😀" (4 bytes, 2 UTF-16 units) four
    ByteTokenizer bytes;
    const QString text = QStringLiteral("aé😀b");
    const QList<TokenRange> r = tokenRanges(bytes, text);
    QCOMPARE(r.size(), 1 + 2 + 4 + 1);
    QCOMPARE(r[0], (TokenRange { 0, 1 }));
    QCOMPARE(r[1], (TokenRange { 1, 1 }));
    QCOMPARE(r[2], (TokenRange { 1, 1 }));
    QCOMPARE(r[3], (TokenRange { 2, 2 }));
    QCOMPARE(r[6], (TokenRange { 2, 2 }));
    QCOMPARE(r[7], (TokenRange { 4, 1 }));
    QCOMPARE(tokenRanges(bytes, text, 2).size(), 2);
}

INFEROMETER_TEST_APPLESS_MAIN(TestPromptCost)
#include "tst_promptcost.moc"
