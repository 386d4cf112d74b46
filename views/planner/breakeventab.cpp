// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/planner/breakeventab.h"

#include "views/models/format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QRadioButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Planning;

BreakEvenTab::BreakEvenTab(QWidget* parent)
    : PlannerTab(parent)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 6, 0, 0);
    m_banner = new QLabel(this);
    m_banner->hide();
    root->addWidget(m_banner);
    auto* row = new QHBoxLayout;
    root->addLayout(row, 1);
    auto* formBox = new QWidget(this);
    formBox->setMaximumWidth(460);
    auto* form = new QFormLayout(formBox);
    auto* capital = new QHBoxLayout;
    m_owned = new QRadioButton(tr("Owned hardware"), formBox);
    m_rented = new QRadioButton(tr("Rented GPU"), formBox);
    m_owned->setToolTip(tr("The server is bought and depreciated straight-line over its years"));
    m_rented->setToolTip(tr("The GPU is rented by the hour (cloud on-demand or reserved); no depreciation"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_owned);
    group->addButton(m_rented);
    m_owned->setChecked(true);
    capital->addWidget(m_owned);
    capital->addWidget(m_rented);
    form->addRow(capital);
    m_hardware = PlannerUi::spin(formBox, 35000, 0, QStringLiteral("$"), QString(),
        tr("Purchase price of the server with its GPUs (default: one data-center GPU server, about $35,000)"));
    form->addRow(tr("Hardware price:"), m_hardware);
    m_years = PlannerUi::spin(formBox, 3, 1, QString(), tr(" years"),
        tr("Straight-line depreciation period; 3 years is the usual book life of GPU servers"));
    form->addRow(tr("Depreciation:"), m_years);
    m_rent = PlannerUi::spin(formBox, 2.5, 2, QStringLiteral("$"), tr(" an hour"),
        tr("The GPU's hourly price, paid whether it is busy or not"));
    form->addRow(tr("GPU rent:"), m_rent);
    m_watts = PlannerUi::spin(formBox, 1200, 0, QString(), tr(" W"),
        tr("Average power draw of the server, cooling included (PUE); drawn all hours"));
    form->addRow(tr("Power draw:"), m_watts);
    m_kwh = PlannerUi::spin(formBox, 0.15, 3, QStringLiteral("$"), tr(" per kWh"), tr("Electricity tariff"));
    form->addRow(tr("Electricity:"), m_kwh);
    m_hosting = PlannerUi::spin(formBox, 400, 0, QStringLiteral("$"), tr(" a month"),
        tr("Rack space, network, storage and monitoring for the server"));
    form->addRow(tr("Hosting:"), m_hosting);
    m_mlops = PlannerUi::spin(formBox, 3000, 0, QStringLiteral("$"), tr(" a month"),
        tr("The share of MLOps salaries this server takes (patching, upgrades, on-call). Leaving it out makes "
           "self-hosting look cheaper than it is."));
    form->addRow(tr("MLOps share:"), m_mlops);
    m_utilization = PlannerUi::spin(formBox, 50, 0, QString(), tr(" %"),
        tr("Share of paid hours the server spends generating. Every cost is per hour, so $ per 1M tokens is inversely "
           "proportional to it: 30% costs three times what 90% does."));
    form->addRow(tr("Utilization:"), m_utilization);
    m_throughput = PlannerUi::spin(formBox, 2000, 0, QString(), tr(" tokens/s"),
        tr("Tokens the server processes per second at full load, prompt and generated, all concurrent requests "
           "together (the API side counts both). A saved A/B run gives its single-stream decode speed, a lower bound "
           "for batched serving."));
    form->addRow(tr("Throughput:"), m_throughput);
    m_abRun = new QComboBox(formBox);
    m_abRun->setToolTip(tr("Take the throughput from a saved A/B run (its model B's median decode speed)"));
    form->addRow(tr("From A/B run:"), m_abRun);
    auto* api = new QHBoxLayout;
    m_apiWorkspace = new QRadioButton(tr("This workspace"), formBox);
    m_apiTyped = new QRadioButton(tr("Typed"), formBox);
    m_apiTyped->setToolTip(tr("Type the monthly tokens and what the API charges for them"));
    m_apiWorkspace->setToolTip(tr("The API side is the workspace's tokens and list cost over the period chosen, "
                                  "per average month"));
    auto* apiGroup = new QButtonGroup(this);
    apiGroup->addButton(m_apiWorkspace);
    apiGroup->addButton(m_apiTyped);
    m_apiWorkspace->setChecked(true);
    api->addWidget(m_apiWorkspace);
    api->addWidget(m_apiTyped);
    form->addRow(tr("API volume:"), api);
    m_apiTokens = PlannerUi::spin(formBox, 1e9, 0, QString(), tr(" tokens a month"),
        tr("Input and output tokens a month that the server would take over"));
    form->addRow(tr("Monthly tokens:"), m_apiTokens);
    m_apiSpend = PlannerUi::spin(
        formBox, 5000, 2, QStringLiteral("$"), tr(" a month"), tr("What the API charges for those tokens a month"));
    form->addRow(tr("API spend:"), m_apiSpend);
    m_results = new QLabel(formBox);
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_results);
    row->addWidget(formBox);
    auto* charts = new QVBoxLayout;
    m_curve = PlannerUi::chartView(tr("$ per 1M tokens against utilization"), this);
    m_tornado = PlannerUi::chartView(tr("Sensitivity: $ per 1M with each input 20% lower and higher"), this);
    charts->addWidget(m_curve, 1);
    charts->addWidget(m_tornado, 1);
    row->addLayout(charts, 1);

    m_marks.add(QStringLiteral("hardware-price"), m_hardware);
    m_marks.add(QStringLiteral("years"), m_years);
    m_marks.add(QStringLiteral("gpu-price-per-hour"), m_rent);
    m_marks.add(QStringLiteral("power-watts"), m_watts);
    m_marks.add(QStringLiteral("kwh-price"), m_kwh);
    m_marks.add(QStringLiteral("hosting-per-month"), m_hosting);
    m_marks.add(QStringLiteral("mlops-per-month"), m_mlops);
    m_marks.add(QStringLiteral("utilization"), m_utilization);
    m_marks.add(QStringLiteral("tokens-per-second"), m_throughput);
    m_marks.add(QStringLiteral("monthly-tokens"), m_apiTokens);
    m_marks.add(QStringLiteral("api-spend"), m_apiSpend);

    for (QDoubleSpinBox* s : { m_hardware, m_years, m_rent, m_watts, m_kwh, m_hosting, m_mlops, m_utilization,
             m_throughput, m_apiTokens, m_apiSpend })
        connect(s, &QDoubleSpinBox::valueChanged, this, &BreakEvenTab::recompute);
    for (QRadioButton* b : { m_owned, m_apiWorkspace })
        connect(b, &QRadioButton::toggled, this, &BreakEvenTab::recompute);
    connect(m_throughput, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_loading && m_abRun->currentIndex() > 0) {
            const QSignalBlocker block(m_abRun);
            m_abRun->setCurrentIndex(0); // typed over a run's speed
        }
    });
    connect(m_abRun, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i <= 0 || !m_data)
            return;
        const AbChoice& run = m_data->abRuns.value(i - 1);
        const QSignalBlocker block(m_throughput);
        m_throughput->setValue(run.decodeTokensPerSecond);
        recompute();
    });
}

