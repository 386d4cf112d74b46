// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli routing and breakeven: the source article's case study, a hand-made workspace and hand-worked
// server costs (values worked out in the comments), a saved A/B run's throughput, and every bad input refused as a
// usage error that names the option.
#include "core/inference/ab/abrecord.h"
#include "core/inference/ab/abrunrepository.h"
#include "core/store/workspace.h"
#include "tests/support/clitesting.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

using CliTesting::cli;
using CliTesting::Run;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

double num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble();
}

// gpt-4o-mini ($0.15 in, $0.60 out per 1M) on two days: support-bot's tasks S1 (accepted at once), S2 (rework, then
// accepted on its second attempt) and S3 (accepted at once), and one triage call
const char* const Events
    = R"({"time":"2026-03-01T09:00:00Z","provider":"openai","model":"gpt-4o-mini","project":"support-bot","task_id":"S1","attempt":1,"outcome":"accepted","uncached_input_tokens":1000,"output_tokens":500}
{"time":"2026-03-01T10:00:00Z","provider":"openai","model":"gpt-4o-mini","project":"support-bot","task_id":"S2","attempt":1,"outcome":"rework","uncached_input_tokens":1000,"output_tokens":500}
{"time":"2026-03-01T11:00:00Z","provider":"openai","model":"gpt-4o-mini","project":"support-bot","task_id":"S2","attempt":2,"outcome":"accepted","uncached_input_tokens":1000,"output_tokens":500}
{"time":"2026-03-02T09:00:00Z","provider":"openai","model":"gpt-4o-mini","project":"support-bot","task_id":"S3","attempt":1,"outcome":"accepted","uncached_input_tokens":2000,"output_tokens":1000}
{"time":"2026-03-02T12:00:00Z","provider":"openai","model":"gpt-4o-mini","project":"triage","task_id":"T1","attempt":1,"outcome":"accepted","uncached_input_tokens":400,"output_tokens":10}
)";

// the window is 1 to 2 March (2 whole days): amounts per month are amount / 2 x 30.4375
constexpr double PerMonth = 30.4375 / 2;

} // namespace

class TestPlanningCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("events.jsonl"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Events);
        f.close();
        m_ws = m_dir.filePath(QStringLiteral("plan.inferometer"));
        const Run r = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), m_ws, file });
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void caseStudy_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<double>("projected");
        QTest::addColumn<double>("cpso");
        QTest::addColumn<double>("corrections");
        QTest::addColumn<double>("cpsoWithCorrections");
        // 1,000 descriptions of 500 + 300 tokens at $60/$300 per 1M: (500,000 x 60 + 300,000 x 300) / 1e6 = $120
        // today, 2% corrected at $5: $0.12 + 0.02 x 5 = $0.22 a description
        QTest::newRow("gpt") << QStringLiteral("gpt") << QStringLiteral("keep") << 120.0 << 0.12 << 0.02 << 0.22;
        // a $4/$30 model for all (500,000 x 4 + 300,000 x 30) / 1e6 = $11, 20% escalated to today's model: + $24;
        // 0.8 x 5.75% + 0.2 x 2% = 5% corrected: $0.035 + 0.05 x 5 = $0.285
        QTest::newRow("hybrid") << QStringLiteral("hybrid") << QStringLiteral("cascade") << 35.0 << 0.035 << 0.05
                                << 0.285;
        // all of it at $15 per 1M: 800,000 x 15 / 1e6 = $12, 9% corrected: $0.012 + 0.09 x 5 = $0.462
        QTest::newRow("slm") << QStringLiteral("slm") << QStringLiteral("route") << 12.0 << 0.012 << 0.09 << 0.462;
    }

    void caseStudy()
    {
        QFETCH(QString, option);
        QFETCH(QString, strategy);
        QFETCH(double, projected);
        QFETCH(double, cpso);
        QFETCH(double, corrections);
        QFETCH(double, cpsoWithCorrections);
        const Run r = cli({ QStringLiteral("routing"), QStringLiteral("--case-study"), option,
            QStringLiteral("--correction-cost"), QStringLiteral("5"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray classes = r.json().value(QLatin1String("classes")).toArray();
        QCOMPARE(classes.size(), 1);
        const QJsonObject c = classes.first().toObject();
        QCOMPARE(c.value(QLatin1String("class")).toString(), QStringLiteral("support"));
        QCOMPARE(c.value(QLatin1String("strategy")).toString(), strategy);
        QCOMPARE(num(c, "outcomes"), 1000.0);
        QCOMPARE(num(c, "today_usd"), 120.0);
        QCOMPARE(num(c, "today_cpso_usd"), 0.12);
        QCOMPARE(num(c, "today_cpso_with_corrections_usd"), 0.22);
        QCOMPARE(num(c, "projected_usd"), projected);
        QCOMPARE(num(c, "projected_cpso_usd"), cpso);
        QCOMPARE(num(c, "projected_correction_rate"), corrections);
        QCOMPARE(num(c, "projected_correction_usd"), 1000 * corrections * 5);
        QCOMPARE(num(c, "projected_cpso_with_corrections_usd"), cpsoWithCorrections);
        QVERIFY(!c.contains(QLatin1String("top_model"))); // a case study has no workspace behind it
        const QJsonObject total = r.json().value(QLatin1String("total")).toObject();
        QCOMPARE(num(total, "today_usd"), 120.0);
        QCOMPARE(num(total, "projected_usd"), projected);
        QCOMPARE(num(total, "projected_cpso_with_corrections_usd"), cpsoWithCorrections);
        // the text table says the same
        const Run text = cli({ QStringLiteral("routing"), QStringLiteral("--case-study"), option });
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QStringLiteral("$%1").arg(projected, 0, 'f', 2)), qPrintable(text.out));
    }

    void caseStudyReplanned()
    {
        // the gpt option with everything routed to a $15 model corrected 9% of the time is the slm option
        const Run r = cli(args({ "routing", "--case-study", "gpt", "--route", "support=100", "--small-price", "15",
            "--small-correction-rate", "9", "--json" }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonObject c = r.json().value(QLatin1String("classes")).toArray().first().toObject();
        QCOMPARE(c.value(QLatin1String("strategy")).toString(), QStringLiteral("route"));
        QCOMPARE(num(c, "projected_usd"), 12.0);
        QCOMPARE(num(c, "projected_correction_rate"), 0.09);
        // 1 - 12 / 120 = 90% model savings, above the article's 40-80% for a support bot
        QCOMPARE(num(c, "model_savings"), 0.9);
        QCOMPARE(c.value(QLatin1String("outside_expected")).toBool(), true);
        QCOMPARE(num(c, "expected_low"), 0.4);
        QCOMPARE(num(c, "expected_high"), 0.8);
        // a cascade of the same model at $0.5/$2 escalating 10%: (500,000 x 0.5 + 300,000 x 2) / 1e6 = $0.85 +
        // 0.1 x $120
        const Run cascade = cli(args({ "routing", "--case-study", "gpt", "--cascade", "support=10", "--small-price",
            "0.5,2", "--small-correction-rate", "4", "--json" }));
        QVERIFY2(cascade.status == 0, qPrintable(cascade.err));
        const QJsonObject k = cascade.json().value(QLatin1String("classes")).toArray().first().toObject();
        QCOMPARE(num(k, "projected_usd"), 12.85);
        // 0.9 x 4% + 0.1 x 2%
        QCOMPARE(num(k, "projected_correction_rate"), 0.038);
    }

    void workspace()
    {
        // support-bot: 3 accepted tasks, S2 after rework, so 1 of 3 corrected; 5,000 input and 2,500 output tokens
        // at $0.15/$0.60: $0.00225 over the two days
        const Run r = cli({ QStringLiteral("routing"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QJsonArray classes = r.json().value(QLatin1String("classes")).toArray();
        QCOMPARE(classes.size(), 2); // triage is classification, support-bot support, in the classes' order
        const QJsonObject triage = classes.at(0).toObject();
        QCOMPARE(triage.value(QLatin1String("class")).toString(), QStringLiteral("classification"));
        const QJsonObject c = classes.at(1).toObject();
        QCOMPARE(c.value(QLatin1String("class")).toString(), QStringLiteral("support"));
        QCOMPARE(c.value(QLatin1String("strategy")).toString(), QStringLiteral("keep"));
        QCOMPARE(num(c, "outcomes"), 3 * PerMonth);
        QCOMPARE(num(c, "today_usd"), 0.00225 * PerMonth);
        QCOMPARE(num(c, "today_correction_rate"), 1.0 / 3);
        QCOMPARE(num(c, "projected_usd"), 0.00225 * PerMonth);
        QCOMPARE(c.value(QLatin1String("top_model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(c.value(QLatin1String("workflows")).toArray(), QJsonArray { QStringLiteral("support-bot") });
        // triage: 400 x 0.15 + 10 x 0.60 = 66 micro-dollars
        QCOMPARE(num(r.json().value(QLatin1String("total")).toObject(), "today_usd"), (0.00225 + 0.000066) * PerMonth);

        // half of support to gpt-4.1-nano ($0.10/$0.40): its price on all the class's tokens is
        // (5,000 x 0.10 + 2,500 x 0.40) / 1e6 = $0.0015 over the two days; half of each: $0.001875
        const Run routed = cli({ QStringLiteral("routing"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--route"), QStringLiteral("support=50"), QStringLiteral("--small-model"),
            QStringLiteral("gpt-4.1-nano"), QStringLiteral("--json") });
        QVERIFY2(routed.status == 0, qPrintable(routed.err));
        const QJsonObject s = routed.json().value(QLatin1String("classes")).toArray().at(1).toObject();
        QCOMPARE(s.value(QLatin1String("strategy")).toString(), QStringLiteral("route"));
        QCOMPARE(num(s, "projected_usd"), 0.001875 * PerMonth);
        // half at 1/3, half at the default 5%
        QCOMPARE(num(s, "projected_correction_rate"), 0.5 / 3 + 0.025);
        QCOMPARE(num(s, "model_savings"), 1 - 0.001875 / 0.00225);

        // --classify moves triage into support: 4 accepted outcomes, all of the spend
        const Run moved = cli({ QStringLiteral("routing"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--classify"), QStringLiteral("triage=support"), QStringLiteral("--json") });
        QVERIFY2(moved.status == 0, qPrintable(moved.err));
        const QJsonArray one = moved.json().value(QLatin1String("classes")).toArray();
        QCOMPARE(one.size(), 1);
        QCOMPARE(num(one.at(0).toObject(), "outcomes"), 4 * PerMonth);
        QCOMPARE(num(one.at(0).toObject(), "today_usd"), (0.00225 + 0.000066) * PerMonth);

        const Run text = cli({ QStringLiteral("routing"), QStringLiteral("--workspace"), m_ws });
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QLatin1String("2026-03-01 to 2026-03-02")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QLatin1String("support-bot")), qPrintable(text.out));
    }

    void breakevenRented()
    {
        // a $2/hour GPU at 1,000 tokens/s: 2 / (1,000 x 3,600 x 0.3) x 1e6 = $1.8518.. per 1M at 30%, a third of
        // that at 90%
        auto at = [](const char* utilization) {
            return cli(args({ "breakeven", "--gpu-price-per-hour", "2", "--tokens-per-second", "1000", "--utilization",
                utilization, "--monthly-tokens", "1e9", "--api-spend", "2000", "--json" }));
        };
        const Run low = at("30"), high = at("90");
        QVERIFY2(low.status == 0, qPrintable(low.err));
        QVERIFY2(high.status == 0, qPrintable(high.err));
        const double lowUsd = num(low.json(), "self_hosted_usd_per_1m"),
                     highUsd = num(high.json(), "self_hosted_usd_per_1m");
        QCOMPARE(lowUsd, 2 / (1000 * 3600 * 0.3) * 1e6);
        QCOMPARE(highUsd, 2 / (1000 * 3600 * 0.9) * 1e6);
        QCOMPARE(lowUsd / highUsd, 3.0);
        // $2 x 730.5 hours a month; 1,000 x 3,600 x 0.3 x 730.5 tokens a month, one server for 1e9
        QCOMPARE(num(low.json(), "tco_usd_per_month"), 1461.0);
        QCOMPARE(num(low.json(), "capacity_tokens_per_month"), 1000 * 3600 * 0.3 * 730.5);
        QCOMPARE(low.json().value(QLatin1String("servers")).toInt(), 2); // 1e9 / 788,940,000 → 2
        QCOMPARE(high.json().value(QLatin1String("servers")).toInt(), 1);
        // 1e9 tokens on two servers of 1,000 tokens/s all month (2 x 2,629,800,000): 19.0%
        QVERIFY(qFuzzyCompare(low.json().value(QLatin1String("volume_utilization")).toDouble(), 1e9 / 5'259'600'000.0));
        // the API at $2 per 1M breaks even where $/1M at u is $2: u = 1.8518.. x 0.3 / 2 = 27.8%
        QCOMPARE(num(low.json(), "break_even_utilization"), lowUsd * 0.3 / 2);
        // the curve: 5% .. 100% in 20 steps, inversely proportional
        const QJsonArray curve = low.json().value(QLatin1String("curve")).toArray();
        QCOMPARE(curve.size(), 20);
        QCOMPARE(num(curve.at(19).toObject(), "utilization"), 1.0);
        QCOMPARE(num(curve.at(19).toObject(), "usd_per_1m"), 2 / (1000 * 3600.0) * 1e6);
        // the tornado: rent, utilization and throughput each swing 20%; $/1M goes as 1/utilization and 1/throughput
        // (1/0.8 - 1/1.2 = 0.4167 of it) and as the rent (1.2 - 0.8 = 0.4 of it), so the rent's bar comes last
        const QJsonArray tornado = low.json().value(QLatin1String("tornado")).toArray();
        QCOMPARE(tornado.size(), 3);
        QCOMPARE(
            tornado.at(2).toObject().value(QLatin1String("input")).toString(), QStringLiteral("gpu-price-per-hour"));
        QCOMPARE(num(tornado.at(2).toObject(), "usd_per_1m_at_high"), lowUsd * 1.2);
        for (const QJsonValue& v : tornado) {
            const QJsonObject bar = v.toObject();
            if (bar.value(QLatin1String("input")).toString() != QLatin1String("utilization"))
                continue;
            QCOMPARE(num(bar, "low_input"), 0.3 * 0.8);
            QCOMPARE(num(bar, "high_input"), 0.3 * 1.2);
            QCOMPARE(num(bar, "usd_per_1m_at_low"), 2 / (1000 * 3600 * (0.3 * 0.8)) * 1e6);
        }
    }

    void breakevenOwned()
    {
        // $30,000 over 3 years of 12 x 730.5 hours, 1 kW at $0.15, $730.50 hosting: $/hour =
        // 30,000 / 26,298 + 0.15 + 1
        const Run r = cli(args({ "breakeven", "--hardware-price", "30000", "--years", "3", "--power-watts", "1000",
            "--kwh-price", "0.15", "--hosting-per-month", "730.5", "--mlops-per-month", "0", "--tokens-per-second",
            "1000", "--monthly-tokens", "1e9", "--api-spend", "2000", "--json" }));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const double perHour = 30000 / (3 * 12 * 730.5) + 1000.0 / 1000 * 0.15 + (730.5 + 0) / 730.5;
        const double month = perHour * 730.5;
        QCOMPARE(num(r.json(), "tco_usd_per_month"), month);
        QCOMPARE(num(r.json(), "api_usd_per_1m"), 2.0);
        QCOMPARE(num(r.json(), "api_usd_per_month"), 2000.0);
        QCOMPARE(num(r.json(), "break_even_tokens_per_month"), month / 2 * 1e6);
        // at the default 50%: 1,000 x 3,600 x 0.5 x 730.5 = 1.3149e9 tokens a month, one server
        QCOMPARE(num(r.json(), "utilization"), 0.5);
        QCOMPARE(r.json().value(QLatin1String("servers")).toInt(), 1);
        QCOMPARE(num(r.json(), "savings_usd_per_month"), 2000 - month);
        // the same at 1 token/s cannot break even at any utilization
        const Run slow = cli(args({ "breakeven", "--hardware-price", "30000", "--tokens-per-second", "1",
            "--monthly-tokens", "1e9", "--api-spend", "2000", "--json" }));
        QVERIFY2(slow.status == 0, qPrintable(slow.err));
        QVERIFY(slow.json().value(QLatin1String("break_even_utilization")).isNull());
        QVERIFY(!slow.json().value(QLatin1String("break_even_tokens_per_month")).isNull());
        // text
        const Run text = cli(args({ "breakeven", "--hardware-price", "30000", "--years", "3", "--power-watts", "1000",
            "--kwh-price", "0.15", "--hosting-per-month", "730.5", "--tokens-per-second", "1000", "--monthly-tokens",
            "1e9", "--api-spend", "2000" }));
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QStringLiteral("$%1 a month").arg(month, 0, 'f', 2)), qPrintable(text.out));
    }

    void breakevenFromWorkspace()
    {
        // the workspace's 7,910 priced tokens cost $0.002316 over two days: $0.2928.. per 1M
        std::unique_ptr<Store::Workspace> ws;
        {
            auto opened = Store::Workspace::open(m_ws, Store::Workspace::Mode::OpenExisting);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            ws = std::move(opened).value();
        }
        // a saved A/B run: B decodes at 100, 120, 110 tokens/s (median 110), A at 50, 60, 55 (median 55)
        Ab::Record rec;
        rec.device = QStringLiteral("test device"); // a null QString is stored as NULL, which ab_runs refuses
        rec.a.file = QStringLiteral("a.gguf");
        rec.b.file = QStringLiteral("b.gguf");
        rec.a.decode = { 50, 60, 55 };
        rec.b.decode = { 100, 120, 110 };
        auto id = Ab::RunRepository(*ws).save(rec, 1'772'000'000'000);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        ws.reset();
        const QString run = QString::number(id.value());

        const Run r
            = cli({ QStringLiteral("breakeven"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--ab-run"), run,
                QStringLiteral("--gpu-price-per-hour"), QStringLiteral("2"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(num(r.json(), "tokens_per_second"), 110.0);
        QCOMPARE(num(r.json(), "self_hosted_usd_per_1m"), 2 / (110 * 3600 * 0.5) * 1e6);
        QCOMPARE(num(r.json(), "monthly_tokens"), 7910 * PerMonth);
        QCOMPARE(num(r.json(), "api_usd_per_month"), 0.002316 * PerMonth);
        QCOMPARE(num(r.json(), "api_usd_per_1m"), 0.002316 / 7910 * 1e6);

        const Run a = cli({ QStringLiteral("breakeven"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--ab-run"), run, QStringLiteral("--ab-side"), QStringLiteral("a"),
            QStringLiteral("--gpu-price-per-hour"), QStringLiteral("2"), QStringLiteral("--json") });
        QVERIFY2(a.status == 0, qPrintable(a.err));
        QCOMPARE(num(a.json(), "tokens_per_second"), 55.0);

        const Run missing
            = cli({ QStringLiteral("breakeven"), QStringLiteral("--workspace"), m_ws, QStringLiteral("--ab-run"),
                QStringLiteral("999"), QStringLiteral("--gpu-price-per-hour"), QStringLiteral("2") });
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QLatin1String("999")), qPrintable(missing.err));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("line");
        QTest::addColumn<QString>("says");
        const QStringList server
            = args({ "breakeven", "--gpu-price-per-hour", "2", "--monthly-tokens", "1e9", "--api-spend", "2000" });
        QTest::newRow("utilization above 100")
            << server + args({ "--tokens-per-second", "1000", "--utilization", "120" })
            << QStringLiteral("--utilization: ");
        QTest::newRow("no throughput") << server + args({ "--tokens-per-second", "0" })
                                       << QStringLiteral("--tokens-per-second: ");
        QTest::newRow("throughput not a number") << server + args({ "--tokens-per-second", "fast" })
                                                 << QStringLiteral("--tokens-per-second: \"fast\" is not a number");
        QTest::newRow("no server price") << args(
            { "breakeven", "--tokens-per-second", "1000", "--monthly-tokens", "1e9", "--api-spend", "2000" })
                                         << QStringLiteral("--hardware-price: ");
        QTest::newRow("no api side") << args({ "breakeven", "--gpu-price-per-hour", "2", "--tokens-per-second",
            "1000" }) << QStringLiteral("--workspace W, or --monthly-tokens N and --api-spend USD");
        QTest::newRow("tokens without spend") << args(
            { "breakeven", "--gpu-price-per-hour", "2", "--tokens-per-second", "1000", "--monthly-tokens", "1e9" })
                                              << QStringLiteral("--monthly-tokens and --api-spend go together");
        QTest::newRow("free api") << args({ "breakeven", "--gpu-price-per-hour", "2", "--tokens-per-second", "1000",
            "--monthly-tokens", "1e9", "--api-spend", "0" })
                                  << QStringLiteral("--api-spend: ");
        QTest::newRow("ab run without workspace")
            << server + args({ "--ab-run", "1" }) << QStringLiteral("--ab-run needs --workspace");

        const QStringList gpt = args({ "routing", "--case-study", "gpt" });
        QTest::newRow("route above 100") << gpt + args({ "--route", "support=150", "--small-price", "1" })
                                         << QStringLiteral("--route: \"150\" is not a percentage from 0 to 100");
        QTest::newRow("unknown class") << gpt + args({ "--route", "nosuchclass=10", "--small-price", "1" })
                                       << QStringLiteral("--route: unknown class \"nosuchclass\"");
        QTest::newRow("route without =") << gpt + args({ "--route", "support" })
                                         << QStringLiteral("--route: \"support\" is not CLASS=PERCENT");
        QTest::newRow("cascade below 0") << gpt + args({ "--cascade", "support=-5", "--small-price", "1" })
                                         << QStringLiteral("--cascade: \"-5\" is not a percentage");
        QTest::newRow("route and cascade") << gpt + args({ "--route", "support=10", "--cascade", "support=10" })
                                           << QStringLiteral("--cascade: support is already routed by --route");
        QTest::newRow("no source") << args({ "routing", "--route", "support=10" })
                                   << QStringLiteral("routing needs --workspace W or --case-study");
        QTest::newRow("both sources") << gpt + args({ "--workspace", "x.inferometer" })
                                      << QStringLiteral("routing needs --workspace W or --case-study");
        QTest::newRow("unknown case study") << args({ "routing", "--case-study", "llama" })
                                            << QStringLiteral("--case-study: \"llama\" is not gpt, hybrid or slm");
        QTest::newRow("negative small price")
            << gpt + args({ "--small-price", "-1" }) << QStringLiteral("--small-price: ");
        QTest::newRow("small price not a number")
            << gpt + args({ "--small-price", "1,x" }) << QStringLiteral("--small-price takes USD per 1M tokens");
        QTest::newRow("routed without a price")
            << gpt + args({ "--route", "support=10" }) << QStringLiteral("--small-price: Choose the small model");
        QTest::newRow("unknown small model") << gpt + args({ "--route", "support=10", "--small-model", "gpt-9" })
                                             << QStringLiteral("--small-model: no price for model \"gpt-9\"");
        QTest::newRow("correction rate") << gpt + args({ "--small-correction-rate", "101" })
                                         << QStringLiteral("--small-correction-rate takes a percentage");
        QTest::newRow("negative correction cost")
            << gpt + args({ "--correction-cost", "-1" }) << QStringLiteral("--correction-cost: ");
        QTest::newRow("classify without workspace")
            << gpt + args({ "--classify", "triage=support" }) << QStringLiteral("--classify needs --workspace W");
    }

    void badInput()
    {
        QFETCH(QStringList, line);
        QFETCH(QString, says);
        const Run r = cli(line);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badClassify()
    {
        const Run r = cli({ QStringLiteral("routing"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--classify"), QStringLiteral("triage=nosuchclass") });
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QLatin1String("--classify: unknown class \"nosuchclass\"")), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

INFEROMETER_TEST_GUILESS_MAIN(TestPlanningCli)
#include "tst_planningcli.moc"
