// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/planning/scenarios.h"

#include <QWidget>

class PlannerTab;
class QComboBox;
class QLabel;
class QPushButton;

/**
 * A tab's scenarios: pick a saved one to load it, save the inputs under a name (Ctrl+S; a name already used is
 * replaced after asking), delete, compare saved scenarios side by side with the current inputs (each evaluated on the
 * current workspace), and export the current one as PDF (inputs, results, charts) or CSV.
 */
class ScenarioBar : public QWidget
{
    Q_OBJECT
public:
    ScenarioBar(PlannerTab* tab, QWidget* parent = nullptr);
    /** The workspace scenarios are saved in ("" = none: saving is off). */
    void setWorkspace(const QString& path);
    QStringList names() const;
    /** Saves the tab's inputs as `name` without asking; false with the error shown. */
    bool save(const QString& name);
    /** Loads the saved scenario `name` into the tab. */
    bool load(const QString& name);
    /** The comparison: one column per saved scenario after "Current", rows as the tab's sheet. */
    QList<QStringList> comparison() const;
    /** Writes the current scenario; the error text, empty on success. */
    QString exportPdf(const QString& file) const;
    QString exportCsv(const QString& file) const;

private:
    void refresh(const QString& select = {});
    void askSave();
    void remove();
    void compare();
    void askExport(bool pdf);

    PlannerTab* m_tab;
    QString m_path;
    QList<Planning::SavedScenario> m_saved;
    QComboBox* m_combo;
    QPushButton* m_save;
    QPushButton* m_delete;
    QPushButton* m_compare;
    QLabel* m_status;
};
