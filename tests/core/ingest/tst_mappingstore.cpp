// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/mappingstore.h"
#include "tests/support/testmain.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using Ingest::ColumnMapping;
using Ingest::SavedMapping;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(TESTDATA_DIR "/ingest/mapped/") + name;
}

ColumnMapping teamMapping()
{
    ColumnMapping m;
    m.fields = { { QStringLiteral("time"), QStringLiteral("ts") }, { QStringLiteral("model"), QStringLiteral("llm") },
        { QStringLiteral("uncached_input_tokens"), QStringLiteral("tokens_in") },
        { QStringLiteral("output_tokens"), QStringLiteral("tokens_out") },
        { QStringLiteral("team"), QStringLiteral("team") } };
    return m;
}

Ingest::RawPreview rawOf(const QString& file, QChar delimiter)
{
    QFile f(fixture(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto r = Ingest::readRawPreview(f, 20, delimiter);
    return r ? r.value() : Ingest::RawPreview {};
}

} // namespace

class TestMappingStore : public QObject
{
    Q_OBJECT
private slots:
    void filePattern_data();
    void filePattern();
    void matchesPattern_data();
    void matchesPattern();
    void jsonRoundTrip();
    void jsonShape();
    void jsonRejectsInvalid_data();
    void jsonRejectsInvalid();
    void savedListRoundTrip();
    void mostSpecificPatternWins();
    void guessDelimiter();
    void guessFromAliases();
    void guessTimeFormatAndMissingModel();
    void guessJsonLinesBySegment();
    void rawPreviewLinesAndBytes();
};

void TestMappingStore::filePattern_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("month export") << "spend_2026-10.csv"
                                  << "spend_*-*.csv";
    QTest::addRow("folders dropped") << "/home/ana/exports/spend_2026-10.csv"
                                     << "spend_*-*.csv";
    QTest::addRow("timestamp run") << "usage-20261001T0930.jsonl"
                                   << "usage-*T*.jsonl";
    QTest::addRow("no digits") << "gateway.csv"
                               << "gateway.csv";
    QTest::addRow("digits in extension") << "log.mp4"
                                         << "log.mp*";
    QTest::addRow("leading digits") << "2026_q3 costs.csv"
                                    << "*_q* costs.csv";
}

void TestMappingStore::filePattern()
{
    QFETCH(QString, file);
    QFETCH(QString, pattern);
    QCOMPARE(Ingest::filePattern(file), pattern);
}

void TestMappingStore::matchesPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("matches");
    QTest::addRow("next month") << "spend_*-*.csv"
                                << "/tmp/spend_2026-11.csv" << true;
    QTest::addRow("case ignored") << "spend_*-*.csv"
                                  << "SPEND_2027-01.CSV" << true;
    QTest::addRow("other extension") << "spend_*-*.csv"
                                     << "spend_2026-11.jsonl" << false;
    QTest::addRow("other prefix") << "spend_*-*.csv"
                                  << "myspend_2026-11.csv" << false;
    QTest::addRow("star matches nothing") << "spend_*.csv"
                                          << "spend_.csv" << true;
    QTest::addRow("question mark is one character") << "team-?.csv"
                                                    << "team-a.csv" << true;
    QTest::addRow("question mark is not two") << "team-?.csv"
                                              << "team-ab.csv" << false;
    QTest::addRow("brackets are literal") << "log[1].csv"
                                          << "log[1].csv" << true;
    QTest::addRow("brackets are no class") << "log[1].csv"
                                           << "log1.csv" << false;
    QTest::addRow("dot is literal") << "a.csv"
                                    << "abcsv" << false;
    QTest::addRow("empty pattern") << ""
                                   << "spend.csv" << false;
}

void TestMappingStore::matchesPattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, file);
    QFETCH(bool, matches);
    QCOMPARE(Ingest::matchesPattern(pattern, file), matches);
}

void TestMappingStore::jsonRoundTrip()
{
    ColumnMapping m = teamMapping();
    m.timeFormat = QStringLiteral("dd.MM.yyyy HH:mm");
    m.delimiter = QLatin1Char(';');
    auto back = Ingest::mappingFromJson(Ingest::mappingToJson(m));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back.value().fields, m.fields);
    QCOMPARE(back.value().timeFormat, m.timeFormat);
    QCOMPARE(back.value().delimiter, QLatin1Char(';'));
    QVERIFY(back.value() == m);
    // through text as well, a tab included
    m.delimiter = QLatin1Char('\t');
    const QByteArray text = QJsonDocument(Ingest::mappingToJson(m)).toJson();
    auto again = Ingest::mappingFromJson(QJsonDocument::fromJson(text).object());
    QVERIFY(again);
    QVERIFY(again.value() == m);
}

void TestMappingStore::jsonShape()
{
    const QByteArray text = QJsonDocument(Ingest::mappingToJson(teamMapping())).toJson(QJsonDocument::Compact);
    QCOMPARE(text,
        QByteArray("{\"delimiter\":\",\",\"fields\":{\"model\":\"llm\",\"output_tokens\":\"tokens_out\",\"team\":"
                   "\"team\",\"time\":\"ts\",\"uncached_input_tokens\":\"tokens_in\"}}"));
}

