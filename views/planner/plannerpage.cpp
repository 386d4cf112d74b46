// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/planner/plannerpage.h"

#include "views/backgroundload.h"

#include "core/common/timeutil.h"
#include "core/inference/ab/abrunrepository.h"
#include "core/store/usagerepository.h"
#include "core/store/workspace.h"
#include "views/periodbar.h"
#include "views/planner/breakeventab.h"
#include "views/planner/cachetab.h"
#include "views/planner/routingtab.h"
#include "views/planner/scenariobar.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

/** The saved A/B runs with their measured speed and, where priced, $ per 1M. */
QList<AbChoice> abChoices(Store::Workspace& ws)
{
    QList<AbChoice> out;
    Ab::RunRepository runs(ws);
    const auto list = runs.runs();
    if (!list)
        return out;
    for (const Ab::SavedRun& s : list.value()) {
        const auto record = runs.load(s.id);
        if (!record)
            continue;
        const Ab::Record& r = record.value();
        AbChoice c;
        c.id = s.id;
        c.decodeTokensPerSecond = Ab::stats(r.b.decode).median;
        if (r.cost && r.cost->gpuUsdPerHour > 0 && c.decodeTokensPerSecond > 0)
            c.usdPerMillion
                = Ab::usdPerMillionTokens(r.cost->gpuUsdPerHour, c.decodeTokensPerSecond, r.cost->utilization);
        c.label = PlannerPage::tr("Run %1: %2 %3 on %4, %5 tokens/s")
                      .arg(s.id)
                      .arg(QFileInfo(r.b.file).fileName(), r.b.type.toUpper(), r.device)
                      .arg(c.decodeTokensPerSecond, 0, 'f', 0);
        out << c;
    }
    return out;
}

QString settingsKey(const PlannerTab* tab)
{
    return QStringLiteral("planner/inputs/") + Planning::kindId(tab->kind());
}

} // namespace

PlannerPage::PlannerPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_data(std::make_unique<PlannerData>())
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    const Style::PageHeader header = Style::pageHeader(tr("Planner"), this);
    m_period = header.subtitle;
    m_busy = header.busy;
    m_period->setToolTip(tr("The workspace's traffic over the window's period, within the days that hold data; "
                            "amounts per month = the period's amount × 30.4375 / its days"));
    m_periodBar = new PeriodBar(m_context, this);
    header.bar->addWidget(m_periodBar);
    root->addLayout(header.bar);
    m_error = new QLabel(this);
    Style::setBanner(m_error, Style::Banner::Error);
    m_error->hide();
    root->addWidget(m_error);
    root->addWidget(m_periodBar->emptyBanner());

    m_tabs = new QTabWidget(this);
    m_cache = new CacheTab(this);
    m_routing = new RoutingTab(this);
    m_breakEven = new BreakEvenTab(this);
    const QString tips[] = { tr("What a context cache saves: the hit rate simulated on arrivals, writes and storage "
                                "included, and every workflow's realized and potential savings"),
        tr("What routing or a cascade to a small model saves per task class, correction labour included"),
        tr("API against a self-hosted server: $ per 1M tokens by utilization, break-even volume, sensitivity") };
    int i = 0;
    for (PlannerTab* tab : std::initializer_list<PlannerTab*> { m_cache, m_routing, m_breakEven }) {
        auto* holder = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(holder);
        auto* bar = new ScenarioBar(tab, holder);
        m_bars << bar;
        layout->addWidget(bar);
        layout->addWidget(tab, 1);
        m_tabs->addTab(holder, tab->title());
        m_tabs->setTabToolTip(i, tips[i]);
        ++i;
    }
    root->addWidget(m_tabs, 1);
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("planner/tab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
        [](int index) { QSettings().setValue(QStringLiteral("planner/tab"), index); });

    m_load = std::make_unique<BackgroundLoad<PlannerData>>(
        this, m_busy,
        [this](const Result<PlannerData>& r) {
            if (!r) {
                Style::showBanner(m_error, Style::Banner::Error,
                    tr("Could not read the workspace's traffic: %1").arg(r.error().toString()));
                emit loadFailed(r.error());
                return;
            }
            m_error->hide();
            apply(r.value());
            emit loaded();
        },
        this);
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &PlannerPage::reload);
    connect(m_context, &WorkspaceContext::periodChanged, this, &PlannerPage::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, &PlannerPage::reload);
    connect(m_routing, &RoutingTab::classOverridesChanged, this, &PlannerPage::reload);
}

PlannerPage::~PlannerPage() { }

bool PlannerPage::isLoading() const
{
    return m_load->isRunning();
}

ScenarioBar* PlannerPage::scenarioBar(int tab) const
{
    return m_bars.value(tab);
}

void PlannerPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    const Analytics::PeriodChoice period = m_context->period();
    const QMap<QString, Planning::TaskClass> overrides = m_routing->classOverrides();
    m_load->start([path, period, overrides](TaskContext& ctx) -> Result<PlannerData> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        PlannerData d;
        Store::UsageRepository repo(*ws.value());
        auto catalog = repo.catalog();
        if (!catalog)
            return catalog.error();
        d.catalog = catalog.value();
        auto window = Planning::windowFor(*ws.value(), period);
        if (!window)
            return window.error();
        if (window.value()) {
            auto traffic = Planning::readTraffic(*ws.value(), *window.value(), overrides, ctx);
            if (!traffic)
                return traffic.error();
            d.traffic = std::move(traffic.value());
            d.opportunities = Planning::cacheOpportunities(*d.traffic, d.catalog);
        }
        d.abRuns = abChoices(*ws.value());
        return d;
    });
}

void PlannerPage::apply(PlannerData data)
{
    *m_data = std::move(data);
    if (m_data->traffic) {
        const Planning::Window& w = m_data->traffic->window;
        m_period->setText(tr("%1 – %2 (%3 days)")
                              .arg(TimeUtil::toDate(w.fromMs), TimeUtil::toDate(w.toMs - 1))
                              .arg(w.days(), 0, 'f', 0));
    } else {
        m_period->setText(tr("no calls in the period"));
    }
    for (ScenarioBar* bar : m_bars)
        bar->setWorkspace(m_context->path());
    m_cache->setData(m_data.get());
    m_routing->setData(m_data.get());
    m_breakEven->setData(m_data.get());
    if (!m_restored) {
        // each tab's inputs as the user left them, the first time there is data to show them on
        m_restored = true;
        QSettings settings;
        for (PlannerTab* tab : std::initializer_list<PlannerTab*> { m_cache, m_routing, m_breakEven }) {
            const QByteArray json = settings.value(settingsKey(tab)).toByteArray();
            if (!json.isEmpty())
                tab->setInputs(QJsonDocument::fromJson(json).object());
            connect(tab, &PlannerTab::edited, this, [tab] {
                QSettings().setValue(settingsKey(tab), QJsonDocument(tab->inputs()).toJson(QJsonDocument::Compact));
            });
        }
    }
}
