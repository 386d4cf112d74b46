// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/livecredentialswidget.h"

#include "core/live/credentialstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

LiveCredentialsWidget::LiveCredentialsWidget(QWidget* parent)
    : QWidget(parent)
    , m_store(new Live::CredentialStore(QStringLiteral("org.inferometer.Inferometer"), this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItems({ tr("No authentication"), tr("Basic auth"), tr("Bearer token") });
    m_auth->setToolTip(tr("How the feed (or the Prometheus server) wants to be asked. The password or token is kept "
                          "in the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager), never in "
                          "the settings file."));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("user"));
    m_user->setToolTip(tr("Basic auth user name; sent as Authorization: Basic base64(user:password)."));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("The password (basic auth) or the token (sent as Authorization: Bearer <token>). Stored "
                            "in the OS keychain when you connect; never written to the settings file."));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    row->addWidget(m_auth);
    row->addWidget(m_user);
    row->addWidget(m_secret, 1);
    row->addWidget(m_note, 2);
    row->addStretch(1);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &LiveCredentialsWidget::showFields);
    // what the user types wins over a load still in flight
    connect(m_auth, &QComboBox::activated, this, [this] { ++m_edits; });
    connect(m_user, &QLineEdit::textEdited, this, [this] { ++m_edits; });
    connect(m_secret, &QLineEdit::textEdited, this, [this] { ++m_edits; });
    connect(m_store, &Live::CredentialStore::backendChanged, this, &LiveCredentialsWidget::updateNote);
    showFields();
}

void LiveCredentialsWidget::showFields()
{
    const auto a = Auth(m_auth->currentIndex());
    m_user->setVisible(a == Auth::Basic);
    m_secret->setVisible(a != Auth::None);
    m_secret->setPlaceholderText(a == Auth::Bearer ? tr("token") : tr("password"));
    updateNote();
}

void LiveCredentialsWidget::setAuth(Auth a)
{
    ++m_edits;
    m_auth->setCurrentIndex(int(a));
}

void LiveCredentialsWidget::setUser(const QString& user)
{
    ++m_edits;
    m_user->setText(user);
}

void LiveCredentialsWidget::setSecret(const QString& secret)
{
    ++m_edits;
    m_secret->setText(secret);
}

Live::Credentials LiveCredentialsWidget::credentials() const
{
    switch (Auth(m_auth->currentIndex())) {
    case Auth::Basic:
        return { {}, m_user->text(), m_secret->text() };
    case Auth::Bearer:
        return { m_secret->text(), {}, {} };
    case Auth::None:
        break;
    }
    return {};
}

void LiveCredentialsWidget::load(const QUrl& feed)
{
    if (!feed.isValid() || feed.host().isEmpty())
        return;
    const QString key = Live::CredentialStore::keyFor(feed);
    QPointer<LiveCredentialsWidget> self(this);
    const int edits = ++m_edits;
    m_store->load(feed, [self, key, edits](Result<std::optional<Live::Credentials>> r) {
        if (!self)
            return;
        if (self->m_edits != edits) { // typed into (or another feed loaded) meanwhile: keep the fields
            emit self->loaded();
            return;
        }
        self->m_error = r.ok() ? QString() : r.error().message;
        const Live::Credentials c = r.ok() && r.value() ? *r.value() : Live::Credentials {};
        self->m_storedFor = key;
        self->m_stored = c;
        self->m_auth->setCurrentIndex(int(!c.bearerToken.isEmpty() ? Auth::Bearer
                : !c.user.isEmpty()                                ? Auth::Basic
                                                                   : Auth::None));
        self->m_user->setText(c.user);
        self->m_secret->setText(c.bearerToken.isEmpty() ? c.password : c.bearerToken);
        self->updateNote();
        emit self->loaded();
    });
}

void LiveCredentialsWidget::save(const QUrl& feed)
{
    const Live::Credentials c = credentials();
    const QString key = Live::CredentialStore::keyFor(feed);
    if (key == m_storedFor && c.bearerToken == m_stored.bearerToken && c.user == m_stored.user
        && c.password == m_stored.password) {
        emit saved();
        return;
    }
    if (m_storedFor.isEmpty() && Live::CredentialStore::isEmpty(c)) {
        emit saved(); // nothing typed and nothing known: no keychain job at all
        return;
    }
    m_storedFor = key;
    m_stored = c;
    QPointer<LiveCredentialsWidget> self(this);
    m_store->save(feed, c, [self](Result<void> r) {
        if (!self)
            return;
        self->m_error = r.ok() ? QString() : r.error().message;
        self->updateNote();
        emit self->saved();
    });
}

QString LiveCredentialsWidget::note() const
{
    return m_note->text();
}

void LiveCredentialsWidget::updateNote()
{
    const bool any = Auth(m_auth->currentIndex()) != Auth::None;
    QString text;
    QString style;
    if (!m_error.isEmpty()) {
        text = m_error;
        style = QStringLiteral("color: #611a15;");
    } else if (m_store->backend() == Live::CredentialStore::Backend::SessionOnly) {
        text = tr("No OS keychain available: credentials are used for this session only and saved nowhere.");
        style = QStringLiteral("color: #663c00;");
        m_note->setToolTip(tr("The keychain said: %1").arg(m_store->unavailableReason()));
    } else if (any && m_store->backend() == Live::CredentialStore::Backend::Keychain) {
        text = tr("Kept in the OS keychain.");
    } else if (any) {
        text = tr("Saved to the OS keychain on Connect.");
    }
    m_note->setText(text);
    m_note->setStyleSheet(style);
    m_note->setVisible(!text.isEmpty());
}
