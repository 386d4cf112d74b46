// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/preferencesdialog.h"

#include "app/i18n/localization.h"
#include "views/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const Localization::Language& l : Localization::languages())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Localization::chosen())));
    m_language->setToolTip(tr("The language of menus, pages and messages, and the way numbers, money and dates are "
                              "written. Exported files are the same in every language."));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language:"), m_language);

    m_appearance = new QComboBox(this);
    m_appearance->addItem(tr("Follow the system"), int(Theme::Appearance::System));
    m_appearance->addItem(tr("Light"), int(Theme::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Theme::Appearance::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(int(Theme::chosen())));
    m_appearance->setToolTip(tr("Light or dark windows and charts; the system's look unless you choose one."));
    m_appearance->setAccessibleName(tr("Appearance"));
    form->addRow(tr("&Appearance:"), m_appearance);

    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);
    updateRestartNote();
    setMinimumWidth(420);
}

void PreferencesDialog::updateRestartNote()
{
    const bool changed = m_language->currentData().toString() != Localization::chosen();
    m_restartNote->setText(changed ? tr("Inferometer speaks the new language when it next starts.") : QString());
    m_restartNote->setVisible(changed);
}

void PreferencesDialog::accept()
{
    Localization::setChosen(m_language->currentData().toString());
    const auto appearance = Theme::Appearance(m_appearance->currentData().toInt());
    if (appearance != Theme::chosen()) {
        Theme::setChosen(appearance);
        Theme::apply(appearance);
    }
    QDialog::accept();
}
