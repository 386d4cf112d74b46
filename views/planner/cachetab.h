// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "views/planner/plannertab.h"

class QCheckBox;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

/**
 * Planner ▸ Caching: the context-cache calculator (a model from the catalog, the request's static prefix, variable
 * part and output, requests a day and how they arrive, or a workflow's own arrival times replayed; the provider's
 * TTL, Gemini's explicit cache) with the simulated hit rate, $ a day with and without caching, $ a month saved, the
 * break-even request rate and charts of savings against requests a day and against prefix size; below it, every
 * workflow of the workspace with its realized and potential savings, largest unrealized first.
 */
class CacheTab : public PlannerTab
{
    Q_OBJECT
public:
    explicit CacheTab(QWidget* parent = nullptr);
    Planning::ScenarioKind kind() const override { return Planning::ScenarioKind::Cache; }
    QString title() const override;
    QJsonObject inputs() const override;
    void setInputs(const QJsonObject& inputs) override;
    Sheet evaluate(const QJsonObject& inputs) const override;
    QList<QWidget*> charts() const override;
    void setData(const PlannerData* data) override;

    QTableWidget* opportunities() const { return m_table; }
    QString resultText() const; // for tests: the results as shown
    /** Loads a workflow's row into the calculator, its arrivals replayed. */
    void replay(int row);

private:
    struct Outcome;
    Outcome compute(const Planning::CacheScenario& s, std::vector<Planning::FieldError>* errors) const;
    Planning::CacheScenario scenario() const;
    void recompute();
    void updateEnabled();
    void fillTable();

    const PlannerData* m_data = nullptr;
    bool m_loading = false;
    QComboBox* m_model;
    QDoubleSpinBox* m_static;
    QDoubleSpinBox* m_variable;
    QDoubleSpinBox* m_output;
    QDoubleSpinBox* m_perDay;
    QComboBox* m_arrivals;
    QComboBox* m_workflow;
    QComboBox* m_ttl;
    QCheckBox* m_geminiExplicit;
    QCheckBox* m_overridePrice;
    QDoubleSpinBox* m_inputPrice;
    QLabel* m_banner;
    QLabel* m_results;
    QChartView* m_byRate;
    QChartView* m_byPrefix;
    QTableWidget* m_table;
    FieldMarks m_marks;
};
