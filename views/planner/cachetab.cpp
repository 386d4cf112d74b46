// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/planner/cachetab.h"

#include "views/models/format.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

using namespace Planning;

namespace {

enum Column {
    Workflow,
    Model,
    Calls,
    Prefix,
    Realized,
    Potential,
    Unrealized,
    HitRate,
    Gap,
    Under5m,
    Note,
    NUM_COLUMNS
};

constexpr int RateSteps[] = { 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000 };
constexpr qint64 PrefixSteps[] = { 256, 512, 1024, 1536, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 24576, 32768 };

std::optional<Arrivals> patternOf(const QString& id)
{
    if (id == QLatin1String("uniform"))
        return Arrivals::Uniform;
    if (id == QLatin1String("business"))
        return Arrivals::Business;
    if (id == QLatin1String("bursty"))
        return Arrivals::Bursty;
    return std::nullopt;
}

} // namespace

struct CacheTab::Outcome
{
    CacheOutcome sim;
    double days = 1; // the simulated arrivals span this many days
    double withoutPerDay = 0, withPerDay = 0, storagePerDay = 0;
    double savedPerMonth() const { return (withoutPerDay - withPerDay) * DaysPerMonth; }
    std::optional<int> breakEven;
    qint64 cachedTokens = 0;
    bool replay = false;
    CacheModel model;
};

