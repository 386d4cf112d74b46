// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clicommands.h"
#include "tests/support/clitesting.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QMap>

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

using CliTesting::cli;
using CliTesting::Run;

QString data(const char* relative)
{
    return QStringLiteral(TESTDATA_DIR "/") + QLatin1String(relative);
}

QSet<QString> keysOf(const QJsonObject& o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

/** The totals / group fields of DESIGN.md's "JSON report shape". */
QSet<QString> designKpiKeys()
{
    QSet<QString> s;
    for (const char* k : { "list_cost_usd", "reported_cost_usd", "calls", "events", "uncached_input_tokens",
             "cache_read_tokens", "cache_write_5m_tokens", "cache_write_1h_tokens", "output_tokens", "reasoning_tokens",
             "tasks", "accepted_tasks", "cost_per_task_usd", "cpso_usd", "rework_rate", "token_efficiency",
             "cache_hit_rate", "unpriced_calls", "unpriced_models" })
        s.insert(QLatin1String(k));
    return s;
}

/** Extra fields the report adds (DESIGN.md: "extra fields are welcome"): exact nano-dollars. */
const QSet<QString> ExtraKpiKeys { QStringLiteral("list_cost_nusd"), QStringLiteral("cost_only") };

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usage();
    void demoJson();
    void reportJsonShape();
    void reportByCostCenter();
    void reportText();
    void importAndReportHandComputed();
    void importBadFile();
    void reportErrors();
    void pricesForModel();
    void pricesImportLiteLlm();
    void costOnlyReport();
    void demoHasBudgets();
    void budgetForUnknownCostCenter();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.inferometer"));
    const Run r = cli(
        { QStringLiteral("demo"), QStringLiteral("--out"), m_demo, QStringLiteral("--days"), QStringLiteral("10") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(m_demo));
    QVERIFY(r.out.contains(m_demo));
}

void TestCli::usage()
{
    const Run unknown = cli({ QStringLiteral("frobnicate") });
    QCOMPARE(unknown.status, 2);
    QVERIFY(unknown.err.contains(QLatin1String("frobnicate")));
    QVERIFY(unknown.err.contains(QLatin1String("Usage")));
    QCOMPARE(cli({}).status, 2);
    const Run help = cli({ QStringLiteral("--help") });
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QLatin1String("report")));
    QCOMPARE(cli({ QStringLiteral("report") }).status, 2); // no --workspace
    QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--by"),
                     QStringLiteral("colour") })
                 .status,
        2);
    QCOMPARE(cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--from"),
                     QStringLiteral("soon") })
                 .status,
        2);
    QCOMPARE(
        cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--bogus") }).status, 2);
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--workspace"), m_demo }).status, 2); // no FILE
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--format"),
                     QStringLiteral("xml"), data("ingest/good.jsonl") })
                 .status,
        2);
    QCOMPARE(cli({ QStringLiteral("demo") }).status, 2); // no --out
    QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x")),
                     QStringLiteral("--days"), QStringLiteral("zero") })
                 .status,
        2);
    QCOMPARE(cli({ QStringLiteral("prices"), QStringLiteral("--reprice") }).status, 2); // needs --workspace
}

void TestCli::demoJson()
{
    const QString path = m_dir.filePath(QStringLiteral("small.inferometer"));
    const Run r = cli({ QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--days"),
        QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json") });
    QCOMPARE(r.status, 0);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QLatin1String("workspace")).toString(), path);
    QCOMPARE(j.value(QLatin1String("days")).toInt(), 2);
    QCOMPARE(j.value(QLatin1String("seed")).toInteger(), qint64(7));
    QVERIFY(j.value(QLatin1String("events")).toInteger() > 0);
    // the demo is only ever written to a new file
    const Run again = cli({ QStringLiteral("demo"), QStringLiteral("--out"), path });
    QCOMPARE(again.status, 1);
    QVERIFY(again.err.contains(path));
}

