// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/planner/routingtab.h"

#include "views/models/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSplitter>
#include <QHorizontalStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Planning;

namespace {

enum Column {
    Class,
    Plan,
    Outcomes,
    Today,
    Projected,
    Savings,
    CpsoToday,
    CpsoProjected,
    Corrections,
    FullToday,
    FullProjected,
    NUM_COLUMNS
};

QString planText(const ClassPlan& p)
{
    switch (p.strategy) {
    case Strategy::Route:
        return RoutingTab::tr("route %1 to %2").arg(Format::percent(p.routedShare), p.smallLabel);
    case Strategy::Cascade:
        return RoutingTab::tr("cascade via %1, %2 escalate").arg(p.smallLabel, Format::percent(p.escalationRate));
    case Strategy::Keep:
        break;
    }
    return RoutingTab::tr("keep");
}

} // namespace

RoutingTab::RoutingTab(QWidget* parent)
    : PlannerTab(parent)
{
    for (TaskClass c : AllTaskClasses)
        m_plans[c] = defaultPlan(c);
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 6, 0, 0);
    auto* source = new QHBoxLayout;
    m_fromWorkspace = new QRadioButton(tr("This workspace (the period chosen, per month)"), this);
    m_fromWorkspace->setToolTip(tr("Each class's spend, tokens, accepted outcomes and corrections (tasks accepted "
                                   "after rework) from the workspace's calls"));
    m_caseStudy = new QRadioButton(tr("The article's case study:"), this);
    m_caseStudy->setToolTip(tr("1,000 product descriptions of 500 input and 300 output tokens each"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_fromWorkspace);
    group->addButton(m_caseStudy);
    m_fromWorkspace->setChecked(true);
    m_caseOption = new QComboBox(this);
    m_caseOption->setToolTip(tr("The article's three options for its case study, with their costs and correction "
                                "rates as it states them"));
    m_caseOption->addItem(tr("GPT-only ($0.12, 2% corrected)"), QStringLiteral("gpt"));
    m_caseOption->addItem(tr("Hybrid routing ($0.035, 5%)"), QStringLiteral("hybrid"));
    m_caseOption->addItem(tr("Self-hosted SLM ($0.012, 9%)"), QStringLiteral("slm"));
    source->addWidget(m_fromWorkspace);
    source->addWidget(m_caseStudy);
    source->addWidget(m_caseOption);
    source->addStretch();
    root->addLayout(source);
    m_banner = new QLabel(this);
    m_banner->hide();
    root->addWidget(m_banner);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_classes = new QListWidget(left);
    m_classes->setToolTip(tr("The article's task classes; choose one to edit its plan"));
    for (TaskClass c : AllTaskClasses) {
        auto* item = new QListWidgetItem(className(c), m_classes);
        item->setData(Qt::UserRole, int(c));
        const SavingsRange r = articleRange(c);
        item->setToolTip(tr("The article's estimate of savings against a frontier model: %1–%2")
                             .arg(Format::percent(r.low), Format::percent(r.high)));
    }
    m_classes->setFixedHeight(m_classes->sizeHintForRow(0) * m_classes->count() + 2 * m_classes->frameWidth() + 2);
    leftLayout->addWidget(m_classes);
    auto* form = new QFormLayout;
    m_strategy = new QComboBox(left);
    m_strategy->addItem(tr("Keep on today's models"), QStringLiteral("keep"));
    m_strategy->addItem(tr("Route a share to the small model"), QStringLiteral("route"));
    m_strategy->addItem(tr("Cascade: small model first, escalate"), QStringLiteral("cascade"));
    m_strategy->setToolTip(tr("Routing sends a share of the class straight to the small model. A cascade sends "
                              "everything to it first and escalates answers below the confidence threshold to "
                              "today's model, paying for both."));
    form->addRow(tr("Plan:"), m_strategy);
    m_share = PlannerUi::spin(left, 60, 1, QString(), tr(" %"), tr("Share of the class's work the small model takes"));
    form->addRow(tr("Routed share:"), m_share);
    m_threshold = PlannerUi::spin(left, 0.7, 2, QString(), QString(),
        tr("Answers with a confidence score below this escalate (recorded with the plan)"));
    form->addRow(tr("Confidence threshold:"), m_threshold);
    m_escalation = PlannerUi::spin(left, 20, 1, QString(), tr(" %"),
        tr("Share of requests whose confidence falls below the threshold; measure it on a sample of the class"));
    form->addRow(tr("Escalation rate:"), m_escalation);
    m_smallModel = new QComboBox(left);
    m_smallModel->setToolTip(tr("A model from the price catalog, or a self-hosted model at the $ per 1M of a saved, "
                                "priced A/B run"));
    form->addRow(tr("Small model:"), m_smallModel);
    auto* prices = new QHBoxLayout;
    m_smallIn = PlannerUi::spin(left, 0, 3, QStringLiteral("$"), tr(" in"), tr("Its input price, USD per 1M tokens"));
    m_smallOut
        = PlannerUi::spin(left, 0, 3, QStringLiteral("$"), tr(" out"), tr("Its output price, USD per 1M tokens"));
    prices->addWidget(m_smallIn);
    m_smallIn->setAccessibleName(tr("Small model input price"));
    m_smallOut->setAccessibleName(tr("Small model output price"));
    prices->addWidget(m_smallOut);
    form->addRow(tr("Per 1M:"), prices);
    m_smallCorrection = PlannerUi::spin(left, 5, 1, QString(), tr(" %"),
        tr("Share of the small model's outcomes a human must correct (the article: 5% hybrid, 9% self-hosted SLM)"));
    form->addRow(tr("Small model corrections:"), m_smallCorrection);
    m_correctionCost = PlannerUi::spin(left, 5, 2, QStringLiteral("$"), tr(" each"),
        tr("One human correction in this class: minutes spent × loaded hourly rate (default: 3 minutes at $100 an "
           "hour)"));
    form->addRow(tr("Correction cost:"), m_correctionCost);
    auto* range = new QHBoxLayout;
    m_expectedLow = PlannerUi::spin(left, 40, 0, QString(), tr(" %"), tr("Low end of the expected savings"));
    m_expectedHigh = PlannerUi::spin(left, 80, 0, QString(), tr(" %"), tr("High end of the expected savings"));
    range->addWidget(m_expectedLow);
    range->addWidget(m_expectedHigh);
    form->addRow(tr("Expected savings:"), range);
    leftLayout->addLayout(form);
    auto* wfCaption = new QLabel(tr("<b>Workflows by class</b> (change one to move its calls)"), left);
    leftLayout->addWidget(wfCaption);
    m_workflows = new QTableWidget(0, 2, left);
    m_workflows->setHorizontalHeaderLabels({ tr("Workflow"), tr("Class") });
    m_workflows->horizontalHeaderItem(1)->setToolTip(
        tr("A task_class tag on the calls, else words in the project, operation or agent, else their tokens; your "
           "choice here overrides them"));
    m_workflows->verticalHeader()->hide();
    m_workflows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    leftLayout->addWidget(m_workflows, 1);
    left->setMaximumWidth(420);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_results = new QTableWidget(0, NUM_COLUMNS, right);
    m_results->setHorizontalHeaderLabels(
        { tr("Class"), tr("Plan"), tr("Outcomes"), tr("Today"), tr("Projected"), tr("Model savings"), tr("CPSO today"),
            tr("CPSO projected"), tr("Corrections"), tr("+ corrections today"), tr("+ corrections projected") });
    const QString tips[NUM_COLUMNS] = { tr("Task class"), tr("What the plan does with the class"),
        tr("Accepted outcomes a month"), tr("Model spend a month on today's models"),
        tr("Model spend a month under the plan"), tr("1 − projected / today spend (⚠: outside the expected range)"),
        tr("CPSO: model spend / accepted outcomes"), tr("CPSO under the plan"),
        tr("Share of outcomes a human corrects, today → projected"),
        tr("CPSO with corrections: (model spend + corrections × their cost) / outcomes, the cost of an outcome that "
           "needs no more work"),
        tr("CPSO with corrections under the plan") };
    for (int c = 0; c < NUM_COLUMNS; ++c)
        m_results->horizontalHeaderItem(c)->setToolTip(tips[c]);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(Plan, QHeaderView::Stretch);
    rightLayout->addWidget(m_results, 1);
    m_chart = PlannerUi::chartView(tr("A month: model spend and correction labour, today and planned"), right);
    m_chart->setMinimumHeight(240);
    rightLayout->addWidget(m_chart, 1);
    root->addWidget(split, 1);

    m_marks.add(QStringLiteral("routed-share"), m_share);
    m_marks.add(QStringLiteral("confidence-threshold"), m_threshold);
    m_marks.add(QStringLiteral("escalation-rate"), m_escalation);
    m_marks.add(QStringLiteral("small-price"), m_smallIn);
    m_marks.add(QStringLiteral("small-correction-rate"), m_smallCorrection);
    m_marks.add(QStringLiteral("correction-cost"), m_correctionCost);
    m_marks.add(QStringLiteral("expected-savings"), m_expectedLow);

    connect(m_classes, &QListWidget::currentRowChanged, this, &RoutingTab::showPlan);
    for (QDoubleSpinBox* s : { m_share, m_threshold, m_escalation, m_smallIn, m_smallOut, m_smallCorrection,
             m_correctionCost, m_expectedLow, m_expectedHigh })
        connect(s, &QDoubleSpinBox::valueChanged, this, &RoutingTab::readPlan);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &RoutingTab::readPlan);
    connect(m_smallModel, &QComboBox::activated, this, [this](int i) {
        const QVariant v = m_smallModel->itemData(i);
        if (!v.isValid())
            return;
        const QVariantList prices = v.toList();
        m_loading = true;
        m_smallIn->setValue(prices.value(0).toDouble());
        m_smallOut->setValue(prices.value(1).toDouble());
        m_loading = false;
        readPlan();
    });
    connect(m_fromWorkspace, &QRadioButton::toggled, this, [this](bool on) {
        if (on && !m_loading) {
            m_typedLoads.clear();
            recompute();
        }
    });
    connect(m_caseStudy, &QRadioButton::toggled, this, [this](bool on) {
        if (on && !m_loading)
            loadCaseStudy(m_caseOption->currentData().toString());
    });
    connect(m_caseOption, &QComboBox::activated, this, [this] {
        m_caseStudy->setChecked(true);
        loadCaseStudy(m_caseOption->currentData().toString());
    });
    m_classes->setCurrentRow(2);
}

