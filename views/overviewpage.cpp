// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/overviewpage.h"
#include "views/theme.h"

#include "views/backgroundload.h"

#include "core/common/money.h"
#include "core/common/task.h"
#include "core/common/timeutil.h"
#include "views/chartaxes.h"
#include "views/kpicard.h"
#include "views/style.h"
#include "views/models/breakdownmodel.h"
#include "views/models/format.h"
#include "views/models/stackedspendmodel.h"
#include "views/periodbar.h"
#include "views/workspacecontext.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace {

// Colour-blind-safe palette (Okabe–Ito, then greys) so that cost centers keep their colour between runs.
const QColor Palette[]
    = { QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
          QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99) };

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->setSortingEnabled(true);
    v->sortByColumn(BreakdownModel::Spend, Qt::DescendingOrder);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->horizontalHeader()->setStretchLastSection(false);
    v->setWordWrap(false);
    return v;
}

} // namespace

namespace {

QString unpricedNames(const QStringList& models)
{
    QStringList names;
    for (const QString& m : models)
        names << Format::groupLabel(m, Analytics::Dimension::Model);
    return names.join(QStringLiteral(", "));
}

} // namespace

OverviewPage::OverviewPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);

    // period selector
    const Style::PageHeader header = Style::pageHeader(tr("Overview"), this);
    auto* bar = header.bar;
    m_period = header.subtitle;
    m_busy = header.busy;
    // results of the worker thread, newest only (views/backgroundload.h)
    m_load = std::make_unique<BackgroundLoad<Analytics::Overview>>(
        this, m_busy,
        [this](const Result<Analytics::Overview>& r) {
            if (!r) {
                m_error->setText(tr("Could not compute the overview: %1").arg(r.error().toString()));
                m_error->show();
                emit loadFailed(r.error());
                return;
            }
            m_error->hide();
            apply(r.value());
            emit loaded();
        },
        this);
    m_periodBar = new PeriodBar(m_context, this);
    bar->addWidget(m_periodBar);
    root->addLayout(bar);

    m_error = new QLabel(this);
    Style::setBanner(m_error, Style::Banner::Error);
    m_error->hide();
    root->addWidget(m_error);
    m_unpriced = new QLabel(this);
    m_unpriced->setTextFormat(Qt::RichText);
    Style::setBanner(m_unpriced, Style::Banner::Warning);
    m_unpriced->hide();
    connect(m_unpriced, &QLabel::linkActivated, this, &OverviewPage::showPricesRequested);
    root->addWidget(m_unpriced);
    root->addWidget(m_periodBar->emptyBanner());
    m_costOnly = new QLabel(this);
    Style::setBanner(m_costOnly, Style::Banner::Info);
    m_costOnly->hide();
    root->addWidget(m_costOnly);

    // KPI cards
    auto* cards = new QGridLayout;
    cards->setSpacing(8);
    struct CardDef
    {
        QString name;
        QString title;
        QString definition;
    };
    const CardDef defs[] = {
        { QStringLiteral("spend"), tr("Spend"), BreakdownModel::definition(BreakdownModel::Spend) },
        { QStringLiteral("calls"), tr("Calls"), BreakdownModel::definition(BreakdownModel::Calls) },
        { QStringLiteral("cost_per_task"), tr("Cost per task"),
            BreakdownModel::definition(BreakdownModel::CostPerTask) },
        { QStringLiteral("cpso"), tr("CPSO"), BreakdownModel::definition(BreakdownModel::Cpso) },
        { QStringLiteral("rework"), tr("Rework rate"), BreakdownModel::definition(BreakdownModel::ReworkRate) },
        { QStringLiteral("efficiency"), tr("Token efficiency"),
            BreakdownModel::definition(BreakdownModel::TokenEfficiency) },
        { QStringLiteral("cache"), tr("Cache hit rate"), BreakdownModel::definition(BreakdownModel::CacheHitRate) },
    };
    int col = 0;
    for (const CardDef& d : defs) {
        auto* card = new KpiCard(d.title, d.definition, this);
        m_cards.insert(d.name, card);
        cards->addWidget(card, 0, col++);
    }
    // the content, or for a workspace without a single event, what to do first
    m_content = new QWidget(this);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(cards);
    root->addWidget(m_content, 1);
    m_emptyState = new QWidget(this);
    auto* empty = new QVBoxLayout(m_emptyState);
    empty->addStretch(1);
    auto* emptyText
        = new QLabel(tr("<h2>This workspace has no calls yet</h2><p>Import your providers' usage or cost "
                        "exports, gateway logs or traces, or explore the demo company's 90 days first.</p>"),
            m_emptyState);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    empty->addWidget(emptyText);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    auto* importButton = new QPushButton(tr("Import Usage Files…"), m_emptyState);
    importButton->setToolTip(
        tr("Provider exports, traces, canonical JSONL or CSV (Ctrl+I), or drop files on the window"));
    importButton->setDefault(true);
    auto* demoButton = new QPushButton(tr("Open Demo"), m_emptyState);
    demoButton->setToolTip(tr("Northwind Analytics: 90 days of a mid-size company's LLM usage"));
    emptyButtons->addWidget(importButton);
    emptyButtons->addWidget(demoButton);
    emptyButtons->addStretch(1);
    empty->addLayout(emptyButtons);
    empty->addStretch(2);
    m_emptyState->hide();
    root->addWidget(m_emptyState, 1);
    connect(importButton, &QPushButton::clicked, this, &OverviewPage::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &OverviewPage::demoRequested);

    // chart and top models side by side, cost centers below
    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, split);
    m_spend = new StackedSpendModel(this);
    m_chart = Theme::newChart();
    m_chart->setTitle(tr("Spend per day by cost center (list cost, USD)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(m_chart, top);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(m_chart->title());
    m_chartView->setMinimumHeight(280);
    m_chartView->setToolTip(tr("Hover a band to see a day's spend of that cost center."));

    m_centers = new BreakdownModel(this);
    m_models = new BreakdownModel(this);
    m_centersProxy = new QSortFilterProxyModel(this);
    m_modelsProxy = new QSortFilterProxyModel(this);
    for (auto [proxy, model] : { std::pair { m_centersProxy, m_centers }, std::pair { m_modelsProxy, m_models } }) {
        proxy->setSourceModel(model);
        proxy->setSortRole(BreakdownModel::SortRole);
    }
    auto* modelsBox = new QWidget(top);
    auto* ml = new QVBoxLayout(modelsBox);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->addWidget(new QLabel(tr("<b>Top models</b>"), modelsBox));
    m_modelsView = makeTable(m_modelsProxy, modelsBox);
    m_modelsView->setAccessibleName(tr("Top models"));
    for (int c : { BreakdownModel::CostPerTask, BreakdownModel::Cpso, BreakdownModel::ReworkRate,
             BreakdownModel::TokenEfficiency })
        m_modelsView->hideColumn(c); // tasks span models; these read per cost center
    m_modelsView->horizontalHeader()->setSectionResizeMode(BreakdownModel::Key, QHeaderView::Stretch);
    m_modelsView->setMinimumWidth(300);
    ml->addWidget(m_modelsView);
    top->addWidget(m_chartView);
    top->addWidget(modelsBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({ 720, 480 });
    m_chartView->setMinimumWidth(480);

    auto* centersBox = new QWidget(split);
    auto* cl = new QVBoxLayout(centersBox);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(new QLabel(tr("<b>Top cost centers</b>"), centersBox));
    m_centersView = makeTable(m_centersProxy, centersBox);
    m_centersView->setAccessibleName(tr("Top cost centers"));
    m_centersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    cl->addWidget(m_centersView);
    split->addWidget(top);
    split->addWidget(centersBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 460, 280 });
    content->addWidget(split, 1);

    connect(m_context, &WorkspaceContext::workspaceChanged, this, &OverviewPage::reload);
    connect(m_context, &WorkspaceContext::periodChanged, this, &OverviewPage::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, &OverviewPage::reload);
}

OverviewPage::~OverviewPage() { }

bool OverviewPage::isLoading() const
{
    return m_load->isRunning();
}

QString OverviewPage::kpiText(const QString& name) const
{
    const KpiCard* c = m_cards.value(name);
    return c ? c->value() : QString();
}

void OverviewPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    const Analytics::PeriodChoice period = m_context->period();
    m_load->start([path, period](TaskContext&) { return Analytics::overview(path, period); });
}