QString BreakEvenTab::title() const
{
    return tr("Self-hosting");
}

void BreakEvenTab::setData(const PlannerData* data)
{
    m_data = data;
    m_loading = true;
    const qint64 run = m_abRun->currentData().toLongLong();
    m_abRun->clear();
    m_abRun->addItem(tr("(typed)"), qint64(0));
    for (const AbChoice& a : data->abRuns)
        m_abRun->addItem(a.label, a.id);
    m_abRun->setCurrentIndex(std::max(0, m_abRun->findData(run)));
    const bool hasTraffic = data->traffic && data->traffic->tokensPerMonth > 0;
    m_apiWorkspace->setEnabled(hasTraffic);
    if (!hasTraffic)
        m_apiTyped->setChecked(true);
    m_loading = false;
    recompute();
}

BreakEvenScenario BreakEvenTab::scenario() const
{
    BreakEvenScenario s;
    const bool owned = m_owned->isChecked();
    s.server.hardwareUsd = owned ? m_hardware->value() : 0;
    s.server.depreciationYears = m_years->value();
    s.server.gpuUsdPerHour = owned ? 0 : m_rent->value();
    s.server.powerWatts = m_watts->value();
    s.server.usdPerKwh = m_kwh->value();
    s.server.hostingUsdPerMonth = m_hosting->value();
    s.server.mlopsUsdPerMonth = m_mlops->value();
    s.server.utilization = m_utilization->value() / 100;
    s.server.tokensPerSecond = m_throughput->value();
    s.fromWorkspace = m_apiWorkspace->isChecked();
    s.typedApi = { m_apiTokens->value(), m_apiSpend->value() };
    s.abRunId = m_abRun->currentData().toLongLong();
    return s;
}

