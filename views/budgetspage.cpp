// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/budgetspage.h"

#include "core/budgets/budgetrepository.h"
#include "core/budgets/prometheusrules.h"
#include "core/common/money.h"
#include "core/common/task.h"
#include "core/common/timeutil.h"
#include "views/forecastbardelegate.h"
#include "views/models/budgettablemodel.h"
#include "views/models/format.h"
#include "views/models/snapshotcommand.h"
#include "views/chartaxes.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

Result<Budgets::BudgetReport> loadReport(
    const QString& path, std::optional<QList<Budgets::Budget>> save, std::optional<qint64> asOf, TaskContext& ctx)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    if (save)
        if (auto r = Budgets::BudgetRepository(*ws.value()).replaceBudgets(*save); !r)
            return r.error();
    return Budgets::evaluate(*ws.value(), asOf, ctx);
}

Result<int> writeRules(const QString& path, const QString& file)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    Budgets::BudgetRepository repo(*ws.value());
    auto budgets = repo.budgets();
    if (!budgets)
        return budgets.error();
    auto rules = repo.alertRules();
    if (!rules)
        return rules.error();
    Budgets::RulesOptions o;
    o.source = QFileInfo(path).fileName();
    const QString yaml = Budgets::prometheusRules(
        budgets.value(), rules.value(), Budgets::AnomalyThresholds {}.withRules(rules.value()), o);
    QSaveFile f(file);
    const QByteArray bytes = yaml.toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error { Error::Code::Io,
            QCoreApplication::translate("Budgets", "Cannot write the alert rules: %1").arg(f.errorString()), file };
    return int(yaml.count(QLatin1String("- alert: ")));
}

} // namespace

