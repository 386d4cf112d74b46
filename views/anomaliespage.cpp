// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/anomaliespage.h"
#include "views/theme.h"

#include "views/backgroundload.h"

#include "core/common/money.h"
#include "core/common/task.h"
#include "core/common/timeutil.h"
#include "views/chartaxes.h"
#include "views/models/anomalymodel.h"
#include "views/models/format.h"
#include "views/periodbar.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr int EvidenceRows = 500;

} // namespace

QColor AnomaliesPage::kindColor(Anomalies::Kind k)
{
    switch (k) {
    case Anomalies::Kind::SpendSpike:
        return QColor(0xD5, 0x5E, 0x00);
    case Anomalies::Kind::ShadowSpend:
        return QColor(0xCC, 0x79, 0xA7);
    case Anomalies::Kind::AgentLoop:
        return QColor(0x33, 0x22, 0x88); // indigo: far from the spikes' vermillion
    case Anomalies::Kind::RetryStorm:
        return QColor(0x56, 0xB4, 0xE9);
    case Anomalies::Kind::ContextBloat:
        return QColor(0x00, 0x9E, 0x73);
    case Anomalies::Kind::Unpriced:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setModel(model);
    v->setSortingEnabled(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->setWordWrap(false);
    return v;
}

} // namespace

AnomaliesPage::AnomaliesPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    const Style::PageHeader header = Style::pageHeader(tr("Anomalies"), this);
    auto* bar = header.bar;
    m_summary = header.subtitle;
    m_busy = header.busy;
    // results of the worker thread, newest only (views/backgroundload.h)
    m_load = std::make_unique<BackgroundLoad<AnomaliesSnapshot>>(
        this, m_busy,
        [this](const Result<AnomaliesSnapshot>& r) {
            if (!r) {
                Style::showBanner(
                    m_error, Style::Banner::Error, tr("Could not look for anomalies: %1").arg(r.error().toString()));
                emit loadFailed(r.error());
                return;
            }
            m_error->hide();
            apply(r.value());
            emit loaded();
        },
        this);
    m_busy->setToolTip(tr("Looking for anomalies in the calls of the period…"));
    m_periodBar = new PeriodBar(m_context, this);
    bar->addWidget(m_periodBar);
    root->addLayout(bar);

    m_error = new QLabel(this);
    Style::setBanner(m_error, Style::Banner::Error);
    m_error->hide();
    root->addWidget(m_error);
    root->addWidget(m_periodBar->emptyBanner());

    m_chart = Theme::newChart();
    m_chart->setTitle(tr("List spend per day (USD); anomalies shaded by kind (spans shorter than a day widened to "
                         "their day)"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setAccessibleName(tr("List spend per day with anomalies shaded"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setToolTip(tr("Daily list spend of the whole workspace. Shaded: when each anomaly happened; shadow "
                               "spend and unpriced models last for weeks and are only listed."));

    m_model = new AnomalyModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AnomalyModel::SortRole);
    m_table = makeTable(m_proxy, this);
    m_table->setAccessibleName(tr("Anomalies"));
    m_table->sortByColumn(AnomalyModel::Start, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AnomalyModel::Where, QHeaderView::Stretch);
    m_table->setColumnHidden(AnomalyModel::Observed, true); // shown in the details; too wide for the list
    // "cost_center=Engineering · model=… · api_key=…": both ends tell, so the middle gives way (the tooltip has it all)
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_method = new QTextBrowser(this);
    m_method->setAccessibleName(tr("How the selected anomaly was found"));
    m_method->setOpenLinks(false);
    m_method->setPlaceholderText(tr("Select an anomaly to see how it was found and the calls behind it."));
    m_evidenceTitle = new QLabel(tr("<b>Evidence calls</b>"), this);
    m_evidence = new EvidenceModel(this);
    m_evidenceProxy = new QSortFilterProxyModel(this);
    m_evidenceProxy->setSourceModel(m_evidence);
    m_evidenceProxy->setSortRole(EvidenceModel::SortRole);
    m_evidenceTable = makeTable(m_evidenceProxy, this);
    m_evidenceTable->setAccessibleName(tr("Evidence calls"));
    m_evidenceTable->sortByColumn(EvidenceModel::Time, Qt::AscendingOrder);
    m_evidenceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* details = new QWidget(this);
    auto* dl = new QVBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(new QLabel(tr("<b>How it was found</b>"), details));
    dl->addWidget(m_method, 2);
    dl->addWidget(m_evidenceTitle);
    dl->addWidget(m_evidenceTable, 3);

    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_table);
    lower->addWidget(details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setSizes({ 700, 500 });
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 300, 460 });
    root->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { select(current); });
    m_evidenceLoad = std::make_unique<BackgroundLoad<QList<Anomalies::EvidenceCall>>>(
        this, nullptr, [this](const Result<QList<Anomalies::EvidenceCall>>& r) {
            if (!r) {
                Style::showBanner(m_error, Style::Banner::Error,
                    tr("Could not read the evidence calls: %1").arg(r.error().toString()));
                return;
            }
            m_evidence->setCalls(r.value());
            emit evidenceLoaded();
        });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &AnomaliesPage::reload);
    connect(m_context, &WorkspaceContext::periodChanged, this, &AnomaliesPage::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, &AnomaliesPage::reload);
    reload();
}