QJsonObject BreakEvenTab::inputs() const
{
    return toJson(scenario());
}

void BreakEvenTab::setInputs(const QJsonObject& inputs)
{
    const BreakEvenScenario s = breakEvenScenarioFromJson(inputs);
    m_loading = true;
    (s.server.gpuUsdPerHour > 0 ? m_rented : m_owned)->setChecked(true);
    if (s.server.hardwareUsd > 0)
        m_hardware->setValue(s.server.hardwareUsd);
    m_years->setValue(s.server.depreciationYears);
    if (s.server.gpuUsdPerHour > 0)
        m_rent->setValue(s.server.gpuUsdPerHour);
    m_watts->setValue(s.server.powerWatts);
    m_kwh->setValue(s.server.usdPerKwh);
    m_hosting->setValue(s.server.hostingUsdPerMonth);
    m_mlops->setValue(s.server.mlopsUsdPerMonth);
    m_utilization->setValue(s.server.utilization * 100);
    m_throughput->setValue(s.server.tokensPerSecond);
    m_abRun->setCurrentIndex(std::max(0, m_abRun->findData(s.abRunId)));
    (s.fromWorkspace && m_apiWorkspace->isEnabled() ? m_apiWorkspace : m_apiTyped)->setChecked(true);
    m_apiTokens->setValue(s.typedApi.tokensPerMonth);
    m_apiSpend->setValue(s.typedApi.usdPerMonth);
    m_loading = false;
    recompute();
}

ApiVolume BreakEvenTab::apiOf(const BreakEvenScenario& s) const
{
    if (s.fromWorkspace && m_data && m_data->traffic)
        return { m_data->traffic->tokensPerMonth, m_data->traffic->apiUsdPerMonth };
    return s.typedApi;
}

