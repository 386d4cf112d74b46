// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QWidget>

class QComboBox;

/**
 * A GGUF file: typed, chosen with Browse…, dropped on it, or picked from the files used lately (remembered for all
 * pickers under "ab/recentModels", newest first, ten at most).
 */
class ModelPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPicker(const QString& browseTitle, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    /** Puts `path` first in the recent files of every picker. */
    static void remember(const QString& path);
    /** Re-reads the recent files (after remember()). */
    void refreshRecent();
    QComboBox* combo() const { return m_combo; }

signals:
    void pathChanged(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:

    QComboBox* m_combo;
    QString m_browseTitle;
};
