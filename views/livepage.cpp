// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/livepage.h"
#include "views/theme.h"

#include "core/common/task.h"
#include "core/live/boundedget.h"
#include "core/live/promapi.h"
#include "core/live/recorder.h"
#include "core/live/scrapefeed.h"
#include "core/pricing/pricecatalog.h"
#include "views/kpicard.h"
#include "views/backgroundload.h"
#include "views/livealertswidget.h"
#include "views/livecredentialswidget.h"
#include "views/promqlpanel.h"
#include "views/recordedsessionview.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QValueAxis>

#include <cmath>

namespace {

constexpr qint64 RateSpanMs = 60'000; // rates and quantiles over the last minute
constexpr qint64 ChartSpanMs = 15 * 60'000; // the rolling window shown

QString number(const std::optional<double>& v, int decimals = 1, const QString& unit = {})
{
    if (!v)
        return QStringLiteral("—");
    return QLocale().toString(*v, 'f', decimals) + unit;
}

QString percent(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

QString dollars(const std::optional<double>& v)
{
    if (!v)
        return QStringLiteral("—");
    return QStringLiteral("$") + QLocale().toString(*v, 'f', *v < 10 ? 3 : 2);
}

} // namespace

LivePage::LivePage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(Style::pageTitle(tr("Live"), this));

    auto* controls = new QHBoxLayout;
    m_url = new QLineEdit(this);
    m_url->setAccessibleName(tr("Metrics endpoint URL"));
    m_url->setPlaceholderText(tr("http://gpu-node:8000/metrics"));
    m_url->setMinimumWidth(220);
    m_url->setToolTip(tr("A Prometheus /metrics endpoint: vLLM, TGI, a LiteLLM proxy or OpenCost."));
    m_interval = new QSpinBox(this);
    m_interval->setAccessibleName(tr("Scrape interval"));
    m_interval->setRange(1, 300);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Seconds between scrapes."));
    m_timeout = new QSpinBox(this);
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setObjectName(QStringLiteral("liveTimeout"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long a scrape or query may take from its start to its last byte: a server that "
                             "never answers, or answers a byte at a time, is given up after this (answers over "
                             "50 MB are refused at once)."));
    m_perHour = new QDoubleSpinBox(this);
    m_perHour->setAccessibleName(tr("Deployment cost per hour"));
    m_perHour->setRange(0, 1000);
    m_perHour->setDecimals(2);
    m_perHour->setPrefix(QStringLiteral("$"));
    m_perHour->setSuffix(tr("/h"));
    m_perHour->setSpecialValueText(tr("OpenCost"));
    m_perHour->setToolTip(tr("What the deployment costs per hour (GPU rental or TCO: depreciation, power, hosting, "
                             "operations). At $0 the page uses OpenCost's node_gpu_hourly_cost when the feed has it."));
    m_model = new QComboBox(this);
    m_model->setAccessibleName(tr("API model to compare with"));
    m_model->setToolTip(tr("The API model whose price the self-hosted cost is compared with."));
    if (auto catalog = Pricing::PriceCatalog::builtin()) {
        for (const Pricing::PriceEntry& e : catalog.value().entries()) {
            if (m_model->findText(e.model) < 0) // a model with a price history is listed once
                m_model->addItem(e.model);
        }
        m_prices = catalog.value().entries();
    }
    m_connect = new QPushButton(tr("Connect"), this);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the chart (scraping goes on); zoom with the mouse wheel or by dragging a box."));
    m_source = new QComboBox(this);
    m_source->addItem(tr("/metrics endpoint"));
    m_source->addItem(tr("Prometheus server"));
    m_source->setToolTip(tr("A server's own /metrics (scraped here), or a Prometheus server that already scrapes "
                            "it (asked through its HTTP API with PromQL presets for vLLM, LiteLLM and OpenCost)."));
    controls->addWidget(m_source);
    controls->addWidget(m_url, 1);
    controls->addWidget(new QLabel(tr("every"), this));
    controls->addWidget(m_interval);
    controls->addWidget(new QLabel(tr("timeout"), this));
    controls->addWidget(m_timeout);
    controls->addWidget(new QLabel(tr("Deployment cost:"), this));
    controls->addWidget(m_perHour);
    controls->addWidget(new QLabel(tr("compare with:"), this));
    controls->addWidget(m_model);
    m_record = new QPushButton(tr("Record"), this);
    m_record->setCheckable(true);
    m_record->setToolTip(tr("Write every scrape into the open workspace as time series, to compare this session "
                            "with the usage logs later."));
    controls->addWidget(m_connect);
    controls->addWidget(m_pause);
    controls->addWidget(m_record);
    layout->addLayout(controls);
    m_credentials = new LiveCredentialsWidget(this);
    layout->addWidget(m_credentials);