Sheet BreakEvenTab::evaluate(const QJsonObject& inputs) const
{
    const BreakEvenScenario s = breakEvenScenarioFromJson(inputs);
    const ApiVolume api = apiOf(s);
    const SelfHostInputs& in = s.server;
    Sheet sheet;
    if (in.gpuUsdPerHour > 0)
        sheet.inputs << SheetRow { tr("GPU rent"), Format::usd(in.gpuUsdPerHour) + tr(" an hour") };
    else
        sheet.inputs << SheetRow { tr("Hardware price"), Format::usd(in.hardwareUsd) }
                     << SheetRow { tr("Depreciation"), tr("%1 years").arg(in.depreciationYears) };
    sheet.inputs << SheetRow { tr("Power draw"), tr("%1 W").arg(in.powerWatts) }
                 << SheetRow { tr("Electricity"), Format::usd(in.usdPerKwh) + tr(" per kWh") }
                 << SheetRow { tr("Hosting"), Format::usd(in.hostingUsdPerMonth) + tr(" a month") }
                 << SheetRow { tr("MLOps share"), Format::usd(in.mlopsUsdPerMonth) + tr(" a month") }
                 << SheetRow { tr("Utilization"), Format::percent(in.utilization) }
                 << SheetRow { tr("Throughput"), tr("%1 tokens/s").arg(in.tokensPerSecond) }
                 << SheetRow { tr("API tokens a month"), Format::compact(qint64(api.tokensPerMonth)) }
                 << SheetRow { tr("API spend a month"), Format::usd(api.usdPerMonth) };
    std::vector<FieldError> errors = validate(in);
    for (const FieldError& e : validate(api))
        errors.push_back(e);
    if (!errors.empty()) {
        sheet.error = errors.front().message;
        return sheet;
    }
    const BreakEven b = breakEven(in, api);
    sheet.outputs = { { tr("Server cost a month"), Format::usd(b.tcoUsdPerMonth) },
        { tr("Self-hosted $ per 1M"), Format::usd(b.selfUsdPerMillion) },
        { tr("API $ per 1M"), Format::usd(b.apiUsdPerMillion) }, { tr("Servers needed"), QString::number(b.servers) },
        { tr("Self-hosted a month"), Format::usd(b.selfUsdPerMonth) },
        { tr("API a month"), Format::usd(b.apiUsdPerMonth) },
        { tr("Saved a month"), Format::usd(b.savingsUsdPerMonth()) },
        { tr("Break-even volume"),
            b.breakEvenTokensPerMonth ? tr("%1 tokens a month").arg(Format::compact(qint64(*b.breakEvenTokensPerMonth)))
                                      : QStringLiteral("—") },
        { tr("Break-even utilization"),
            b.breakEvenUtilization ? Format::percent(*b.breakEvenUtilization) : tr("above 100%") } };
    return sheet;
}

QString BreakEvenTab::resultText() const
{
    return m_results->text();
}

void BreakEvenTab::updateEnabled()
{
    const bool owned = m_owned->isChecked();
    m_hardware->setEnabled(owned);
    m_years->setEnabled(owned);
    m_rent->setEnabled(!owned);
    const bool typed = !m_apiWorkspace->isChecked();
    m_apiTokens->setEnabled(typed);
    m_apiSpend->setEnabled(typed);
    if (!typed && m_data && m_data->traffic) {
        const QSignalBlocker a(m_apiTokens), b(m_apiSpend);
        m_apiTokens->setValue(m_data->traffic->tokensPerMonth);
        m_apiSpend->setValue(m_data->traffic->apiUsdPerMonth);
    }
}

