// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

/**
 * The language Inferometer speaks: English, German or Ukrainian, from the system's locale or chosen in Preferences.
 * Installing one loads our catalog (embedded at :/i18n) and Qt's own (standard buttons and dialogs), and makes its
 * locale the default, so QLocale() formats numbers, money and dates for it in the GUI. CSV, JSON and the CLI's
 * numbers never go through QLocale() and stay the same in every language.
 */
namespace Localization {

struct Language
{
    QString code; // "en", "de", "uk"
    QString nativeName; // as its speakers write it: "Deutsch"
};

/** The languages the catalogs hold, English first. */
QList<Language> languages();

/** The language chosen in Preferences ("de"), or empty to follow the system. */
QString chosen();
void setChosen(const QString& code);

/** The locale `code` stands for: the system's when empty, else the language with the system's country when it matches
 * ("de" on a de_AT system is de_AT), else its main country. */
QLocale localeFor(const QString& code);

/**
 * Speaks `code` ("" = the system's language) from now on: replaces the translators installed by an earlier call and
 * sets the default QLocale. Returns that locale; a language without a catalog reads English with its own formats.
 */
QLocale install(const QString& code);

} // namespace Localization