    m_status
        = new QLabel(tr("Not connected. Enter the /metrics URL of a vLLM, TGI, LiteLLM or OpenCost server."), this);
    Style::setBanner(m_status, Style::Banner::Info);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    auto* liveTab = new QWidget(m_tabs);
    auto* liveLayout = new QVBoxLayout(liveTab);
    m_tabs->addTab(liveTab, tr("Live"));
    m_promql = new PromqlPanel(m_tabs);
    m_tabs->addTab(m_promql, tr("PromQL"));
    m_sessions = new RecordedSessionView(context, m_tabs);
    m_tabs->addTab(m_sessions, tr("Recorded sessions"));

    auto* cards = new QHBoxLayout;
    m_tokens = new KpiCard(tr("Tokens/s"),
        tr("Prompt + generated tokens per second over the last minute, from the counters' increase (restarts "
           "counted from zero)."),
        this);
    m_costNow = new KpiCard(tr("$ per 1M tokens now"),
        tr("Deployment $/hour ÷ (tokens/s × 3600) × 1,000,000: what a million tokens costs at the current "
           "utilisation. Beside it: the API model's price for the same prompt : generation mix."),
        this);
    m_queue = new KpiCard(tr("Requests"), tr("Requests running now; waiting in the queue below."), this);
    m_cache = new KpiCard(tr("KV cache"),
        tr("Share of the KV cache in use; below: prefix-cache hit rate (hits ÷ queries over the last 5 minutes)."),
        this);
    m_latency = new KpiCard(tr("Time to first token p95"),
        tr("95th percentile of the time to first token over the last minute, interpolated inside the histogram's "
           "buckets (as PromQL's histogram_quantile); below: the inter-token latency p95."),
        this);
    m_spend = new KpiCard(tr("Gateway spend"),
        tr("A LiteLLM proxy's spend per hour over the last minute; below: the budget remaining over its teams."), this);
    for (KpiCard* c : { m_tokens, m_costNow, m_queue, m_cache, m_latency, m_spend })
        cards->addWidget(c);
    liveLayout->addLayout(cards);
    m_alerts = new LiveAlertsWidget(context, liveTab);
    liveLayout->addWidget(m_alerts);

