// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

/**
 * Edit ▸ Preferences: the language (the system's, English, Deutsch, Українська) and the look (the system's, light,
 * dark). The look changes at once; the language when Inferometer next starts, which the dialog says. Both are
 * remembered (Localization::chosen, Theme::chosen).
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QComboBox* appearanceBox() const { return m_appearance; }

    /** Saves both choices and applies the look. */
    void accept() override;

private:
    void updateRestartNote();

    QComboBox* m_language;
    QComboBox* m_appearance;
    QLabel* m_restartNote;
};
