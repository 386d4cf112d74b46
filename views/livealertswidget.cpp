// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/livealertswidget.h"

#include "core/common/task.h"
#include "views/backgroundload.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>
#include <QTreeWidget>

namespace {

QString usd(double v)
{
    return QStringLiteral("$") + QLocale().toString(v, 'f', 2);
}

QString ruleText(const Live::LiveAlert& a)
{
    const QString scope = a.scope.isEmpty() ? LiveAlertsWidget::tr("all cost centers") : a.scope;
    if (a.kind == QLatin1String(Budgets::Kind::BudgetPercent))
        return LiveAlertsWidget::tr("%1 % of %2's budget spent")
            .arg(QLocale().toString(a.threshold * 100, 'f', 0), scope);
    if (a.kind == QLatin1String(Budgets::Kind::ForecastBreach))
        return LiveAlertsWidget::tr("month end forecast over %1 % of %2's budget")
            .arg(QLocale().toString(a.threshold * 100, 'f', 0), scope);
    if (a.kind == QLatin1String(Budgets::Kind::SpendSpike))
        return LiveAlertsWidget::tr("spend rate ≥ %1 × baseline (%2)")
            .arg(QLocale().toString(a.threshold, 'g', 3), scope);
    if (a.kind == QLatin1String(Budgets::Kind::TokenSpike))
        return LiveAlertsWidget::tr("input token rate ≥ %1 × baseline (%2)")
            .arg(QLocale().toString(a.threshold, 'g', 3), scope);
    return a.kind;
}

bool isMoney(const Live::LiveAlert& a)
{
    return a.kind == QLatin1String(Budgets::Kind::BudgetPercent)
        || a.kind == QLatin1String(Budgets::Kind::ForecastBreach);
}

} // namespace

LiveAlertsWidget::LiveAlertsWidget(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Alerts for cost center:"), this));
    m_costCenter = new QComboBox(this);
    m_costCenter->setObjectName(QStringLiteral("costCenter"));
    m_costCenter->setToolTip(tr("The cost center this feed spends for: its monthly budget and alert rules (Budgets "
                                "page) are judged on the feed's live spend rate."));
    row->addWidget(m_costCenter);
    m_summary = new QLabel(this);
    m_summary->setToolTip(tr(
        "Spent now = month-to-date list cost of the cost center's logged calls + live spend rate × hours since the "
        "last logged call.\nProjected = spent now + live spend rate × hours left in the month (UTC).\n"
        "Baseline = median hourly list cost over the hours with calls in the 30 days before the last logged call "
        "(idle hours left out).\nRules: budget_percent fires when spent now ≥ threshold × budget; forecast_breach "
        "when projected > threshold × budget; spend_spike when live $/h ÷ baseline ≥ ratio; token_spike when live "
        "prompt tokens/h ÷ baseline input tokens/h ≥ ratio (3 × for all cost centers unless the workspace has its own "
        "rule, as in the exported Prometheus rules; a spend spike needs at least $1/h)."));
    row->addWidget(m_summary, 1);
    layout->addLayout(row);
    m_banner = new QLabel(this);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Since (UTC)"), tr("Rule"), tr("Measured"), tr("Threshold") });
    m_list->headerItem()->setToolTip(0, tr("When the condition began to hold (it leaves the list when it clears)."));
    m_list->headerItem()->setToolTip(2, tr("Spent now or projected month end in USD; a ratio for spikes."));
    m_list->headerItem()->setToolTip(3, tr("Threshold × budget in USD; the ratio for spikes."));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setMaximumHeight(110);
    m_list->hide();
    layout->addWidget(m_list);

    connect(m_costCenter, &QComboBox::activated, this, [this] {
        QSettings().setValue(QStringLiteral("live/costCenter"), m_costCenter->currentText());
        reload();
    });
    // not held while hidden: a running feed judges its alerts against this context whether the page shows or not
    m_load = std::make_unique<BackgroundLoad<Loaded>>(this, nullptr, [this](const Result<Loaded>& r) { loaded(r); });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &LiveAlertsWidget::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, &LiveAlertsWidget::reload);
    m_refresh.setInterval(10 * 60'000);
    connect(&m_refresh, &QTimer::timeout, this, &LiveAlertsWidget::reload);
    m_refresh.start();
    reload();
}

LiveAlertsWidget::~LiveAlertsWidget() = default;

void LiveAlertsWidget::setCostCenter(const QString& costCenter)
{
    if (m_costCenter->findText(costCenter) < 0)
        m_costCenter->addItem(costCenter);
    m_costCenter->setCurrentText(costCenter);
    QSettings().setValue(QStringLiteral("live/costCenter"), costCenter);
    reload();
}

