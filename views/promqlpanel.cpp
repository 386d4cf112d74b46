// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/promqlpanel.h"
#include "views/theme.h"

#include "views/style.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr int MaxHistory = 20;
constexpr int MaxSeriesDrawn = 20;
const QString HistoryKey = QStringLiteral("live/promqlHistory");

QString seriesName(const Live::Labels& metric)
{
    QString name;
    QStringList labels;
    for (const auto& [k, v] : metric) {
        if (k == QLatin1String("__name__"))
            name = v;
        else
            labels << k + QStringLiteral("=\"") + v + QLatin1Char('"');
    }
    if (labels.isEmpty())
        return name.isEmpty() ? QStringLiteral("{}") : name;
    return name + QLatin1Char('{') + labels.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

PromqlPanel::PromqlPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("Presets…"));
    for (const Live::QueryPreset& p : Live::queryPresets()) {
        m_preset->addItem(p.title + QStringLiteral(" — ") + p.promql, p.promql);
        m_preset->setItemData(m_preset->count() - 1, tr("%1\nUnit: %2").arg(p.promql, p.unit), Qt::ToolTipRole);
    }
    m_preset->setToolTip(tr("PromQL presets for vLLM, TGI, LiteLLM and OpenCost (metric names of formats.md): "
                            "choosing one puts its PromQL in the query line and runs it."));
    m_query = new QComboBox(this);
    m_query->setObjectName(QStringLiteral("promql"));
    m_query->setEditable(true);
    m_query->setInsertPolicy(QComboBox::NoInsert);
    m_query->lineEdit()->setPlaceholderText(
        tr("PromQL, e.g. sum by (model_name) (rate(vllm:generation_tokens_total[5m]))"));
    m_query->setToolTip(
        tr("Any PromQL expression. It is evaluated with /api/v1/query_range over the last 15 minutes at "
           "the feed's interval (at most 300 points) and re-run on every interval; the last %1 queries "
           "run are remembered.")
            .arg(MaxHistory));
    m_query->addItems(QSettings().value(HistoryKey).toStringList());
    m_query->setCurrentIndex(-1);
    m_run = new QPushButton(tr("Run"), this);
    row->addWidget(m_preset, 1);
    row->addWidget(m_query, 2);
    row->addWidget(m_run);
    layout->addLayout(row);
    m_status = new QLabel(this);
    Style::showBanner(m_status, Style::Banner::Info, tr("Connect to a Prometheus server to run PromQL."));
    layout->addWidget(m_status);

    m_chart = Theme::newChart();
    m_chart->setTitle(tr("PromQL result (last 15 minutes)"));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm:ss"));
    x->setTitleText(tr("UTC"));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.4g"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    // a series is attached before the chart is first laid out: Qt Charts 6.4 hides an axis that has none then and
    // does not show it again when series attach later
    auto* line = new QLineSeries(m_chart);
    m_chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    m_lines << line;
    auto* view = new QChartView(m_chart, this);
    view->setAccessibleName(tr("PromQL query result"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::RectangleRubberBand);
    layout->addWidget(view, 1);

    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &PromqlPanel::ask);
    connect(m_run, &QPushButton::clicked, this, [this] { run(m_query->currentText()); });
    connect(m_query->lineEdit(), &QLineEdit::returnPressed, this, [this] { run(m_query->currentText()); });
    connect(m_preset, &QComboBox::activated, this, [this](int i) {
        if (i <= 0)
            return;
        m_query->setEditText(m_preset->itemData(i).toString());
        run(m_query->currentText());
    });
}

void PromqlPanel::setApi(Live::PrometheusApi* api)
{
    m_api = api;
    m_inFlight = false;
    ++m_generation; // answers of an older server are dropped
    if (!m_api) {
        m_timer.stop();
        Style::showBanner(m_status, Style::Banner::Info, tr("Connect to a Prometheus server to run PromQL."));
    } else if (!m_running.isEmpty()) {
        ask();
        m_timer.start();
    } else {
        Style::showBanner(m_status, Style::Banner::Info, tr("Choose a preset or type PromQL, then Run."));
    }
}

void PromqlPanel::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

QString PromqlPanel::promql() const
{
    return m_running;
}

QString PromqlPanel::statusText() const
{
    return m_status->text();
}

QStringList PromqlPanel::history() const
{
    QStringList out;
    for (int i = 0; i < m_query->count(); ++i)
        out << m_query->itemText(i);
    return out;
}

void PromqlPanel::remember(const QString& promql)
{
    QStringList h = history();
    h.removeAll(promql);
    h.prepend(promql);
    while (h.size() > MaxHistory)
        h.removeLast();
    m_query->blockSignals(true);
    m_query->clear();
    m_query->addItems(h);
    m_query->setCurrentIndex(0);
    m_query->blockSignals(false);
    QSettings().setValue(HistoryKey, h);
}

