// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The FOCUS 1.2 export against the specification's rules (columns/*.md and attributes/*.md of FOCUS_Spec v1.2, as
// restated requirement by requirement in the FinOps Foundation validator's 1.2 model): every Mandatory column present
// and not null where the spec says so, the date/time, numeric, currency and key-value formats, the allowed values,
// ListUnitPrice × PricingQuantity = ListCost on every row; and against the workspace: the totals reconcile with the
// report to the nano-dollar, a reported cost is shared over token kinds to the nano-dollar, calls without a price or a
// reported cost are left out and counted, an empty period gives a header only, and a re-export is byte-identical.
#include "core/export/focusexport.h"

#include "core/analytics/report.h"
#include "core/demo/demogenerator.h"
#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Export;

namespace {

constexpr qint64 Day0 = 1'772'323'200'000; // 2026-03-01T00:00:00Z

/** RFC 4180 rows. */
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

/** A plain decimal ("12.5", "-0.001") as an exact count of 10^-15 (femto) units; nullopt for anything else. */
std::optional<__int128> femto(const QString& s)
{
    static const QRegularExpression Plain(QStringLiteral("^-?[0-9]+(\\.[0-9]{1,15})?$"));
    if (!Plain.match(s).hasMatch())
        return std::nullopt;
    const bool negative = s.startsWith(QLatin1Char('-'));
    const QString body = negative ? s.mid(1) : s;
    const qsizetype dot = body.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? body : body.left(dot);
    QString frac = dot < 0 ? QString() : body.mid(dot + 1);
    frac = frac.leftJustified(15, QLatin1Char('0'));
    __int128 v = 0;
    const QString digits = whole + frac;
    for (QChar c : digits)
        v = v * 10 + (c.unicode() - '0');
    return negative ? -v : v;
}

/** A workspace with `events`, priced from the catalog unless they carry a cost. */
std::unique_ptr<Store::Workspace> workspace(const QString& path, QList<UsageEvent> events)
{
    auto ws = Store::Workspace::open(path);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().toString()));
    Store::UsageRepository repo(*ws.value());
    const auto catalog = repo.catalog();
    for (int i = 0; i < events.size(); ++i) {
        events[i].listCostNano = Pricing::listCostNano(catalog.value(), events[i]);
        events[i].callId = QStringLiteral("c%1").arg(i);
        events[i].source = QStringLiteral("test");
    }
    Store::Transaction tx(*ws.value());
    Store::ChangeSet changes;
    if (!tx.begin().ok() || !repo.insert(events, &changes).ok() || !repo.refreshDerived(changes).ok()
        || !tx.commit().ok())
        qFatal("insert failed");
    return std::move(ws.value());
}

struct Exported
{
    FocusSummary summary;
    QByteArray bytes;
    QList<QStringList> rows; // header first
    QString cell(int row, const char* column) const { return rows[row + 1][rows[0].indexOf(QLatin1String(column))]; }
};

Exported exportOf(Store::Workspace& ws, const FocusOptions& options = {})
{
    Exported e;
    QBuffer buffer(&e.bytes);
    buffer.open(QIODevice::WriteOnly);
    PlainTaskContext ctx;
    auto r = writeFocus(ws, Store::UsageRepository(ws).catalog().value(), options, buffer, ctx);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    e.summary = r.value();
    e.rows = parseCsv(e.bytes);
    return e;
}

} // namespace

class TestFocusExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.inferometer"));
        PlainTaskContext ctx;
        Demo::Options opt;
        opt.days = 21;
        opt.volume = 0.2;
        QVERIFY(Demo::createWorkspace(m_demo, opt, ctx).ok());
    }

    void demoFollowsTheSpec()
    {
        auto ws = Store::Workspace::open(m_demo, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        const Exported e = exportOf(*ws.value());
        QVERIFY(e.rows.size() > 100);
        const QStringList header = e.rows[0];
        QCOMPARE(header, focusColumns());
        // every Mandatory column of FOCUS 1.2 is present (columns/*.md: "MUST be present in a FOCUS dataset")
        const QStringList mandatory { QStringLiteral("BilledCost"), QStringLiteral("BillingAccountId"),
            QStringLiteral("BillingAccountName"), QStringLiteral("BillingCurrency"), QStringLiteral("BillingPeriodEnd"),
            QStringLiteral("BillingPeriodStart"), QStringLiteral("ChargeCategory"), QStringLiteral("ChargeClass"),
            QStringLiteral("ChargeDescription"), QStringLiteral("ChargePeriodEnd"), QStringLiteral("ChargePeriodStart"),
            QStringLiteral("ContractedCost"), QStringLiteral("EffectiveCost"), QStringLiteral("InvoiceIssuerName"),
            QStringLiteral("ListCost"), QStringLiteral("PricingQuantity"), QStringLiteral("PricingUnit"),
            QStringLiteral("ProviderName"), QStringLiteral("PublisherName"), QStringLiteral("ServiceCategory"),
            QStringLiteral("ServiceName") };
        for (const QString& c : mandatory)
            QVERIFY2(header.contains(c), qPrintable(c));
        // column_handling.md: FOCUS columns first, then custom columns, each prefixed x_; Pascal case, alphanumeric
        bool custom = false;
        static const QRegularExpression Pascal(QStringLiteral("^[A-Z][A-Za-z0-9]*$"));
        for (const QString& c : header) {
            custom = custom || c.startsWith(QLatin1String("x_"));
            QVERIFY2(custom ? c.startsWith(QLatin1String("x_")) : Pascal.match(c).hasMatch(), qPrintable(c));
        }
        static const QRegularExpression DateTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
        const QStringList notNull { QStringLiteral("BilledCost"), QStringLiteral("BillingAccountId"),
            QStringLiteral("BillingAccountName"), QStringLiteral("BillingCurrency"), QStringLiteral("BillingPeriodEnd"),
            QStringLiteral("BillingPeriodStart"), QStringLiteral("ChargeCategory"), QStringLiteral("ChargeDescription"),
            QStringLiteral("ChargeFrequency"), QStringLiteral("ChargePeriodEnd"), QStringLiteral("ChargePeriodStart"),
            QStringLiteral("ContractedCost"), QStringLiteral("EffectiveCost"), QStringLiteral("InvoiceIssuerName"),
            QStringLiteral("ListCost"), QStringLiteral("ProviderName"), QStringLiteral("PublisherName"),
            QStringLiteral("ServiceCategory"), QStringLiteral("ServiceName"), QStringLiteral("ServiceSubcategory"),
            // not null for Usage rows that are not corrections: listunitprice.md, contractedunitprice.md,
            // pricingcategory.md, pricingquantity.md, pricingunit.md, skuid.md, skupriceid.md, consumedquantity.md
            QStringLiteral("ListUnitPrice"), QStringLiteral("ContractedUnitPrice"), QStringLiteral("PricingCategory"),
            QStringLiteral("PricingQuantity"), QStringLiteral("PricingUnit"), QStringLiteral("SkuId"),
            QStringLiteral("SkuPriceId"), QStringLiteral("ConsumedQuantity"), QStringLiteral("ConsumedUnit") };
        for (int r = 0; r + 1 < e.rows.size(); ++r) {
            QCOMPARE(e.rows[r + 1].size(), header.size());
            for (const QString& c : notNull)
                QVERIFY2(!e.cell(r, c.toLatin1().constData()).isEmpty(),
                    qPrintable(QStringLiteral("row %1 %2").arg(r).arg(c)));
            // datetime_format.md: UTC, extended ISO 8601 with Z; periods are [start, end)
            for (const char* c : { "BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd" })
                QVERIFY(DateTime.match(e.cell(r, c)).hasMatch());
            QVERIFY(e.cell(r, "ChargePeriodStart") < e.cell(r, "ChargePeriodEnd"));
            QVERIFY(e.cell(r, "BillingPeriodStart") <= e.cell(r, "ChargePeriodStart"));
            QVERIFY(e.cell(r, "ChargePeriodEnd") <= e.cell(r, "BillingPeriodEnd"));
            QVERIFY(e.cell(r, "BillingPeriodStart").endsWith(QLatin1String("-01T00:00:00Z")));
            // allowed values: chargecategory.md, chargeclass.md (null: no correction of an invoiced period),
            // chargefrequency.md, pricingcategory.md, servicecategory.md / servicesubcategory.md
            QCOMPARE(e.cell(r, "ChargeCategory"), QStringLiteral("Usage"));
            QCOMPARE(e.cell(r, "ChargeClass"), QString());
            QCOMPARE(e.cell(r, "ChargeFrequency"), QStringLiteral("Usage-Based"));
            QCOMPARE(e.cell(r, "PricingCategory"), QStringLiteral("Standard"));
            QCOMPARE(e.cell(r, "ServiceCategory"), QStringLiteral("AI and Machine Learning"));
            QCOMPARE(e.cell(r, "ServiceSubcategory"), QStringLiteral("Generative AI"));
            // currency_format.md: ISO 4217
            QCOMPARE(e.cell(r, "BillingCurrency"), QStringLiteral("USD"));
            // unit_format.md: "<quantity> <plural-units>" with a whole number
            QCOMPARE(e.cell(r, "PricingUnit"), QStringLiteral("1000000 Tokens"));
            QCOMPARE(e.cell(r, "ConsumedUnit"), QStringLiteral("Tokens"));
            // numeric_format.md: plain numbers, no currency symbols or thousands separators
            for (const char* c : { "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "ListUnitPrice",
                     "ContractedUnitPrice", "PricingQuantity", "ConsumedQuantity" })
                QVERIFY2(femto(e.cell(r, c)), qPrintable(e.cell(r, c)));
            // listcost.md / contractedcost.md / pricingquantity.md: unit price × quantity = cost, exactly
            const __int128 unit = *femto(e.cell(r, "ListUnitPrice")), quantity = *femto(e.cell(r, "PricingQuantity"));
            QVERIFY(unit * quantity % 1'000'000'000'000'000 == 0);
            QVERIFY(unit * quantity / 1'000'000'000'000'000 == *femto(e.cell(r, "ListCost")));
            QVERIFY(*femto(e.cell(r, "ContractedUnitPrice")) * quantity / 1'000'000'000'000'000
                == *femto(e.cell(r, "ContractedCost")));
            // PricingQuantity is ConsumedQuantity in millions
            QVERIFY(quantity == __int128(e.cell(r, "ConsumedQuantity").toLongLong()) * 1'000'000'000);
            // effectivecost.md: no commitment discounts to amortize, so what was billed
            QCOMPARE(e.cell(r, "EffectiveCost"), e.cell(r, "BilledCost"));
            // key_value_format.md: a flat JSON object
            for (const char* c : { "Tags", "SkuPriceDetails" }) {
                const QString json = e.cell(r, c);
                if (json.isEmpty())
                    continue;
                QJsonParseError error;
                const QJsonDocument d = QJsonDocument::fromJson(json.toUtf8(), &error);
                QVERIFY2(error.error == QJsonParseError::NoError && d.isObject(), qPrintable(json));
                for (const QJsonValue v : d.object())
                    QVERIFY(!v.isObject() && !v.isArray());
            }
            // skupricedetails.md: keys FOCUS-defined or x_-prefixed
            for (const QString& k : QJsonDocument::fromJson(e.cell(r, "SkuPriceDetails").toUtf8()).object().keys())
                QVERIFY(k.startsWith(QLatin1String("x_")));
            // subaccount columns: null together
            QCOMPARE(e.cell(r, "SubAccountId").isEmpty(), e.cell(r, "SubAccountName").isEmpty());
            QCOMPARE(e.cell(r, "SubAccountId").isEmpty(), e.cell(r, "SubAccountType").isEmpty());
        }
    }

    void demoReconcilesWithTheReport()
    {
        auto ws = Store::Workspace::open(m_demo, Store::Workspace::Mode::OpenExisting);
        QVERIFY(ws.ok());
        auto span = Analytics::timeSpan(*ws.value());
        QVERIFY(span.ok() && span.value());
        // a period that cuts through the data: the second week
        FocusOptions options;
        options.fromMs = (span.value()->first / 86'400'000 + 7) * 86'400'000;
        options.toMs = *options.fromMs + 7 * 86'400'000;
        const Exported e = exportOf(*ws.value(), options);
        Analytics::Filter f;
        f.fromMs = options.fromMs;
        f.toMs = options.toMs;
        const auto report = Analytics::report(*ws.value(), f);
        QVERIFY(report.ok());
        const Analytics::Kpis& k = report.value().totals;
        __int128 list = 0, billed = 0;
        for (int r = 0; r + 1 < e.rows.size(); ++r) {
            list += *femto(e.cell(r, "ListCost"));
            billed += *femto(e.cell(r, "BilledCost"));
        }
        // ListCost: the report's list cost, to the nano-dollar; BilledCost: what sources reported where they did, the
        // list cost elsewhere
        QVERIFY(list == __int128(k.listCostNano) * 1'000'000);
        QVERIFY(billed == __int128(k.reportedCostNano + k.listCostNano - k.reportedListCostNano) * 1'000'000);
        QVERIFY(k.reportedCostNano > 0); // the demo's Anthropic and OpenAI cost exports
        QVERIFY(e.summary.listCostFemto == list);
        // the demo's unpriced model is left out and counted, never written as $0
        QVERIFY(e.summary.leftOutCalls > 0);
        QCOMPARE(e.summary.leftOutByModel.keys(), QStringList { QStringLiteral("mistral-small-2506") });
        for (int r = 0; r + 1 < e.rows.size(); ++r)
            QVERIFY(e.cell(r, "x_Model") != QLatin1String("mistral-small-2506"));
        // calls written + left out = the report's calls
        QCOMPARE(e.summary.calls + e.summary.leftOutCalls, k.calls);
        // the same period again: byte for byte the same file
        QCOMPARE(exportOf(*ws.value(), options).bytes, e.bytes);
    }

    void reportedCostSharedToTheNanoDollar()
    {
        QTemporaryDir dir;
        UsageEvent e;
        e.timeMs = Day0 + 9 * 3'600'000;
        e.provider = QStringLiteral("anthropic");
        e.model = QStringLiteral("claude-sonnet-4-5");
        e.costCenter = QStringLiteral("Legal");
        e.apiKey = QStringLiteral("key_legal");
        e.tokens.uncachedInput = 1000; // $3/1M: 3,000,000 n$
        e.tokens.cacheRead = 1000; // $0.30/1M: 300,000 n$
        e.tokens.output = 100; // $15/1M: 1,500,000 n$
        e.reportedCostNano = 4'800'001; // 1 n$ above the list cost
        UsageEvent later = e; // an hour later, no reported cost
        later.timeMs += 3'600'000;
        later.reportedCostNano.reset();
        UsageEvent unpriced = e; // a model the catalog does not know: left out
        unpriced.model = QStringLiteral("my-finetune");
        unpriced.reportedCostNano.reset();
        auto ws = workspace(dir.filePath(QStringLiteral("w.inferometer")), { e, later, unpriced });
        FocusOptions hourly;
        hourly.granularity = Granularity::Hour;
        const Exported x = exportOf(*ws, hourly);
        QCOMPARE(x.rows.size(), 1 + 6); // two hours × three token kinds
        // rows by name within an hour: input, cache read, output (the kinds' order)
        QCOMPARE(x.cell(0, "x_TokenKind"), QStringLiteral("input"));
        QCOMPARE(x.cell(1, "x_TokenKind"), QStringLiteral("cache-read"));
        QCOMPARE(x.cell(2, "x_TokenKind"), QStringLiteral("output"));
        // 4,800,001 n$ over 3,000,000 : 300,000 : 1,500,000 is 3,000,000.625, 300,000.0625 and 1,500,000.3125: the
        // 1 n$ left goes to the largest remainder, the input
        QCOMPARE(x.cell(0, "BilledCost"), QStringLiteral("0.003000001"));
        QCOMPARE(x.cell(1, "BilledCost"), QStringLiteral("0.0003"));
        QCOMPARE(x.cell(2, "BilledCost"), QStringLiteral("0.0015"));
        QCOMPARE(x.cell(0, "ListCost"), QStringLiteral("0.003"));
        QCOMPARE(x.cell(0, "ListUnitPrice"), QStringLiteral("3"));
        QCOMPARE(x.cell(0, "PricingQuantity"), QStringLiteral("0.001"));
        QCOMPARE(x.cell(1, "ListUnitPrice"), QStringLiteral("0.3"));
        QCOMPARE(x.cell(0, "ChargePeriodStart"), QStringLiteral("2026-03-01T09:00:00Z"));
        QCOMPARE(x.cell(0, "ChargePeriodEnd"), QStringLiteral("2026-03-01T10:00:00Z"));
        QCOMPARE(x.cell(0, "BillingPeriodStart"), QStringLiteral("2026-03-01T00:00:00Z"));
        QCOMPARE(x.cell(0, "BillingPeriodEnd"), QStringLiteral("2026-04-01T00:00:00Z"));
        QCOMPARE(x.cell(0, "ProviderName"), QStringLiteral("Anthropic"));
        QCOMPARE(x.cell(0, "SubAccountId"), QStringLiteral("key_legal"));
        QCOMPARE(x.cell(0, "Tags"), QStringLiteral("{\"cost_center\":\"Legal\"}"));
        QCOMPARE(x.cell(0, "SkuId"), QStringLiteral("anthropic/claude-sonnet-4-5/input"));
        // the later hour bills its list cost
        QCOMPARE(x.cell(3, "ChargePeriodStart"), QStringLiteral("2026-03-01T10:00:00Z"));
        QCOMPARE(x.cell(3, "BilledCost"), QStringLiteral("0.003"));
        QCOMPARE(x.summary.leftOutCalls, qint64(1));
        QCOMPARE(x.summary.leftOutByModel.value(QStringLiteral("my-finetune")), qint64(1));
        // by day: one row per kind for both calls
        const Exported daily = exportOf(*ws);
        QCOMPARE(daily.rows.size(), 1 + 3);
        QCOMPARE(daily.cell(0, "BilledCost"), QStringLiteral("0.006000001"));
        QCOMPARE(daily.cell(0, "PricingQuantity"), QStringLiteral("0.002"));
        QCOMPARE(daily.cell(0, "x_Calls"), QStringLiteral("2"));
        // a period without data: the header and no rows
        FocusOptions empty;
        empty.fromMs = Day0 + 30 * 86'400'000LL;
        empty.toMs = *empty.fromMs + 86'400'000;
        const Exported none = exportOf(*ws, empty);
        QCOMPARE(none.bytes, (focusColumns().join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8());
    }

    void longContextAndSelfHosted()
    {
        QTemporaryDir dir;
        UsageEvent e;
        e.timeMs = Day0;
        e.provider = QStringLiteral("anthropic");
        e.model = QStringLiteral("claude-sonnet-4-5");
        e.tokens.uncachedInput = 250'000; // above 200k: $6/1M for the whole call
        e.tokens.output = 1000; // $22.50/1M
        auto ws = workspace(dir.filePath(QStringLiteral("l.inferometer")), { e });
        const Exported x = exportOf(*ws);
        QCOMPARE(x.rows.size(), 1 + 2);
        QCOMPARE(x.cell(0, "x_PriceTier"), QStringLiteral("long-context"));
        QCOMPARE(x.cell(0, "ListUnitPrice"), QStringLiteral("6"));
        QCOMPARE(x.cell(0, "ListCost"), QStringLiteral("1.5"));
        QCOMPARE(x.cell(1, "ListUnitPrice"), QStringLiteral("22.5"));
        QCOMPARE(x.cell(1, "ListCost"), QStringLiteral("0.0225"));
        QVERIFY(x.cell(0, "SkuPriceId").startsWith(QLatin1String("anthropic/claude-sonnet-4-5/input/long-context@")));
        // the demo's self-hosted model: its workspace price, a provider name of its own
        auto demo = Store::Workspace::open(m_demo, Store::Workspace::Mode::OpenExisting);
        const Exported d = exportOf(*demo.value());
        bool selfHosted = false;
        for (int r = 0; r + 1 < d.rows.size(); ++r)
            if (d.cell(r, "x_Model") == QLatin1String("llama-3.1-8b-instruct")) {
                selfHosted = true;
                QCOMPARE(d.cell(r, "ProviderName"), QStringLiteral("Self-hosted (workspace TCO)"));
                QVERIFY(*femto(d.cell(r, "ListUnitPrice")) > 0);
            }
        QVERIFY(selfHosted);
    }

    void femtoDecimals()
    {
        QCOMPARE(femtoDecimal(0), QStringLiteral("0"));
        QCOMPARE(femtoDecimal(1), QStringLiteral("0.000000000000001"));
        QCOMPARE(femtoDecimal(2'500'000'000'000'000), QStringLiteral("2.5"));
        QCOMPARE(femtoDecimal(-1'000'000'000'000'000), QStringLiteral("-1"));
        QCOMPARE(femtoDecimal(__int128(123'456) * 1'000'000'000'000'000 + 7), QStringLiteral("123456.000000000000007"));
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

INFEROMETER_TEST_GUILESS_MAIN(TestFocusExport)
#include "tst_focusexport.moc"
