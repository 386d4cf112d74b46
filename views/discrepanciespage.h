// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"
#include "core/common/result.h"

#include <QWidget>

#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;

class DiscrepancyModel;
class QDoubleSpinBox;
class QLabel;
class QTableView;
class WorkspaceContext;

/**
 * Billing check: model-days where the cost a source reports differs from the list cost by more than a threshold —
 * how wrong price tables and provider billing changes show up.
 */
class DiscrepanciesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DiscrepanciesPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~DiscrepanciesPage() override;
    DiscrepancyModel* model() const { return m_model; }

public slots:
    void reload();

signals:
    void loaded();

private:
    WorkspaceContext* m_context;
    QDoubleSpinBox* m_threshold;
    QLabel* m_summary;
    DiscrepancyModel* m_model;
    QTableView* m_view;
    std::unique_ptr<BackgroundLoad<QList<Analytics::Discrepancy>>> m_load;
};
