// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Credentials of feeds: without a keychain (no Secret Service on D-Bus) they hold for the session and nothing is
// written; with a real Secret Service (gnome-keyring started by the test under its own dbus-run-session, unlocked with
// a throw-away password, in a temporary HOME) they round-trip through the keychain across processes.
#include "core/live/credentialstore.h"
#include "tests/support/testmain.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Service = QStringLiteral("org.inferometer.Inferometer.test");
const QUrl Feed(QStringLiteral("https://user@prometheus.example:9090/?x=1"));
const QString Secret = QStringLiteral("s3cr3t-Zq8-unique");

Result<std::optional<Live::Credentials>> loadNow(Live::CredentialStore& store, const QUrl& feed)
{
    std::optional<Result<std::optional<Live::Credentials>>> out;
    store.load(feed, [&](Result<std::optional<Live::Credentials>> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30'000))
        return Error { Error::Code::Unavailable, QStringLiteral("no answer from the keychain in 30 s") };
    return std::move(*out);
}

Result<void> saveNow(Live::CredentialStore& store, const QUrl& feed, const Live::Credentials& c)
{
    std::optional<Result<void>> out;
    store.save(feed, c, [&](Result<void> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30'000))
        return Error { Error::Code::Unavailable, QStringLiteral("no answer from the keychain in 30 s") };
    return std::move(*out);
}

/** Files under `dir` whose bytes contain `needle`. */
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyForFeed();
    void noKeychainSessionOnly();
    void secretServiceRoundTrip();
    // run by secretServiceRoundTrip in child processes, inside their own D-Bus session with gnome-keyring
    void secretServiceWrite();
    void secretServiceRead();

private:
    bool child() const { return qEnvironmentVariableIsSet("INFEROMETER_KEYCHAIN_CHILD"); }
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!child()) // the parent must find no keychain, whatever session this test runs in
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/inferometer-no-bus");
}

void TestCredentialStore::keyForFeed()
{
    QCOMPARE(Live::CredentialStore::keyFor(Feed), QStringLiteral("feed https://prometheus.example:9090"));
    QCOMPARE(Live::CredentialStore::keyFor(QUrl(QStringLiteral("http://gpu:8000/metrics#top"))),
        QStringLiteral("feed http://gpu:8000/metrics"));
}

void TestCredentialStore::noKeychainSessionOnly()
{
    QTemporaryDir home;
    {
        Live::CredentialStore store(Service);
        QCOMPARE(store.backend(), Live::CredentialStore::Backend::Unknown);
        const auto saved = saveNow(store, Feed, { {}, QStringLiteral("alice"), Secret });
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(store.backend(), Live::CredentialStore::Backend::SessionOnly);
        QVERIFY(!store.unavailableReason().isEmpty());
        qInfo() << "keychain unavailable:" << store.unavailableReason();
    }
    // another store of the same process (the page opened again) finds them for the session
    Live::CredentialStore again(Service);
    const auto loaded = loadNow(again, Feed);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().has_value());
    QCOMPARE(loaded.value()->user, QStringLiteral("alice"));
    QCOMPARE(loaded.value()->password, Secret);
    QCOMPARE(again.backend(), Live::CredentialStore::Backend::SessionOnly);
    // nothing was written: no file of the test's config and data locations holds the secret
    for (auto loc : { QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
             QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::GenericCacheLocation })
        QVERIFY(filesContaining(QStandardPaths::writableLocation(loc), Secret.toUtf8()).isEmpty());
    // empty credentials remove them
    QVERIFY(saveNow(again, Feed, {}).ok());
    QVERIFY(!loadNow(again, Feed).value().has_value());
    // a feed never saved has none
    QVERIFY(!loadNow(again, QUrl(QStringLiteral("http://other:1/metrics"))).value().has_value());
}

void TestCredentialStore::secretServiceRoundTrip()
{
    const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (runSession.isEmpty() || keyring.isEmpty())
        INFEROMETER_SKIP("dbus-run-session and gnome-keyring-daemon (Debian dbus-daemon, gnome-keyring) are needed: "
                         "packaging/install-deps.sh installs them");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(
        home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("GNOME")); // QtKeychain: Secret Service
    env.insert(QStringLiteral("INFEROMETER_KEYCHAIN_CHILD"), QStringLiteral("1"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    // the keyring is created and unlocked with a throw-away password; each step runs in its own process, so the read
    // can only come from the keychain
    const QString script
        = QStringLiteral("printf %s throwaway | \"$1\" --unlock --components=secrets >/dev/null || exit 3; "
                         "\"$0\" secretServiceWrite && \"$0\" secretServiceRead");
    p.start(runSession,
        { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
            QCoreApplication::applicationFilePath(), keyring });
    QVERIFY(p.waitForStarted());
    QVERIFY(p.waitForFinished(60'000));
    const QByteArray out = p.readAll();
    QVERIFY2(p.exitCode() == 0, out.constData());
    QVERIFY2(out.contains("PASS   : TestCredentialStore::secretServiceWrite()"), out.constData());
    QVERIFY2(out.contains("PASS   : TestCredentialStore::secretServiceRead()"), out.constData());
    // the keyring on disk is encrypted: the secret is in no file of that HOME
    QCOMPARE(filesContaining(home.path(), Secret.toUtf8()), QStringList());
    QVERIFY2(!filesContaining(home.path(), QByteArray("keyring")).isEmpty()
            || QDir(home.filePath(QStringLiteral("data/keyrings"))).exists(),
        "gnome-keyring wrote no keyring");
}

void TestCredentialStore::secretServiceWrite()
{
    if (!child())
        return; // a step of secretServiceRoundTrip, which runs it in a child process and checks its PASS
    Live::CredentialStore store(Service);
    const auto saved = saveNow(store, Feed, { Secret, {}, {} });
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QVERIFY2(store.backend() == Live::CredentialStore::Backend::Keychain, qPrintable(store.unavailableReason()));
}

void TestCredentialStore::secretServiceRead()
{
    if (!child())
        return; // a step of secretServiceRoundTrip, which runs it in a child process and checks its PASS
    Live::CredentialStore store(Service);
    const auto loaded = loadNow(store, Feed);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(store.backend(), Live::CredentialStore::Backend::Keychain);
    QVERIFY(loaded.value().has_value());
    QCOMPARE(loaded.value()->bearerToken, Secret);
    QVERIFY(loaded.value()->user.isEmpty());
    // removed from the keychain: gone for a later session too
    QVERIFY(saveNow(store, Feed, {}).ok());
    Live::CredentialStore::forgetSession();
    const auto after = loadNow(store, Feed);
    QVERIFY(after.ok());
    QVERIFY(!after.value().has_value());
}

INFEROMETER_TEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