void OverviewPage::apply(const Analytics::Overview& o)
{
    const Analytics::Kpis& k = o.byCostCenter.totals;
    m_emptyState->setVisible(!o.span);
    m_content->setVisible(o.span.has_value());
    const QString from = TimeUtil::toDate(o.byCostCenter.fromMs);
    const QString to = TimeUtil::toDate(o.byCostCenter.toMs - 1);
    m_period->setText(
        o.span ? tr("%1 – %2 (UTC) · %3 events").arg(from, to, Format::count(k.events)) : tr("No calls yet"));
    m_periodBar->showResult(o.applied, k.events, o.span);

    if (k.costOnly()) {
        // a provider's cost export alone: what it billed is the spend; there are no calls to price or measure
        m_cards[QStringLiteral("spend")]->setValue(Format::money(k.reportedCostNano), tr("reported by providers"));
        m_costOnly->setText(tr("This period holds only costs that providers reported (%1 in %n cost row(s)), no "
                               "token-level calls: the spend shown is what they billed. Calls, tokens, cost per task, "
                               "CPSO, rework and caching need a usage export (File ▸ Import Usage Files…).",
            nullptr, int(k.events))
                                .arg(Format::money(k.reportedCostNano)));
        m_costOnly->show();
    } else {
        m_cards[QStringLiteral("spend")]->setValue(Format::money(k.listCostNano),
            k.reportedEvents ? tr("reported by sources: %1").arg(Format::money(k.reportedCostNano))
                             : tr("list prices"));
        m_costOnly->hide();
    }
    m_cards[QStringLiteral("calls")]->setValue(
        Format::compact(k.calls), tr("%1 tokens").arg(Format::compact(k.tokens.total())));
    m_cards[QStringLiteral("cost_per_task")]->setValue(
        Format::optionalUsd(k.costPerTaskUsd()), tr("%1 tasks").arg(Format::compact(k.tasks)));
    m_cards[QStringLiteral("cpso")]->setValue(
        Format::optionalUsd(k.cpsoUsd()), tr("%1 accepted").arg(Format::compact(k.acceptedTasks)));
    m_cards[QStringLiteral("rework")]->setValue(Format::optionalPercent(k.reworkRate()),
        k.reworkRate() ? tr("%1 on re-runs").arg(Format::money(k.reworkCostNano)) : QString());
    m_cards[QStringLiteral("efficiency")]->setValue(Format::optionalPercent(k.tokenEfficiency()),
        k.tokenEfficiency() ? tr("waste %1").arg(Format::percent(1.0 - *k.tokenEfficiency())) : QString());
    m_cards[QStringLiteral("cache")]->setValue(
        Format::optionalPercent(k.cacheHitRate()), tr("%1 cached tokens").arg(Format::compact(k.tokens.cacheRead)));

    if (k.unpricedCalls > 0) {
        m_unpriced->setText(
            tr("<b>%n call(s) have no known price</b> and are not in these totals (never counted as $0): "
               "%1. <a href=\"prices\">Add their prices</a>.",
                nullptr, int(k.unpricedCalls))
                .arg(unpricedNames(k.unpricedModels).toHtmlEscaped()));
        m_unpriced->show();
    } else {
        m_unpriced->hide();
    }

    m_centers->setReport(o.byCostCenter);
    m_models->setReport(o.byModel);
    m_spend->setSeries(o.dailyByCostCenter);
    buildChart();
}

