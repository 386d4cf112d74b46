// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "views/planner/plannertab.h"

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QTableWidget;

/**
 * Planner ▸ Routing: per task class (from tags, the user's choice per workflow, or a heuristic), today's monthly
 * spend, outcomes and corrections against a plan (keep, route a share to a small model, or cascade through it with
 * escalation): projected spend, CPSO and correction labour per class and in total. The small model is a catalog
 * model or self-hosted at a saved A/B run's $ per 1M; the article's savings ranges are editable defaults that flag a
 * plan outside them. The article's case study loads as typed data.
 */
class RoutingTab : public PlannerTab
{
    Q_OBJECT
public:
    explicit RoutingTab(QWidget* parent = nullptr);
    Planning::ScenarioKind kind() const override { return Planning::ScenarioKind::Routing; }
    QString title() const override;
    QJsonObject inputs() const override;
    void setInputs(const QJsonObject& inputs) override;
    Sheet evaluate(const QJsonObject& inputs) const override;
    QList<QWidget*> charts() const override;
    void setData(const PlannerData* data) override;
    /** The workflow → class choices the user made (the page reads the workspace again with them). */
    QMap<QString, Planning::TaskClass> classOverrides() const { return m_overrides; }
    QTableWidget* results() const { return m_results; }
    /** Loads the article's case study ("gpt", "hybrid" or "slm"). */
    void loadCaseStudy(const QString& option);

signals:
    void classOverridesChanged();

private:
    Planning::RoutingScenario scenario() const;
    std::map<Planning::TaskClass, Planning::ClassLoad> loadsOf(const Planning::RoutingScenario& s) const;
    void showPlan();
    void readPlan();
    void recompute();
    void fillWorkflows();

    const PlannerData* m_data = nullptr;
    bool m_loading = false;
    std::map<Planning::TaskClass, Planning::ClassPlan> m_plans;
    std::map<Planning::TaskClass, Planning::ClassLoad> m_typedLoads;
    QMap<QString, Planning::TaskClass> m_overrides;
    QRadioButton* m_fromWorkspace;
    QRadioButton* m_caseStudy;
    QComboBox* m_caseOption;
    QListWidget* m_classes;
    QComboBox* m_strategy;
    QDoubleSpinBox* m_share;
    QDoubleSpinBox* m_threshold;
    QDoubleSpinBox* m_escalation;
    QComboBox* m_smallModel;
    QDoubleSpinBox* m_smallIn;
    QDoubleSpinBox* m_smallOut;
    QDoubleSpinBox* m_smallCorrection;
    QDoubleSpinBox* m_correctionCost;
    QDoubleSpinBox* m_expectedLow;
    QDoubleSpinBox* m_expectedHigh;
    QLabel* m_banner;
    QTableWidget* m_results;
    QChartView* m_chart;
    QTableWidget* m_workflows;
    FieldMarks m_marks;
};
