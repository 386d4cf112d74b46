// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/timeutil.h"
#include "tests/support/testmain.h"

#include <QTest>

// Reference instants, worked out by hand:
// 1970..2025 are 56 years with 14 leap days (1972, 76, 80, 84, 88, 92, 96, 2000, 04, 08, 12, 16, 20, 24), so
// 2026-01-01 is day 56×365 + 14 = 20454 → 20454 × 86400 s = 1'767'225'600 s.
// 2026-03-01 is 31 + 28 = 59 days later: 1'767'225'600 + 59 × 86400 = 1'772'323'200 s.
constexpr qint64 Mar1 = 1'772'323'200'000; // 2026-03-01T00:00:00Z in ms
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Minute = 60'000;

class TestTimeUtil : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void toIso();
    void toDate();
    void dayStart();
    void roundTrip();
};

void TestTimeUtil::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("Z") << QStringLiteral("2026-03-01T10:00:00Z") << Mar1 + 10 * Hour;
    QTest::addRow("lower case t and z") << QStringLiteral("2026-03-01t10:00:00z") << Mar1 + 10 * Hour;
    QTest::addRow("space, no zone = UTC, millis")
        << QStringLiteral("2026-03-01 10:00:00.123") << Mar1 + 10 * Hour + 123;
    QTest::addRow("one fraction digit") << QStringLiteral("2026-03-01T10:00:00.5Z") << Mar1 + 10 * Hour + 500;
    QTest::addRow("comma fraction") << QStringLiteral("2026-03-01T10:00:00,25Z") << Mar1 + 10 * Hour + 250;
    // sub-millisecond digits are dropped, not rounded: .123456789 → 123 ms
    QTest::addRow("nanosecond fraction") << QStringLiteral("2026-03-01T10:00:00.123456789Z") << Mar1 + 10 * Hour + 123;
    QTest::addRow("no seconds") << QStringLiteral("2026-03-01T10:00Z") << Mar1 + 10 * Hour;
    // 10:00 at +02:00 is 08:00 UTC
    QTest::addRow("+02:00") << QStringLiteral("2026-03-01T10:00:00+02:00") << Mar1 + 8 * Hour;
    // 10:00 at -05:30 is 15:30 UTC
    QTest::addRow("-05:30") << QStringLiteral("2026-03-01T10:00:00-05:30") << Mar1 + 15 * Hour + 30 * Minute;
    // 10:00 at +0530 is 04:30 UTC
    QTest::addRow("+0530 without colon") << QStringLiteral("2026-03-01T10:00:00+0530") << Mar1 + 4 * Hour + 30 * Minute;
    QTest::addRow("+05 hours only") << QStringLiteral("2026-03-01T10:00:00+05") << Mar1 + 5 * Hour;
    QTest::addRow("fraction and offset") << QStringLiteral("2026-03-01T10:00:00.750+01:00") << Mar1 + 9 * Hour + 750;
    // 00:30 at +01:00 is 23:30 UTC on the day before
    QTest::addRow("offset crosses midnight") << QStringLiteral("2026-03-01T00:30:00+01:00") << Mar1 - 30 * Minute;
    QTest::addRow("bare date is midnight UTC") << QStringLiteral("2026-03-01") << Mar1;
    QTest::addRow("epoch day 0") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
    // 2024-01-01: 54 years with 13 leap days → 19723 days; + 31 + 28 → 2024-02-29 is day 19782 → 1'709'164'800 s
    QTest::addRow("leap day") << QStringLiteral("2024-02-29") << qint64(1'709'164'800'000);
    QTest::addRow("surrounding blanks") << QStringLiteral("  2026-03-01  ") << Mar1;
    // epochs, told apart by magnitude: 2026-03-01T10:00:00Z = 1'772'323'200 + 36'000 = 1'772'359'200 s
    QTest::addRow("epoch seconds") << QStringLiteral("1772359200") << Mar1 + 10 * Hour;
    QTest::addRow("epoch seconds with fraction") << QStringLiteral("1772359200.25") << Mar1 + 10 * Hour + 250;
    QTest::addRow("epoch milliseconds") << QStringLiteral("1772359200123") << Mar1 + 10 * Hour + 123;
    QTest::addRow("epoch microseconds") << QStringLiteral("1772359200123456") << Mar1 + 10 * Hour + 123;
    QTest::addRow("epoch nanoseconds") << QStringLiteral("1772359200123456789") << Mar1 + 10 * Hour + 123;
    QTest::addRow("epoch zero") << QStringLiteral("0") << qint64(0);
}

void TestTimeUtil::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto t = TimeUtil::parse(text);
    QVERIFY2(t.has_value(), qPrintable(text));
    QCOMPARE(*t, expected);
}

void TestTimeUtil::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    for (const char* bad : { "", "   ", "abc", "yesterday", "2026-13-01", "2026-00-10", "2026-02-30", "2026-02-29",
             "2026-03-32", "2026-03-01T25:00:00Z", "2026-03-01T10:60:00Z", "2026-03-01T10:00:61Z",
             "2026-03-01T10:00:00+25:00", "2026-03-01T10:00:00+05:75", "2026-03-01T10:00:00 UTC",
             "2026-03-01T10:00:00Zjunk", "2026/03/01", "01.03.2026", "2026-3-1", "2026-03-01T", "2026-03-01T10",
             "2026-03-01T1:00:00Z", "2026-03-01T10:00:00.Z", "2026-03-01x", "12abc", "1772359200.5.5",
             // one bad component must spoil the whole time, wherever it sits
             "2026-03-01Tab:30:00Z", "2026-03-01T10:xx:00Z", "2026-03-01T10:00:00+xx:30", "2026-03-01T10:00:00+01:xx",
             "2026-03-01T1x:30:00Z", "x026-03-01", "2026-0x-01" })
        QTest::addRow("'%s'", bad) << QString::fromLatin1(bad);
}

void TestTimeUtil::parseRejects()
{
    QFETCH(QString, text);
    const auto t = TimeUtil::parse(text);
    QVERIFY2(!t.has_value(), qPrintable(QStringLiteral("'%1' parsed as %2").arg(text).arg(t.value_or(0))));
}

void TestTimeUtil::toIso()
{
    QCOMPARE(TimeUtil::toIso(Mar1 + 10 * Hour + 123), QStringLiteral("2026-03-01T10:00:00.123Z"));
    QCOMPARE(TimeUtil::toIso(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
}

void TestTimeUtil::toDate()
{
    QCOMPARE(TimeUtil::toDate(Mar1 + 10 * Hour), QStringLiteral("2026-03-01"));
    QCOMPARE(TimeUtil::toDate(Mar1 - 1), QStringLiteral("2026-02-28"));
    QCOMPARE(TimeUtil::toDate(Mar1), QStringLiteral("2026-03-01"));
}

void TestTimeUtil::dayStart()
{
    QCOMPARE(TimeUtil::dayStart(Mar1 + 10 * Hour + 123), Mar1);
    QCOMPARE(TimeUtil::dayStart(Mar1), Mar1);
    QCOMPARE(TimeUtil::dayStart(Mar1 - 1), Mar1 - TimeUtil::MsPerDay);
    QCOMPARE(TimeUtil::dayStart(-1), -TimeUtil::MsPerDay);
}

void TestTimeUtil::roundTrip()
{
    for (qint64 ms : { qint64(0), Mar1, Mar1 + 10 * Hour + 123, Mar1 - 1, qint64(1'709'164'800'999) })
        QCOMPARE(TimeUtil::parse(TimeUtil::toIso(ms)), std::optional<qint64>(ms));
}

INFEROMETER_TEST_APPLESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