QString RoutingTab::title() const
{
    return tr("Routing");
}

void RoutingTab::setData(const PlannerData* data)
{
    m_data = data;
    m_loading = true;
    m_smallModel->clear();
    m_smallModel->addItem(tr("(typed prices)"));
    for (const AbChoice& a : data->abRuns)
        if (a.usdPerMillion)
            m_smallModel->addItem(tr("self-hosted: %1 (%2 per 1M)").arg(a.label, Format::usd(*a.usdPerMillion)),
                QVariantList { *a.usdPerMillion, *a.usdPerMillion });
    QStringList seen;
    for (const Pricing::PriceEntry& e : data->catalog.entries())
        if (!seen.contains(e.model) && e.rates.input > 0) {
            seen << e.model;
            m_smallModel->addItem(QStringLiteral("%1 ($%2 / $%3)")
                                      .arg(e.model)
                                      .arg(double(e.rates.input) / 1e6)
                                      .arg(double(e.rates.output) / 1e6),
                QVariantList { double(e.rates.input) / 1e6, double(e.rates.output) / 1e6 });
        }
    // a plan without a small model yet starts from gpt-4.1-nano, the catalog's cheapest general OpenAI model
    if (const Pricing::PriceEntry* nano
        = data->catalog.find(QStringLiteral("gpt-4.1-nano"), QDateTime::currentMSecsSinceEpoch()))
        for (auto& [c, p] : m_plans)
            if (p.small.input == 0 && p.small.output == 0) {
                p.small = { double(nano->rates.input) / 1e6, double(nano->rates.output) / 1e6 };
                p.smallLabel = nano->model;
            }
    const bool hasTraffic = data->traffic.has_value();
    m_fromWorkspace->setEnabled(hasTraffic);
    if (!hasTraffic && !m_caseStudy->isChecked()) {
        m_caseStudy->setChecked(true);
        m_loading = false;
        loadCaseStudy(QStringLiteral("hybrid"));
        return;
    }
    m_loading = false;
    fillWorkflows();
    showPlan();
    recompute();
}