    m_chart = Theme::newChart();
    m_chart->setTitle(tr("Tokens per second and $ per 1M tokens (last 15 minutes)"));
    m_prompt = new QLineSeries;
    m_prompt->setName(tr("prompt tokens/s"));
    m_generation = new QLineSeries;
    m_generation->setName(tr("generated tokens/s"));
    m_usdPerM = new QLineSeries;
    m_usdPerM->setName(tr("$ per 1M tokens"));
    m_spendRate = new QLineSeries;
    m_spendRate->setName(tr("gateway spend $/h"));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm:ss"));
    x->setTitleText(tr("UTC"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("tokens/s"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    auto* y2 = new QValueAxis;
    y2->setTitleText(tr("USD"));
    y2->setLabelFormat(QStringLiteral("%.2f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    m_chart->addAxis(y2, Qt::AlignRight);
    for (QAbstractAxis* a :
        { static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y), static_cast<QAbstractAxis*>(y2) }) {
        a->setLabelsVisible(false); // nothing scraped yet: no ticks that read "00:00:00" five times
        a->setGridLineVisible(false);
        a->setTitleVisible(false);
    }
    for (QLineSeries* s : { m_prompt, m_generation, m_usdPerM, m_spendRate }) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(s == m_usdPerM || s == m_spendRate ? y2 : y);
    }
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setAccessibleName(m_chart->title());
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setRubberBand(QChartView::RectangleRubberBand);
    liveLayout->addWidget(m_chartView, 1);

    QSettings s;
    m_url->setText(s.value(QStringLiteral("live/url")).toString());
    m_source->setCurrentIndex(s.value(QStringLiteral("live/source"), 0).toInt() == 1 ? 1 : 0);
    m_interval->setValue(s.value(QStringLiteral("live/interval"), 5).toInt());
    m_timeout->setValue(s.value(QStringLiteral("live/timeout"), Live::BoundedGet::DefaultDeadlineMs / 1000).toInt());
    m_perHour->setValue(s.value(QStringLiteral("live/usdPerHour"), 0.0).toDouble());
    const int model
        = m_model->findText(s.value(QStringLiteral("live/model"), QStringLiteral("gpt-4o-mini")).toString());
    m_model->setCurrentIndex(qMax(0, model));
    m_promql->setIntervalMs(m_interval->value() * 1000);
    if (!m_url->text().isEmpty())
        m_credentials->load(QUrl::fromUserInput(m_url->text()));
    connect(m_url, &QLineEdit::editingFinished, this,
        [this] { m_credentials->load(QUrl::fromUserInput(m_url->text().trimmed())); });

    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_feed || m_api)
            disconnectFeed();
        else
            connectTo(QUrl::fromUserInput(m_url->text().trimmed()));
    });
    connect(m_pause, &QPushButton::toggled, this, [this](bool on) {
        m_paused = on;
        if (!on)
            m_chart->zoomReset();
    });
    connect(m_record, &QPushButton::toggled, this, &LivePage::setRecording);
    connect(&m_apiTimer, &QTimer::timeout, this, &LivePage::queryServer);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_url->setPlaceholderText(
            m_source->currentIndex() == 1 ? tr("http://prometheus:9090") : tr("http://gpu-node:8000/metrics"));
        m_record->setEnabled(m_source->currentIndex() == 0); // recording keeps scrapes; a server keeps its own history
        saveSettings();
    });
    // one write at a time: scrapes that arrive meanwhile wait in m_toRecord for the next one, never supersede it
    m_recordLoad = std::make_unique<BackgroundLoad<qint64>>(this, nullptr, [this](const Result<qint64>& r) {
        if (!r) {
            m_record->setChecked(false);
            Style::showBanner(m_status, Style::Banner::Error, tr("Recording stopped: %1").arg(r.error().toString()));
        } else {
            m_recorded += r.value();
            m_record->setText(tr("Recording (%L1 points)").arg(m_recorded));
            m_sessions->reload();
            emit recorded();
        }
        recordNext();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_feed)
            m_feed->setInterval(v * 1000);
        m_apiTimer.setInterval(v * 1000);
        m_promql->setIntervalMs(v * 1000);
        saveSettings();
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_feed)
            m_feed->setTimeoutMs(v * 1000);
        if (m_api)
            m_api->setTimeoutMs(v * 1000);
        saveSettings();
    });
    connect(m_perHour, &QDoubleSpinBox::valueChanged, this, [this] {
        updateCards();
        saveSettings();
    });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        updateCards();
        saveSettings();
    });
}

LivePage::~LivePage()
{
    // ~QWidget hides the page before it deletes the children: the URL box then loses focus and emits editingFinished
    // into a LivePage that is already only a QWidget (UBSan: member access on the wrong type)
    disconnect(m_url, nullptr, this, nullptr);
}

void LivePage::setRecording(bool on)
{
    if (on && !m_context->isOpen()) {
        Style::showBanner(m_status, Style::Banner::Warning, tr("Open a workspace to record into."));
        on = false;
    }
    if (m_record->isChecked() != on)
        m_record->setChecked(on); // comes back here through toggled()
    if (!on) {
        m_toRecord.clear();
        m_record->setText(tr("Record"));
    }
}

void LivePage::recordNext()
{
    if (m_toRecord.isEmpty() || m_recordLoad->isRunning() || !m_context->isOpen())
        return;
    const QString path = m_context->path();
    const QString feed = m_feed ? m_feed->url().toString() : m_url->text();
    m_recordLoad->start([path, feed, batch = std::exchange(m_toRecord, {})](TaskContext&) -> Result<qint64> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Live::Recorder rec(*ws.value());
        qint64 added = 0;
        for (const auto& [exposition, timeMs] : batch) {
            auto n = rec.record(feed, exposition, timeMs);
            if (!n)
                return n.error();
            added += n.value();
        }
        return added;
    });
}

