// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli chargeback on the demo's October 2026: the statements add up to the month, --out writes the CSV and
// one PDF per cost center, bad rules and months are refused at their option.
#include "../../support/clitesting.h"

#include "core/demo/demogenerator.h"
#include "tests/support/testmain.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using CliTesting::cli;

class TestChargebackCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        Demo::Options opt;
        opt.volume = 0.2;
        QVERIFY(Demo::createWorkspace(m_demo, opt, ctx).ok());
    }

    void statements()
    {
        const auto r = cli({ QStringLiteral("chargeback"), QStringLiteral("--workspace"), m_demo,
            QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject j = r.json();
        QCOMPARE(j.value(QLatin1String("rule")).toString(), QStringLiteral("proportional"));
        qint64 cents = 0;
        const QJsonArray statements = j.value(QLatin1String("statements")).toArray();
        QCOMPARE(statements.size(), 5);
        for (const QJsonValue s : statements)
            cents += qRound64(s.toObject().value(QLatin1String("total_usd")).toDouble() * 100);
        QCOMPARE(cents, qRound64(j.value(QLatin1String("total_usd")).toDouble() * 100));
    }

    void writesCsvAndPdfs()
    {
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const auto r = cli({ QStringLiteral("chargeback"), QStringLiteral("--workspace"), m_demo,
            QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--allocate"), QStringLiteral("even"),
            QStringLiteral("--out"), out });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 6);
        QCOMPARE(files.first(), QStringLiteral("chargeback-2026-10-Customer_Support.pdf"));
        QVERIFY(files.contains(QStringLiteral("chargeback-2026-10.csv")));
        QVERIFY(r.out.contains(QStringLiteral("Spend without a cost center is split evenly")));
    }

    void refusals()
    {
        auto refused = [this](const QStringList& extra, const char* message) {
            QStringList args { QStringLiteral("chargeback"), QStringLiteral("--workspace"), m_demo };
            args << extra;
            const auto r = cli(args);
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains(QString::fromUtf8(message)), qPrintable(r.err));
        };
        refused({ QStringLiteral("--month"), QStringLiteral("2026-13") }, "--month: \"2026-13\" is not YYYY-MM.");
        refused({ QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--allocate"),
                    QStringLiteral("fixed:Legal=60,Marketing=40") },
            "--allocate: “Marketing” is not a cost center with spend this month");
        refused({ QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--allocate"),
                    QStringLiteral("fixed:Legal=60,Sales=30") },
            "--allocate: The shares add up to 90.00%, not 100%.");
        refused({}, "chargeback needs --workspace W and --month YYYY-MM.");
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

INFEROMETER_TEST_MAIN(TestChargebackCli)
#include "tst_chargebackcli.moc"
