// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/live/scrapefeed.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace Live {

/**
 * Keeps the credentials of a feed (scrape URL or Prometheus server URL) in the OS keychain through QtKeychain (Secret
 * Service on Linux, Keychain on macOS, Credential Manager on Windows) — never in QSettings or any other file: the
 * insecure plain-text fallback of QtKeychain stays off. When no keychain can be reached (a headless machine without
 * a Secret Service on D-Bus), credentials live in this process's memory only, for the session, and backend() says so
 * with the keychain's own error. Jobs are asynchronous; each delivers its result once to `done`, on the thread the
 * store lives on. GUI thread or any thread with an event loop; needs no GUI.
 */
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    /** `service` names the keychain entries' service (tests use their own). */
    explicit CredentialStore(
        const QString& service = QStringLiteral("org.inferometer.Inferometer"), QObject* parent = nullptr);

    enum class Backend { Unknown, Keychain, SessionOnly };
    /** Unknown until the first job has answered. */
    Backend backend() const { return m_backend; }
    /** Why the keychain could not be used (its own error text), when backend() is SessionOnly. */
    const QString& unavailableReason() const { return m_reason; }

    /** The keychain key of a feed: scheme, host, port and path, without user info, query or fragment. */
    static QString keyFor(const QUrl& feed);

    using Loaded = std::function<void(Result<std::optional<Credentials>>)>;
    /** The stored credentials of `feed` (nullopt when none are stored). */
    void load(const QUrl& feed, Loaded done);
    using Saved = std::function<void(Result<void>)>;
    /**
     * Stores `c` for `feed` (empty credentials remove the entry). Falls back to the session when there is no
     * keychain: `done` then succeeds and backend() is SessionOnly.
     */
    void save(const QUrl& feed, const Credentials& c, Saved done);

    /** Forgets every credential kept for this session (the keychain's entries stay). */
    static void forgetSession();

    static bool isEmpty(const Credentials& c)
    {
        return c.bearerToken.isEmpty() && c.user.isEmpty() && c.password.isEmpty();
    }

signals:
    void backendChanged();

private:
    void setBackend(Backend b, const QString& reason = {});
    QString m_service;
    Backend m_backend = Backend::Unknown;
    QString m_reason;
};

} // namespace Live
