// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// A workspace that cannot be written opens read-only instead of failing, reads as before, refuses writes with a clear
// reason, and leaves its file byte for byte as it was with nothing created beside it.
#include "core/analytics/report.h"
#include "core/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTest>

#include "tests/support/testmain.h"

#include <unistd.h>

#include "tests/support/formattesting.h"

using namespace Testing;

namespace {

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

/**
 * Makes paths unwritable for the test's length: chmod for a user, which root ignores, so `chattr +i` (the immutable
 * attribute, which holds for root too) when the test runs as root. Undone on destruction.
 */
class Unwritable
{
public:
    explicit Unwritable(QStringList paths)
        : m_paths(std::move(paths))
    {
        for (const QString& p : m_paths)
            m_ok = m_ok && set(p, true);
    }
    ~Unwritable()
    {
        for (const QString& p : m_paths)
            set(p, false);
    }
    bool ok() const { return m_ok; }

private:
    static bool set(const QString& path, bool on)
    {
        if (geteuid() == 0)
            return QProcess::execute(
                       QStringLiteral("chattr"), { on ? QStringLiteral("+i") : QStringLiteral("-i"), path })
                == 0;
        const bool dir = QFileInfo(path).isDir();
        QFile::Permissions p
            = QFile::ReadOwner | QFile::ReadUser | (dir ? QFile::ExeOwner | QFile::ExeUser : QFile::Permissions());
        if (!on)
            p |= QFile::WriteOwner | QFile::WriteUser;
        return QFile::setPermissions(path, p);
    }
    QStringList m_paths;
    bool m_ok = true;
};

} // namespace

class TestReadOnlyWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void opensReadOnlyAndChangesNothing_data()
    {
        QTest::addColumn<bool>("fileToo");
        QTest::addColumn<QString>("reason");
        QTest::newRow("file") << true << QStringLiteral("the file cannot be written");
        QTest::newRow("folder") << false << QStringLiteral("its folder cannot be written");
    }

    void opensReadOnlyAndChangesNothing()
    {
        QFETCH(bool, fileToo);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.inferometer"));
        qint64 imported = 0;
        Analytics::Kpis writable;
        {
            auto ws = openWs(dir);
            QVERIFY(ws);
            auto r = import(*ws, QStringLiteral(TESTDATA_DIR "/ingest/good.jsonl"));
            QVERIFY2(r.ok() && r.value().committed, qPrintable(describe(r)));
            imported = r.value().imported;
            auto rep = Analytics::report(*ws, Analytics::Filter {});
            QVERIFY(rep.ok());
            writable = rep.value().totals;
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        const QByteArray before = digest(path);
        const QStringList entries = QDir(dir.path()).entryList(QDir::Files);

        QStringList locked { dir.path() };
        if (fileToo)
            locked.prepend(path);
        Unwritable guard(locked);
        QVERIFY2(guard.ok(), "chattr +i / chmod failed");
        QCOMPARE(Store::Workspace::readOnlyReason(path), reason);
        {
            auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
            QVERIFY(ws.value()->isReadOnly());
            // it reads as it did when it could be written
            auto rep = Analytics::report(*ws.value(), Analytics::Filter {});
            QVERIFY2(rep.ok(), qPrintable(rep.ok() ? QString() : rep.error().toString()));
            QCOMPARE(scalarInt(*ws.value(), QStringLiteral("SELECT count(*) FROM events")), imported);
            QCOMPARE(rep.value().totals.calls, writable.calls);
            QCOMPARE(rep.value().totals.listCostNano, writable.listCostNano);
            QCOMPARE(rep.value().totals.reportedCostNano, writable.reportedCostNano);
            // a write is refused with the reason, before anything is tried
            auto imp = import(*ws.value(), QStringLiteral(TESTDATA_DIR "/ingest/overlap.jsonl"));
            QVERIFY(!imp.ok());
            QCOMPARE(imp.error().message,
                QStringLiteral("This workspace is open read-only (%1): importing needs write access.").arg(reason));
            QCOMPARE(imp.error().source, path);
        }
        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), entries); // no -wal, no -shm left behind
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestReadOnlyWorkspace)
#include "tst_readonlyworkspace.moc"
