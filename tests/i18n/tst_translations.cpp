// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The German and Ukrainian catalogs: complete (no unfinished entry), current (lupdate over today's sources adds and
// drops nothing), each translation with the placeholders and accelerator of its source and the plural forms of its
// language; and once installed, the window speaks the language and writes numbers, money and dates its way, while
// what programs read (Money::formatUsd for files and the CLI) stays the same.
#include "app/i18n/localization.h"
#include "core/common/money.h"
#include "tests/support/testmain.h"
#include "views/models/format.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source;
    QStringList translations; // one, or the plural forms
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            m = Message { context, {}, {}, {},
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
        } else if (name == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations.append(xml.readElementText());
            else
                while (xml.readNextStartElement())
                    m.translations.append(xml.readElementText());
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

/** The placeholders of `s`, sorted: "%1", "%L2", "%n" (a "%" before a space or the end is a percent sign). */
QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d{1,2}|L?n)"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

/** How many "&X" keyboard accelerators `s` has ("&&" is a literal ampersand). */
int accelerators(QString s)
{
    s.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&(?![a-z]+;|#\\d+;)[^\\s&]"));
    return int(s.count(re));
}

QString tsPath(const QString& lang)
{
    return QStringLiteral(INFEROMETER_SOURCE_DIR "/translations/inferometer_%1.ts").arg(lang);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogIsCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("uk") << QStringLiteral("uk") << 3;
    }

    void catalogIsCompleteAndConsistent()
    {
        QFETCH(QString, lang);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 2000);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QStringLiteral("\": ");
            if (!m.type.isEmpty()) {
                problems.append(where + m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms)
                problems.append(
                    where + QStringLiteral("%1 plural forms, not %2").arg(m.translations.size()).arg(pluralForms));
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems.append(where + QStringLiteral("empty"));
                else if (placeholders(t) != placeholders(m.source))
                    problems.append(where
                        + QStringLiteral("placeholders %1 in \"%2\"")
                              .arg(placeholders(m.source).join(QLatin1Char(' ')), t.left(60)));
                else if (accelerators(t) != accelerators(m.source))
                    problems.append(where + QStringLiteral("%1 accelerators in \"%2\"").arg(accelerators(t)).arg(t));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    /** The catalogs hold exactly the strings the sources ask for: lupdate over them changes no entry. */
    void catalogIsCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess gen;
        gen.start(QStringLiteral(CMAKE_COMMAND),
            { QStringLiteral("-DIN_FILE=" LUPDATE_PROJECT_CMAKE), QStringLiteral("-DOUT_FILE=") + project,
                QStringLiteral("-P"), QStringLiteral(LUPDATE_PROJECT_SCRIPT) });
        QVERIFY(gen.waitForFinished(60000));
        QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
        for (const QString& lang : { QStringLiteral("de"), QStringLiteral("uk") }) {
            const QString copy = dir.filePath(QStringLiteral("inferometer_%1.ts").arg(lang));
            QVERIFY(QFile::copy(tsPath(lang), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                { QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-project"), project,
                    QStringLiteral("-ts"), copy });
            QVERIFY(lupdate.waitForFinished(120000));
            QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
            QString error;
            QStringList stale;
            for (const Message& m : readTs(copy, &error))
                if (!m.type.isEmpty())
                    stale.append(QStringLiteral("%1 (%2): \"%3\"").arg(m.type, m.context, m.source.left(70)));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(stale.isEmpty(),
                qPrintable(lang + QStringLiteral(": run the update_translations target and translate:\n")
                    + stale.mid(0, 20).join(QLatin1Char('\n'))));
        }
    }

    void germanIsSpokenAndWritten()
    {
        QCOMPARE(Localization::install(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Cost centers"), QStringLiteral("Kostenstellen"));
        // Qt's own catalog too: the standard buttons
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        // $1,234.50 the German way: a comma for decimals, a point between thousands, the sign after
        const QChar nbsp(0x00A0);
        QCOMPARE(Format::money(1'234'500'000'000), QStringLiteral("1.234,50") + nbsp + QStringLiteral("$"));
        QCOMPARE(Format::count(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(QLocale().toString(QDate(2026, 3, 5), QLocale::ShortFormat), QStringLiteral("05.03.26"));
        QCOMPARE(QLocale().toString(QDate(2026, 10, 29), Format::dayMonthPattern()), QStringLiteral("29. Okt."));
        // files and the CLI keep theirs
        QCOMPARE(Money::formatUsd(1'234'500'000'000), QStringLiteral("$1,234.50"));
    }

    void ukrainianIsSpokenWithThreePluralForms()
    {
        QCOMPARE(Localization::install(QStringLiteral("uk")).language(), QLocale::Ukrainian);
        QCOMPARE(QCoreApplication::translate("MainWindow", "Cost centers"), QStringLiteral("Центри витрат"));
        const auto events = [](int n) -> QString {
            return QCoreApplication::translate("ColumnMappingDialog", "%n event(s)", nullptr, n);
        };
        QCOMPARE(events(1), QStringLiteral("1 подія"));
        QCOMPARE(events(3), QStringLiteral("3 події"));
        QCOMPARE(events(5), QStringLiteral("5 подій"));
        QCOMPARE(events(21), QStringLiteral("21 подія"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Скасувати"));
        const QChar nbsp(0x00A0);
        QCOMPARE(
            Format::count(1234567), QStringLiteral("1") + nbsp + QStringLiteral("234") + nbsp + QStringLiteral("567"));
    }

    void englishAgainRemovesTheTranslators()
    {
        Localization::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Cost centers"), QStringLiteral("Cost centers"));
        QCOMPARE(Format::money(1'234'500'000'000), QStringLiteral("$1,234.50"));
        QCOMPARE(QLocale().toString(QDate(2026, 10, 29), Format::dayMonthPattern()), QStringLiteral("Oct 29"));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
