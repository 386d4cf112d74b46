// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// What the Planner's three tabs share: the workspace data they read (loaded once by the page on a worker thread), the
// interface the scenario bar uses to save, compare and export a tab, and how a tab marks the fields it refuses.
#include "core/planning/fielderror.h"
#include "core/planning/scenarios.h"
#include "core/planning/traffic.h"
#include "core/pricing/pricecatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <optional>
#include <vector>

class QChart;
class QChartView;
class QChart;
class QChartView;
class QDoubleSpinBox;
class QLabel;
class QTableWidgetItem;
class QTableWidgetItem;

/** A saved A/B run as the planner uses it: a self-hosted model's measured speed and, where it was priced, $/1M. */
struct AbChoice
{
    qint64 id = 0;
    QString label; // "Run 3: stories260K Q4_0 on NVIDIA L4, 812 tokens/s"
    double decodeTokensPerSecond = 0; // B's median decode speed
    std::optional<double> usdPerMillion; // with the run's GPU price and utilization
};

/** Everything the tabs read from the workspace. */
struct PlannerData
{
    std::optional<Planning::Traffic> traffic; // none: an empty workspace
    std::vector<Planning::CacheOpportunity> opportunities;
    Pricing::PriceCatalog catalog;
    QList<AbChoice> abRuns;
};

/** One labelled value of a scenario, for the comparison and the exports. */
struct SheetRow
{
    QString label, value;
};
/** A scenario's inputs and results as text; `error` when its inputs are refused. */
struct Sheet
{
    QList<SheetRow> inputs, outputs;
    QString error;
};

class PlannerTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual Planning::ScenarioKind kind() const = 0;
    virtual QString title() const = 0;
    virtual QJsonObject inputs() const = 0;
    virtual void setInputs(const QJsonObject& inputs) = 0;
    /** `inputs` evaluated against the current data (for scenarios other than the one shown). */
    virtual Sheet evaluate(const QJsonObject& inputs) const = 0;
    /** The charts, for the PDF. */
    virtual QList<QWidget*> charts() const = 0;
    virtual void setData(const PlannerData* data) = 0;

signals:
    /** An input changed (the scenario bar marks the scenario modified). */
    void edited();
};

/** Fields by id (Planning::FieldError::field): refused ones get a red frame and their reason as tooltip, and a banner
 * lists them. */
class FieldMarks
{
public:
    void add(const QString& field, QWidget* widget) { m_widgets.insert(field, widget); }
    /** Marks `errors` (clearing earlier marks) and shows them in `banner`; true when there are none. */
    bool mark(const std::vector<Planning::FieldError>& errors, QLabel* banner);

private:
    QHash<QString, QWidget*> m_widgets;
    QHash<QWidget*, QString> m_tooltips; // each marked widget's own tooltip, restored when it is valid again
};

namespace PlannerUi {
/** A spin box for an amount: `decimals`, a wide range (so that bad values can be typed and refused with a reason),
 * `prefix`/`suffix` and a tooltip that says what it is and where the default comes from. */
QDoubleSpinBox* spin(QWidget* parent, double value, int decimals, const QString& prefix, const QString& suffix,
    const QString& tooltip, double min = -1e12, double max = 1e12);
/** A chart view with `title`, antialiased, legend shown or not. */
QChartView* chartView(const QString& title, QWidget* parent, bool legend = true);
/** Removes a chart's series and axes before it is drawn again. */
void clearChart(QChart* chart);
/** A table cell for a number: right-aligned. */
QTableWidgetItem* numberItem(const QString& text);
} // namespace PlannerUi
