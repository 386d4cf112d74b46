// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/usageevent.h"
#include "tests/support/testmain.h"

#include <QTest>

#include <functional>

namespace {

UsageEvent sample()
{
    UsageEvent e;
    e.timeMs = 1'772'359'200'000; // 2026-03-01T10:00:00Z
    e.provider = QStringLiteral("openai");
    e.model = QStringLiteral("gpt-4o");
    e.costCenter = QStringLiteral("Engineering");
    e.tokens.uncachedInput = 1000;
    e.tokens.output = 500;
    return e;
}

} // namespace

class TestUsageEvent : public QObject
{
    Q_OBJECT

private slots:
    void tokenBuckets();
    void keyIsStable();
    void callIdKey();
    void contentKeyChangesWithEveryContentField_data();
    void contentKeyChangesWithEveryContentField();
    void keyIgnoresSourceAndPrices();
    void outcomes_data();
    void outcomes();
};

void TestUsageEvent::tokenBuckets()
{
    const TokenBuckets t { 1, 20, 300, 4000, 50000, 600000 };
    QCOMPARE(t.input(), qint64(1 + 20 + 300 + 4000)); // 4321
    QCOMPARE(t.total(), qint64(654321));
}

void TestUsageEvent::keyIsStable()
{
    // Workspaces store these keys: the hash must not change between versions, or re-imports would duplicate.
    // Expected values from an independent implementation (Python hashlib): the first 8 bytes, little endian, of
    // SHA-1("call\x1f" "openai\x1f" "chatcmpl-123\x1f").
    UsageEvent withId = sample();
    withId.callId = QStringLiteral("chatcmpl-123");
    QCOMPARE(withId.eventKey(), Q_INT64_C(-8092437753738864354));
    // SHA-1("row\x1f" + time as int64 LE + the eleven text fields each followed by \x1f + ten int64 LE
    // (attempt 1, calls 1, tokens 1000,0,0,0,500,0, batch 0, error 0))
    QCOMPARE(sample().eventKey(), Q_INT64_C(1537774425223446927));
}

void TestUsageEvent::callIdKey()
{
    UsageEvent a = sample();
    a.callId = QStringLiteral("call_1");
    UsageEvent b = a;
    b.tokens.output = 9999; // a later, corrected export of the same call
    b.timeMs += 1000;
    b.costCenter = QStringLiteral("Legal");
    QCOMPARE(a.eventKey(), b.eventKey());
    UsageEvent c = a;
    c.provider = QStringLiteral("anthropic"); // call ids are per provider
    QVERIFY(a.eventKey() != c.eventKey());
    UsageEvent d = a;
    d.callId = QStringLiteral("call_2");
    QVERIFY(a.eventKey() != d.eventKey());
    UsageEvent noId = a;
    noId.callId.clear();
    QVERIFY(a.eventKey() != noId.eventKey());
}

void TestUsageEvent::contentKeyChangesWithEveryContentField_data()
{
    QTest::addColumn<int>("which");
    const char* names[] = { "time", "provider", "model", "cost_center", "team", "owner", "api_key", "project",
        "task_id", "agent_id", "parent_call_id", "operation", "attempt", "calls", "uncached", "cache_read", "write_5m",
        "write_1h", "output", "reasoning", "batch", "status" };
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::addRow("%s", names[i]) << i;
}

void TestUsageEvent::contentKeyChangesWithEveryContentField()
{
    QFETCH(int, which);
    const std::function<void(UsageEvent&)> change[] = {
        [](UsageEvent& e) { e.timeMs += 1; },
        [](UsageEvent& e) { e.provider = QStringLiteral("azure"); },
        [](UsageEvent& e) { e.model = QStringLiteral("gpt-4o-mini"); },
        [](UsageEvent& e) { e.costCenter = QStringLiteral("Legal"); },
        [](UsageEvent& e) { e.team = QStringLiteral("t"); },
        [](UsageEvent& e) { e.owner = QStringLiteral("o"); },
        [](UsageEvent& e) { e.apiKey = QStringLiteral("k"); },
        [](UsageEvent& e) { e.project = QStringLiteral("p"); },
        [](UsageEvent& e) { e.taskId = QStringLiteral("T-1"); },
        [](UsageEvent& e) { e.agentId = QStringLiteral("a"); },
        [](UsageEvent& e) { e.parentCallId = QStringLiteral("c0"); },
        [](UsageEvent& e) { e.operation = QStringLiteral("chat"); },
        [](UsageEvent& e) { e.attempt = 2; },
        [](UsageEvent& e) { e.calls = 2; },
        [](UsageEvent& e) { e.tokens.uncachedInput += 1; },
        [](UsageEvent& e) { e.tokens.cacheRead += 1; },
        [](UsageEvent& e) { e.tokens.cacheWrite5m += 1; },
        [](UsageEvent& e) { e.tokens.cacheWrite1h += 1; },
        [](UsageEvent& e) { e.tokens.output += 1; },
        [](UsageEvent& e) { e.tokens.reasoning += 1; },
        [](UsageEvent& e) { e.batch = true; },
        [](UsageEvent& e) { e.error = true; },
    };
    const UsageEvent a = sample();
    UsageEvent b = a;
    change[which](b);
    QVERIFY(a.eventKey() != b.eventKey());
}

void TestUsageEvent::keyIgnoresSourceAndPrices()
{
    // an overlapping export from another file must dedupe against the first import
    const UsageEvent a = sample();
    UsageEvent b = a;
    b.source = QStringLiteral("other.csv");
    b.sourceLine = 42;
    b.listCostNano = 7'500'000;
    b.reportedCostNano = 1;
    b.latencyMs = 800;
    b.outcome = Outcome::Accepted; // the outcome is judged later and may be re-exported
    QCOMPARE(a.eventKey(), b.eventKey());
    // fields separated, not concatenated: "ab"+"" and "a"+"b" differ
    UsageEvent c = a, d = a;
    c.team = QStringLiteral("ab");
    d.team = QStringLiteral("a");
    d.owner = QStringLiteral("b");
    QVERIFY(c.eventKey() != d.eventKey());
}

void TestUsageEvent::outcomes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // -1 = rejected
    QTest::addRow("accepted") << QStringLiteral("accepted") << int(Outcome::Accepted);
    QTest::addRow("Rework, mixed case") << QStringLiteral("Rework") << int(Outcome::Rework);
    QTest::addRow("REJECTED padded") << QStringLiteral(" REJECTED ") << int(Outcome::Rejected);
    QTest::addRow("unknown") << QStringLiteral("unknown") << int(Outcome::Unknown);
    QTest::addRow("empty") << QString() << int(Outcome::Unknown);
    QTest::addRow("junk") << QStringLiteral("great") << -1;
}

void TestUsageEvent::outcomes()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto o = Events::parseOutcome(text);
    if (expected < 0) {
        QVERIFY(!o);
        return;
    }
    QVERIFY(o);
    QCOMPARE(int(*o), expected);
    QCOMPARE(Events::parseOutcome(Events::outcomeName(*o)), o);
}

INFEROMETER_TEST_APPLESS_MAIN(TestUsageEvent)
#include "tst_usageevent.moc"
