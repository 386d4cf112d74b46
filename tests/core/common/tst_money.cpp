// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/money.h"
#include "tests/support/testmain.h"

#include <QTest>

#include <limits>
#include <optional>

namespace {
// formatUsd() writes files and the CLI: the same on every system. A German system proves it ("1.234,57" there).
// note: runs before main(), so before anything in the process has asked for QLocale::system()
const bool s_localePinned = [] {
    qputenv("LC_ALL", "de_DE.UTF-8");
    qputenv("LC_NUMERIC", "de_DE.UTF-8");
    qputenv("LANG", "de_DE.UTF-8");
    return true;
}();

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseDecimal_data();
    void parseDecimal();
    void parseDecimalRejects_data();
    void parseDecimalRejects();
    void parseUsdToNano();
    void divRound_data();
    void divRound();
    void nanoToDecimalString_data();
    void nanoToDecimalString();
    void formatUsd_data();
    void formatUsd();
};

void TestMoney::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");
    QTest::addColumn<qint64>("expected");

    // scale 9 = nano-dollars: value × 10^9
    QTest::addRow("integer") << QStringLiteral("12") << 9 << qint64(12'000'000'000);
    QTest::addRow("zero") << QStringLiteral("0") << 9 << qint64(0);
    QTest::addRow("negative zero") << QStringLiteral("-0.0") << 9 << qint64(0);
    // 0.895874 × 10^9 = 895'874'000; the trailing zeros beyond nine decimals are exact zeros
    QTest::addRow("long trailing zeros") << QStringLiteral("0.8958740000000000") << 9 << qint64(895'874'000);
    QTest::addRow("negative long trailing zeros") << QStringLiteral("-0.8958740000000000") << 9 << qint64(-895'874'000);
    QTest::addRow("trailing dot") << QStringLiteral("10.") << 9 << qint64(10'000'000'000);
    QTest::addRow("leading dot") << QStringLiteral(".5") << 9 << qint64(500'000'000);
    // 1e-3 = 0.001 → 1'000'000 nano
    QTest::addRow("exponent negative") << QStringLiteral("1e-3") << 9 << qint64(1'000'000);
    QTest::addRow("exponent upper case") << QStringLiteral("1E3") << 0 << qint64(1000);
    QTest::addRow("exponent with plus") << QStringLiteral("2.5e+2") << 0 << qint64(250);
    QTest::addRow("negative one and a half") << QStringLiteral("-1.5") << 9 << qint64(-1'500'000'000);
    QTest::addRow("explicit plus") << QStringLiteral("+2.25") << 6 << qint64(2'250'000);
    QTest::addRow("surrounding blanks") << QStringLiteral("  7  ") << 0 << qint64(7);
    // LiteLLM per-token prices: 2.5e-06 $/token × 10^12 = 2'500'000 µ$/1M
    QTest::addRow("per-token 2.5e-06 at scale 12") << QStringLiteral("2.5e-06") << 12 << qint64(2'500'000);
    // 1.25e-07 × 10^12 = 125'000
    QTest::addRow("per-token 1.25e-07 at scale 12") << QStringLiteral("1.25e-07") << 12 << qint64(125'000);
    QTest::addRow("micro-dollar scale") << QStringLiteral("0.075") << 6 << qint64(75'000);
    // rounding half away from zero beyond the scale
    QTest::addRow("half nano rounds up") << QStringLiteral("0.0000000005") << 9 << qint64(1);
    QTest::addRow("below half nano rounds down") << QStringLiteral("0.0000000004999") << 9 << qint64(0);
    QTest::addRow("negative half nano rounds away") << QStringLiteral("-0.0000000005") << 9 << qint64(-1);
    QTest::addRow("1.5 nano rounds to 2") << QStringLiteral("0.0000000015") << 9 << qint64(2);
    QTest::addRow("2.5 rounds to 3 (not to even)") << QStringLiteral("2.5") << 0 << qint64(3);
    QTest::addRow("-2.5 rounds to -3") << QStringLiteral("-2.5") << 0 << qint64(-3);
    QTest::addRow("2.4999 rounds to 2") << QStringLiteral("2.4999") << 0 << qint64(2);
    // 0.1234567895 × 10^9 = 123456789.5 → 123456790
    QTest::addRow("tenth decimal 5") << QStringLiteral("0.1234567895") << 9 << qint64(123'456'790);
    // many digits after a 4 at the tenth decimal: 123456789.4999… → 123456789
    QTest::addRow("many digits") << QStringLiteral("0.12345678949999999999999999999999999999999") << 9
                                 << qint64(123'456'789);
    QTest::addRow("tiny exponent") << QStringLiteral("1e-60") << 9 << qint64(0);
    // qint64 max = 9'223'372'036'854'775'807 nano
    QTest::addRow("largest representable") << QStringLiteral("9223372036.854775807") << 9 << Max;
    QTest::addRow("largest negative but one") << QStringLiteral("-9223372036.854775807") << 9 << -Max;
}

void TestMoney::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    QFETCH(qint64, expected);
    const std::optional<qint64> v = Money::parseDecimal(text, scale);
    QVERIFY2(v.has_value(), qPrintable(text));
    QCOMPARE(*v, expected);
}

void TestMoney::parseDecimalRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scale");

    for (const char* junk : { "", "   ", "abc", "1.2.3", "1,5", "--1", "+-1", "+", "-", ".", "e5", "1e", "1e+", "0x10",
             "1 000", "nan", "inf", "$5", "5$", "1e3.5", "12abc", "1e3e3", "١٢" })
        QTest::addRow("junk '%s'", junk) << QString::fromUtf8(junk) << 9;
    // 9'223'372'036.854775808 × 10^9 = 2^63, one more than qint64 holds
    QTest::addRow("overflow by one nano") << QStringLiteral("9223372036.854775808") << 9;
    QTest::addRow("overflow 1e30 at scale 9") << QStringLiteral("1e30") << 9;
    QTest::addRow("overflow exponent too large") << QStringLiteral("1e31") << 0;
    QTest::addRow("overflow 35 digits") << QStringLiteral("99999999999999999999999999999999999") << 0;
    QTest::addRow("overflow ten billion dollars") << QStringLiteral("10000000000") << 9;
}

void TestMoney::parseDecimalRejects()
{
    QFETCH(QString, text);
    QFETCH(int, scale);
    const std::optional<qint64> v = Money::parseDecimal(text, scale);
    QVERIFY2(!v.has_value(), qPrintable(QStringLiteral("'%1' parsed as %2").arg(text).arg(v.value_or(0))));
}

void TestMoney::parseUsdToNano()
{
    QCOMPARE(Money::parseUsdToNano(u"0.0075"), std::optional<qint64>(7'500'000));
    QCOMPARE(Money::parseUsdToNano(u"-3"), std::optional<qint64>(-3'000'000'000));
    QCOMPARE(Money::parseUsdToNano(u"x"), std::optional<qint64>());
}

void TestMoney::divRound_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("0.5 → 1") << qint64(5) << qint64(10) << qint64(1);
    QTest::addRow("-0.5 → -1") << qint64(-5) << qint64(10) << qint64(-1);
    QTest::addRow("0.4 → 0") << qint64(4) << qint64(10) << qint64(0);
    QTest::addRow("-0.4 → 0") << qint64(-4) << qint64(10) << qint64(0);
    QTest::addRow("1.5 → 2") << qint64(15) << qint64(10) << qint64(2);
    QTest::addRow("2.5 → 3") << qint64(25) << qint64(10) << qint64(3);
    QTest::addRow("-2.5 → -3") << qint64(-25) << qint64(10) << qint64(-3);
    QTest::addRow("0 → 0") << qint64(0) << qint64(7) << qint64(0);
    QTest::addRow("exact") << qint64(21) << qint64(7) << qint64(3);
    QTest::addRow("10/3 = 3.33 → 3") << qint64(10) << qint64(3) << qint64(3);
    QTest::addRow("11/3 = 3.67 → 4") << qint64(11) << qint64(3) << qint64(4);
    QTest::addRow("-11/3 → -4") << qint64(-11) << qint64(3) << qint64(-4);
    QTest::addRow("499999/1e6 → 0") << qint64(499'999) << qint64(1'000'000) << qint64(0);
    QTest::addRow("500000/1e6 → 1") << qint64(500'000) << qint64(1'000'000) << qint64(1);
}

void TestMoney::divRound()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);
    QCOMPARE(Money::divRound(num, den), expected);
}

void TestMoney::nanoToDecimalString_data()
{
    QTest::addColumn<qint64>("nano");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zero") << qint64(0) << 2 << QStringLiteral("0.00");
    QTest::addRow("one nano") << qint64(1) << 2 << QStringLiteral("0.000000001");
    QTest::addRow("minus one nano") << qint64(-1) << 2 << QStringLiteral("-0.000000001");
    QTest::addRow("12.5 at 1") << qint64(12'500'000'000) << 1 << QStringLiteral("12.5");
    QTest::addRow("12.5 at 2") << qint64(12'500'000'000) << 2 << QStringLiteral("12.50");
    QTest::addRow("-3") << qint64(-3'000'000'000) << 2 << QStringLiteral("-3.00");
    QTest::addRow("5 at 0") << qint64(5'000'000'000) << 0 << QStringLiteral("5");
    QTest::addRow("0.0025") << qint64(2'500'000) << 2 << QStringLiteral("0.0025");
    QTest::addRow("0.895874") << qint64(895'874'000) << 2 << QStringLiteral("0.895874");
    QTest::addRow("max") << Max << 2 << QStringLiteral("9223372036.854775807");
    QTest::addRow("min") << Min << 2 << QStringLiteral("-9223372036.854775808");
}

void TestMoney::nanoToDecimalString()
{
    QFETCH(qint64, nano);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    QCOMPARE(Money::nanoToDecimalString(nano, minDecimals), expected);
    // the text parses back to the same amount (Min has no positive counterpart and overflows the parser)
    if (nano != Min)
        QCOMPARE(Money::parseUsdToNano(expected), std::optional<qint64>(nano));
}

void TestMoney::formatUsd_data()
{
    QTest::addColumn<qint64>("nano");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("$0.00");
    // 1'234'567'000'000 nano = $1234.567 → two decimals, grouped
    QTest::addRow("thousands") << qint64(1'234'567'000'000) << QStringLiteral("$1,234.57");
    // 4'200'000 nano = $0.0042: below a cent, four decimals
    QTest::addRow("below a cent") << qint64(4'200'000) << QStringLiteral("$0.0042");
    QTest::addRow("half a cent") << qint64(5'000'000) << QStringLiteral("$0.0050");
    QTest::addRow("one cent") << qint64(10'000'000) << QStringLiteral("$0.01");
    QTest::addRow("negative") << qint64(-3'000'000'000) << QStringLiteral("-$3.00");
}

void TestMoney::formatUsd()
{
    QFETCH(qint64, nano);
    QFETCH(QString, expected);
    QVERIFY(s_localePinned);
    QCOMPARE(Money::formatUsd(nano), expected);
}

INFEROMETER_TEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
