// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Prompts saved in a workspace with their history: versions newest first, identical saves add nothing, texts read
// back exactly, removal, and a reopened workspace still has them.
#include "core/prompt/promptrepository.h"
#include "tests/support/testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Prompt;

class TestPromptRepository : public QObject
{
    Q_OBJECT
private slots:
    void saveAndHistory();
    void nameRequired();
};

void TestPromptRepository::saveAndHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.inferometer"));
    qint64 support = 0, v1 = 0, v3 = 0;
    {
        auto ws = Store::Workspace::open(path);
        QVERIFY(ws.ok());
        PromptRepository repo(*ws.value());
        QCOMPARE(repo.prompts().value().size(), 0);
        auto a = repo.saveVersion(
            QStringLiteral("Support"), QStringLiteral("Please be polite."), QStringLiteral("first"), 1000);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        v1 = a.value();
        // the same text again adds nothing
        QCOMPARE(
            repo.saveVersion(QStringLiteral("Support"), QStringLiteral("Please be polite."), QString(), 2000).value(),
            v1);
        const QString unicode = QStringLiteral("Be polite. Привет 😀 {{customer_name}}\r\n");
        v3 = repo.saveVersion(QStringLiteral(" Support "), unicode, QStringLiteral("Remove filler"), 3000).value();
        QVERIFY(v3 != v1);
        QVERIFY(repo.saveVersion(QStringLiteral("Sales"), QStringLiteral("x"), QString(), 4000).ok());

        const QList<SavedPrompt> list = repo.prompts().value();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].name, QStringLiteral("Sales")); // by name
        QCOMPARE(list[1].name, QStringLiteral("Support"));
        QCOMPARE(list[1].versions, 2);
        QCOMPARE(list[1].createdMs, qint64(1000));
        QCOMPARE(list[1].updatedMs, qint64(3000));
        QCOMPARE(list[1].latestVersionId, v3);
        support = list[1].id;

        const QList<PromptVersion> h = repo.history(support).value();
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].id, v3); // newest first
        QCOMPARE(h[0].note, QStringLiteral("Remove filler"));
        QCOMPARE(h[0].chars, qint64(unicode.toUcs4().size())); // characters as SQLite counts them: 😀 is one
        QCOMPARE(h[1].createdMs, qint64(1000));
        QCOMPARE(repo.versionText(v3).value(), unicode);
        QVERIFY(!repo.versionText(999).ok());
    }
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    QVERIFY(ws.ok());
    PromptRepository repo(*ws.value());
    QCOMPARE(repo.versionText(v1).value(), QStringLiteral("Please be polite."));
    QVERIFY(repo.removePrompt(support).ok());
    QCOMPARE(repo.prompts().value().size(), 1);
    QVERIFY(repo.history(support).value().isEmpty());
    QVERIFY(!repo.versionText(v1).ok());
}

void TestPromptRepository::nameRequired()
{
    QTemporaryDir dir;
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("p.inferometer")));
    QVERIFY(ws.ok());
    auto r = PromptRepository(*ws.value()).saveVersion(QStringLiteral("  "), QStringLiteral("x"), QString(), 1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("name"));
    QCOMPARE(r.error().source, ws.value()->path());
}

INFEROMETER_TEST_GUILESS_MAIN(TestPromptRepository)
#include "tst_promptrepository.moc"
