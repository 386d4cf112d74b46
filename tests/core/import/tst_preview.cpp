// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/import/preview.h"

#include "core/ingest/usageformat.h"
#include "core/pricing/pricecatalog.h"
#include "tests/support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/mapped/") + name;
}

Ingest::ColumnMapping teamMapping()
{
    auto m = Ingest::parseMapping(
        { QStringLiteral("time=ts"), QStringLiteral("model=llm"), QStringLiteral("uncached_input_tokens=tokens_in"),
            QStringLiteral("output_tokens=tokens_out"), QStringLiteral("team=team") });
    return m ? m.value() : Ingest::ColumnMapping {};
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formatObject();
    void mappingEveryRowIsEventOrRejected();
    void mappingCutsAfterRows();
    void mappingThatCannotRead();
    void unreadableFile();

private:
    Pricing::PriceCatalog m_catalog;
};

void TestPreview::initTestCase()
{
    auto c = Pricing::PriceCatalog::builtin();
    QVERIFY(c);
    m_catalog = c.value();
}

void TestPreview::formatObject()
{
    const auto format = Ingest::mappedFormat(teamMapping());
    auto p = Import::preview(fixture(QStringLiteral("team_usage.csv")), *format, m_catalog, 2);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p.value().formatId, QStringLiteral("mapped"));
    QCOMPARE(p.value().events.size(), 2); // the limit
    QCOMPARE(p.value().events[0].model, QStringLiteral("gpt-4o"));
    QCOMPARE(p.value().events[0].tokens.uncachedInput, 1000);
    QCOMPARE(p.value().events[0].team, QStringLiteral("search"));
    // gpt-4o: 1000 × $2.50/1M + 500 × $10/1M = $0.0075
    QCOMPARE(p.value().events[0].listCostNano, std::optional<qint64>(7'500'000));
    // the id form still resolves ids, and a mapping is never found by id
    QVERIFY(!Import::preview(fixture(QStringLiteral("team_usage.csv")), QStringLiteral("mapped"), m_catalog));
}

void TestPreview::mappingEveryRowIsEventOrRejected()
{
    auto r = Import::previewMapping(fixture(QStringLiteral("team_usage_bad.csv")), teamMapping(), m_catalog);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    const Import::MappingPreview& p = r.value();
    QVERIFY(!p.error);
    QCOMPARE(p.raw.header.size(), 6);
    QCOMPARE(p.raw.rows.size(), p.parsed.events.size() + p.parsed.rejected.size());
    QVERIFY(!p.parsed.rejected.isEmpty());
    // the rejected rows name their line and the source column with its field
    QCOMPARE(p.parsed.rejected[0].line, 3);
    QCOMPARE(p.parsed.rejected[0].field, QStringLiteral("tokens_in (uncached_input_tokens)"));
    QCOMPARE(p.parsed.rejected[1].line, 4);
    QCOMPARE(p.parsed.rejected[1].field, QStringLiteral("ts (time)"));
    QCOMPARE(p.parsed.events.first().sourceLine, 2);
    QVERIFY(p.parsed.events.first().listCostNano.has_value());
}

void TestPreview::mappingCutsAfterRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ts,llm,tokens_in,tokens_out,team\n");
        for (int i = 0; i < 50; ++i)
            f.write(QByteArray("2026-10-01T09:00:00Z,gpt-4o,") + (i % 10 == 9 ? "x" : "10") + ",5,a\n");
    }
    auto r = Import::previewMapping(path, teamMapping(), m_catalog, 20);
    QVERIFY(r);
    QCOMPARE(r.value().raw.rows.size(), 20);
    QCOMPARE(r.value().parsed.events.size(), 18);
    QCOMPARE(r.value().parsed.rejected.size(), 2); // lines 11 and 21 of 51: the rows shown, not more
    QCOMPARE(r.value().parsed.rejected[1].line, 21);
}

void TestPreview::mappingThatCannotRead()
{
    Ingest::ColumnMapping noModel = teamMapping();
    noModel.fields.remove(QStringLiteral("model"));
    auto r = Import::previewMapping(fixture(QStringLiteral("team_usage.csv")), noModel, m_catalog);
    QVERIFY(r); // the rows are still shown
    QCOMPARE(r.value().raw.rows.size(), 3);
    QVERIFY(r.value().error);
    QCOMPARE(r.value().error->field, QStringLiteral("model"));
    QVERIFY(r.value().parsed.events.isEmpty());

    auto missing = Import::previewMapping(fixture(QStringLiteral("team_usage_nocol.csv")), teamMapping(), m_catalog);
    QVERIFY(missing);
    QVERIFY(missing.value().error);
    QVERIFY2(missing.value().error->message.contains(QStringLiteral("no column \"tokens_in\"")),
        qPrintable(missing.value().error->message));
}

void TestPreview::unreadableFile()
{
    auto r = Import::previewMapping(QStringLiteral("/nonexistent/x.csv"), teamMapping(), m_catalog);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Io);
    QCOMPARE(r.error().source, QStringLiteral("/nonexistent/x.csv"));
}

INFEROMETER_TEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