void TestCli::reportJsonShape()
{
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--json") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QVERIFY(doc.isObject());
    const QJsonObject j = doc.object();
    QCOMPARE(keysOf(j),
        (QSet<QString> {
            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("totals"), QStringLiteral("groups") }));
    // ten demo days from 2026-08-03
    QVERIFY2(j.value(QLatin1String("from")).toString().startsWith(QLatin1String("2026-08-03T")),
        qPrintable(j.value(QLatin1String("from")).toString()));
    QVERIFY2(j.value(QLatin1String("to")).toString().startsWith(QLatin1String("2026-08-1")),
        qPrintable(j.value(QLatin1String("to")).toString()));
    const QJsonObject t = j.value(QLatin1String("totals")).toObject();
    QCOMPARE(keysOf(t) - ExtraKpiKeys, designKpiKeys());
    QVERIFY(j.value(QLatin1String("groups")).isArray());
    QVERIFY(j.value(QLatin1String("groups")).toArray().isEmpty());
    // types: integers for counts, numbers or null for metrics, an array of model names
    QVERIFY(t.value(QLatin1String("calls")).toInteger() > 1000);
    QCOMPARE(t.value(QLatin1String("calls")).toInteger(),
        t.value(QLatin1String("events")).toInteger()); // demo: 1 call per event
    QVERIFY(t.value(QLatin1String("list_cost_usd")).toDouble() > 0);
    for (const char* k : { "cost_per_task_usd", "cpso_usd", "rework_rate", "token_efficiency", "cache_hit_rate" })
        QVERIFY2(t.value(QLatin1String(k)).isDouble(), k);
    // the demo's helpdesk gateway states its spend per call: some, never more than the whole list cost here
    QVERIFY(t.value(QLatin1String("reported_cost_usd")).toDouble() > 0);
    QVERIFY(
        t.value(QLatin1String("reported_cost_usd")).toDouble() < t.value(QLatin1String("list_cost_usd")).toDouble());
    QVERIFY(t.value(QLatin1String("unpriced_models")).toArray().contains(QStringLiteral("mistral-small-2506")));
    // list_cost_usd is list_cost_nusd in dollars
    QVERIFY(qFuzzyCompare(t.value(QLatin1String("list_cost_usd")).toDouble(),
        double(t.value(QLatin1String("list_cost_nusd")).toInteger()) / 1e9));
}

void TestCli::reportByCostCenter()
{
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--by"),
        QStringLiteral("cost_center"), QStringLiteral("--json") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    const QJsonArray groups = j.value(QLatin1String("groups")).toArray();
    // five departments and the unattributed shadow keys
    QCOMPARE(groups.size(), 6);
    QSet<QString> keys;
    qint64 sum = 0;
    double previous = 1e300;
    for (const QJsonValue& g : groups) {
        const QJsonObject o = g.toObject();
        QCOMPARE(keysOf(o) - ExtraKpiKeys, designKpiKeys() + QSet<QString> { QStringLiteral("key") });
        keys.insert(o.value(QLatin1String("key")).toString());
        sum += o.value(QLatin1String("list_cost_nusd")).toInteger();
        QVERIFY(o.value(QLatin1String("list_cost_usd")).toDouble() <= previous); // by cost, descending
        previous = o.value(QLatin1String("list_cost_usd")).toDouble();
    }
    QCOMPARE(keys,
        (QSet<QString> { QStringLiteral("Engineering"), QStringLiteral("Customer Support"), QStringLiteral("Sales"),
            QStringLiteral("Legal"), QStringLiteral("Finance"), QString() }));
    // the groups add up to the totals, exactly
    QCOMPARE(sum, j.value(QLatin1String("totals")).toObject().value(QLatin1String("list_cost_nusd")).toInteger());
}

void TestCli::reportText()
{
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--by"),
        QStringLiteral("cost_center") });
    QCOMPARE(r.status, 0);
    for (const char* s : { "Engineering", "Customer Support", "(unattributed)", "Total", "mistral-small-2506" })
        QVERIFY2(r.out.contains(QLatin1String(s)), s);
}