CacheTab::CacheTab(QWidget* parent)
    : PlannerTab(parent)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 6, 0, 0);
    m_banner = new QLabel(this);
    m_banner->hide();
    root->addWidget(m_banner);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(split);
    auto* topRow = new QHBoxLayout(top);
    topRow->setContentsMargins(0, 0, 0, 0);
    auto* formBox = new QWidget(top);
    auto* form = new QFormLayout(formBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_model = new QComboBox(formBox);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_model->setToolTip(tr("The model and its provider's cache rules from the price catalog (Prices page): minimum "
                           "cacheable tokens, OpenAI's 128-token steps, Anthropic's write premiums (1.25× for 5 "
                           "minutes, 2× for an hour) and reads at 0.1×"));
    form->addRow(tr("Model:"), m_model);
    m_static = PlannerUi::spin(formBox, 2000, 0, QString(), tr(" tokens"),
        tr("The request's static prefix: system prompt, tool definitions, examples, the same on every call. Only this "
           "part can be cached."));
    form->addRow(tr("Static prefix:"), m_static);
    m_variable = PlannerUi::spin(formBox, 500, 0, QString(), tr(" tokens"),
        tr("The part of the input that changes per request (the user's message, retrieved documents)"));
    form->addRow(tr("Variable input:"), m_variable);
    m_output = PlannerUi::spin(formBox, 300, 0, QString(), tr(" tokens"),
        tr("Tokens generated per request; the same with or without a cache, included in both daily costs"));
    form->addRow(tr("Output:"), m_output);
    m_perDay = PlannerUi::spin(formBox, 10000, 0, QString(), tr(" a day"),
        tr("Requests a day. With replayed arrivals this is the workflow's own average over the days read."));
    form->addRow(tr("Requests:"), m_perDay);
    m_arrivals = new QComboBox(formBox);
    m_arrivals->addItem(tr("Uniform over 24 hours"), QStringLiteral("uniform"));
    m_arrivals->addItem(tr("Business hours (9:00–17:00)"), QStringLiteral("business"));
    m_arrivals->addItem(tr("Bursts of 10, a second apart"), QStringLiteral("bursty"));
    m_arrivals->addItem(tr("Replayed from a workflow"), QStringLiteral("replay"));
    m_arrivals->setToolTip(tr("When requests arrive decides how many find the cache warm: the hit rate is simulated "
                              "request by request against the TTL, never assumed"));
    form->addRow(tr("Arrivals:"), m_arrivals);
    m_workflow = new QComboBox(formBox);
    m_workflow->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workflow->setToolTip(tr("A workflow (project, else cost center) or a whole cost center of the workspace: the "
                              "times of its calls over the period chosen are replayed against the cache"));
    form->addRow(tr("Replay:"), m_workflow);
    m_ttl = new QComboBox(formBox);
    m_ttl->addItem(tr("Provider's default"), QStringLiteral("default"));
    m_ttl->addItem(tr("5 minutes"), QStringLiteral("5m"));
    m_ttl->addItem(tr("1 hour"), QStringLiteral("1h"));
    m_ttl->setToolTip(tr("How long an entry lives. Anthropic: 5 minutes (writes 1.25×) or 1 hour (writes 2×), "
                         "refreshed on each hit. Gemini explicit: 1 hour by default, not refreshed. OpenAI's "
                         "automatic cache cannot be set: idle entries go after 5 minutes, all within the hour."));
    form->addRow(tr("TTL:"), m_ttl);
    m_geminiExplicit = new QCheckBox(tr("Gemini explicit cache (storage billed per hour)"), formBox);
    m_geminiExplicit->setToolTip(tr("Gemini's explicit cache: created at the input price, reads 90% off, and storage "
                                    "per 1M tokens per hour it lives ($4.50 for 2.5 Pro, $1.00 for Flash). Unticked: "
                                    "Gemini's implicit cache, without storage."));
    form->addRow(m_geminiExplicit); // across both columns: the translations run longer
    auto* priceRow = new QHBoxLayout;
    m_overridePrice = new QCheckBox(tr("Override"), formBox);
    m_overridePrice->setToolTip(tr("Use a negotiated input price instead of the catalog's list price"));
    m_inputPrice = PlannerUi::spin(formBox, 2, 4, QStringLiteral("$"), tr(" per 1M"),
        tr("A negotiated input price; the cache read and write prices follow by the provider's multipliers"));
    priceRow->addWidget(m_overridePrice);
    m_inputPrice->setAccessibleName(tr("Negotiated input price"));
    priceRow->addWidget(m_inputPrice, 1);
    form->addRow(tr("Input price:"), priceRow);
    m_results = new QLabel(formBox);
    m_results->setTextFormat(Qt::RichText);
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_results);
    formBox->setMaximumWidth(460);
    topRow->addWidget(formBox);
    m_byRate = PlannerUi::chartView(tr("$ a month saved against requests a day"), top, false);
    m_byPrefix = PlannerUi::chartView(tr("$ a month saved against the static prefix"), top, false);
    topRow->addWidget(m_byRate, 1);
    topRow->addWidget(m_byPrefix, 1);

    auto* bottom = new QWidget(split);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* caption = new QLabel(tr("<b>The workspace's workflows</b>: realized savings from the cache reads billed, and "
                                  "potential savings with the prefix cached, simulated on each workflow's own arrival "
                                  "times (double-click a row to load it above)"),
        bottom);
    caption->setWordWrap(true);
    bottomLayout->addWidget(caption);
    m_table = new QTableWidget(0, NUM_COLUMNS, bottom);
    m_table->setAccessibleName(tr("Caching per workflow"));
    m_table->setHorizontalHeaderLabels({ tr("Workflow"), tr("Model"), tr("Calls"), tr("Prefix"), tr("Realized"),
        tr("Potential"), tr("Unrealized"), tr("Hit rate"), tr("Median gap"), tr("Gaps < 5 min"), tr("Note") });
    const QString tips[NUM_COLUMNS] = { tr("The project, else the cost center, of the calls"),
        tr("The model called; caches are per model"), tr("Calls in the period chosen"),
        tr("The prefix assumed cacheable: the median the cache held where the calls were cached, else the smallest "
           "prompt of the workflow (≤: no prefix every call shares can be longer)"),
        tr("$ a month saved by the cache reads actually billed, less the write premiums paid"),
        tr("$ a month the prefix would save, cached under the provider's rules, on the calls' own arrival times"),
        tr("Potential less realized: what is left on the table"),
        tr("Share of the replayed calls that find the prefix cached"),
        tr("Median time between consecutive calls of the workflow and model"),
        tr("Share of consecutive calls less than 5 minutes apart (a 5-minute TTL keeps these warm)"),
        tr("Why a potential is missing") };
    for (int c = 0; c < NUM_COLUMNS; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips[c]);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    bottomLayout->addWidget(m_table);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    root->addWidget(split, 1);

    m_marks.add(QStringLiteral("model"), m_model);
    m_marks.add(QStringLiteral("static-tokens"), m_static);
    m_marks.add(QStringLiteral("prompt-tokens"), m_variable);
    m_marks.add(QStringLiteral("output-tokens"), m_output);
    m_marks.add(QStringLiteral("requests-per-day"), m_perDay);
    m_marks.add(QStringLiteral("replay"), m_workflow);
    m_marks.add(QStringLiteral("input-price"), m_inputPrice);

    for (QDoubleSpinBox* s : { m_static, m_variable, m_output, m_perDay, m_inputPrice })
        connect(s, &QDoubleSpinBox::valueChanged, this, &CacheTab::recompute);
    for (QComboBox* c : { m_model, m_arrivals, m_workflow, m_ttl })
        connect(c, &QComboBox::currentIndexChanged, this, &CacheTab::recompute);
    for (QCheckBox* c : { m_geminiExplicit, m_overridePrice })
        connect(c, &QCheckBox::toggled, this, &CacheTab::recompute);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { replay(row); });
    m_arrivals->setCurrentIndex(1);
}