QString LiveAlertsWidget::costCenter() const
{
    return m_costCenter->currentText();
}

void LiveAlertsWidget::reload()
{
    if (!m_context->isOpen()) {
        m_spend.reset();
        m_summary->setText(tr("Open a workspace with budgets to judge the feed against them."));
        show();
        return;
    }
    const QString path = m_context->path();
    const QString wanted = m_costCenter->currentText().isEmpty()
        ? QSettings().value(QStringLiteral("live/costCenter")).toString()
        : m_costCenter->currentText();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_load->start([path, wanted, now](TaskContext&) -> Result<Loaded> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Loaded out;
        auto budgets = Budgets::BudgetRepository(*ws.value()).budgets();
        if (!budgets)
            return budgets.error();
        for (const Budgets::Budget& b : budgets.value())
            out.costCenters << b.costCenter;
        QSqlQuery q(ws.value()->db());
        if (q.exec(QStringLiteral("SELECT DISTINCT cost_center FROM daily_rollup ORDER BY cost_center")))
            while (q.next())
                if (!out.costCenters.contains(q.value(0).toString()))
                    out.costCenters << q.value(0).toString();
        // nothing chosen yet: the first cost center with a budget (the demo's Engineering), else the first one
        const QString cc = !wanted.isEmpty() && out.costCenters.contains(wanted) ? wanted
            : out.costCenters.isEmpty()                                         ? wanted
                                                                                : out.costCenters.first();
        auto c = Live::spendContext(*ws.value(), cc, now);
        if (!c)
            return c.error();
        out.context = std::move(c).value();
        return out;
    });
}

void LiveAlertsWidget::loaded(const Result<Loaded>& r)
{
    if (!r) {
        m_spend.reset();
        m_summary->setText(tr("Budgets could not be read: %1").arg(r.error().toString()));
    } else {
        m_costCenter->clear();
        m_costCenter->addItems(r.value().costCenters);
        m_costCenter->setCurrentText(r.value().context.costCenter);
        m_spend = r.value().context;
    }
    if (m_haveMetrics)
        evaluate(m_metrics, m_nowMs);
    else
        show();
    emit contextLoaded();
}

void LiveAlertsWidget::evaluate(const Live::LiveMetrics& m, qint64 nowMs)
{
    m_metrics = m;
    m_haveMetrics = true;
    m_nowMs = nowMs;
    const QList<Live::LiveAlert> before = m_alerts;
    m_alerts = m_spend ? Live::carryFiredTimes(m_alerts, Live::evaluateLiveAlerts(*m_spend, m, nowMs))
                       : QList<Live::LiveAlert> {};
    show();
    if (m_alerts != before)
        emit alertsChanged();
}

QString LiveAlertsWidget::summaryText() const
{
    return m_summary->text();
}

QString LiveAlertsWidget::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void LiveAlertsWidget::show()
{
    if (m_spend) {
        const Live::SpendContext& c = *m_spend;
        const auto e = Live::estimateSpend(c, m_metrics, m_nowMs);
        QStringList parts;
        parts << (c.budgetNano ? tr("budget %1").arg(usd(double(*c.budgetNano) / 1e9)) : tr("no budget"));
        parts << tr("logged this month %1").arg(usd(double(c.mtdNano) / 1e9));
        if (e.spentNowUsd)
            parts << tr("spent now ≈ %1").arg(usd(*e.spentNowUsd)) << tr("projected %1").arg(usd(*e.projectedUsd));
        else
            parts << tr("no live spend rate (a LiteLLM gateway feed has one)");
        if (c.baselineUsdPerHour)
            parts << tr("baseline %1/h").arg(usd(*c.baselineUsdPerHour));
        parts << tr("%n rule(s)", nullptr, int(c.rules.size()));
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    }
    m_list->clear();
    for (const Live::LiveAlert& a : m_alerts) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QDateTime::fromMSecsSinceEpoch(a.firedAtMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss")));
        item->setText(1, ruleText(a));
        item->setText(2, isMoney(a) ? usd(a.measured) : QLocale().toString(a.measured, 'f', 2) + QStringLiteral(" ×"));
        item->setText(3, isMoney(a) ? usd(a.limit) : QLocale().toString(a.limit, 'f', 2) + QStringLiteral(" ×"));
    }
    m_list->setVisible(!m_alerts.isEmpty());
    if (m_alerts.isEmpty()) {
        m_banner->hide();
        return;
    }
    QStringList rules;
    for (const Live::LiveAlert& a : m_alerts)
        rules << ruleText(a);
    Style::showBanner(m_banner, Style::Banner::Warning,
        tr("<b>%n alert(s)</b>: ", nullptr, int(m_alerts.size())) + rules.join(QStringLiteral("; ")).toHtmlEscaped());
}