void TestCli::importAndReportHandComputed()
{
    // The KPI fixture (see tst_kpis.cpp for the arithmetic): 21 events, list cost 81'120'000 nano; by cost center
    // Support 45'660'000, Engineering 34'200'000, Marketing 1'260'000; [03-01 12:00, 03-03 12:00) 71'310'000
    const QString ws = m_dir.filePath(QStringLiteral("kpi.inferometer"));
    const QString file = data("analytics/kpi_events.jsonl");
    const Run imp
        = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, file, QStringLiteral("--json") });
    QVERIFY2(imp.status == 0, qPrintable(imp.err));
    const QJsonObject f = imp.json().value(QLatin1String("files")).toArray().first().toObject();
    QCOMPARE(f.value(QLatin1String("imported")).toInteger(), qint64(21));
    QCOMPARE(f.value(QLatin1String("unpriced")).toInteger(), qint64(2));
    QCOMPARE(f.value(QLatin1String("committed")).toBool(), true);

    const Run again = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, file });
    QCOMPARE(again.status, 0);
    QVERIFY2(again.out.contains(QLatin1String("0 imported, 21 duplicates")), qPrintable(again.out));

    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--by"),
        QStringLiteral("cost_center"), QStringLiteral("--json") });
    QCOMPARE(r.status, 0);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QLatin1String("totals")).toObject().value(QLatin1String("list_cost_nusd")).toInteger(),
        qint64(81'120'000));
    QCOMPARE(j.value(QLatin1String("totals")).toObject().value(QLatin1String("tasks")).toInteger(), qint64(7));
    const QJsonArray g = j.value(QLatin1String("groups")).toArray();
    QCOMPARE(g.size(), 3);
    QCOMPARE(g[0].toObject().value(QLatin1String("key")).toString(), QStringLiteral("Support"));
    QCOMPARE(g[0].toObject().value(QLatin1String("list_cost_nusd")).toInteger(), qint64(45'660'000));
    QCOMPARE(g[1].toObject().value(QLatin1String("list_cost_nusd")).toInteger(), qint64(34'200'000));
    QCOMPARE(g[2].toObject().value(QLatin1String("key")).toString(), QStringLiteral("Marketing"));
    QVERIFY(g[2].toObject().value(QLatin1String("cpso_usd")).isNull());

    const Run cut = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--from"),
        QStringLiteral("2026-03-01T12:00:00Z"), QStringLiteral("--to"), QStringLiteral("2026-03-03T12:00:00Z"),
        QStringLiteral("--json") });
    QCOMPARE(cut.status, 0);
    QCOMPARE(cut.json().value(QLatin1String("totals")).toObject().value(QLatin1String("list_cost_nusd")).toInteger(),
        qint64(71'310'000));
    // --to with a bare date includes that whole day: 03-01 and 03-02 = 22'890'000 + 44'100'000
    const Run days = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--from"),
        QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-02"), QStringLiteral("--json") });
    QCOMPARE(days.status, 0);
    QCOMPARE(days.json().value(QLatin1String("totals")).toObject().value(QLatin1String("list_cost_nusd")).toInteger(),
        qint64(66'990'000));
}