QString CacheTab::title() const
{
    return tr("Caching");
}

void CacheTab::setData(const PlannerData* data)
{
    m_data = data;
    const QString model = m_model->currentData().toString();
    const QVariant workflow = m_workflow->currentData();
    m_loading = true;
    m_model->clear();
    QStringList seen;
    QList<QPair<QString, QString>> items;
    for (const Pricing::PriceEntry& e : data->catalog.entries())
        if (!seen.contains(e.model) && cacheModelFor(e)) {
            seen << e.model;
            items.append({ e.model, e.provider });
        }
    std::sort(items.begin(), items.end());
    for (const auto& [m, p] : items)
        m_model->addItem(QStringLiteral("%1 (%2)").arg(m, p), m);
    m_model->setCurrentIndex(std::max(0, m_model->findData(model.isEmpty() ? QStringLiteral("gpt-4.1") : model)));
    m_workflow->clear();
    if (data->traffic) {
        QStringList flows;
        for (const WorkflowTraffic& t : data->traffic->workflows)
            if (!flows.contains(t.workflow))
                flows << t.workflow;
        for (const QString& f : flows)
            m_workflow->addItem(f, QStringList { QStringLiteral("workflow"), f });
        for (const auto& [center, arrivals] : data->traffic->costCenterArrivals)
            m_workflow->addItem(
                tr("Cost center: %1").arg(center), QStringList { QStringLiteral("cost-center"), center });
    }
    m_workflow->setCurrentIndex(std::max(0, m_workflow->findData(workflow)));
    m_loading = false;
    fillTable();
    recompute();
}

CacheScenario CacheTab::scenario() const
{
    CacheScenario s;
    s.model = m_model->currentData().toString();
    if (m_data)
        if (const Pricing::PriceEntry* e = m_data->catalog.find(s.model, QDateTime::currentMSecsSinceEpoch()))
            s.provider = e->provider;
    s.staticTokens = qint64(m_static->value());
    s.variableTokens = qint64(m_variable->value());
    s.outputTokens = qint64(m_output->value());
    s.requestsPerDay = int(std::clamp(m_perDay->value(), -1.0, 2e9));
    s.arrivals = m_arrivals->currentData().toString();
    const QStringList replay = m_workflow->currentData().toStringList();
    (replay.value(0) == QLatin1String("cost-center") ? s.replayCostCenter : s.replayWorkflow) = replay.value(1);
    s.ttl = m_ttl->currentData().toString();
    s.geminiExplicit = m_geminiExplicit->isChecked() && m_geminiExplicit->isEnabled();
    if (m_overridePrice->isChecked())
        s.inputPrice = m_inputPrice->value();
    return s;
}