void RoutingTab::fillWorkflows()
{
    m_workflows->setRowCount(0);
    if (!m_data || !m_data->traffic)
        return;
    const auto& classes = m_data->traffic->workflowClass;
    m_workflows->setRowCount(int(classes.size()));
    int r = 0;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it, ++r) {
        m_workflows->setItem(r, 0, new QTableWidgetItem(it.key()));
        auto* combo = new QComboBox(m_workflows);
        combo->setToolTip(tr("The class of %1's calls; changing it reads the workspace again").arg(it.key()));
        for (TaskClass c : AllTaskClasses)
            combo->addItem(className(c), int(c));
        combo->setCurrentIndex(combo->findData(int(it.value())));
        const QString workflow = it.key();
        connect(combo, &QComboBox::activated, this, [this, combo, workflow] {
            m_overrides.insert(workflow, TaskClass(combo->currentData().toInt()));
            emit classOverridesChanged();
        });
        m_workflows->setCellWidget(r, 1, combo);
    }
    m_workflows->resizeColumnToContents(1);
}

void RoutingTab::loadCaseStudy(const QString& option)
{
    const RoutingScenario s = articleCaseStudy(option, m_correctionCost->value());
    QJsonObject j = toJson(s);
    setInputs(j);
    m_caseOption->setCurrentIndex(std::max(0, m_caseOption->findData(option)));
}

