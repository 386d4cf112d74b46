// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// kill -9 at random moments of a price re-application and of a schema migration (inferometer-cli in a child process)
// leaves the workspace exactly as before, or exactly as a finished run leaves it: never anything in between. A disk
// that fills during an import gives a clear error and leaves the workspace as before.
#include "core/store/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>

#include "tests/support/testmain.h"

namespace {

const QString Cli = QStringLiteral(INFEROMETER_CLI);

/**
 * Everything a workspace holds, as SQL sees it: user_version, the schema, and every value of every row of every table,
 * read through SQLite's own API (a digest over QVariant conversions took minutes). `problem` gets integrity_check's
 * answer when it is not "ok", or why the file cannot be read.
 */
QByteArray contentDigest(const QString& path, QString* problem = nullptr)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        if (problem)
            *problem = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto each = [&](const QByteArray& sql, const std::function<void(sqlite3_stmt*)>& row) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK)
            while (sqlite3_step(st) == SQLITE_ROW)
                row(st);
        sqlite3_finalize(st);
    };
    each("PRAGMA integrity_check", [&](sqlite3_stmt* st) {
        const QByteArray r(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        if (r != "ok" && problem)
            *problem = QString::fromUtf8(r);
    });
    each("PRAGMA user_version", [&](sqlite3_stmt* st) { h.addData(QByteArray::number(sqlite3_column_int(st, 0))); });
    QList<QByteArray> tables;
    each("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name", [&](sqlite3_stmt* st) {
        tables << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        h.addData(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 1))));
    });
    for (const QByteArray& t : tables) {
        h.addData(t);
        each("SELECT * FROM \"" + t + "\"", [&](sqlite3_stmt* st) {
            for (int i = 0, n = sqlite3_column_count(st); i < n; ++i) {
                const int type = sqlite3_column_type(st, i);
                const auto* p = static_cast<const char*>(sqlite3_column_blob(st, i));
                h.addData(QByteArrayView(reinterpret_cast<const char*>(&type), 1));
                h.addData(QByteArrayView(p, p ? sqlite3_column_bytes(st, i) : 0));
                h.addData("\x1f");
            }
        });
    }
    sqlite3_close(db);
    return h.result().toHex();
}

