// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/i18n/localization.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Localization {

namespace {

    const QString LanguageKey = QStringLiteral("language");

    /** The translators in use, owned by the application so that they outlive every window. */
    QList<QTranslator*>& installed()
    {
        static QList<QTranslator*> translators;
        return translators;
    }

    void installOne(const QLocale& locale, const QString& name, const QString& prefix, const QString& dir)
    {
        auto* t = new QTranslator(QCoreApplication::instance());
        if (t->load(locale, name, prefix, dir)) {
            QCoreApplication::installTranslator(t);
            installed().append(t);
        } else {
            delete t;
        }
    }

} // namespace

QList<Language> languages()
{
    return { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("uk"), QStringLiteral("Українська") } };
}

QString chosen()
{
    return QSettings().value(LanguageKey).toString();
}

void setChosen(const QString& code)
{
    QSettings s;
    if (code.isEmpty())
        s.remove(LanguageKey);
    else
        s.setValue(LanguageKey, code);
}

QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale();
    if (code.isEmpty())
        return system;
    const QLocale wanted(code);
    if (wanted.language() == system.language())
        return system;
    return wanted;
}

QLocale install(const QString& code)
{
    for (QTranslator* t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();

    // a language without a catalog (French) speaks English but keeps its own numbers and dates
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::English) {
        // Qt's own strings first, ours last: the translator installed last is asked first
        installOne(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installOne(locale, QStringLiteral("inferometer"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    }
    return locale;
}

} // namespace Localization
