// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// A CLI that explains itself: each command's --help, --version, one-line errors, and a usage text that names exactly
// the options each command accepts.
#include "app/cli/clisupport.h"
#include "core/inference/sampler.h"
#include "core/ingest/usageformat.h"
#include "tests/support/clitesting.h"
#include "tests/support/testmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using CliTesting::cli;
using CliTesting::Run;

namespace {

QSet<QString> optionsIn(const QString& text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("--([a-z][a-z0-9-]*)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    out.remove(QStringLiteral("json"));
    out.remove(QStringLiteral("help"));
    return out;
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }
    void commandHelp_data();
    void commandHelp();
    void usageNamesEveryFormat();
    void generateDefaultsAsTheSampler();
    void version();
    void errorsAreOneLine();
    void unknownEncodingListsTheValidOnes();
    void importIsQuietUnlessVerbose();
    void failedImportLeavesNoNewWorkspace();
};

void TestCliHelp::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const Cli::Command& c : Cli::commands())
        QTest::newRow(c.name) << QString::fromLatin1(c.name);
}

void TestCliHelp::commandHelp()
{
    QFETCH(QString, command);
    for (const char* flag : { "--help", "-h" }) {
        const Run r = cli({ command, QString::fromLatin1(flag) });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: inferometer-cli ") + command + QLatin1Char(' ')),
            qPrintable(r.out));
        QVERIFY(r.out.contains(Cli::commandSummary(command)));
        QVERIFY(r.out.contains(QLatin1String("--json")));
    }
    // the synopsis in `inferometer-cli --help` names exactly the options the command accepts
    const QString help = cli({ command, QStringLiteral("--help") }).out;
    const QString options = help.mid(help.indexOf(QLatin1String("Options:")));
    const QSet<QString> accepted = optionsIn(options);
    const QSet<QString> documented = optionsIn(Cli::commandSynopsis(command));
    QCOMPARE(documented, accepted);
    // and "help COMMAND" is the same as "COMMAND --help"
    QCOMPARE(cli({ QStringLiteral("help"), command }).out, help);
}

void TestCliHelp::usageNamesEveryFormat()
{
    const QString usage = cli({ QStringLiteral("--help") }).out;
    QVERIFY(usage.contains(QLatin1String("--days N")));
    QVERIFY(usage.contains(QLatin1String("--at DATE")));
    for (const Ingest::UsageFormat* f : Ingest::formats()) {
        QVERIFY2(Cli::commandSynopsis(QStringLiteral("import")).contains(QLatin1Char('|') + f->id()), qPrintable(f->id()));
        QVERIFY2(cli({ QStringLiteral("import"), QStringLiteral("--help") }).out.simplified().contains(f->id()),
            qPrintable(f->id()));
    }
}

void TestCliHelp::generateDefaultsAsTheSampler()
{
    // before: the usage said "greedy at temperature 0" while generate samples at 0.8 by default
    const Inference::SamplerOptions defaults;
    const QString summary = Cli::commandSummary(QStringLiteral("generate"));
    QVERIFY2(summary.contains(QStringLiteral("temperature %1").arg(double(defaults.temperature))), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("top-k %1").arg(defaults.topK)));
    QVERIFY(summary.contains(QStringLiteral("top-p %1").arg(double(defaults.topP))));
    QVERIFY(cli({ QStringLiteral("generate"), QStringLiteral("--help") })
                .out.contains(QStringLiteral("(default %1)").arg(double(defaults.temperature))));
}

void TestCliHelp::version()
{
    for (const char* flag : { "--version", "-v" }) {
        const Run r = cli({ QString::fromLatin1(flag) });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("inferometer-cli 9.8.7\n"));
    }
}

void TestCliHelp::errorsAreOneLine()
{
    QTemporaryDir dir;
    // bad usage: the error and where to read more, not the whole usage text
    const Run missing = cli({ QStringLiteral("report") });
    QCOMPARE(missing.status, 2);
    QCOMPARE(missing.err,
        QStringLiteral("inferometer-cli: report needs --workspace W.\nTry \"inferometer-cli report --help\".\n"));
    const Run bogus = cli({ QStringLiteral("tokens"), QStringLiteral("--bogus") });
    QCOMPARE(bogus.status, 2);
    QCOMPARE(bogus.err.count(QLatin1Char('\n')), 2);
    QVERIFY(!bogus.err.contains(QLatin1String("Commands:")));
    // a runtime error: one line
    const Run absent = cli({ QStringLiteral("report"), QStringLiteral("--workspace"),
        dir.filePath(QStringLiteral("absent.inferometer")) });
    QCOMPARE(absent.status, 1);
    QCOMPARE(absent.err.count(QLatin1Char('\n')), 1);
    QVERIFY(absent.err.contains(QLatin1String("absent.inferometer")));
    // an unknown command still lists the commands
    const Run unknown = cli({ QStringLiteral("frobnicate") });
    QCOMPARE(unknown.status, 2);
    QVERIFY(unknown.err.contains(QLatin1String("Commands:")));
}

void TestCliHelp::unknownEncodingListsTheValidOnes()
{
    QTemporaryDir dir;
    const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), QStringLiteral("o300k_base"),
        dir.filePath(QStringLiteral("any.txt")) });
    QCOMPARE(r.status, 1);
    QCOMPARE(r.err,
        QStringLiteral("inferometer-cli: unknown encoding \"o300k_base\": use o200k_base, cl100k_base, gguf:MODEL.gguf, "
                       "or the path of a .tiktoken, tokenizer.json or .gguf file\n"));
}

namespace {
QStringList g_logged;
void collect(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_logged << QString::fromLatin1(context.category ? context.category : "") + QStringLiteral(": ") + message;
}
} // namespace

void TestCliHelp::importIsQuietUnlessVerbose()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("quiet.inferometer"));
    const QString file = QStringLiteral(TESTDATA_DIR "/ingest/good.jsonl");
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const Run quiet = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, file });
    const QStringList quietLog = g_logged;
    g_logged.clear();
    const Run verbose = cli({ QStringLiteral("--verbose"), QStringLiteral("import"), QStringLiteral("--workspace"), ws, file });
    const QStringList verboseLog = g_logged;
    qInstallMessageHandler(previous);
    QCOMPARE(quiet.status, 0);
    // before: "inferometer.ingest: imported … 6 new, 0 duplicates" on stderr at every import
    QCOMPARE(quietLog, QStringList());
    QCOMPARE(verbose.status, 0);
    QVERIFY2(verboseLog.filter(QStringLiteral("inferometer.ingest: imported")).size() == 1,
        qPrintable(verboseLog.join(QLatin1Char('\n'))));
}

void TestCliHelp::failedImportLeavesNoNewWorkspace()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("never.inferometer"));
    const Run r = cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws,
        QStringLiteral(TESTDATA_DIR "/ingest/junk.bin") });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(QLatin1String("junk.bin")));
    // before: an empty never.inferometer was left behind
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    // a workspace that was there before stays, whatever the import did
    QVERIFY(cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                    QStringLiteral(TESTDATA_DIR "/ingest/good.jsonl") })
                .status
        == 0);
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                     QStringLiteral(TESTDATA_DIR "/ingest/junk.bin") })
                 .status,
        1);
    QVERIFY(QFile::exists(ws));
}

INFEROMETER_TEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