AnomaliesPage::~AnomaliesPage() = default;

bool AnomaliesPage::isLoading() const
{
    return m_load->isRunning();
}

QString AnomaliesPage::summaryText() const
{
    return m_summary->text();
}

QString AnomaliesPage::methodText() const
{
    return m_method->toPlainText();
}

void AnomaliesPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    const Anomalies::Options base = m_options;
    const Analytics::PeriodChoice period = m_context->period();
    m_load->start([path, base, period](TaskContext& ctx) -> Result<AnomaliesSnapshot> {
        // a connection of this worker thread, closed when the task ends
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        AnomaliesSnapshot s;
        auto span = Analytics::timeSpan(*ws.value());
        if (!span)
            return span.error();
        s.span = span.value();
        s.period = Analytics::resolvePeriod(period, s.span);
        Anomalies::Options options = base;
        options.fromMs = s.period.fromMs.value_or(options.fromMs);
        options.toMs = s.period.toMs.value_or(options.toMs);
        auto found = Anomalies::detect(*ws.value(), options, ctx);
        if (!found)
            return found.error();
        s.anomalies = std::move(found.value());
        auto daily = Anomalies::dailySpend(*ws.value());
        if (!daily)
            return daily.error();
        for (const auto& day : daily.value())
            if (day.first >= options.fromMs && day.first < options.toMs)
                s.dailySpend.append(day);
        return s;
    });
}