void BreakEvenTab::recompute()
{
    if (m_loading || !m_data)
        return;
    updateEnabled();
    emit edited();
    const BreakEvenScenario s = scenario();
    const ApiVolume api = apiOf(s);
    std::vector<FieldError> errors = validate(s.server);
    for (const FieldError& e : validate(api))
        errors.push_back(e);
    if (!m_marks.mark(errors, m_banner)) {
        m_results->clear();
        PlannerUi::clearChart(m_curve->chart());
        PlannerUi::clearChart(m_tornado->chart());
        return;
    }
    const BreakEven b = breakEven(s.server, api);
    const double saved = b.savingsUsdPerMonth();
    QString html = tr("<p>The server costs <b>%1 a month</b>: <b>%2 per 1M tokens</b> at %3 utilization, against the "
                      "API's <b>%4 per 1M</b>.</p>")
                       .arg(Format::usd(b.tcoUsdPerMonth), Format::usd(b.selfUsdPerMillion),
                           Format::percent(s.server.utilization), Format::usd(b.apiUsdPerMillion));
    html += tr("<p>%1 tokens a month need %n server(s) at that utilization, busy %2 of the time with this volume: "
               "%3 a month against the API's %4.</p>",
        nullptr, b.servers)
                .arg(Format::compact(qint64(api.tokensPerMonth)), Format::percent(b.volumeUtilization),
                    Format::usd(b.selfUsdPerMonth), Format::usd(b.apiUsdPerMonth));
    html += tr("<p style=\"font-size:large\">Self-hosting %1 <b>%2</b> a month.</p>")
                .arg(saved >= 0 ? tr("saves") : tr("costs"), Format::usd(std::abs(saved)));
    if (b.breakEvenTokensPerMonth)
        html += tr("<p>One server breaks even at <b>%1 tokens a month</b>; to match the API's price per token it must "
                   "be busy %2 of the time.</p>")
                    .arg(Format::compact(qint64(*b.breakEvenTokensPerMonth)),
                        b.breakEvenUtilization ? tr("at least %1").arg(Format::percent(*b.breakEvenUtilization))
                                               : tr("more than 100%"));
    m_results->setText(html);

    // $ per 1M against utilization, the API's price as a line
    QChart* chart = m_curve->chart();
    PlannerUi::clearChart(chart);
    auto* curve = new QLineSeries;
    curve->setName(tr("self-hosted"));
    double top = b.apiUsdPerMillion;
    for (const auto& [u, usd] : costCurve(s.server)) {
        curve->append(u * 100, usd);
        if (u >= 0.2)
            top = std::max(top, usd);
    }
    auto* apiLine = new QLineSeries;
    apiLine->setName(tr("API"));
    apiLine->append(5, b.apiUsdPerMillion);
    apiLine->append(100, b.apiUsdPerMillion);
    QPen dashed(QColor(0xD5, 0x5E, 0x00));
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    apiLine->setPen(dashed);
    auto* now = new QScatterSeries;
    now->setName(tr("stated utilization"));
    now->setMarkerSize(11);
    now->setColor(QColor(0x00, 0x9E, 0x73));
    now->append(s.server.utilization * 100, b.selfUsdPerMillion);
    chart->addSeries(curve);
    chart->addSeries(apiLine);
    chart->addSeries(now);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f%")); // localized: the suffix is printed as written
    x->setTitleText(tr("utilization"));
    auto* y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("$%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries* l : std::initializer_list<QXYSeries*> { curve, apiLine, now }) {
        l->attachAxis(x);
        l->attachAxis(y);
    }

    // the tornado: each input's effect on $ per 1M around today's value, widest on top
    chart = m_tornado->chart();
    PlannerUi::clearChart(chart);
    const auto bars = tornado(s.server, 0.2);
    auto* lower = new QBarSet(tr("input 20% lower"));
    auto* higher = new QBarSet(tr("input 20% higher"));
    lower->setColor(QColor(0x00, 0x72, 0xB2));
    higher->setColor(QColor(0xE6, 0x9F, 0x00));
    QStringList labels;
    double span = 0;
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) { // bottom to top
        labels << fieldLabel(it->field);
        *lower << it->atLow - b.selfUsdPerMillion;
        *higher << it->atHigh - b.selfUsdPerMillion;
        span
            = std::max({ span, std::abs(it->atLow - b.selfUsdPerMillion), std::abs(it->atHigh - b.selfUsdPerMillion) });
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(lower);
    series->append(higher);
    chart->addSeries(series);
    auto* cats = new QBarCategoryAxis;
    cats->append(labels);
    auto* dx = new QValueAxis;
    dx->setRange(-span * 1.1, span * 1.1);
    dx->applyNiceNumbers();
    dx->setLabelFormat(QStringLiteral("%.2f")); // localized labels take only "%.Nf"-style formats
    dx->setTitleText(tr("change in $ per 1M from %1").arg(Format::usd(b.selfUsdPerMillion)));
    chart->addAxis(cats, Qt::AlignLeft);
    chart->addAxis(dx, Qt::AlignBottom);
    series->attachAxis(cats);
    series->attachAxis(dx);
}

QList<QWidget*> BreakEvenTab::charts() const
{
    return { m_curve, m_tornado };
}