QJsonObject CacheTab::inputs() const
{
    return toJson(scenario());
}

void CacheTab::setInputs(const QJsonObject& inputs)
{
    const CacheScenario s = cacheScenarioFromJson(inputs);
    m_loading = true;
    const int m = m_model->findData(s.model);
    if (m >= 0)
        m_model->setCurrentIndex(m);
    m_static->setValue(double(s.staticTokens));
    m_variable->setValue(double(s.variableTokens));
    m_output->setValue(double(s.outputTokens));
    m_perDay->setValue(s.requestsPerDay);
    m_arrivals->setCurrentIndex(std::max(0, m_arrivals->findData(s.arrivals)));
    const int w = m_workflow->findData(s.replayCostCenter.isEmpty()
            ? QStringList { QStringLiteral("workflow"), s.replayWorkflow }
            : QStringList { QStringLiteral("cost-center"), s.replayCostCenter });
    if (w >= 0)
        m_workflow->setCurrentIndex(w);
    m_ttl->setCurrentIndex(std::max(0, m_ttl->findData(s.ttl)));
    m_geminiExplicit->setChecked(s.geminiExplicit);
    m_overridePrice->setChecked(s.inputPrice.has_value());
    if (s.inputPrice)
        m_inputPrice->setValue(*s.inputPrice);
    m_loading = false;
    recompute();
}

CacheTab::Outcome CacheTab::compute(const CacheScenario& s, std::vector<FieldError>* errors) const
{
    Outcome o;
    auto refuse = [errors](const char* field, const QString& message) {
        errors->push_back({ QString::fromLatin1(field), message });
    };
    const Pricing::PriceEntry* entry
        = m_data ? m_data->catalog.find(s.model, QDateTime::currentMSecsSinceEpoch()) : nullptr;
    if (!entry)
        refuse("model", tr("Choose a model from the catalog."));
    if (s.staticTokens < 0)
        refuse("static-tokens", tr("The static prefix cannot be negative."));
    if (s.variableTokens < 0)
        refuse("prompt-tokens", tr("The variable input cannot be negative."));
    if (s.outputTokens < 0)
        refuse("output-tokens", tr("Output tokens cannot be negative."));
    if (s.inputPrice && !(*s.inputPrice > 0 && *s.inputPrice <= 1000))
        refuse("input-price", tr("The input price must be more than $0 and at most $1,000 per 1M tokens."));
    o.replay = s.arrivals == QLatin1String("replay");
    std::vector<double> arrivals;
    if (o.replay) {
        if (m_data && m_data->traffic) {
            if (!s.replayCostCenter.isEmpty()) {
                const auto it = m_data->traffic->costCenterArrivals.find(s.replayCostCenter);
                if (it != m_data->traffic->costCenterArrivals.end())
                    arrivals = it->second;
            } else {
                for (const WorkflowTraffic& t : m_data->traffic->workflows)
                    if (t.workflow == s.replayWorkflow)
                        arrivals.insert(arrivals.end(), t.arrivals.begin(), t.arrivals.end());
            }
            std::sort(arrivals.begin(), arrivals.end());
            o.days = m_data->traffic->window.days();
        }
        if (qint64(arrivals.size()) < MinReplayCalls)
            refuse("replay",
                tr("“%1” has %n call(s) in the days read: too few to replay (at least %2); choose an arrival pattern "
                   "instead.",
                    nullptr, int(arrivals.size()))
                    .arg(s.replayCostCenter.isEmpty() ? s.replayWorkflow : s.replayCostCenter)
                    .arg(MinReplayCalls));
    } else if (s.requestsPerDay < 1 || s.requestsPerDay > 10'000'000) {
        refuse("requests-per-day", tr("Requests a day must be between 1 and 10,000,000."));
    }
    std::optional<CacheModel> model;
    if (entry) {
        const std::optional<Ttl> ttl = s.ttl == QLatin1String("5m") ? std::optional<Ttl>(Ttl::FiveMinutes)
            : s.ttl == QLatin1String("1h")                          ? std::optional<Ttl>(Ttl::OneHour)
                                                                    : std::nullopt;
        model = cacheModelFor(
            *entry, ttl, s.inputPrice, s.geminiExplicit ? CacheMode::GeminiExplicit : CacheMode::ProviderDefault);
        if (!model)
            refuse("model", tr("%1 has no prompt cache the planner models.").arg(entry->provider));
    }
    if (!errors->empty())
        return o;
    o.model = *model;
    const RequestShape shape { s.staticTokens, s.variableTokens, s.outputTokens };
    if (!o.replay)
        arrivals = arrivalsFor(*patternOf(s.arrivals), s.requestsPerDay);
    o.sim = simulate(o.model, shape, arrivals);
    o.withoutPerDay = o.sim.withoutUsd / o.days;
    o.withPerDay = o.sim.withUsd / o.days;
    o.storagePerDay = o.sim.storageUsd / o.days;
    o.cachedTokens = o.model.rules.cachedTokens(s.staticTokens);
    if (!o.replay)
        o.breakEven = breakEvenRequestsPerDay(o.model, shape, *patternOf(s.arrivals));
    return o;
}

