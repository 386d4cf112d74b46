// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/budgetspage.h"
#include "views/theme.h"

#include "core/budgets/budgetrepository.h"
#include "core/budgets/prometheusrules.h"
#include "core/common/money.h"
#include "core/common/task.h"
#include "core/common/timeutil.h"
#include "views/forecastbardelegate.h"
#include "views/models/budgettablemodel.h"
#include "views/models/format.h"
#include "views/models/snapshotcommand.h"
#include "views/backgroundload.h"
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

/** "October 2026", "Oktober 2026", "Жовтень 2026": the month on its own, as a title starts. */
QString monthTitle(const QDate& day)
{
    QString month = QLocale().standaloneMonthName(day.month());
    if (!month.isEmpty())
        month[0] = month[0].toUpper();
    return month + QLatin1Char(' ') + QString::number(day.year());
}

// Okabe–Ito: spend blue, forecast orange, budget red; told apart in colour, and by line style without it
const QColor SpendColor(0x00, 0x72, 0xB2);
const QColor ForecastColor(0xE6, 0x9F, 0x00);

Result<Budgets::BudgetReport> loadReport(const QString& path, std::optional<qint64> asOf, TaskContext& ctx)
{
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
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
    m_asOfEdit->setAccessibleName(tr("As of"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOfEdit->setKeyboardTracking(false); // a typed date counts when it is complete (Enter or leaving the field)
    m_asOfEdit->setToolTip(tr("The last day counted (UTC): pick it or type it. It shows the workspace's last event "
                              "day until you choose another."));
    bar->addWidget(m_asOfEdit);
    m_latest = new QPushButton(tr("Latest"), this);
    m_latest->setToolTip(tr("Count up to the workspace's last event day again."));
    m_latest->setEnabled(false);
    bar->addWidget(m_latest);
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
    // an edited budget keeps its row until the evaluation comes back (then the table sorts, the selection kept):
    // a row that moved under the editor would send Enter or Tab to another cost center
    m_proxy->setDynamicSortFilter(false);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Budgets per cost center"));
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
    m_chart->setAccessibleName(tr("Cumulative spend, budget and forecast of the selected cost center"));
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
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) { setAsOf(d); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export alert rules"),
            QFileInfo(m_context->path()).completeBaseName() + QStringLiteral("-alerts.yml"),
            tr("Prometheus rules (*.yml *.yaml)"));
        if (!file.isEmpty())
            exportRules(file);
    });

    m_load = std::make_unique<BackgroundLoad<Budgets::BudgetReport>>(
        this, nullptr, [this](const Result<Budgets::BudgetReport>& r) { apply(r); }, this);
    m_exportLoad = std::make_unique<BackgroundLoad<int>>(this, nullptr, [this](const Result<int>& r) {
        if (!r) {
            showMessage(r.error().toString(), true);
            return;
        }
        Style::showBanner(m_message, Style::Banner::Info,
            tr("Wrote %n alert rule(s) to %1.", nullptr, r.value()).arg(QDir::toNativeSeparators(m_exportFile)));
        emit rulesExported(m_exportFile);
    });
    connect(m_latest, &QPushButton::clicked, this, [this] { setAsOf(std::nullopt); });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, [this] {
        m_undo->clear();
        m_asOf.reset(); // a day of another workspace's data
        m_latest->setEnabled(false);
        reload();
    });
    connect(m_context, &WorkspaceContext::contentChanged, this, &BudgetsPage::reload);
}

