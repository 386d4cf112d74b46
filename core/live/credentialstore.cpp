// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/credentialstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <qt6keychain/keychain.h>

namespace Live {

namespace {

    /** This file's messages, in the translation context "Live" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Live)
    };

    /** Credentials kept for this process only (no keychain): by service and key. Never written anywhere. */
    QHash<QString, Credentials>& sessionCredentials()
    {
        static QHash<QString, Credentials> h;
        return h;
    }
    QMutex& sessionMutex()
    {
        static QMutex m;
        return m;
    }

    QByteArray encode(const Credentials& c)
    {
        QJsonObject o;
        if (!c.bearerToken.isEmpty())
            o.insert(QStringLiteral("bearer"), c.bearerToken);
        if (!c.user.isEmpty() || !c.password.isEmpty()) {
            o.insert(QStringLiteral("user"), c.user);
            o.insert(QStringLiteral("password"), c.password);
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    std::optional<Credentials> decode(const QByteArray& data)
    {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (o.isEmpty())
            return std::nullopt;
        return Credentials { o.value(QLatin1String("bearer")).toString(), o.value(QLatin1String("user")).toString(),
            o.value(QLatin1String("password")).toString() };
    }

    /** Errors that say the keychain itself cannot be used (as opposed to "no entry" or "the user said no"). */
    bool unavailable(QKeychain::Error e)
    {
        return e != QKeychain::NoError && e != QKeychain::EntryNotFound && e != QKeychain::AccessDeniedByUser;
    }

} // namespace

CredentialStore::CredentialStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

void CredentialStore::forgetSession()
{
    QMutexLocker lock(&sessionMutex());
    sessionCredentials().clear();
}

QString CredentialStore::keyFor(const QUrl& feed)
{
    QUrl u = feed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (u.path() == QLatin1String("/")) // http://host:9090 and http://host:9090/ are one server
        u.setPath(QString());
    return QStringLiteral("feed ") + u.toString();
}

void CredentialStore::setBackend(Backend b, const QString& reason)
{
    if (b == m_backend && reason == m_reason)
        return;
    m_backend = b;
    m_reason = reason;
    emit backendChanged();
}

void CredentialStore::load(const QUrl& feed, Loaded done)
{
    const QString key = keyFor(feed);
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, done = std::move(done)] {
        const QString sessionKey = m_service + QLatin1Char('\n') + key;
        std::optional<Credentials> session;
        {
            QMutexLocker lock(&sessionMutex());
            if (sessionCredentials().contains(sessionKey))
                session = sessionCredentials().value(sessionKey);
        }
        if (job->error() == QKeychain::NoError) {
            setBackend(Backend::Keychain);
            done(session ? session : decode(job->binaryData()));
        } else if (job->error() == QKeychain::EntryNotFound) {
            setBackend(Backend::Keychain);
            done(session);
        } else if (unavailable(job->error())) {
            setBackend(Backend::SessionOnly, job->errorString());
            done(session);
        } else {
            done(Error { Error::Code::Unavailable,
                Tr::tr("The keychain refused to read the credentials: %1").arg(job->errorString()), key });
        }
    });
    job->start();
}

void CredentialStore::save(const QUrl& feed, const Credentials& c, Saved done)
{
    const QString key = keyFor(feed);
    const QString sessionKey = m_service + QLatin1Char('\n') + key;
    {
        // what was typed holds for this session whatever the keychain answers (a session entry wins over the
        // keychain's until the process ends, so that a failed write never brings back older credentials)
        QMutexLocker lock(&sessionMutex());
        if (isEmpty(c))
            sessionCredentials().remove(sessionKey);
        else
            sessionCredentials().insert(sessionKey, c);
    }
    QKeychain::Job* job = nullptr;
    if (isEmpty(c)) {
        auto* del = new QKeychain::DeletePasswordJob(m_service, this);
        job = del;
    } else {
        auto* write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(encode(c));
        job = write;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, erase = isEmpty(c), done = std::move(done)] {
        if (job->error() == QKeychain::NoError || (erase && job->error() == QKeychain::EntryNotFound)) {
            setBackend(Backend::Keychain);
            done({});
        } else if (unavailable(job->error())) {
            setBackend(Backend::SessionOnly, job->errorString());
            done({});
        } else {
            done(Error { Error::Code::Unavailable,
                Tr::tr("The keychain refused to store the credentials: %1").arg(job->errorString()), key });
        }
    });
    job->start();
}

} // namespace Live