void TestMappingStore::jsonRejectsInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::addRow("no fields") << QByteArray("{}") << "no \"fields\"";
    QTest::addRow("unknown field") << QByteArray(R"({"fields":{"time":"a","model":"b","tokenz":"c"}})")
                                   << "Unknown field \"tokenz\"";
    QTest::addRow("no model") << QByteArray(R"({"fields":{"time":"a"}})") << "needs the \"model\" field";
    QTest::addRow("column not text") << QByteArray(R"({"fields":{"time":"a","model":3}})")
                                     << "field \"model\" is not text";
    QTest::addRow("long delimiter") << QByteArray(R"({"fields":{"time":"a","model":"b"},"delimiter":";;"})")
                                    << "delimiter \";;\"";
}

void TestMappingStore::jsonRejectsInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    auto r = Ingest::mappingFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
}

void TestMappingStore::savedListRoundTrip()
{
    ColumnMapping semicolon = teamMapping();
    semicolon.delimiter = QLatin1Char(';');
    QList<SavedMapping> saved;
    Ingest::putSavedMapping(saved, { QStringLiteral("spend_*-*.csv"), teamMapping() });
    Ingest::putSavedMapping(saved, { QStringLiteral("team-*.csv"), semicolon });
    // the same pattern (in other case) replaces the entry and moves it last
    ColumnMapping changed = teamMapping();
    changed.fields.insert(QStringLiteral("project"), QStringLiteral("note"));
    Ingest::putSavedMapping(saved, { QStringLiteral("SPEND_*-*.csv"), changed });
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved[0].pattern, QStringLiteral("team-*.csv"));
    QCOMPARE(saved[1].pattern, QStringLiteral("SPEND_*-*.csv"));

    const QByteArray json = Ingest::savedMappingsToJson(saved);
    QCOMPARE(Ingest::savedMappingsFromJson(json), saved);

    // an entry edited into nonsense is skipped, the rest survive
    QByteArray broken = json;
    broken.replace("\"team-*.csv\"", "\"\"");
    QCOMPARE(Ingest::savedMappingsFromJson(broken).size(), 1);
    QVERIFY(Ingest::savedMappingsFromJson("not json").isEmpty());
    QVERIFY(Ingest::savedMappingsFromJson({}).isEmpty());
}

void TestMappingStore::mostSpecificPatternWins()
{
    ColumnMapping general = teamMapping();
    ColumnMapping specific = teamMapping();
    specific.fields.insert(QStringLiteral("project"), QStringLiteral("note"));
    const QList<SavedMapping> saved { { QStringLiteral("spend_2026-*.csv"), specific },
        { QStringLiteral("*.csv"), general } };
    auto hit = Ingest::findSavedMapping(saved, QStringLiteral("/data/spend_2026-12.csv"));
    QVERIFY(hit);
    QCOMPARE(hit->pattern, QStringLiteral("spend_2026-*.csv"));
    QVERIFY(hit->mapping == specific);
    hit = Ingest::findSavedMapping(saved, QStringLiteral("other.csv"));
    QVERIFY(hit);
    QCOMPARE(hit->pattern, QStringLiteral("*.csv"));
    QVERIFY(!Ingest::findSavedMapping(saved, QStringLiteral("other.jsonl")));
}

void TestMappingStore::guessDelimiter()
{
    QCOMPARE(Ingest::guessDelimiter("a,b,c\n1,2,3\n"), QLatin1Char(','));
    QCOMPARE(Ingest::guessDelimiter("Datum;Modell;Eingabe\n01.10.2025 09:00;gpt-4o;1,5\n"), QLatin1Char(';'));
    QCOMPARE(Ingest::guessDelimiter("a\tb\tc\n"), QLatin1Char('\t'));
    QCOMPARE(Ingest::guessDelimiter("\xEF\xBB\xBF{\"a;b;c\": 1}\n"), QLatin1Char(','));
}

