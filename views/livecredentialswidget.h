// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/live/scrapefeed.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Live {
class CredentialStore;
} // namespace Live

/**
 * The credentials row of the Live page: none, basic auth (user + password) or a bearer token for the feed's URL. The
 * secret goes to the OS keychain (Live::CredentialStore), never into QSettings; without a keychain it holds for this
 * session only and the row says so. Loading a feed's stored credentials fills the fields.
 */
class LiveCredentialsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LiveCredentialsWidget(QWidget* parent = nullptr);

    enum class Auth { None, Basic, Bearer };
    void setAuth(Auth a);
    void setUser(const QString& user);
    void setSecret(const QString& secret); // the password or the token

    /** What the fields say now. */
    Live::Credentials credentials() const;
    /** Loads the stored credentials of `feed` into the fields (asynchronous; emits loaded()). */
    void load(const QUrl& feed);
    /** Stores the fields for `feed` when they differ from what is stored (asynchronous; emits saved()). */
    void save(const QUrl& feed);
    /** Where the credentials are kept, in words (for tests and the tooltip). */
    QString note() const;

signals:
    void loaded();
    void saved();

private:
    void updateNote();
    void showFields();

    QComboBox* m_auth;
    QLineEdit* m_user;
    QLineEdit* m_secret;
    QLabel* m_note;
    Live::CredentialStore* m_store;
    QString m_storedFor; // the feed key whose stored credentials are `m_stored`
    Live::Credentials m_stored;
    QString m_error;
    int m_edits = 0; // user edits and loads started: a load's answer applies only when nothing happened since
};