BudgetsPage::BudgetsPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new BudgetTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_undo(new QUndoStack(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(Style::pageTitle(tr("Budgets"), this));

    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setToolTip(tr("The calendar month (UTC) that holds the as-of day, from its first day through the as-of "
                             "day. Spend is list cost from the price catalog."));
    bar->addWidget(m_summary, 1);
    bar->addWidget(new QLabel(tr("As of"), this));
    m_asOfEdit = new QDateEdit(this);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfEdit->setMinimumDate(QDate(2000, 1, 1));
    m_asOfEdit->setSpecialValueText(tr("last event day"));
    m_asOfEdit->setDate(m_asOfEdit->minimumDate());
    m_asOfEdit->setMinimumWidth(m_asOfEdit->fontMetrics().horizontalAdvance(tr("last event day")) + 48);
    m_asOfEdit->setToolTip(tr("The last day counted (UTC). The earliest date means the workspace's last event day."));
    bar->addWidget(m_asOfEdit);
    auto* exportButton = new QPushButton(tr("Export alert rules…"), this);
    exportButton->setToolTip(tr("Write the budgets and anomaly thresholds as Prometheus alerting rules (YAML) for "
                                "LiteLLM's litellm_spend_metric_total by team_alias; check them with promtool check "
                                "rules."));
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->hide();
    layout->addWidget(m_message);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BudgetTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BudgetTableModel::Budget, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(30);
    m_view->setItemDelegateForColumn(BudgetTableModel::Forecast, new ForecastBarDelegate(m_view));
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    // a handful of cost centers: the chart gets the larger share
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 260, 420 });
    layout->addWidget(split, 1);

    connect(m_model, &BudgetTableModel::budgetsEdited, this,
        [this](const QList<Budgets::Budget>& before, const QList<Budgets::Budget>& after) {
            m_undo->push(new SnapshotCommand<QList<Budgets::Budget>>(
                [this](const QList<Budgets::Budget>& b) { applyBudgets(b); }, before, after, tr("Change budget")));
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BudgetsPage::updateChart);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this,
        [this](const QDate& d) { setAsOf(d == m_asOfEdit->minimumDate() ? std::nullopt : std::optional<QDate>(d)); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export alert rules"),
            QFileInfo(m_context->path()).completeBaseName() + QStringLiteral("-alerts.yml"),
            tr("Prometheus rules (*.yml *.yaml)"));
        if (!file.isEmpty())
            exportRules(file);
    });

    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const bool saved = std::exchange(m_saved, false);
        if (saved)
            m_context->notifyContentChanged(); // the maturity diagnosis reads budgets
        if (m_pending) {
            auto next = *std::exchange(m_pending, std::nullopt);
            load(next);
            return;
        }
        if (m_watcher.isCanceled() || m_watcher.property("generation").toInt() != m_generation)
            return;
        const Result<Budgets::BudgetReport> r = m_watcher.result();
        if (!r) {
            showMessage(r.error().toString(), true);
            return;
        }
        m_message->hide();
        const QModelIndex currentIndex = m_proxy->mapToSource(m_view->currentIndex());
        const std::optional<QString> current
            = currentIndex.isValid() ? std::optional<QString>(m_model->costCenter(currentIndex.row())) : std::nullopt;
        m_model->setReport(r.value());
        const Budgets::BudgetReport& rep = m_model->report();
        if (rep.empty && rep.asOfDayMs == 0) {
            m_summary->setText(tr("No calls in this workspace yet."));
        } else {
            const QDate day = QDateTime::fromMSecsSinceEpoch(rep.asOfDayMs, Qt::UTC).date();
            m_summary->setText(tr("%1, day %2 of %3 (as of %4, UTC). Spend is list cost; double-click a budget to "
                                  "change it.")
                                   .arg(QLocale().toString(day, QStringLiteral("MMMM yyyy")))
                                   .arg(day.day())
                                   .arg(day.daysInMonth())
                                   .arg(QLocale().toString(day, QLocale::ShortFormat)));
        }
        if (rep.rows.isEmpty() && !rep.unbudgeted.isEmpty())
            Style::showBanner(m_message, Style::Banner::Info,
                tr("No budgets yet: double-click a cost center's monthly budget to set one. Alerts at 80 %, 90 % and "
                   "100 % and on a forecast breach come with it."));
        // keep the selected cost center, else the top row
        QModelIndex select = m_proxy->index(0, 0);
        for (int i = 0; current && i < m_model->rowCount(); ++i)
            if (m_model->costCenter(i) == *current)
                select = m_proxy->mapFromSource(m_model->index(i, 0));
        if (select.isValid())
            m_view->setCurrentIndex(select);
        m_view->resizeColumnsToContents();
        updateChart();
        emit loaded();
    });
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<int> r = m_exportWatcher.result();
        const QString file = m_exportWatcher.property("file").toString();
        if (!r) {
            showMessage(r.error().toString(), true);
            return;
        }
        Style::showBanner(m_message, Style::Banner::Info,
            tr("Wrote %n alert rule(s) to %1.", nullptr, r.value()).arg(QDir::toNativeSeparators(file)));
        emit rulesExported(file);
    });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, [this] {
        m_undo->clear();
        reload();
    });
    connect(m_context, &WorkspaceContext::contentChanged, this, &BudgetsPage::reload);
    if (m_context->isOpen())
        reload();
}

