// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/recordedsessionview.h"
#include "views/theme.h"

#include "core/common/task.h"
#include "views/backgroundload.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QValueAxis>

namespace {

QString when(qint64 ms, const QString& format = QStringLiteral("yyyy-MM-dd HH:mm:ss"))
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(format);
}

} // namespace

RecordedSessionView::RecordedSessionView(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("session"));
    m_session->setToolTip(tr("A recorded session: the scrapes of one feed written by Record, without a pause longer "
                             "than 10 minutes (UTC times)."));
    m_metric = new QComboBox(this);
    m_metric->addItem(tr("Tokens per second"), int(Live::OverlayMetric::Tokens));
    m_metric->addItem(tr("Spend per hour (USD)"), int(Live::OverlayMetric::Spend));
    m_metric->setToolTip(
        tr("Tokens/s — recorded: increase of the feed's prompt + generated token counters (vLLM, TGI, LiteLLM) per "
           "second of the scrapes in each interval, restarts counted from zero; logged: all six token buckets of the "
           "calls in the interval ÷ its length.\nSpend/h — recorded: increase of LiteLLM's litellm_spend_metric per "
           "hour; logged: list cost of the calls in the interval ÷ its length in hours."));
    m_bucket = new QComboBox(this);
    for (const auto& [label, ms] : QList<std::pair<QString, qint64>> { { tr("1 minute"), 60'000 },
             { tr("5 minutes"), 300'000 }, { tr("15 minutes"), 900'000 }, { tr("1 hour"), 3'600'000 } })
        m_bucket->addItem(label, ms);
    m_bucket->setToolTip(tr("Interval of the comparison, aligned to whole minutes/hours UTC."));
    m_costCenter = new QComboBox(this);
    m_costCenter->setToolTip(tr("Logged calls of one cost center only, or of all."));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    row->addWidget(new QLabel(tr("Session:"), this));
    row->addWidget(m_session, 2);
    row->addWidget(m_metric);
    row->addWidget(new QLabel(tr("per"), this));
    row->addWidget(m_bucket);
    row->addWidget(new QLabel(tr("logs of:"), this));
    row->addWidget(m_costCenter, 1);
    row->addWidget(refresh);
    layout->addLayout(row);
    m_status = new QLabel(this);
    Style::showBanner(m_status, Style::Banner::Info, tr("No recorded sessions yet: press Record while a feed runs."));
    layout->addWidget(m_status);
    m_chart = Theme::newChart();
    auto* x = new QDateTimeAxis;
    x->setTitleText(tr("UTC"));
    auto* y = new QValueAxis;
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    // series attached before the first layout (Qt Charts 6.4 hides an axis without series and never shows it again)
    m_recorded = new QLineSeries(m_chart);
    m_logged = new QLineSeries(m_chart);
    for (QLineSeries* s : { m_recorded, m_logged }) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    auto* view = new QChartView(m_chart, this);
    view->setAccessibleName(tr("Recorded and logged sessions"));
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::RectangleRubberBand);
    layout->addWidget(view, 1);

    for (QComboBox* c : { m_session, m_metric, m_bucket, m_costCenter })
        connect(c, &QComboBox::activated, this, [this] { load(false); });
    connect(refresh, &QPushButton::clicked, this, &RecordedSessionView::reload);
    // the newest choice wins (views/backgroundload.h); the session list, once asked for, is read until delivered
    m_load = std::make_unique<BackgroundLoad<Loaded>>(
        this, nullptr, [this](const Result<Loaded>& r) { loaded(r); }, this);
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &RecordedSessionView::reload);
    reload();
}

RecordedSessionView::~RecordedSessionView() = default;

void RecordedSessionView::reload()
{
    load(true);
}

void RecordedSessionView::setSession(int index)
{
    m_session->setCurrentIndex(index);
    load(false);
}

void RecordedSessionView::setMetric(Live::OverlayMetric m)
{
    m_metric->setCurrentIndex(m_metric->findData(int(m)));
    load(false);
}

void RecordedSessionView::setBucketMs(qint64 ms)
{
    m_bucket->setCurrentIndex(std::max(0, m_bucket->findData(ms)));
    load(false);
}

QString RecordedSessionView::statusText() const
{
    return m_status->text();
}

void RecordedSessionView::load(bool sessionsToo)
{
    if (!m_context->isOpen())
        return;
    m_listPending = m_listPending || sessionsToo;
    sessionsToo = m_listPending;
    const QString path = m_context->path();
    const int index = m_session->currentIndex();
    const std::optional<Live::RecordedSession> chosen
        = !sessionsToo && index >= 0 && index < m_sessions.size() ? std::optional(m_sessions[index]) : std::nullopt;
    const std::optional<Live::RecordedSession> keep
        = index >= 0 && index < m_sessions.size() ? std::optional(m_sessions[index]) : std::nullopt;
    const auto metric = Live::OverlayMetric(m_metric->currentData().toInt());
    const qint64 bucket = m_bucket->currentData().toLongLong();
    const QString cc = m_costCenter->currentIndex() > 0 ? m_costCenter->currentText() : QString();
    m_load->start([=](TaskContext&) -> Result<Loaded> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Loaded out;
        std::optional<Live::RecordedSession> session = chosen;
        if (!session) {
            auto s = Live::recordedSessions(*ws.value());
            if (!s)
                return s.error();
            out.sessions = s.value();
            QSqlQuery q(ws.value()->db());
            if (q.exec(QStringLiteral("SELECT DISTINCT cost_center FROM daily_rollup ORDER BY cost_center")))
                while (q.next())
                    out.costCenters << q.value(0).toString();
            // the session shown before, else the newest
            for (qsizetype i = 0; i < out.sessions.size(); ++i) {
                const auto& x = out.sessions[i];
                if (keep && x.feed == keep->feed && x.fromMs == keep->fromMs)
                    out.shown = int(i);
                else if (!keep && (out.shown < 0 || x.toMs > out.sessions[out.shown].toMs))
                    out.shown = int(i);
            }
            if (out.shown < 0 && !out.sessions.isEmpty())
                out.shown = 0;
            if (out.shown >= 0)
                session = out.sessions[out.shown];
        }
        if (session) {
            auto o = Live::sessionOverlay(*ws.value(), *session, metric, bucket, cc);
            if (!o)
                return o.error();
            out.overlay = std::move(o).value();
        }
        return out;
    });
    m_listPending = m_listPending || !chosen; // the list is read again: take it when it comes
}

