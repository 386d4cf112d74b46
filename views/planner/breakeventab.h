// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "views/planner/plannertab.h"

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;

/**
 * Planner ▸ Self-hosting: a server's cost (owned hardware depreciated, or a rented GPU; power; hosting; a share of
 * MLOps salaries), its utilization and throughput (typed, or a saved A/B run's measured decode speed) against what the
 * API charges for the workspace's monthly tokens: $ per 1M each way, the servers the volume needs, $ a month, the
 * break-even volume and utilization, a chart of $ per 1M against utilization and a tornado of each input's swing.
 */
class BreakEvenTab : public PlannerTab
{
    Q_OBJECT
public:
    explicit BreakEvenTab(QWidget* parent = nullptr);
    Planning::ScenarioKind kind() const override { return Planning::ScenarioKind::BreakEven; }
    QString title() const override;
    QJsonObject inputs() const override;
    void setInputs(const QJsonObject& inputs) override;
    Sheet evaluate(const QJsonObject& inputs) const override;
    QList<QWidget*> charts() const override;
    void setData(const PlannerData* data) override;
    QString resultText() const;

private:
    Planning::BreakEvenScenario scenario() const;
    /** The API side of `s`: the workspace's or the typed volume. */
    Planning::ApiVolume apiOf(const Planning::BreakEvenScenario& s) const;
    void recompute();
    void updateEnabled();

    const PlannerData* m_data = nullptr;
    bool m_loading = false;
    QRadioButton* m_owned;
    QRadioButton* m_rented;
    QDoubleSpinBox* m_hardware;
    QDoubleSpinBox* m_years;
    QDoubleSpinBox* m_rent;
    QDoubleSpinBox* m_watts;
    QDoubleSpinBox* m_kwh;
    QDoubleSpinBox* m_hosting;
    QDoubleSpinBox* m_mlops;
    QDoubleSpinBox* m_utilization;
    QDoubleSpinBox* m_throughput;
    QComboBox* m_abRun;
    QRadioButton* m_apiWorkspace;
    QRadioButton* m_apiTyped;
    QDoubleSpinBox* m_apiTokens;
    QDoubleSpinBox* m_apiSpend;
    QLabel* m_banner;
    QLabel* m_results;
    QChartView* m_curve;
    QChartView* m_tornado;
    FieldMarks m_marks;
};