void BudgetsPage::apply(const Result<Budgets::BudgetReport>& r)
{
    {
        if (!r) {
            showMessage(r.error().toString(), true);
            return;
        }
        m_message->hide();
        const QModelIndex currentIndex = m_proxy->mapToSource(m_view->currentIndex());
        const std::optional<QString> current
            = currentIndex.isValid() ? std::optional<QString>(m_model->costCenter(currentIndex.row())) : std::nullopt;
        m_model->setReport(r.value());
        m_proxy->sort(m_proxy->sortColumn(), m_proxy->sortOrder()); // now the evaluated rows take their places
        const Budgets::BudgetReport& rep = m_model->report();
        if (rep.empty && rep.asOfDayMs == 0) {
            m_summary->setText(tr("No calls in this workspace yet."));
        } else {
            const QDate day = QDateTime::fromMSecsSinceEpoch(rep.asOfDayMs, Qt::UTC).date();
            // the picker shows the day counted, so its calendar opens on the workspace's data
            const QSignalBlocker block(m_asOfEdit);
            m_asOfEdit->setDate(day);
            m_summary->setText(tr("%1, day %2 of %3 (as of %4, UTC). Spend is list cost; double-click a budget to "
                                  "change it.")
                                   .arg(monthTitle(day))
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
    }
}

BudgetsPage::~BudgetsPage() = default;

bool BudgetsPage::isLoading() const
{
    return m_load->isRunning();
}

void BudgetsPage::setAsOf(std::optional<QDate> day)
{
    m_asOf = day;
    m_latest->setEnabled(day.has_value());
    if (day) {
        const QSignalBlocker block(m_asOfEdit);
        m_asOfEdit->setDate(*day);
    }
    reload();
}

void BudgetsPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    std::optional<qint64> asOf;
    if (m_asOf)
        asOf = QDateTime(*m_asOf, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    m_load->start([path, asOf](TaskContext& ctx) { return loadReport(path, asOf, ctx); });
}

void BudgetsPage::applyBudgets(const QList<Budgets::Budget>& budgets)
{
    m_model->setBudgets(budgets);
    if (!m_context->isOpen())
        return;
    // a handful of rows in one transaction: saved here, at once, so that edits reach the file in order
    const Result<void> saved = [&]() -> Result<void> {
        auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        return Budgets::BudgetRepository(*ws.value()).replaceBudgets(budgets);
    }();
    if (!saved) {
        showMessage(saved.error().toString(), true);
        return;
    }
    m_context->notifyContentChanged(); // this page and the maturity diagnosis (it reads budgets) evaluate again
}

void BudgetsPage::exportRules(const QString& file)
{
    if (!m_context->isOpen() || m_exportLoad->isRunning())
        return;
    m_exportFile = file;
    const QString path = m_context->path();
    m_exportLoad->start([path, file](TaskContext&) { return writeRules(path, file); });
}

void BudgetsPage::showMessage(const QString& text, bool error)
{
    Style::showBanner(m_message, error ? Style::Banner::Error : Style::Banner::Info, text);
}

void BudgetsPage::updateChart()
{
    auto* chart = Theme::newChart();
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    const Budgets::BudgetStatus* s = m_model->status(row);
    if (!s) {
        chart->setTitle(row >= 0
                ? tr("%1 has no budget: set one to see its forecast").arg(Format::groupLabel(m_model->costCenter(row)))
                : QString());
        ChartAxes::replaceChart(m_chart, chart);
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
    central->setPen(QPen(ForecastColor, 2, Qt::DashLine));
    auto* upper = new QLineSeries;
    upper->append(s->daysElapsed, usd(s->mtdNano));
    upper->append(s->daysInMonth, usd(s->forecast.highNano));
    auto* lower = new QLineSeries;
    lower->append(s->daysElapsed, usd(s->mtdNano));
    lower->append(s->daysInMonth, usd(s->forecast.lowNano));
    auto* cone = new QAreaSeries(upper, lower);
    upper->setParent(cone); // an area series does not own its edges
    lower->setParent(cone);
    cone->setName(tr("10–90 % interval"));
    cone->setColor(QColor(ForecastColor.red(), ForecastColor.green(), ForecastColor.blue(), 55));
    cone->setBorderColor(QColor(ForecastColor.red(), ForecastColor.green(), ForecastColor.blue(), 110));
    chart->addSeries(cone);
    chart->addSeries(budget);
    chart->addSeries(central);
    chart->addSeries(spend);
    spend->setPen(QPen(SpendColor, 2.5));
    auto* x = new QValueAxis;
    x->setRange(0, s->daysInMonth);
    x->setLabelFormat(QStringLiteral("%.0f"));
    // a tick every fifth day from 0: the labels are the days they stand at
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(5);
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
    ChartAxes::replaceChart(m_chart, chart);
}