Sheet CacheTab::evaluate(const QJsonObject& inputs) const
{
    const CacheScenario s = cacheScenarioFromJson(inputs);
    Sheet sheet;
    sheet.inputs = { { tr("Model"), QStringLiteral("%1 (%2)").arg(s.model, s.provider) },
        { tr("Static prefix (tokens)"), Format::count(s.staticTokens) },
        { tr("Variable input (tokens)"), Format::count(s.variableTokens) },
        { tr("Output (tokens)"), Format::count(s.outputTokens) },
        { tr("Arrivals"),
            s.arrivals == QLatin1String("replay")
                ? tr("replayed from %1").arg(s.replayCostCenter.isEmpty() ? s.replayWorkflow : s.replayCostCenter)
                : s.arrivals },
        { tr("Requests a day"),
            s.arrivals == QLatin1String("replay") ? tr("as replayed") : Format::count(s.requestsPerDay) },
        { tr("TTL"), s.ttl }, { tr("Gemini explicit cache"), s.geminiExplicit ? tr("yes") : tr("no") },
        { tr("Input price"), s.inputPrice ? Format::usd(*s.inputPrice) + tr(" per 1M") : tr("catalog") } };
    std::vector<FieldError> errors;
    const Outcome o = compute(s, &errors);
    if (!errors.empty()) {
        sheet.error = errors.front().message;
        return sheet;
    }
    const double reqPerDay = o.sim.requests / o.days;
    sheet.outputs = { { tr("Cached tokens a request"), Format::count(o.cachedTokens) },
        { tr("Requests a day"), QLocale().toString(reqPerDay, 'f', o.replay ? 1 : 0) },
        { tr("Hit rate (simulated)"), Format::percent(o.sim.hitRate()) },
        { tr("Cache writes a day"), QLocale().toString(o.sim.writes / o.days, 'f', 1) },
        { tr("Without caching, a day"), Format::usd(o.withoutPerDay) },
        { tr("With caching, a day"), Format::usd(o.withPerDay) },
        { tr("Storage, a day"), Format::usd(o.storagePerDay) }, { tr("Saved a month"), Format::usd(o.savedPerMonth()) },
        { tr("Break-even"),
            o.replay          ? tr("n/a (replayed arrivals)")
                : o.breakEven ? tr("%1 requests a day").arg(Format::count(*o.breakEven))
                              : tr("never (up to 1,000,000 a day)") } };
    return sheet;
}

QString CacheTab::resultText() const
{
    return m_results->text();
}