void RecordedSessionView::loaded(const Result<Loaded>& r)
{
    const bool listed = std::exchange(m_listPending, false);
    if (!r) {
        Style::showBanner(m_status, Style::Banner::Error, r.error().toString().toHtmlEscaped());
    } else {
        if (listed) {
            m_sessions = r.value().sessions;
            m_session->clear();
            for (const auto& s : m_sessions)
                m_session->addItem(tr("%1 · %2 – %3 · %L4 scrapes")
                                       .arg(s.feed, when(s.fromMs), when(s.toMs, QStringLiteral("HH:mm:ss")))
                                       .arg(s.scrapes));
            m_session->setCurrentIndex(r.value().shown);
            const QString cc = m_costCenter->currentText();
            m_costCenter->clear();
            m_costCenter->addItem(tr("All cost centers"));
            m_costCenter->addItems(r.value().costCenters);
            m_costCenter->setCurrentIndex(std::max(0, m_costCenter->findText(cc)));
            emit sessionsLoaded();
        }
        m_overlay = r.value().overlay;
        plot();
        if (m_overlay)
            emit overlayLoaded();
    }
}

void RecordedSessionView::plot()
{
    m_recorded->clear();
    m_logged->clear();
    if (!m_overlay) {
        Style::showBanner(
            m_status, Style::Banner::Info, tr("No recorded sessions yet: press Record while a feed runs."));
        return;
    }
    const Live::Overlay& o = *m_overlay;
    const bool spend = o.metric == Live::OverlayMetric::Spend;
    QLineSeries* recorded = m_recorded;
    recorded->setName(spend ? tr("recorded feed, $/h") : tr("recorded feed, tokens/s"));
    QLineSeries* logged = m_logged;
    logged->setName(spend ? tr("logged calls, $/h") : tr("logged calls, tokens/s"));
    double hi = 0;
    qint64 withData = 0;
    QList<QPointF> recordedPoints, loggedPoints;
    for (const Live::OverlayBucket& b : o.buckets) {
        const double mid = double(b.startMs + o.bucketMs / 2);
        if (b.recorded) {
            recordedPoints.append(QPointF(mid, *b.recorded));
            hi = std::max(hi, *b.recorded);
            ++withData;
        }
        loggedPoints.append(QPointF(mid, b.logged));
        hi = std::max(hi, b.logged);
    }
    recorded->replace(recordedPoints);
    logged->replace(loggedPoints);
    for (QLineSeries* s : { recorded, logged })
        s->setPointsVisible(o.buckets.size() < 60);
    for (QAbstractAxis* a : m_chart->axes()) {
        if (auto* x = qobject_cast<QDateTimeAxis*>(a)) {
            const qint64 from = o.buckets.isEmpty() ? 0 : o.buckets.first().startMs;
            const qint64 to = o.buckets.isEmpty() ? 0 : o.buckets.last().startMs + o.bucketMs;
            x->setRange(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
            x->setFormat(to - from > 86'400'000 ? QStringLiteral("MM-dd HH:mm")
                    : to - from > 7'200'000     ? QStringLiteral("HH:mm")
                                                : QStringLiteral("HH:mm:ss"));
        } else if (auto* y = qobject_cast<QValueAxis*>(a)) {
            y->setRange(0, hi > 0 ? hi * 1.15 : 1);
            y->setLabelFormat(hi >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
            y->setTitleText(spend ? tr("USD per hour") : tr("tokens per second"));
        }
    }
    m_chart->setTitle(spend ? tr("Recorded spend rate vs logged spend, per interval")
                            : tr("Recorded token rate vs logged tokens, per interval"));
    if (o.counters.isEmpty())
        Style::showBanner(m_status, Style::Banner::Warning,
            spend ? tr("This session has no spend counter (litellm_spend_metric): only the logs are drawn.")
                  : tr("This session has no token counters (vLLM, TGI, LiteLLM): only the logs are drawn."));
    else
        Style::showBanner(m_status, Style::Banner::Info,
            tr("Recorded from %1 (%L2 of %L3 intervals with two scrapes or more) beside the logged calls of the same "
               "intervals.")
                .arg(o.counters.join(QStringLiteral(" + ")))
                .arg(withData)
                .arg(o.buckets.size()));
}