void TestMappingStore::guessFromAliases()
{
    const Ingest::RawPreview raw = rawOf(QStringLiteral("spend_2026-10.csv"), QLatin1Char(','));
    QCOMPARE(raw.rows.size(), 3);
    const ColumnMapping m = Ingest::guessMapping(raw);
    const QMap<QString, QString> expected { { QStringLiteral("time"), QStringLiteral("Date") },
        { QStringLiteral("model"), QStringLiteral("Model Name") },
        { QStringLiteral("uncached_input_tokens"), QStringLiteral("Prompt Tokens") },
        { QStringLiteral("output_tokens"), QStringLiteral("Completion Tokens") },
        { QStringLiteral("cache_read_tokens"), QStringLiteral("Cached Tokens") },
        { QStringLiteral("cost_center"), QStringLiteral("Department") },
        { QStringLiteral("reported_cost_usd"), QStringLiteral("Spend") },
        { QStringLiteral("call_id"), QStringLiteral("Request ID") } };
    QCOMPARE(m.fields, expected);
    QVERIFY(m.timeFormat.isEmpty());

    // a column named like the field wins over an alias; each column is used once
    Ingest::RawPreview own;
    own.header = { QStringLiteral("timestamp"), QStringLiteral("time"), QStringLiteral("model"),
        QStringLiteral("input_tokens"), QStringLiteral("prompt_tokens"), QStringLiteral("cost") };
    const ColumnMapping o = Ingest::guessMapping(own);
    QCOMPARE(o.fields.value(QStringLiteral("time")), QStringLiteral("time"));
    QCOMPARE(o.fields.value(QStringLiteral("uncached_input_tokens")), QStringLiteral("input_tokens"));
    QCOMPARE(o.fields.value(QStringLiteral("reported_cost_usd")), QStringLiteral("cost"));
    QCOMPARE(o.fields.size(), 4);
}

void TestMappingStore::guessTimeFormatAndMissingModel()
{
    const Ingest::RawPreview raw = rawOf(QStringLiteral("odd_time.csv"), QLatin1Char(';'));
    QCOMPARE(raw.header,
        QStringList({ QStringLiteral("Datum"), QStringLiteral("Modell"), QStringLiteral("Eingabe"),
            QStringLiteral("Ausgabe") }));
    const ColumnMapping m = Ingest::guessMapping(raw, QLatin1Char(';'));
    // German names are no alias: only the time column is guessed, by its values
    QCOMPARE(m.fields.value(QStringLiteral("time")), QString());
    QCOMPARE(m.delimiter, QLatin1Char(';'));

    Ingest::RawPreview dated = raw;
    dated.header[0] = QStringLiteral("Date");
    const ColumnMapping d = Ingest::guessMapping(dated, QLatin1Char(';'));
    QCOMPARE(d.fields.value(QStringLiteral("time")), QStringLiteral("Date"));
    QCOMPARE(d.timeFormat, QStringLiteral("dd.MM.yyyy HH:mm"));
    QVERIFY(!d.fields.contains(QStringLiteral("model")));
}

void TestMappingStore::guessJsonLinesBySegment()
{
    const Ingest::RawPreview raw = rawOf(QStringLiteral("team_usage.jsonl"), QLatin1Char(','));
    QVERIFY(raw.jsonLines);
    const ColumnMapping m = Ingest::guessMapping(raw);
    QCOMPARE(m.fields.value(QStringLiteral("time")), QStringLiteral("when"));
    QCOMPARE(m.fields.value(QStringLiteral("provider")), QStringLiteral("llm.vendor"));
    QCOMPARE(m.fields.value(QStringLiteral("team")), QStringLiteral("gen_ai.team"));
    QCOMPARE(m.fields.value(QStringLiteral("cache_read_tokens")), QStringLiteral("usage.cached"));
    QCOMPARE(m.fields.value(QStringLiteral("uncached_input_tokens")), QString()); // "usage.in" is no alias
}

void TestMappingStore::rawPreviewLinesAndBytes()
{
    // a quoted line break: the second record spans lines 3 and 4, the third starts on line 5
    QByteArray text = "a,b\n1,x\n2,\"two\nlines\"\n3,y\n\n4,z\n";
    QBuffer buf(&text);
    QVERIFY(buf.open(QIODevice::ReadOnly));
    auto r = Ingest::readRawPreview(buf, 3);
    QVERIFY(r);
    QCOMPARE(r.value().header, QStringList({ QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(r.value().rows.size(), 3);
    QCOMPARE(r.value().lines, QList<qint64>({ 2, 3, 5 }));
    QCOMPARE(r.value().rows[1][1], QStringLiteral("two\nlines"));
    QCOMPARE(r.value().bytes, qint64(QByteArray("a,b\n1,x\n2,\"two\nlines\"\n3,y\n").size()));

    QByteArray jsonl = "{\"a\":1}\n\n{\"a\":2,\"b\":{\"c\":3}}\n{\"a\":3}\n";
    QBuffer jb(&jsonl);
    QVERIFY(jb.open(QIODevice::ReadOnly));
    auto j = Ingest::readRawPreview(jb, 2);
    QVERIFY(j);
    QVERIFY(j.value().jsonLines);
    QCOMPARE(j.value().header, QStringList({ QStringLiteral("a"), QStringLiteral("b.c") }));
    QCOMPARE(j.value().lines, QList<qint64>({ 1, 3 }));
    QCOMPARE(j.value().rows[0], QStringList({ QStringLiteral("1"), QString() }));
    QCOMPARE(j.value().bytes, qint64(QByteArray("{\"a\":1}\n\n{\"a\":2,\"b\":{\"c\":3}}\n").size()));
}

INFEROMETER_TEST_APPLESS_MAIN(TestMappingStore)
#include "tst_mappingstore.moc"