RoutingScenario RoutingTab::scenario() const
{
    RoutingScenario s;
    s.fromWorkspace = m_fromWorkspace->isChecked();
    if (!s.fromWorkspace)
        s.typedLoads = m_typedLoads;
    s.plans = m_plans;
    s.classOverrides = m_overrides;
    return s;
}

QJsonObject RoutingTab::inputs() const
{
    return toJson(scenario());
}

void RoutingTab::setInputs(const QJsonObject& inputs)
{
    const RoutingScenario s = routingScenarioFromJson(inputs);
    m_loading = true;
    m_plans = s.plans;
    m_typedLoads = s.typedLoads;
    const bool overridesChanged = m_overrides != s.classOverrides;
    m_overrides = s.classOverrides;
    (s.fromWorkspace && m_fromWorkspace->isEnabled() ? m_fromWorkspace : m_caseStudy)->setChecked(true);
    m_loading = false;
    // the class that has a plan first
    for (int i = 0; i < m_classes->count(); ++i)
        if (m_plans[TaskClass(m_classes->item(i)->data(Qt::UserRole).toInt())].strategy != Strategy::Keep) {
            m_classes->setCurrentRow(i);
            break;
        }
    showPlan();
    recompute();
    if (overridesChanged)
        emit classOverridesChanged();
}

std::map<TaskClass, ClassLoad> RoutingTab::loadsOf(const RoutingScenario& s) const
{
    if (!s.fromWorkspace)
        return s.typedLoads;
    std::map<TaskClass, ClassLoad> out;
    if (m_data && m_data->traffic)
        for (const auto& [c, t] : m_data->traffic->classes)
            out[c] = t.load;
    return out;
}

void RoutingTab::showPlan()
{
    const int row = m_classes->currentRow();
    if (row < 0)
        return;
    const ClassPlan& p = m_plans[TaskClass(m_classes->item(row)->data(Qt::UserRole).toInt())];
    m_loading = true;
    m_strategy->setCurrentIndex(m_strategy->findData(strategyId(p.strategy)));
    m_share->setValue(p.routedShare * 100);
    m_threshold->setValue(p.confidenceThreshold);
    m_escalation->setValue(p.escalationRate * 100);
    m_smallIn->setValue(p.small.input);
    m_smallOut->setValue(p.small.output);
    m_smallModel->setCurrentIndex(std::max(0, m_smallModel->findText(p.smallLabel, Qt::MatchStartsWith)));
    m_smallCorrection->setValue(p.smallCorrectionRate * 100);
    m_correctionCost->setValue(p.correctionUsd);
    m_expectedLow->setValue(p.expected.low * 100);
    m_expectedHigh->setValue(p.expected.high * 100);
    m_share->setEnabled(p.strategy == Strategy::Route);
    m_threshold->setEnabled(p.strategy == Strategy::Cascade);
    m_escalation->setEnabled(p.strategy == Strategy::Cascade);
    m_loading = false;
}