void AnomaliesPage::apply(const AnomaliesSnapshot& s)
{
    m_evidenceLoad->cancel();
    m_evidence->setCalls({});
    m_method->clear();
    m_periodBar->showResult(s.period, s.dailySpend.size(), s.span);
    m_evidenceTitle->setText(tr("<b>Evidence calls</b>"));
    m_model->setAnomalies(s.anomalies);
    m_summary->setText(summaryFor(s.anomalies));
    m_summary->setToolTip(tr("Excess: list cost above each detector's baseline. The header counts spend that shows in "
                             "several anomalies once: of the spend spikes of one day (per cost center, model and key) "
                             "only the largest counts, and a spike during a loop, retry storm or context bloat is that "
                             "anomaly's spend. Each row's own excess is in the table; their sum is shown beside the "
                             "header's when the two differ."));
    buildChart(s);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

QString AnomaliesPage::summaryFor(const QList<Anomalies::Anomaly>& anomalies)
{
    const qint64 excess = Anomalies::combinedExcess(anomalies);
    qint64 rowsExcess = 0;
    int unknown = 0;
    QMap<Anomalies::Severity, int> bySeverity;
    for (const Anomalies::Anomaly& a : anomalies) {
        unknown += !a.excessCostNano;
        rowsExcess += a.excessCostNano.value_or(0);
        ++bySeverity[a.severity];
    }
    QString text = anomalies.isEmpty()
        ? tr("No anomalies found.")
        : tr("%n anomaly(s) · %1 critical, %2 high · estimated excess %3", nullptr, int(anomalies.size()))
              .arg(bySeverity.value(Anomalies::Severity::Critical))
              .arg(bySeverity.value(Anomalies::Severity::High))
              .arg(Format::money(excess));
    if (rowsExcess != excess) // both numbers, so that the table's column can be checked against the header
        text += tr(" (the rows add up to %1: overlapping anomalies are counted once here)")
                    .arg(Format::money(rowsExcess));
    if (unknown)
        text += tr(" · %n without an estimate (unpriced)", nullptr, unknown);
    return text;
}

void AnomaliesPage::buildChart(const AnomaliesSnapshot& s)
{
    ChartAxes::clear(m_chart);
    if (s.dailySpend.isEmpty())
        return;
    auto* spend = new QLineSeries;
    spend->setName(tr("Spend per day"));
    double top = 0;
    // every day of the span, days without spend at $0: a line across a gap would draw spend that never happened
    qsizetype next = 0;
    for (qint64 day = s.dailySpend.first().first; day <= s.dailySpend.last().first; day += TimeUtil::MsPerDay) {
        double usd = 0;
        if (next < s.dailySpend.size() && s.dailySpend[next].first == day)
            usd = Money::nanoToUsd(s.dailySpend[next++].second);
        spend->append(double(day), usd);
        top = qMax(top, usd);
    }
    auto* x = new QDateTimeAxis;
    ChartAxes::setDays(x, s.dailySpend.first().first, s.dailySpend.last().first);
    auto* y = new QValueAxis;
    ChartAxes::setMoney(y, top);
    top = y->max(); // bands reach the top of the nice range
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);

    QSet<Anomalies::Kind> inLegend;
    for (const Anomalies::Anomaly& a : s.anomalies) {
        if (a.kind == Anomalies::Kind::ShadowSpend || a.kind == Anomalies::Kind::Unpriced)
            continue;
        const qint64 from = TimeUtil::dayStart(a.startMs);
        const qint64 to = qMax(a.endMs, from + TimeUtil::MsPerDay);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->append(double(from), top);
        upper->append(double(to), top);
        lower->append(double(from), 0);
        lower->append(double(to), 0);
        auto* band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(Anomalies::kindTitle(a.kind));
        QColor c = kindColor(a.kind);
        band->setPen(QPen(c, 1));
        c.setAlpha(70);
        band->setBrush(c);
        m_chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
        const bool first = !inLegend.contains(a.kind);
        inLegend.insert(a.kind);
        for (QLegendMarker* m : m_chart->legend()->markers(band))
            m->setVisible(first);
    }
    m_chart->addSeries(spend); // on top of the bands
    spend->setPen(QPen(QColor(0x00, 0x72, 0xB2), 2));
    spend->attachAxis(x);
    spend->attachAxis(y);
}

void AnomaliesPage::select(const QModelIndex& proxyIndex)
{
    m_evidenceLoad->cancel();
    m_evidence->setCalls({});
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid() || source.row() >= m_model->anomalies().size()) {
        m_method->clear();
        return;
    }
    const Anomalies::Anomaly a = m_model->anomalies().at(source.row());
    QStringList numbers;
    numbers << AnomalyModel::observedText(a);
    for (auto it = a.details.cbegin(); it != a.details.cend(); ++it)
        numbers << tr("%1: %2").arg(it.key(), QLocale().toString(it.value(), 'g', 6));
    QString html = tr("<p><b>%1</b> · %2 · %3 – %4 (UTC)</p>")
                       .arg(Anomalies::kindTitle(a.kind).toHtmlEscaped(), AnomalyModel::whereText(a).toHtmlEscaped(),
                           TimeUtil::toIso(a.startMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                           TimeUtil::toIso(a.endMs).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
    html += tr("<p>Excess cost: <b>%1</b> · severity %2 · %3 calls</p>")
                .arg(a.excessCostNano ? Format::money(*a.excessCostNano) : tr("unknown"),
                    Anomalies::severityName(a.severity), Format::count(a.evidenceCalls));
    html += QStringLiteral("<p>") + numbers.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("</p>");
    html += QStringLiteral("<p>")
        + Anomalies::methodText(a.kind, m_options).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
        + QStringLiteral("</p>");
    m_method->setHtml(html);
    m_evidenceTitle->setText(a.evidenceCalls > EvidenceRows
            ? tr("<b>Evidence calls</b> (the first %1 events of %2 calls)")
                  .arg(EvidenceRows)
                  .arg(Format::count(a.evidenceCalls))
            : tr("<b>Evidence calls</b>"));
    const QString path = m_context->path();
    m_evidenceLoad->start([path, a](TaskContext&) -> Result<QList<Anomalies::EvidenceCall>> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        return Anomalies::evidenceCalls(*ws.value(), a, EvidenceRows);
    });
}