void PromqlPanel::run(const QString& promql)
{
    const QString q = promql.trimmed();
    if (q.isEmpty())
        return;
    const bool changed = q != m_running;
    m_running = q;
    if (changed) { // the chart shows only what the line says
        m_result = {};
        plot();
    }
    remember(q);
    int preset = 0;
    for (int i = 1; i < m_preset->count(); ++i)
        if (m_preset->itemData(i).toString() == q)
            preset = i;
    m_preset->setCurrentIndex(preset);
    m_inFlight = false;
    ++m_generation;
    if (!m_api) {
        Style::showBanner(m_status, Style::Banner::Info, tr("Connect to a Prometheus server to run PromQL."));
        return;
    }
    ask();
    m_timer.start();
}

void PromqlPanel::stop()
{
    m_timer.stop();
    m_running.clear();
    ++m_generation;
    m_inFlight = false;
}

void PromqlPanel::ask()
{
    if (!m_api || m_running.isEmpty() || m_inFlight)
        return; // one query at a time: a slow server is not piled up on
    const qint64 end = QDateTime::currentMSecsSinceEpoch() - 1000; // the last second may still be scraping
    const qint64 step = std::max<qint64>(m_timer.interval(), WindowMs / 300);
    m_inFlight = true;
    const int generation = m_generation;
    const QString promql = m_running;
    QPointer<PromqlPanel> self(this);
    m_api->queryRange(promql, end - WindowMs, end, step, [self, generation, promql](Result<Live::QueryResult> r) {
        if (!self || generation != self->m_generation)
            return;
        self->m_inFlight = false;
        const QString when = QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss"));
        if (!r) {
            Style::showBanner(
                self->m_status, Style::Banner::Error, tr("%1 UTC · %2").arg(when, r.error().message.toHtmlEscaped()));
        } else {
            self->m_result = std::move(r).value();
            qint64 points = 0;
            for (const auto& s : self->m_result.series)
                points += s.points.size();
            QString text
                = tr("<b>%1</b> · %n series, %2 points · answered %3 UTC", nullptr, int(self->m_result.series.size()))
                      .arg(promql.toHtmlEscaped())
                      .arg(points)
                      .arg(when);
            if (self->m_result.series.size() > MaxSeriesDrawn)
                text += tr(" · the first %1 drawn").arg(MaxSeriesDrawn);
            if (!self->m_result.warnings.isEmpty())
                text += QStringLiteral(" · ") + self->m_result.warnings.join(QStringLiteral("; ")).toHtmlEscaped();
            Style::showBanner(
                self->m_status, self->m_result.warnings.isEmpty() ? Style::Banner::Info : Style::Banner::Warning, text);
            self->plot();
        }
        emit self->answered();
    });
}

void PromqlPanel::plot()
{
    QDateTimeAxis* x = nullptr;
    QValueAxis* y = nullptr;
    for (QAbstractAxis* a : m_chart->axes()) {
        if (auto* d = qobject_cast<QDateTimeAxis*>(a))
            x = d;
        else if (auto* v = qobject_cast<QValueAxis*>(a))
            y = v;
    }
    // the series objects are kept and their points replaced: removing and adding series every second leaves the
    // axes of a QChart laid out for stale labels
    const qsizetype n = std::max<qsizetype>(1, std::min<qsizetype>(m_result.series.size(), MaxSeriesDrawn));
    while (m_lines.size() > n) {
        QLineSeries* gone = m_lines.takeLast();
        m_chart->removeSeries(gone); // gives up ownership
        delete gone;
    }
    while (m_lines.size() < n) {
        auto* s = new QLineSeries(m_chart);
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        m_lines << s;
    }
    double lo = 0, hi = 1;
    bool first = true;
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    if (m_result.series.isEmpty()) {
        m_lines.first()->clear();
        m_lines.first()->setName(m_running);
    }
    for (qsizetype i = 0; i < n && i < m_result.series.size(); ++i) {
        QLineSeries* s = m_lines[i];
        s->setName(m_result.series[i].metric.isEmpty() ? m_running : seriesName(m_result.series[i].metric));
        s->setPointsVisible(m_result.series[i].points.size() < 60); // a young series may have one point
        QList<QPointF> points;
        for (const Live::Point& p : m_result.series[i].points) {
            if (!std::isfinite(p.value))
                continue;
            points.append(QPointF(double(p.timeMs), p.value));
            lo = first ? p.value : std::min(lo, p.value);
            hi = first ? p.value : std::max(hi, p.value);
            first = false;
        }
        s->replace(points);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(end - WindowMs, Qt::UTC), QDateTime::fromMSecsSinceEpoch(end, Qt::UTC));
    const double pad = hi > lo ? (hi - lo) * 0.1 : std::max(1.0, std::abs(hi) * 0.1);
    y->setRange(lo >= 0 && lo - pad < 0 ? 0 : lo - pad, hi + pad);
}