void RoutingTab::readPlan()
{
    if (m_loading)
        return;
    const int row = m_classes->currentRow();
    if (row < 0)
        return;
    ClassPlan& p = m_plans[TaskClass(m_classes->item(row)->data(Qt::UserRole).toInt())];
    p.strategy = strategyFromId(m_strategy->currentData().toString()).value_or(Strategy::Keep);
    p.routedShare = m_share->value() / 100;
    p.confidenceThreshold = m_threshold->value();
    p.escalationRate = m_escalation->value() / 100;
    p.small = { m_smallIn->value(), m_smallOut->value() };
    if (m_smallModel->currentIndex() > 0)
        p.smallLabel = m_smallModel->currentText().section(QLatin1String(" ($"), 0, 0);
    else if (p.smallLabel.isEmpty())
        p.smallLabel = tr("small model");
    p.smallCorrectionRate = m_smallCorrection->value() / 100;
    p.correctionUsd = m_correctionCost->value();
    p.expected = { m_expectedLow->value() / 100, m_expectedHigh->value() / 100 };
    m_share->setEnabled(p.strategy == Strategy::Route);
    m_threshold->setEnabled(p.strategy == Strategy::Cascade);
    m_escalation->setEnabled(p.strategy == Strategy::Cascade);
    recompute();
}

Sheet RoutingTab::evaluate(const QJsonObject& inputs) const
{
    const RoutingScenario s = routingScenarioFromJson(inputs);
    Sheet sheet;
    sheet.inputs << SheetRow { tr("Load"), s.fromWorkspace ? tr("this workspace, a month") : tr("typed") };
    std::vector<ClassProjection> projections;
    for (const auto& [c, load] : loadsOf(s)) {
        const ClassPlan plan = s.plans.count(c) ? s.plans.at(c) : defaultPlan(c);
        sheet.inputs << SheetRow { className(c), planText(plan) };
        const auto errors = validate(plan);
        if (!errors.empty() && sheet.error.isEmpty())
            sheet.error = className(c) + QStringLiteral(": ") + errors.front().message;
        projections.push_back(project(load, plan));
    }
    if (!sheet.error.isEmpty())
        return sheet;
    for (const ClassProjection& p : projections)
        sheet.outputs << SheetRow { tr("%1: spend today → projected").arg(className(p.cls)),
            QStringLiteral("%1 → %2").arg(Format::usd(p.todayUsd), Format::usd(p.projectedUsd)) };
    const ClassProjection t = total(projections);
    sheet.outputs << SheetRow { tr("Spend a month today"), Format::usd(t.todayUsd) }
                  << SheetRow { tr("Spend a month projected"), Format::usd(t.projectedUsd) }
                  << SheetRow { tr("CPSO today"), Format::usd(t.todayCpso()) }
                  << SheetRow { tr("CPSO projected"), Format::usd(t.projectedCpso()) }
                  << SheetRow { tr("Corrections today"), Format::percent(t.todayCorrectionRate) }
                  << SheetRow { tr("Corrections projected"), Format::percent(t.projectedCorrectionRate) }
                  << SheetRow { tr("Correction labour today"), Format::usd(t.todayCorrectionUsd) }
                  << SheetRow { tr("Correction labour projected"), Format::usd(t.projectedCorrectionUsd) }
                  << SheetRow { tr("CPSO with corrections today"), Format::usd(t.todayCpsoWithCorrections()) }
                  << SheetRow { tr("CPSO with corrections projected"), Format::usd(t.projectedCpsoWithCorrections()) };
    return sheet;
}