void LivePage::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("live/url"), m_url->text().trimmed());
    s.setValue(QStringLiteral("live/source"), m_source->currentIndex());
    s.setValue(QStringLiteral("live/interval"), m_interval->value());
    s.setValue(QStringLiteral("live/timeout"), m_timeout->value());
    s.setValue(QStringLiteral("live/usdPerHour"), m_perHour->value());
    s.setValue(QStringLiteral("live/model"), m_model->currentText());
}

void LivePage::connectTo(const QUrl& url)
{
    disconnectFeed();
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        Style::showBanner(m_status, Style::Banner::Error, tr("\"%1\" is not an http(s) URL.").arg(url.toString()));
        return;
    }
    m_url->setText(url.toString());
    saveSettings();
    const Live::Credentials credentials = m_credentials->credentials();
    m_credentials->save(url); // to the keychain (or this session only), never to the settings
    for (QLineSeries* s : { m_prompt, m_generation, m_usdPerM, m_spendRate })
        s->clear();
    if (m_source->currentIndex() == 1) {
        m_api = new Live::PrometheusApi(url, this);
        m_api->setCredentials(credentials);
        m_api->setTimeoutMs(m_timeout->value() * 1000);
        m_promql->setApi(m_api);
        m_apiDownSinceMs.reset();
        m_apiRounds = m_apiFailedRounds = 0;
        m_apiTimer.setInterval(m_interval->value() * 1000);
        m_connect->setText(tr("Disconnect"));
        Style::showBanner(m_status, Style::Banner::Info, tr("Asking %1…").arg(url.toString()));
        queryServer();
        m_apiTimer.start();
        return;
    }
    m_feed = new Live::ScrapeFeed(url, this);
    m_feed->setCredentials(credentials);
    m_feed->setInterval(m_interval->value() * 1000);
    m_feed->setTimeoutMs(m_timeout->value() * 1000);
    connect(m_feed, &Live::ScrapeFeed::scraped, this, &LivePage::scraped);
    m_connect->setText(tr("Disconnect"));
    Style::showBanner(m_status, Style::Banner::Info, tr("Connecting to %1…").arg(url.toString()));
    m_feed->start();
}

void LivePage::setSource(Source source)
{
    m_source->setCurrentIndex(source == Source::PrometheusServer ? 1 : 0);
}

void LivePage::disconnectFeed()
{
    m_apiTimer.stop();
    m_promql->setApi(nullptr);
    if (m_api) {
        m_api->deleteLater(); // answers still in flight die with it
        m_api = nullptr;
        m_pendingQueries = 0;
    }
    if (!m_feed) {
        m_connect->setText(tr("Connect"));
        return;
    }
    m_feed->stop();
    m_feed->deleteLater();
    m_feed = nullptr;
    m_connect->setText(tr("Connect"));
    Style::showBanner(m_status, Style::Banner::Info, tr("Disconnected."));
}

QString LivePage::statusText() const
{
    return m_status->text();
}

