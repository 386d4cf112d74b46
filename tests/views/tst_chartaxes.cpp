// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Chart axes never repeat a label: small amounts get cents, short spans get hours, empty charts no ticks.
#include "tests/support/testmain.h"
#include "views/chartaxes.h"

#include <QSet>
#include <QTest>

class TestChartAxes : public QObject
{
    Q_OBJECT
private slots:
    void moneyLabelsAreDistinct_data();
    void moneyLabelsAreDistinct();
    void emptyMoneyAxisHasNoLabels();
    void dayLabelsAreDistinct();
};

void TestChartAxes::moneyLabelsAreDistinct_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<QString>("format");
    // before: "$%.0f" everywhere, so a $1.30 day read "$0 $1 $1 $2"
    QTest::newRow("$0.004") << 0.004 << QStringLiteral("$%.3f");
    QTest::newRow("$0.03") << 0.03 << QStringLiteral("$%.2f"); // 0 … 0.04 by 0.01
    QTest::newRow("$0.90") << 0.9 << QStringLiteral("$%.2f");
    QTest::newRow("$1.30") << 1.3 << QStringLiteral("$%.2f"); // 0 … 1.5 by 0.5: "$0.50", not "$0" and "$1" twice
    QTest::newRow("$4.30") << 4.3 << QStringLiteral("$%.0f"); // 0 … 5 by 1
    QTest::newRow("$12") << 12.0 << QStringLiteral("$%.0f");
    QTest::newRow("$385.84") << 385.84 << QStringLiteral("$%.0f");
    QTest::newRow("$12,345") << 12345.0 << QStringLiteral("$%.0f");
}

void TestChartAxes::moneyLabelsAreDistinct()
{
    QFETCH(double, max);
    QFETCH(QString, format);
    QValueAxis y;
    ChartAxes::setMoney(&y, max);
    QVERIFY(y.labelsVisible());
    QVERIFY(y.max() >= max);
    QCOMPARE(y.labelFormat(), format);
    QSet<QString> labels;
    const double step = (y.max() - y.min()) / (y.tickCount() - 1);
    for (int i = 0; i < y.tickCount(); ++i)
        labels.insert(QString::asprintf(qPrintable(y.labelFormat()), y.min() + i * step));
    QCOMPARE(labels.size(), y.tickCount());
}

void TestChartAxes::emptyMoneyAxisHasNoLabels()
{
    QValueAxis y;
    ChartAxes::setMoney(&y, 0.0);
    QVERIFY(!y.labelsVisible());
    QVERIFY(!y.isGridLineVisible());
    QDateTimeAxis x;
    ChartAxes::setDays(&x, std::nullopt, std::nullopt);
    QVERIFY(!x.labelsVisible());
}

void TestChartAxes::dayLabelsAreDistinct()
{
    const qint64 first = QDateTime(QDate(2026, 8, 3), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int days = 1; days <= 120; ++days) {
        QDateTimeAxis x;
        ChartAxes::setDays(&x, first, first + qint64(days - 1) * TimeUtil::MsPerDay);
        QVERIFY(x.tickCount() >= 2 && x.tickCount() <= 10);
        const qint64 from = x.min().toMSecsSinceEpoch(), to = x.max().toMSecsSinceEpoch();
        QSet<QString> labels;
        for (int i = 0; i < x.tickCount(); ++i)
            labels.insert(QDateTime::fromMSecsSinceEpoch(from + (to - from) * i / (x.tickCount() - 1), QTimeZone::utc())
                              .toString(x.format()));
        QVERIFY2(labels.size() == x.tickCount(), qPrintable(QStringLiteral("%1 days").arg(days)));
    }
    // 21 days: ticks whole days apart (every 4 days, 6 ticks); one day: its hours
    QDateTimeAxis three;
    ChartAxes::setDays(&three, first, first + 20 * TimeUtil::MsPerDay);
    QCOMPARE(three.tickCount(), 6);
    QDateTimeAxis one;
    ChartAxes::setDays(&one, first, first);
    QCOMPARE(one.format(), QStringLiteral("MMM d HH:mm"));
}

INFEROMETER_TEST_MAIN(TestChartAxes)
#include "tst_chartaxes.moc"
