// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/maturity/maturity.h"


#include <memory>
#include <QWidget>

class PeriodBar;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTreeWidget;
class WorkspaceContext;

/**
 * Maturity: the five AI FinOps levels as a ladder with the level reached highlighted, each level's checklist of
 * measured criteria (value against threshold, met or not; the tooltip defines it and lists the evidence), and the
 * steps to the next level with the savings per month the workspace's data estimates. Computed on a worker thread;
 * stale results are dropped.
 */
template <class T>
class BackgroundLoad;

class MaturityPage : public QWidget
{
    Q_OBJECT
public:
    explicit MaturityPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~MaturityPage() override;

    bool isLoading() const;
    /** For tests: the diagnosis shown. */
    const Maturity::Diagnosis& diagnosis() const { return m_diagnosis; }
    QTreeWidget* checklist() const { return m_checklist; }
    QString stepsTotalText() const;

public slots:
    void reload();

signals:
    void loaded();
    void loadFailed(const Error& error);

private:
    void apply(const Maturity::Diagnosis& d);
    void fillSteps(const Maturity::Diagnosis& d);

    WorkspaceContext* m_context;
    QLabel* m_period;
    PeriodBar* m_periodBar;
    QProgressBar* m_busy;
    QLabel* m_error;
    QList<QLabel*> m_ladder;
    QLabel* m_summary;
    QTreeWidget* m_checklist;
    QLabel* m_stepsTitle;
    QWidget* m_stepsBox;
    QGridLayout* m_steps;
    QLabel* m_total;
    Maturity::Diagnosis m_diagnosis;
    std::unique_ptr<BackgroundLoad<Maturity::Diagnosis>> m_load;
};