BudgetsPage::~BudgetsPage()
{
    m_pending.reset();
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

bool BudgetsPage::isLoading() const
{
    return m_watcher.isRunning() || m_pending.has_value();
}

void BudgetsPage::setAsOf(std::optional<QDate> day)
{
    m_asOf = day;
    {
        const QSignalBlocker block(m_asOfEdit);
        m_asOfEdit->setDate(day.value_or(m_asOfEdit->minimumDate()));
    }
    reload();
}

void BudgetsPage::reload()
{
    load(std::nullopt);
}

void BudgetsPage::applyBudgets(const QList<Budgets::Budget>& budgets)
{
    m_model->setBudgets(budgets);
    load(budgets);
}

void BudgetsPage::load(std::optional<QList<Budgets::Budget>> save)
{
    if (!m_context->isOpen())
        return;
    if (m_watcher.isRunning()) {
        // a save waiting keeps its budgets even when a plain reload comes after it
        if (!m_pending || save)
            m_pending = save;
        ++m_generation;
        return;
    }
    ++m_generation;
    m_saved = save.has_value();
    m_watcher.setProperty("generation", m_generation);
    const QString path = m_context->path();
    std::optional<qint64> asOf;
    if (m_asOf)
        asOf = QDateTime(*m_asOf, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_watcher.setFuture(runTask<Budgets::BudgetReport>(
        [path, save, asOf](TaskContext& ctx) { return loadReport(path, save, asOf, ctx); }));
}

void BudgetsPage::exportRules(const QString& file)
{
    if (!m_context->isOpen() || m_exportWatcher.isRunning())
        return;
    m_exportWatcher.setProperty("file", file);
    const QString path = m_context->path();
    m_exportWatcher.setFuture(runTask<int>([path, file](TaskContext&) { return writeRules(path, file); }));
}

void BudgetsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // after MainWindow's page switch has set the undo group's active stack
    QTimer::singleShot(0, m_undo, [this] { m_undo->setActive(true); });
}

void BudgetsPage::showMessage(const QString& text, bool error)
{
    Style::showBanner(m_message, error ? Style::Banner::Error : Style::Banner::Info, text);
}

void BudgetsPage::updateChart()
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    const Budgets::BudgetStatus* s = m_model->status(row);
    if (!s) {
        chart->setTitle(row >= 0
                ? tr("%1 has no budget: set one to see its forecast").arg(Format::groupLabel(m_model->costCenter(row)))
                : QString());
        m_chart->setChart(chart); // takes ownership, deletes the previous one
        return;
    }
    chart->setTitle(tr("%1: cumulative spend, budget and month-end forecast").arg(Format::groupLabel(s->costCenter)));
    auto usd = [](qint64 nano) { return Money::nanoToUsd(nano); };
    auto* spend = new QLineSeries;
    spend->setName(tr("Spend (cumulative)"));
    qint64 cum = 0;
    spend->append(0, 0);
    for (int i = 0; i < s->dailyNano.size(); ++i) {
        cum += s->dailyNano[i];
        spend->append(i + 1, usd(cum));
    }
    auto* budget = new QLineSeries;
    budget->setName(tr("Budget"));
    budget->append(0, usd(s->budgetNano));
    budget->append(s->daysInMonth, usd(s->budgetNano));
    budget->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2, Qt::DashLine));
    auto* central = new QLineSeries;
    central->setName(tr("Forecast"));
    central->append(s->daysElapsed, usd(s->mtdNano));
    central->append(s->daysInMonth, usd(s->forecast.centralNano));
    central->setPen(QPen(QColor(0x1e, 0x6f, 0xb8), 2, Qt::DotLine));
    auto* upper = new QLineSeries;
    upper->append(s->daysElapsed, usd(s->mtdNano));
    upper->append(s->daysInMonth, usd(s->forecast.highNano));
    auto* lower = new QLineSeries;
    lower->append(s->daysElapsed, usd(s->mtdNano));
    lower->append(s->daysInMonth, usd(s->forecast.lowNano));
    auto* cone = new QAreaSeries(upper, lower);
    cone->setName(tr("10–90 % interval"));
    cone->setColor(QColor(0x1e, 0x6f, 0xb8, 50));
    cone->setBorderColor(QColor(0x1e, 0x6f, 0xb8, 90));
    chart->addSeries(cone);
    chart->addSeries(budget);
    chart->addSeries(central);
    chart->addSeries(spend);
    spend->setPen(QPen(QColor(0x1e, 0x6f, 0xb8), 2.5));
    auto* x = new QValueAxis;
    x->setRange(0, s->daysInMonth);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(s->daysInMonth / 5 + 1 > 2 ? 7 : 2);
    x->setTitleText(tr("Day of month"));
    auto* y = new QValueAxis;
    ChartAxes::setMoney(y, std::max(usd(s->budgetNano), usd(s->forecast.highNano)));
    y->setTitleText(tr("USD (list cost)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_chart->setChart(chart);
}
