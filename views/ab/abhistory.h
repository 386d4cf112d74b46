// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/inference/ab/abrunrepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

/**
 * The A/B runs saved in the workspace, newest first, to see what a driver or model update changed: show one, compare
 * any two (their key figures side by side with the change), delete one.
 */
class AbHistory : public QWidget
{
    Q_OBJECT
public:
    explicit AbHistory(QWidget* parent = nullptr);

    void setRuns(const QList<Ab::SavedRun>& runs);
    void setUnavailable(const QString& why);
    /** Shows two runs' key figures side by side (older first). */
    void showComparison(const Ab::Record& older, const Ab::Record& newer);

    QTableWidget* runsTable() const { return m_runs; }
    QTableWidget* comparisonTable() const { return m_comparison; }
    QList<qint64> selectedIds() const;

signals:
    void showRequested(qint64 id);
    void compareRequested(qint64 older, qint64 newer);
    void deleteRequested(qint64 id);

private:
    void updateButtons();

    QList<Ab::SavedRun> m_list;
    QLabel* m_note;
    QTableWidget* m_runs;
    QPushButton* m_show;
    QPushButton* m_compare;
    QPushButton* m_delete;
    QTableWidget* m_comparison;
};