void RoutingTab::recompute()
{
    if (m_loading)
        return;
    emit edited();
    const RoutingScenario s = scenario();
    std::vector<FieldError> errors;
    const int row = m_classes->currentRow();
    if (row >= 0)
        errors = validate(m_plans[TaskClass(m_classes->item(row)->data(Qt::UserRole).toInt())]);
    m_marks.mark(errors, m_banner);
    std::vector<ClassProjection> projections;
    const auto loads = loadsOf(s);
    for (const auto& [c, load] : loads)
        if (validate(s.plans.at(c)).empty())
            projections.push_back(project(load, s.plans.at(c)));
    m_results->setRowCount(int(projections.size()) + 1);
    const auto right = PlannerUi::numberItem;
    auto fill = [&](int r, const ClassProjection& p, const QString& name, const QString& plan, bool bold) {
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setToolTip(name);
        m_results->setItem(r, Class, nameItem);
        m_results->setItem(r, Plan, new QTableWidgetItem(plan));
        m_results->setItem(r, Outcomes, right(Format::count(qint64(std::llround(p.outcomes)))));
        m_results->setItem(r, Today, right(Format::usd(p.todayUsd)));
        m_results->setItem(r, Projected, right(Format::usd(p.projectedUsd)));
        auto* saving
            = right(Format::percent(p.modelSavings()) + (p.outsideExpected ? QStringLiteral(" ⚠") : QString()));
        if (p.outsideExpected)
            saving->setToolTip(tr("Outside the expected %1–%2 for this class: check the plan's rates")
                                   .arg(Format::percent(s.plans.at(p.cls).expected.low),
                                       Format::percent(s.plans.at(p.cls).expected.high)));
        m_results->setItem(r, Savings, saving);
        m_results->setItem(r, CpsoToday, right(Format::usd(p.todayCpso())));
        m_results->setItem(r, CpsoProjected, right(Format::usd(p.projectedCpso())));
        m_results->setItem(r, Corrections,
            right(QStringLiteral("%1 → %2").arg(
                Format::percent(p.todayCorrectionRate), Format::percent(p.projectedCorrectionRate))));
        m_results->setItem(r, FullToday, right(Format::usd(p.todayCpsoWithCorrections())));
        m_results->setItem(r, FullProjected, right(Format::usd(p.projectedCpsoWithCorrections())));
        if (bold)
            for (int c = 0; c < NUM_COLUMNS; ++c) {
                QFont f = m_results->item(r, c)->font();
                f.setBold(true);
                m_results->item(r, c)->setFont(f);
            }
    };
    int r = 0;
    for (const ClassProjection& p : projections) {
        fill(r, p, classShortName(p.cls), planText(s.plans.at(p.cls)), false);
        if (m_data && m_data->traffic && s.fromWorkspace && m_data->traffic->classes.count(p.cls)) {
            const ClassTraffic& t = m_data->traffic->classes.at(p.cls);
            m_results->item(r, Class)->setToolTip(
                tr("Workflows: %1. Most spend on %2.").arg(t.workflows.join(QStringLiteral(", ")), t.topModel));
        }
        ++r;
    }
    fill(r, total(projections), tr("Total"), QString(), true);
    m_results->resizeColumnsToContents();

    QChart* chart = m_chart->chart();
    PlannerUi::clearChart(chart);
    auto* spend = new QBarSet(tr("model spend"));
    auto* labour = new QBarSet(tr("correction labour"));
    spend->setColor(QColor(0x00, 0x72, 0xB2));
    labour->setColor(QColor(0xD5, 0x5E, 0x00));
    QStringList cats;
    double top = 0;
    for (const ClassProjection& p : projections) {
        const QString name = classShortName(p.cls);
        cats << tr("%1 today").arg(name) << tr("%1 planned").arg(name);
        *spend << p.todayUsd << p.projectedUsd;
        *labour << p.todayCorrectionUsd << p.projectedCorrectionUsd;
        top = std::max({ top, p.todayUsd + p.todayCorrectionUsd, p.projectedUsd + p.projectedCorrectionUsd });
    }
    // bottom to top in the chart: reverse, so the first class reads first
    std::reverse(cats.begin(), cats.end());
    QList<qreal> spendValues, labourValues;
    for (int i = spend->count() - 1; i >= 0; --i) {
        spendValues << spend->at(i);
        labourValues << labour->at(i);
    }
    spend->remove(0, spend->count());
    labour->remove(0, labour->count());
    spend->append(spendValues);
    labour->append(labourValues);
    auto* series = new QHorizontalStackedBarSeries;
    series->append(spend);
    series->append(labour);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(cats);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.08 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("$%.0f"));
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
}

QList<QWidget*> RoutingTab::charts() const
{
    return { m_chart };
}
