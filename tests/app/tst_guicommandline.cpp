// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The GUI's --help, --version and --screenshot on a machine without a display (a server, CI, a container).
#include "tests/support/testmain.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void withoutDisplay();

private:
    QProcessEnvironment headless(const QTemporaryDir& home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        return env;
    }
};

void TestGuiCommandLine::withoutDisplay()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    auto run = [&](const QStringList& args, QByteArray& out) {
        QProcess p;
        p.setProcessEnvironment(headless(home));
        p.start(QStringLiteral(INFEROMETER_GUI), args);
        if (!p.waitForFinished(60000))
            return -1;
        out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    };
    QByteArray out;
    // before: "could not connect to display" and an abort
    QCOMPARE(run({ QStringLiteral("--version") }, out), 0);
    QVERIFY2(out.startsWith("Inferometer "), out.constData());
    QCOMPARE(run({ QStringLiteral("--help") }, out), 0);
    QVERIFY(out.contains("--screenshot"));
    QVERIFY(out.contains("--page"));
    // a screenshot of a new workspace, drawn offscreen
    const QString shot = home.filePath(QStringLiteral("shot.png"));
    QCOMPARE(run({ home.filePath(QStringLiteral("new.inferometer")), QStringLiteral("--screenshot"), shot }, out), 0);
    QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
}

INFEROMETER_TEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