void TestCli::importBadFile()
{
    const QString ws = m_dir.filePath(QStringLiteral("bad.inferometer"));
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, data("ingest/good.jsonl") }).status, 0);
    const QString bad = data("ingest/wrong_type.jsonl");
    const Run r = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, bad });
    QCOMPARE(r.status, 1);
    // file:line and field
    QVERIFY2(r.err.contains(bad + QStringLiteral(":3:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("output_tokens")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("nothing was imported")), qPrintable(r.err));
    // as JSON: the rejected row with its line and field; still exit 1
    const Run j = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, bad, QStringLiteral("--json") });
    QCOMPARE(j.status, 1);
    const QJsonObject f = j.json().value(QLatin1String("files")).toArray().first().toObject();
    QCOMPARE(f.value(QLatin1String("committed")).toBool(), false);
    QCOMPARE(f.value(QLatin1String("imported")).toInteger(), qint64(0));
    const QJsonObject row = f.value(QLatin1String("rejected_rows")).toArray().first().toObject();
    QCOMPARE(row.value(QLatin1String("line")).toInteger(), qint64(3));
    QCOMPARE(row.value(QLatin1String("field")).toString(), QStringLiteral("output_tokens"));
    // an empty file: exit 1, names the file
    const QString empty = data("ingest/empty.jsonl");
    const Run e = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, empty });
    QCOMPARE(e.status, 1);
    QVERIFY2(e.err.contains(empty + QStringLiteral(":1:")), qPrintable(e.err));
    // nothing was added: still the six events of good.jsonl
    const Run rep = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--json") });
    QCOMPARE(
        rep.json().value(QLatin1String("totals")).toObject().value(QLatin1String("events")).toInteger(), qint64(6));
    // several files: the good one is imported, the bad one is not, the status says failure
    const Run mixed
        = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, bad, data("ingest/overlap.jsonl") });
    QCOMPARE(mixed.status, 1);
    const Run after = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--json") });
    QCOMPARE(
        after.json().value(QLatin1String("totals")).toObject().value(QLatin1String("events")).toInteger(), qint64(9));
}

void TestCli::reportErrors()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.inferometer"));
    const Run r = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), missing });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(missing));
    QVERIFY(!QFile::exists(missing)); // report never creates a workspace
}