void LivePage::scraped()
{
    const Live::FeedStatus& st = m_feed->status();
    const QString when = QDateTime::fromMSecsSinceEpoch(st.lastScrapeMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
    if (st.up) {
        const QString kind = Live::feedKindName(Live::recogniseFeed(m_feed->window()));
        QString text = tr("<b>Up</b> · %1 (%2) · last scrape %3 UTC in %4 ms · %5 samples")
                           .arg(m_feed->url().toString().toHtmlEscaped(), kind, when,
                               QString::number(st.lastDurationMs), QString::number(st.samples));
        if (!st.lastError.isEmpty())
            text += QStringLiteral(" · ") + st.lastError.toHtmlEscaped();
        if (st.failures > 0) // an outage that ended is still worth knowing about
            text += QStringLiteral(" · ") + tr("%1 of %2 scrapes failed").arg(st.failures).arg(st.scrapes);
        Style::showBanner(m_status, st.lastError.isEmpty() ? Style::Banner::Info : Style::Banner::Warning, text);
    } else {
        const QString since
            = QDateTime::fromMSecsSinceEpoch(st.downSinceMs.value_or(st.lastScrapeMs), Qt::UTC).toString(u"HH:mm:ss");
        Style::showBanner(m_status, Style::Banner::Error,
            tr("<b>Down</b> since %1 UTC · %2 · last scrape failed: %3 at %4 UTC · %5 of %6 scrapes failed · "
               "retrying every %7 s")
                // one arg() call: a "%3A" in the URL or the error must not take a later number
                .arg(since, m_feed->url().toString().toHtmlEscaped(), st.lastError.toHtmlEscaped(), when,
                    QString::number(st.failures), QString::number(st.scrapes), QString::number(m_interval->value())));
    }
    m_metrics = Live::deriveMetrics(m_feed->window(), RateSpanMs);
    updateCards();
    if (st.up) {
        // a feed that is down has no live numbers: its alerts stay as they were judged on the last good scrape
        m_alerts->evaluate(m_metrics, QDateTime::currentMSecsSinceEpoch());
        appendToChart(m_feed->window().lastTimeMs());
        if (m_record->isChecked()) {
            m_toRecord.append({ m_feed->lastExposition(), st.lastScrapeMs });
            recordNext();
        }
    }
    emit updated();
}

void LivePage::updateCards()
{
    std::optional<Pricing::PriceEntry> api;
    for (const Pricing::PriceEntry& e : m_prices)
        if (e.model == m_model->currentText())
            api = e; // entries are in effective-date order: the last is the current price
    const std::optional<double> perHour
        = m_perHour->value() > 0 ? std::optional<double>(m_perHour->value()) : std::nullopt;
    m_cost = Live::liveCost(m_metrics, perHour, api);
    const auto& m = m_metrics;
    m_tokens->setValue(number(m.tokensPerS(), 0),
        tr("%1 prompt · %2 generated").arg(number(m.promptTokensPerS, 0), number(m.generationTokensPerS, 0)));
    m_costNow->setValue(dollars(m_cost.usdPerMTokens),
        m_cost.apiUsdPerMTokens
            ? tr("%1 on %2 (same mix)").arg(dollars(m_cost.apiUsdPerMTokens), m_model->currentText())
            : perHour || m.gpuUsdPerHour ? QString()
                                         : tr("enter the deployment's $/hour"));
    m_queue->setValue(number(m.requestsRunning, 0), tr("%1 waiting").arg(number(m.requestsWaiting, 0)));
    m_cache->setValue(percent(m.kvCacheUsage), tr("prefix hits %1").arg(percent(m.prefixCacheHitRate)));
    m_latency->setValue(m.ttftP95 ? number(*m.ttftP95 * 1000, 0, tr(" ms")) : QStringLiteral("—"),
        tr("inter-token p95 %1")
            .arg(m.interTokenP95 ? number(*m.interTokenP95 * 1000, 0, tr(" ms")) : QStringLiteral("—")));
    m_spend->setValue(m.spendUsdPerHour ? dollars(m.spendUsdPerHour) + tr("/h") : QStringLiteral("—"),
        m.remainingBudgetUsd ? tr("%1 budget left").arg(dollars(m.remainingBudgetUsd)) : QString());
}

void LivePage::appendToChart(qint64 t)
{
    auto add = [t](QLineSeries* s, const std::optional<double>& v) {
        if (v)
            s->append(double(t), *v);
        while (s->count() > 0 && s->at(0).x() < double(t - ChartSpanMs))
            s->remove(0);
    };
    add(m_prompt, m_metrics.promptTokensPerS);
    add(m_generation, m_metrics.generationTokensPerS);
    add(m_usdPerM, m_cost.usdPerMTokens);
    add(m_spendRate, m_metrics.spendUsdPerHour);
    if (m_paused)
        return; // the series keep rolling; the axes stay where the user froze them
    double maxTokens = 10, maxUsd = 0.1;
    for (QLineSeries* s : { m_prompt, m_generation })
        for (const QPointF& p : s->points())
            maxTokens = qMax(maxTokens, p.y());
    for (QLineSeries* s : { m_usdPerM, m_spendRate })
        for (const QPointF& p : s->points())
            maxUsd = qMax(maxUsd, p.y());
    qint64 first = t;
    for (QLineSeries* s : { m_prompt, m_spendRate })
        if (s->count())
            first = qMin(first, qint64(s->at(0).x()));
    const auto axes = m_chart->axes();
    for (QAbstractAxis* a : axes) {
        a->setLabelsVisible(true);
        a->setGridLineVisible(true);
        a->setTitleVisible(true);
        if (auto* x = qobject_cast<QDateTimeAxis*>(a)) // at least a minute, at most the rolling window
            x->setRange(QDateTime::fromMSecsSinceEpoch(qMin(first, t - 60'000), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(t, Qt::UTC));
        else if (auto* y = qobject_cast<QValueAxis*>(a))
            // different headroom on the two axes, so that the $ line never hides a token line
            y->setRange(0, a->alignment() == Qt::AlignRight ? maxUsd * 1.6 : maxTokens * 1.15);
    }
}

void LivePage::queryServer()
{
    if (!m_api || m_pendingQueries > 0)
        return; // one round at a time: a slow server is not piled up on
    // the presets whose single value fills a card (formats.md metric names)
    using M = Live::LiveMetrics;
    static const QList<std::pair<const char*, std::optional<double> M::*>> wanted {
        { "vllm-prompt", &M::promptTokensPerS }, { "vllm-generation", &M::generationTokensPerS },
        { "vllm-running", &M::requestsRunning }, { "vllm-waiting", &M::requestsWaiting },
        { "vllm-kv", &M::kvCacheUsage }, { "vllm-prefix-hits", &M::prefixCacheHitRate },
        { "vllm-ttft-p95", &M::ttftP95 }, { "vllm-itl-p95", &M::interTokenP95 },
        { "litellm-spend", &M::spendUsdPerHour }, { "opencost-gpu", &M::gpuUsdPerHour }
    };
    m_round = {};
    m_roundError.clear();
    // every query of a round is evaluated at the same instant, a second ago: the scrapes up to then are stored, so
    // all presets see the same samples (at "now" a scrape landing between two queries would split the round)
    const qint64 at = QDateTime::currentMSecsSinceEpoch() - 1000;
    for (const auto& [id, member] : wanted) {
        QString promql;
        for (const Live::QueryPreset& p : Live::queryPresets())
            if (p.id == QLatin1String(id))
                promql = p.promql;
        ++m_pendingQueries;
        m_api->query(promql, at, [this, member = member](Result<Live::QueryResult> r) {
            if (!r) {
                m_roundError = r.error().message;
            } else if (!r.value().series.isEmpty() && !r.value().series.first().points.isEmpty()) {
                const double v = r.value().series.first().points.last().value;
                if (std::isfinite(v))
                    m_round.*member = v;
            }
            if (--m_pendingQueries == 0)
                serverAnswered();
        });
    }
}

void LivePage::serverAnswered()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString where = m_url->text().toHtmlEscaped();
    const QString when = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("HH:mm:ss"));
    ++m_apiRounds;
    if (!m_roundError.isEmpty()) {
        ++m_apiFailedRounds;
        if (!m_apiDownSinceMs)
            m_apiDownSinceMs = now;
        Style::showBanner(m_status, Style::Banner::Error,
            tr("<b>Down</b> since %1 UTC · %2 · last query failed: %3 at %4 UTC · %5 of %6 rounds of queries "
               "failed · retrying every %7 s")
                .arg(QDateTime::fromMSecsSinceEpoch(*m_apiDownSinceMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss")),
                    where, m_roundError.toHtmlEscaped(), when, QString::number(m_apiFailedRounds),
                    QString::number(m_apiRounds), QString::number(m_interval->value())));
    } else {
        m_apiDownSinceMs.reset();
        m_round.kind = m_round.tokensPerS() ? Live::FeedKind::Vllm
            : m_round.spendUsdPerHour       ? Live::FeedKind::LiteLlm
            : m_round.gpuUsdPerHour         ? Live::FeedKind::OpenCost
                                            : Live::FeedKind::Generic;
        Style::showBanner(m_status, Style::Banner::Info,
            tr("<b>Up</b> · Prometheus server %1 (%2 metrics found) · last answer %3 UTC")
                .arg(where, Live::feedKindName(m_round.kind), when));
        m_metrics = m_round;
        updateCards();
        m_alerts->evaluate(m_metrics, now);
        appendToChart(now);
    }
    emit updated();
}