void CacheTab::updateEnabled()
{
    const bool replay = m_arrivals->currentData().toString() == QLatin1String("replay");
    m_workflow->setEnabled(replay);
    m_perDay->setEnabled(!replay);
    const Pricing::PriceEntry* e = m_data
        ? m_data->catalog.find(m_model->currentData().toString(), QDateTime::currentMSecsSinceEpoch())
        : nullptr;
    const QString provider = e ? e->provider.toLower() : QString();
    const bool google = provider == QLatin1String("google") || provider == QLatin1String("gemini");
    m_geminiExplicit->setEnabled(google);
    m_ttl->setEnabled(provider == QLatin1String("anthropic") || (google && m_geminiExplicit->isChecked()));
    m_inputPrice->setEnabled(m_overridePrice->isChecked());
    if (e && !m_overridePrice->isChecked()) {
        const QSignalBlocker block(m_inputPrice);
        m_inputPrice->setValue(double(e->rates.input) / 1e6);
    }
}

void CacheTab::recompute()
{
    if (m_loading || !m_data)
        return;
    updateEnabled();
    emit edited();
    const CacheScenario s = scenario();
    std::vector<FieldError> errors;
    const Outcome o = compute(s, &errors);
    if (!m_marks.mark(errors, m_banner)) {
        m_results->clear();
        return;
    }
    if (o.replay) {
        const QSignalBlocker block(m_perDay);
        m_perDay->setValue(std::round(o.sim.requests / o.days));
    }
    const double saved = o.savedPerMonth();
    QString html
        = tr("<p>%1 of %2 prefix tokens cached a request. <b>Hit rate %3</b> (%4 hits, %5 writes in %6 "
             "requests simulated).</p>")
              .arg(Format::count(o.cachedTokens), Format::count(s.staticTokens), Format::percent(o.sim.hitRate()),
                  Format::count(o.sim.hits), Format::count(o.sim.writes), Format::count(o.sim.requests));
    html += tr("<p>Without caching <b>%1</b> a day; with caching <b>%2</b> a day (writes included%3).</p>")
                .arg(Format::usd(o.withoutPerDay), Format::usd(o.withPerDay),
                    o.storagePerDay > 0 ? tr(", storage %1").arg(Format::usd(o.storagePerDay)) : QString());
    html += tr("<p style=\"font-size:large\">%1 <b>%2</b> a month.</p>")
                .arg(saved >= 0 ? tr("Saves") : tr("Costs"), Format::usd(std::abs(saved)));
    if (!o.replay)
        html += o.breakEven ? tr("<p>Caching pays from <b>%1 requests a day</b> arriving this way.</p>")
                                  .arg(Format::count(*o.breakEven))
                            : tr("<p>Caching never pays at up to 1,000,000 requests a day arriving this way.</p>");
    m_results->setText(html);
    m_results->setToolTip(tr("Without: every request pays its whole input at the input price. With: the cached "
                             "tokens at the read price on hits, at the write price on writes, the rest at the input "
                             "price; output the same in both. $ a month = $ a day × 30.4375."));

    // savings against requests a day (the chosen pattern; business hours for replayed traffic) and prefix size
    const Arrivals pattern = patternOf(s.arrivals).value_or(Arrivals::Business);
    const RequestShape shape { s.staticTokens, s.variableTokens, s.outputTokens };
    auto* byRate = new QLineSeries;
    double lo = 0, hi = 0;
    for (int n : RateSteps) {
        const CacheOutcome c = simulate(o.model, shape, arrivalsFor(pattern, n));
        const double v = (c.withoutUsd - c.withUsd) * DaysPerMonth;
        byRate->append(n, v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    QChart* chart = m_byRate->chart();
    PlannerUi::clearChart(chart);
    chart->addSeries(byRate);
    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(tr("requests a day"));
    x->setRange(RateSteps[0], RateSteps[std::size(RateSteps) - 1]);
    auto* y = new QValueAxis;
    y->setRange(lo, hi > lo ? hi * 1.08 : lo + 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("$%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    byRate->attachAxis(x);
    byRate->attachAxis(y);

    const int perDay = o.replay ? std::max(1, int(o.sim.requests / o.days)) : s.requestsPerDay;
    const std::vector<double> t = arrivalsFor(pattern, perDay);
    auto* byPrefix = new QLineSeries;
    lo = hi = 0;
    for (qint64 p : PrefixSteps) {
        const CacheOutcome c = simulate(o.model, RequestShape { p, s.variableTokens, s.outputTokens }, t);
        const double v = (c.withoutUsd - c.withUsd) * DaysPerMonth;
        byPrefix->append(double(p) / 1000, v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    chart = m_byPrefix->chart();
    PlannerUi::clearChart(chart);
    chart->addSeries(byPrefix);
    auto* px = new QLogValueAxis;
    px->setBase(2);
    px->setLabelFormat(QStringLiteral("%.1fk"));
    px->setTitleText(tr("static prefix, tokens"));
    chart->setTitle(tr("$ a month saved against the static prefix, at %1 requests a day").arg(Format::count(perDay)));
    px->setRange(double(PrefixSteps[0]) / 1000, double(PrefixSteps[std::size(PrefixSteps) - 1]) / 1000);
    auto* py = new QValueAxis;
    py->setRange(lo, hi > lo ? hi * 1.08 : lo + 1);
    py->applyNiceNumbers();
    py->setLabelFormat(QStringLiteral("$%.0f"));
    chart->addAxis(px, Qt::AlignBottom);
    chart->addAxis(py, Qt::AlignLeft);
    byPrefix->attachAxis(px);
    byPrefix->attachAxis(py);
}

void CacheTab::fillTable()
{
    m_table->setRowCount(0);
    if (!m_data)
        return;
    m_table->setRowCount(int(m_data->opportunities.size()));
    int r = 0;
    const auto right = PlannerUi::numberItem;
    for (const CacheOpportunity& o : m_data->opportunities) {
        m_table->setItem(r, Workflow, new QTableWidgetItem(o.workflow));
        m_table->setItem(r, Model, new QTableWidgetItem(o.model));
        m_table->setItem(r, Calls, right(Format::count(o.calls)));
        m_table->setItem(
            r, Prefix, right((o.prefixSeen ? QString() : QStringLiteral("≤ ")) + Format::count(o.prefixTokens)));
        m_table->setItem(r, Realized, right(Format::usd(o.realizedUsdPerMonth)));
        m_table->setItem(r, Potential, right(Format::optionalUsd(o.potentialUsdPerMonth)));
        m_table->setItem(r, Unrealized,
            right(o.potentialUsdPerMonth ? Format::usd(o.unrealizedUsdPerMonth()) : QStringLiteral("—")));
        m_table->setItem(
            r, HitRate, right(o.potentialUsdPerMonth ? Format::percent(o.simulatedHitRate) : QStringLiteral("—")));
        m_table->setItem(r, Gap,
            right(o.medianGapSeconds >= 120 ? tr("%1 min").arg(o.medianGapSeconds / 60, 0, 'f', 1)
                                            : tr("%1 s").arg(o.medianGapSeconds, 0, 'f', 0)));
        m_table->setItem(r, Under5m, right(Format::percent(o.shareGapsUnder5m)));
        auto* note = new QTableWidgetItem(o.note);
        note->setToolTip(o.note);
        m_table->setItem(r, Note, note);
        ++r;
    }
    m_table->resizeColumnsToContents();
}

void CacheTab::replay(int row)
{
    if (!m_data || row < 0 || row >= int(m_data->opportunities.size()))
        return;
    const CacheOpportunity& o = m_data->opportunities[size_t(row)];
    CacheScenario s = scenario();
    const Pricing::PriceEntry* e = m_data->catalog.find(o.model, QDateTime::currentMSecsSinceEpoch());
    if (e)
        s.model = e->model;
    s.staticTokens = o.prefixTokens;
    s.arrivals = QStringLiteral("replay");
    s.replayWorkflow = o.workflow;
    s.replayCostCenter.clear();
    setInputs(toJson(s));
}

QList<QWidget*> CacheTab::charts() const
{
    return { m_byRate, m_byPrefix };
}