void TestCli::pricesForModel()
{
    const Run r = cli({ QStringLiteral("prices"), QStringLiteral("--model"), QStringLiteral("gpt-4o-2024-08-06"),
        QStringLiteral("--json") });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonArray models = r.json().value(QLatin1String("models")).toArray();
    QCOMPARE(models.size(), 1);
    const QJsonObject m = models.first().toObject();
    QCOMPARE(m.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
    QCOMPARE(m.value(QLatin1String("provider")).toString(), QStringLiteral("openai"));
    // today's price: $2.50 in, $1.25 cached, $10 out
    QCOMPARE(m.value(QLatin1String("input")).toString(), QStringLiteral("2.50"));
    QCOMPARE(m.value(QLatin1String("cache_read")).toString(), QStringLiteral("1.25"));
    QCOMPARE(m.value(QLatin1String("output")).toString(), QStringLiteral("10.00"));
    QCOMPARE(m.value(QLatin1String("batch_multiplier")).toString(), QStringLiteral("0.5"));
    // the launch price applied in June 2024
    const Run old = cli({ QStringLiteral("prices"), QStringLiteral("--model"), QStringLiteral("gpt-4o"),
        QStringLiteral("--at"), QStringLiteral("2024-06-01"), QStringLiteral("--json") });
    QCOMPARE(old.status, 0);
    QCOMPARE(
        old.json().value(QLatin1String("models")).toArray().first().toObject().value(QLatin1String("input")).toString(),
        QStringLiteral("5.00"));
    // an unknown model is unpriced, not $0
    const Run unknown = cli({ QStringLiteral("prices"), QStringLiteral("--model"), QStringLiteral("my-finetune") });
    QCOMPARE(unknown.status, 1);
    QVERIFY(unknown.err.contains(QLatin1String("my-finetune")));
    // the whole catalog
    const Run all = cli({ QStringLiteral("prices"), QStringLiteral("--json") });
    QCOMPARE(all.status, 0);
    QVERIFY(all.json().value(QLatin1String("models")).toArray().size() >= 21);
}

void TestCli::pricesImportLiteLlm()
{
    const QString ws = m_dir.filePath(QStringLiteral("prices.inferometer"));
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, data("ingest/good.jsonl") }).status, 0);
    const QString file = data("pricing/litellm_prices.json");

    // not in any catalog before the import
    QCOMPARE(cli({ QStringLiteral("prices"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
                     QStringLiteral("acme-gpt-test") })
                 .status,
        1);

    // without a workspace the file is read and checked, nothing stored
    const Run check = cli({ QStringLiteral("prices"), QStringLiteral("--import"), file });
    QCOMPARE(check.status, 0);
    QVERIFY(check.err.contains(QLatin1String("not stored")));

    const Run imp
        = cli({ QStringLiteral("prices"), QStringLiteral("--import"), file, QStringLiteral("--workspace"), ws });
    QVERIFY2(imp.status == 0, qPrintable(imp.err));
    QVERIFY2(imp.out.contains(QLatin1String("Read 6 model prices")), qPrintable(imp.out));

    // the imported price, from the fixture: 2.5e-06 $/token = $2.50/1M in, 1e-05 = $10 out, 1.25e-06 = $1.25 cached
    const Run shown = cli({ QStringLiteral("prices"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
        QStringLiteral("acme-gpt-test"), QStringLiteral("--json") });
    QVERIFY2(shown.status == 0, qPrintable(shown.err));
    const QJsonObject m = shown.json().value(QLatin1String("models")).toArray().first().toObject();
    QCOMPARE(m.value(QLatin1String("model")).toString(), QStringLiteral("acme-gpt-test"));
    QCOMPARE(m.value(QLatin1String("input")).toString(), QStringLiteral("2.50"));
    QCOMPARE(m.value(QLatin1String("cache_read")).toString(), QStringLiteral("1.25"));
    QCOMPARE(m.value(QLatin1String("output")).toString(), QStringLiteral("10.00"));
    QCOMPARE(m.value(QLatin1String("batch_multiplier")).toString(), QStringLiteral("0.5"));
    QCOMPARE(m.value(QLatin1String("origin")).toString(), QStringLiteral("workspace"));
    // the provider-prefixed key is found under its model name and as written in LiteLLM
    const Run gem = cli({ QStringLiteral("prices"), QStringLiteral("--workspace"), ws, QStringLiteral("--model"),
        QStringLiteral("vertex_ai/acme-gemini-test") });
    QCOMPARE(gem.status, 0);
    QCOMPARE(QJsonDocument::fromJson(gem.out.toUtf8())
                 .object()
                 .value(QLatin1String("models"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("long_context_threshold"))
                 .toInteger(),
        qint64(200'000));
    // still not known without the workspace
    QCOMPARE(cli({ QStringLiteral("prices"), QStringLiteral("--model"), QStringLiteral("acme-gpt-test") }).status, 1);

    // a malformed price file: exit 1, names the file
    const QString junk = data("ingest/junk.bin");
    const Run bad
        = cli({ QStringLiteral("prices"), QStringLiteral("--import"), junk, QStringLiteral("--workspace"), ws });
    QCOMPARE(bad.status, 1);
    QVERIFY(bad.err.contains(junk));

    // re-pricing with unchanged families changes nothing
    const Run rep = cli({ QStringLiteral("prices"), QStringLiteral("--workspace"), ws, QStringLiteral("--reprice"),
        QStringLiteral("--json") });
    QCOMPARE(rep.status, 0);
    QCOMPARE(rep.json().value(QLatin1String("repriced_events")).toInteger(), qint64(0));
}

void TestCli::costOnlyReport()
{
    // an Anthropic cost report alone: amounts in cents, 123.45 + 45.6789 + 0.0000001 + 250 + 10.5 + 1 + 3.333
    // = 433.9619001 cents = $4.339619001 in 7 rows, and no calls
    const QString ws = m_dir.filePath(QStringLiteral("costonly.inferometer"));
    const Run imported = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws,
        QStringLiteral(TESTDATA_DIR "/ingest/anthropic/cost_report.json") });
    QCOMPARE(imported.status, 0);
    const Run json = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws, QStringLiteral("--json") });
    QCOMPARE(json.status, 0);
    const QJsonObject totals = json.json().value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("calls")).toInteger(), 0);
    QCOMPARE(totals.value(QLatin1String("events")).toInteger(), 7);
    QCOMPARE(totals.value(QLatin1String("reported_cost_usd")).toDouble(), 4.339619001);
    QCOMPARE(totals.value(QLatin1String("cost_only")).toBool(), true);
    // before: "$0.00, 0 calls" and nothing else
    const Run text = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), ws });
    QCOMPARE(text.status, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    const QString total = lines.filter(QRegularExpression(QStringLiteral("^Total "))).value(0);
    QVERIFY2(total.simplified().startsWith(QStringLiteral("Total — $4.34 0 ")), qPrintable(total));
    QVERIFY2(text.out.contains(QStringLiteral("No token-level calls: the spend here is what providers reported in cost "
                                              "exports ($4.34 in 7 row(s))")),
        qPrintable(text.out));
    // a workspace with calls says nothing of the kind
    QVERIFY(!cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo }).out.contains(
        QLatin1String("No token-level calls")));
}