int runCli(const QStringList& args, QString* err = nullptr)
{
    QProcess p;
    p.start(Cli, args);
    if (!p.waitForFinished(600'000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/** Copies `from` (and no -wal/-shm: `from` is closed) to `to`, replacing it and its -wal/-shm. */
bool fresh(const QString& from, const QString& to)
{
    for (const char* s : { "", "-wal", "-shm" })
        QFile::remove(to + QLatin1String(s));
    return QFile::copy(from, to);
}

/**
 * Runs `args` on copies of `pristine` `kills` times, killing the process (SIGKILL) at a random moment of a run's
 * usual duration; after each kill the copy must hold `before` or `after` exactly and pass integrity_check.
 */
void killRepeatedly(const QString& pristine, const QString& work, const QStringList& args, const QByteArray& before,
    const QByteArray& after, qint64 runMs, int kills)
{
    int asBefore = 0, asAfter = 0;
    QRandomGenerator rng(20261207);
    for (int i = 0; i < kills; ++i) {
        QVERIFY(fresh(pristine, work));
        QProcess p;
        p.start(Cli, args);
        QVERIFY(p.waitForStarted());
        const int at = int(rng.bounded(quint32(qMax<qint64>(1, runMs))));
        QTest::qSleep(at);
        p.kill(); // SIGKILL: no handler, no clean-up
        p.waitForFinished();
        QString problem;
        const QByteArray now = contentDigest(work, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("kill at %1 ms: %2").arg(at).arg(problem)));
        QVERIFY2(now == before || now == after,
            qPrintable(
                QStringLiteral("kill at %1 ms left a workspace that is neither as before nor as after").arg(at)));
        (now == before ? asBefore : asAfter) += 1;
    }
    qInfo("%d kills: %d left it as before, %d as after", kills, asBefore, asAfter);
    // most kills must land inside the run: a test whose kills all come too late proves nothing
    QVERIFY2(asBefore >= kills / 2, "too few kills landed before the commit: the run is shorter than measured");
}

/**
 * Runs `args` once on a fresh copy of `pristine` to learn what a finished run leaves and how long it takes (it must
 * change the workspace), then kills it 8 times at random moments of that length (killRepeatedly).
 */
void killDuringRuns(const QString& pristine, const QString& work, const QStringList& args)
{
    const QByteArray before = contentDigest(pristine);
    QVERIFY(fresh(pristine, work));
    QElapsedTimer t;
    t.start();
    QString err;
    QCOMPARE(runCli(args, &err), 0);
    const qint64 runMs = t.elapsed();
    const QByteArray after = contentDigest(work);
    QVERIFY(after != before);
    killRepeatedly(pristine, work, args, before, after, runMs, 8);
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private slots:
    void repriceKilledAtRandom()
    {
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine.inferometer"));
        const QString work = dir.filePath(QStringLiteral("work.inferometer"));
        QString err;
        QCOMPARE(runCli({ QStringLiteral("demo"), QStringLiteral("--out"), pristine, QStringLiteral("--days"),
                            QStringLiteral("7") },
                     &err),
            0);
        // new prices for gpt-4o and gpt-4o-mini, stored but not yet applied: --reprice is what gets killed
        const QString prices = dir.filePath(QStringLiteral("prices.json"));
        QFile f(prices);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"gpt-4o": {"input_cost_per_token": 5e-06, "output_cost_per_token": 2e-05, "mode": "chat"},
                    "gpt-4o-mini": {"input_cost_per_token": 3e-07, "output_cost_per_token": 1.2e-06, "mode": "chat"}})");
        f.close();
        QCOMPARE(runCli({ QStringLiteral("prices"), QStringLiteral("--workspace"), pristine, QStringLiteral("--import"),
                            prices },
                     &err),
            0);
        killDuringRuns(pristine, work,
            { QStringLiteral("prices"), QStringLiteral("--workspace"), work, QStringLiteral("--reprice") });
    }

    void migrationKilledAtRandom()
    {
        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("v1.inferometer"));
        const QString work = dir.filePath(QStringLiteral("work.inferometer"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(pristine);
            QVERIFY(db.open());
            auto r = Store::migrate(db, pristine, 1);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            // 150,000 version-1 events over 60 days and 2,000 tasks: upgrading rebuilds their summaries (seconds)
            QSqlQuery q(db);
            QVERIFY2(
                q.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150000) "
                    "INSERT INTO events (event_key, time_ms, provider, model, cost_center, task_id, attempt, "
                    "outcome, uncached_input_tokens, output_tokens, list_cost_nusd, calls) "
                    "SELECT i, 1772323200000 + (i % 60) * 86400000 + i, 'openai', "
                    "CASE i % 3 WHEN 0 THEN 'gpt-4o' WHEN 1 THEN 'gpt-4o-mini' ELSE 'o3' END, "
                    "CASE i % 4 WHEN 0 THEN 'Engineering' WHEN 1 THEN 'Legal' WHEN 2 THEN 'Support' ELSE 'Ops' END, "
                    "'T' || (i % 2000), 1 + i % 3, CASE i % 5 WHEN 0 THEN 'rework' ELSE 'accepted' END, "
                    "1000 + i % 977, 100 + i % 97, 7500000 + i, 1 FROM n")),
                qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        // any command that opens the workspace upgrades it
        killDuringRuns(pristine, work, { QStringLiteral("report"), QStringLiteral("--workspace"), work });
    }

    void fullDiskLeavesTheWorkspaceAsBefore()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.inferometer"));
        const QString small = dir.filePath(QStringLiteral("small.jsonl")),
                      big = dir.filePath(QStringLiteral("big.jsonl"));
        auto write = [](const QString& path, int n, int offset) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            for (int i = 0; i < n; ++i)
                f.write(QStringLiteral(R"({"time":"2026-03-01T10:00:00Z","model":"gpt-4o","cost_center":"Ops",)"
                                       R"("call_id":"c%1","uncached_input_tokens":%2,"output_tokens":20})"
                                       "\n")
                            .arg(offset + i)
                            .arg(100 + i)
                            .toUtf8());
            return true;
        };
        QVERIFY(write(small, 100, 0));
        QVERIFY(write(big, 50'000, 1'000'000)); // about 6 MB of rows: far more than the room left
        QString err;
        QCOMPARE(runCli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, small }, &err), 0);
        const QByteArray before = contentDigest(ws);
        // the disk "fills" 256 KiB past the workspace's size: files may not grow beyond it (EFBIG for SQLite, as
        // ENOSPC would be), with SIGXFSZ ignored so that the write fails instead of killing the process
        const qint64 limitKiB = QFileInfo(ws).size() / 1024 + 256;
        QProcess p;
        p.start(QStringLiteral("bash"),
            { QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limitKiB), Cli,
                QStringLiteral("import"), QStringLiteral("--workspace"), ws, big });
        QVERIFY(p.waitForFinished(300'000));
        const QString stderrText = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(stderrText.contains(ws), qPrintable(stderrText));
        QVERIFY2(
            stderrText.contains(QLatin1String("disk I/O error")) || stderrText.contains(QLatin1String("disk is full")),
            qPrintable(stderrText));
        QString problem;
        QCOMPARE(contentDigest(ws, &problem), before);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // with room again the same file imports whole
        QCOMPARE(runCli({ QStringLiteral("import"), QStringLiteral("--workspace"), ws, big }, &err), 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(ws);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 50'100);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_storefaults.moc"