void OverviewPage::buildChart()
{
    ChartAxes::clear(m_chart);
    delete m_seriesOwner; // the band edges of the previous chart
    m_seriesOwner = new QObject(this);
    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    ChartAxes::setMoney(y, m_spend->maxTotal());
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    const int days = m_spend->rowCount();
    ChartAxes::setDays(x,
        days > 0 ? std::optional<qint64>(qint64(m_spend->index(0, 0).data().toDouble())) : std::nullopt,
        days > 0 ? std::optional<qint64>(qint64(m_spend->index(days - 1, 0).data().toDouble())) : std::nullopt);
    QLineSeries* lower = nullptr;
    for (int g = 0; g < m_spend->groupCount(); ++g) {
        auto* upper = new QLineSeries(m_seriesOwner);
        auto* mapper = new QVXYModelMapper(upper);
        mapper->setXColumn(0);
        mapper->setYColumn(g + 1);
        mapper->setSeries(upper);
        mapper->setModel(m_spend);
        auto* area = new QAreaSeries(upper, lower);
        area->setName(m_spend->groupLabel(g));
        const QColor c = Palette[g % std::size(Palette)];
        area->setColor(c);
        area->setBorderColor(c.darker(115));
        m_chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        connect(area, &QAreaSeries::hovered, this, [this, g](const QPointF& p, bool state) {
            if (!state)
                return QToolTip::hideText();
            // nearest day under the cursor
            int best = 0;
            for (int r = 0; r < m_spend->rowCount(); ++r)
                if (std::abs(m_spend->index(r, 0).data().toDouble() - p.x())
                    < std::abs(m_spend->index(best, 0).data().toDouble() - p.x()))
                    best = r;
            QToolTip::showText(
                QCursor::pos(), m_spend->index(best, g + 1).data(Qt::ToolTipRole).toString(), m_chartView);
        });
        lower = upper;
    }
}