void TestCli::demoHasBudgets()
{
    // before: an empty Budgets page on the demo. Each department's budget is its spend over the demo's 10 days scaled
    // to 30, times its headroom, rounded up to $50: checked here against `report`'s spend per cost center
    const Run budgets = cli({ QStringLiteral("budgets"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--json") });
    QCOMPARE(budgets.status, 0);
    const Run report = cli({ QStringLiteral("report"), QStringLiteral("--workspace"), m_demo, QStringLiteral("--by"),
        QStringLiteral("cost_center"), QStringLiteral("--json") });
    QMap<QString, qint64> spend;
    for (const QJsonValue& g : report.json().value(QLatin1String("groups")).toArray())
        spend.insert(g.toObject().value(QLatin1String("key")).toString(),
            g.toObject().value(QLatin1String("list_cost_nusd")).toInteger());
    const QMap<QString, double> headroom { { QStringLiteral("Engineering"), 1.05 }, { QStringLiteral("Legal"), 0.95 },
        { QStringLiteral("Customer Support"), 1.3 }, { QStringLiteral("Sales"), 1.5 }, { QStringLiteral("Finance"), 2.0 } };
    QStringList centers;
    for (const QJsonValue& b : budgets.json().value(QLatin1String("budgets")).toArray()) {
        const QString cc = b.toObject().value(QLatin1String("cost_center")).toString();
        centers << cc;
        const double target = double(spend.value(cc)) / 1e9 * 3.0 * headroom.value(cc); // 30 / 10 days
        QCOMPARE(b.toObject().value(QLatin1String("budget_usd")).toDouble(), std::ceil(target / 50.0) * 50.0);
    }
    centers.sort();
    QCOMPARE(centers, QStringList(headroom.keys()));
}

void TestCli::budgetForUnknownCostCenter()
{
    const QString copy = m_dir.filePath(QStringLiteral("budgets.inferometer"));
    QVERIFY(QFile::copy(m_demo, copy));
    const Run r = cli({ QStringLiteral("budgets"), QStringLiteral("--workspace"), copy, QStringLiteral("--set"),
        QStringLiteral("Engineering=900"), QStringLiteral("--set"), QStringLiteral("Enginering=100") });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.endsWith(QStringLiteral("--set: no cost center \"Enginering\" in this workspace; its cost centers: "
                                           "Customer Support, Engineering, Finance, Legal, Sales.\n")),
        qPrintable(r.err));
    // nothing was changed: all or nothing
    const Run after = cli({ QStringLiteral("budgets"), QStringLiteral("--workspace"), copy, QStringLiteral("--json") });
    for (const QJsonValue& b : after.json().value(QLatin1String("budgets")).toArray())
        if (b.toObject().value(QLatin1String("cost_center")).toString() == QLatin1String("Engineering"))
            QVERIFY(b.toObject().value(QLatin1String("budget_usd")).toDouble() != 900.0);
    QCOMPARE(cli({ QStringLiteral("budgets"), QStringLiteral("--workspace"), copy, QStringLiteral("--set"),
                     QStringLiteral("Engineering=900") })
                 .status,
        0);
}

INFEROMETER_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
