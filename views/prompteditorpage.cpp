// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/prompteditorpage.h"

#include "core/analytics/report.h"
#include "core/common/money.h"
#include "core/common/task.h"
#include "core/planning/cachesavings.h"
#include "core/prompt/promptcost.h"
#include "views/backgroundload.h"
#include "views/models/format.h"
#include "views/models/tokencountmodel.h"
#include "views/outputconstraintsbox.h"
#include "views/prompteditor.h"
#include "views/rewritedialog.h"
#include "views/savedpromptsbar.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

namespace {

const QString TokenizerFilesKey = QStringLiteral("promptEditor/tokenizerFiles");

QGroupBox* box(const QString& title, QWidget* parent)
{
    auto* b = new QGroupBox(title, parent);
    return b;
}

} // namespace

PromptEditorPage::PromptEditorPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    const Style::PageHeader header = Style::pageHeader(tr("Prompt editor"), this);
    m_stats = header.subtitle;
    m_busy = header.busy;
    m_stats->setToolTip(tr("Tokens of the prompt with the pricing tokenizer, its characters and template variables; "
                           "recounted off the GUI thread 150 ms after the last edit."));
    root->addLayout(header.bar);
    m_banner = new QLabel(this);
    m_banner->hide();
    root->addWidget(m_banner);

    // saved prompts
    auto* lib = new QHBoxLayout;
    m_library = new SavedPromptsBar(m_context, this);
    lib->addWidget(m_library);
    lib->addSpacing(16);
    m_showTokens = new QCheckBox(tr("Show tokens"), this);
    m_showTokens->setToolTip(tr("Shade each token of the pricing tokenizer in alternating colours (first 5,000 "
                                "tokens; texts up to 300,000 characters)."));
    lib->addWidget(m_showTokens);
    auto* addTok = new QPushButton(tr("Add tokenizer…"), this);
    addTok->setToolTip(tr("Count with a tokenizer.json (Hugging Face BPE, e.g. Llama 3), a .tiktoken file or a GGUF "
                          "model's vocabulary too; remembered for next time."));
    lib->addWidget(addTok);
    lib->addStretch();
    root->addLayout(lib);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_editor = new PromptEditor(split);
    m_editor->setAccessibleName(tr("Prompt text"));
    auto* scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* side = new QWidget(scroll);
    auto* col = new QVBoxLayout(side);
    // wrapped labels (cost, caching, measured answers) get the height their text needs; the panel scrolls instead
    col->setSizeConstraint(QLayout::SetMinAndMaxSize);
    col->setContentsMargins(8, 0, 4, 0);

    // counts per tokenizer
    m_counts = new TokenCountModel(this);
    m_table = new QTableView(side);
    m_table->setAccessibleName(tr("Token counts per model"));
    m_table->setModel(m_counts);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(112);
    col->addWidget(m_table);

    auto* costBox = box(tr("Cost"), side);
    auto* costCol = new QVBoxLayout(costBox);
    auto* form = new QFormLayout;
    costCol->addLayout(form);
    m_model = new QComboBox(costBox);
    m_model->setToolTip(tr("The model whose list prices (built-in catalog) price the prompt."));
    form->addRow(tr("Model"), m_model);
    m_pricingTokenizer = new QComboBox(costBox);
    m_pricingTokenizer->setToolTip(tr("The tokenizer whose count prices the prompt, checks the caching minimum and "
                                      "shows token boundaries. Use the model's own tokenizer where you have it."));
    form->addRow(tr("Count with"), m_pricingTokenizer);
    m_perDay = new QSpinBox(costBox);
    m_perDay->setRange(0, 1'000'000'000);
    m_perDay->setGroupSeparatorShown(true);
    m_perDay->setValue(10'000);
    m_perDay->setToolTip(tr("Calls that send this prompt per day; a month is %1 days.").arg(Prompt::DaysPerMonth));
    form->addRow(tr("Requests per day"), m_perDay);
    m_outputTokens = new QSpinBox(costBox);
    m_outputTokens->setRange(0, 1'000'000);
    m_outputTokens->setValue(0);
    m_outputTokens->setToolTip(tr("Output tokens per call added to the cost of a call. Starts at the measured answer "
                                  "length: the workspace's output + reasoning tokens per call of this model (of all "
                                  "models when it has none); a value you type stays."));
    form->addRow(tr("Output tokens per call"), m_outputTokens);
    m_outputBasis = new QLabel(costBox);
    m_outputBasis->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_outputBasis->setWordWrap(true);
    form->addRow(QString(), m_outputBasis);
    m_cost = new QLabel(costBox);
    m_cost->setWordWrap(true);
    m_cost->setToolTip(tr("Per call: prompt tokens × input price + output tokens × output price, list prices, no "
                          "caching. Per month: per call × requests per day × %1.")
                           .arg(Prompt::DaysPerMonth));
    costCol->addWidget(m_cost);
    m_cache = new QLabel(costBox);
    m_cache->setWordWrap(true);
    m_cache->setToolTip(
        tr("Providers cache the identical beginning of a request. Static prefix: tokens before the first "
           "{{variable}}. Minimum: the model's smallest cacheable prompt (catalog). Cacheable tokens: the prefix "
           "(OpenAI: 1,024 plus whole 128-token steps). Discount: 1 − cache-read price ÷ input price. Savings: the "
           "Planner's calculator, each request simulated against the cache's lifetime (the provider's default TTL) "
           "as the requests per day arrive evenly over business hours (9:00–17:00), write premiums included; a "
           "month is %1 days.")
            .arg(Prompt::DaysPerMonth));
    costCol->addWidget(m_cache);
    col->addWidget(costBox);

    auto* findBox = box(tr("Findings"), side);
    auto* findCol = new QVBoxLayout(findBox);
    m_findingsSummary = new QLabel(findBox);
    m_findingsSummary->setWordWrap(true);
    m_findingsSummary->setToolTip(tr("Underlined in the editor: repeated instructions (vermillion), filler (orange), "
                                     "whitespace (blue), verbose prose (purple). Hover one for its explanation."));
    findCol->addWidget(m_findingsSummary);
    m_findings = new QListWidget(findBox);
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setMaximumHeight(150);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setTextElideMode(Qt::ElideRight);
    m_findings->setToolTip(tr("Click a finding to select it in the editor."));
    findCol->addWidget(m_findings);
    col->addWidget(findBox);

    auto* rewriteBox = box(tr("Rewrites"), side);
    auto* rewriteCol = new QVBoxLayout(rewriteBox);
    auto* buttons = new QGridLayout;
    int i = 0;
    for (Prompt::Rule rule : Prompt::allRules()) {
        auto* b = new QPushButton(Prompt::ruleName(rule) + QStringLiteral("…"), rewriteBox);
        b->setToolTip(Prompt::ruleDescription(rule) + tr(" Shows the diff first."));
        connect(b, &QPushButton::clicked, this, [this, rule] {
            if (RewriteDialog* d = previewRewrite({ rule }))
                d->open();
        });
        buttons->addWidget(b, i / 2, i % 2);
        m_rewriteButtons << b;
        ++i;
    }
    auto* all = new QPushButton(tr("All rewrites…"), rewriteBox);
    all->setToolTip(tr("Deduplicate, remove filler, static parts first, collapse whitespace, in that order; shows "
                       "the diff first."));
    connect(all, &QPushButton::clicked, this, [this] {
        if (RewriteDialog* d = previewRewrite(Prompt::allRules()))
            d->open();
    });
    buttons->addWidget(all, 2, 0, 1, 2);
    m_rewriteButtons << all;
    rewriteCol->addLayout(buttons);
    m_baseline = new QLabel(rewriteBox);
    m_baseline->setWordWrap(true);
    m_baseline->setToolTip(tr("What the rewrites and edits save: prompt tokens removed since the baseline (the "
                              "prompt as loaded, or when you pressed Reset) × input list price × requests per day × "
                              "%1. Caching is not counted.")
                               .arg(Prompt::DaysPerMonth));
    rewriteCol->addWidget(m_baseline);
    auto* reset = new QPushButton(tr("Reset baseline"), rewriteBox);
    reset->setToolTip(tr("Compare later edits with the text as it is now."));
    connect(reset, &QPushButton::clicked, this, [this] {
        m_baselineTokens = primaryTokens();
        updateCosts();
    });
    rewriteCol->addWidget(reset, 0, Qt::AlignLeft);
    col->addWidget(rewriteBox);

    m_output = new OutputConstraintsBox(side);
    col->addWidget(m_output);
    col->addStretch();
    scroll->setWidget(side);
    split->addWidget(m_editor);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 620, 600 });
    root->addWidget(split, 1);

    // the catalog's models, latest entry of each
    if (auto builtin = Pricing::PriceCatalog::builtin()) {
        m_catalog = builtin.value();
        QStringList models;
        for (const Pricing::PriceEntry& e : m_catalog.entries())
            if (!models.contains(e.model))
                models << e.model;
        models.sort();
        m_model->addItems(models);
        m_model->setCurrentText(QStringLiteral("gpt-4o"));
    }

    m_tokenizerLoad
        = std::make_unique<BackgroundLoad<QList<Loaded>>>(this, nullptr, [this](const Result<QList<Loaded>>& r) {
              if (r)
                  tokenizersLoaded(r.value());
          });
    m_analysisLoad = std::make_unique<BackgroundLoad<Analysed>>(this, nullptr, [this](const Result<Analysed>& r) {
        if (r)
            apply(r.value().analysis, r.value().slotOf);
        if (!isBusy())
            m_busy->hide();
    });
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &PromptEditorPage::startAnalysis);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &PromptEditorPage::scheduleAnalysis);
    connect(m_showTokens, &QCheckBox::toggled, this, &PromptEditorPage::scheduleAnalysis);
    connect(m_pricingTokenizer, &QComboBox::currentIndexChanged, this, [this] {
        updateCosts();
        if (m_showTokens->isChecked())
            scheduleAnalysis();
    });
    for (QSpinBox* s : { m_perDay, m_outputTokens })
        connect(s, &QSpinBox::valueChanged, this, &PromptEditorPage::updateCosts);
    connect(m_outputTokens, &QSpinBox::valueChanged, this, [this] { m_outputTyped |= !m_settingOutput; });
    connect(m_model, &QComboBox::currentIndexChanged, this, &PromptEditorPage::applyMeasuredOutput);
    connect(m_model, &QComboBox::currentIndexChanged, this, &PromptEditorPage::updateCosts);
    m_answersLoad = std::make_unique<BackgroundLoad<QMap<QString, Analytics::AnswerLength>>>(
        this, nullptr,
        [this](const Result<QMap<QString, Analytics::AnswerLength>>& r) {
            m_answers = r ? r.value() : QMap<QString, Analytics::AnswerLength> {};
            applyMeasuredOutput();
            emit answerLengthsLoaded();
        },
        this);
    auto loadAnswers = [this] {
        if (!m_context->isOpen())
            return;
        const QString path = m_context->path();
        m_answersLoad->start([path](TaskContext&) -> Result<QMap<QString, Analytics::AnswerLength>> {
            auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
            if (!ws)
                return ws.error();
            return Analytics::answerLengths(*ws.value());
        });
    };
    connect(m_context, &WorkspaceContext::workspaceChanged, this, loadAnswers);
    connect(m_context, &WorkspaceContext::contentChanged, this, loadAnswers);
    connect(m_findings, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        m_editor->selectRange(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong());
        m_editor->setFocus();
    });
    connect(addTok, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add a tokenizer"), QString(),
            tr("Tokenizers (tokenizer.json *.json *.tiktoken *.gguf);;All files (*)"));
        if (!path.isEmpty())
            addTokenizerFile(path);
    });
    connect(m_library, &SavedPromptsBar::saveClicked, this, [this] {
        if (auto r = saveVersion(); !r)
            Style::showBanner(m_banner, Style::Banner::Error, r.error().toString());
    });
    connect(m_library, &SavedPromptsBar::versionChosen, this, [this](qint64 versionId, bool newPrompt) {
        if (auto r = loadVersion(versionId); !r)
            Style::showBanner(m_banner, Style::Banner::Error, r.error().toString());
        else if (newPrompt) {
            m_baselineTokens.reset(); // another prompt: its first count is the baseline
            m_pendingNote.clear();
        }
    });
    // a workspace with saved prompts opens on the one saved last (when nothing was typed yet)
    connect(m_context, &WorkspaceContext::workspaceChanged, this, [this] {
        const auto [name, version] = m_library->latest();
        if (version <= 0 || !m_editor->document()->isEmpty())
            return;
        if (auto text = m_library->versionText(version)) {
            m_library->setName(name);
            setPromptText(text.value());
        }
    });

    QStringList specs;
    for (const Tokenize::BuiltinEncoding& e : Tokenize::builtinEncodings())
        specs << e.name;
    specs << QSettings().value(TokenizerFilesKey).toStringList();
    loadTokenizers(specs);
    updateCosts();
}

PromptEditorPage::~PromptEditorPage() = default;

bool PromptEditorPage::isBusy() const
{
    return m_analysisLoad->isRunning() || m_tokenizerLoad->isRunning() || m_debounce->isActive();
}

void PromptEditorPage::loadTokenizers(const QStringList& specs)
{
    for (const QString& spec : specs) {
        Slot s;
        s.spec = spec;
        s.name = QFileInfo(spec).isAbsolute() ? QFileInfo(spec).fileName() : spec;
        m_slots << s;
        m_pricingTokenizer->addItem(s.name);
    }
    updateRows();
    // one job loads every tokenizer still loading: a newer one (another file added) takes over from it
    QStringList pending;
    for (const Slot& s : std::as_const(m_slots))
        if (s.loading)
            pending << s.spec;
    m_tokenizerLoad->start([pending](TaskContext&) -> Result<QList<Loaded>> {
        QList<Loaded> loaded;
        for (const QString& spec : pending) {
            auto r = Tokenize::loadTokenizer(spec);
            loaded << Loaded { spec, r ? r.value() : nullptr, r ? QString() : r.error().toString() };
        }
        return loaded;
    });
}

void PromptEditorPage::tokenizersLoaded(const QList<Loaded>& loaded)
{
    for (const Loaded& l : loaded)
        for (Slot& s : m_slots)
            if (s.spec == l.spec && s.loading) {
                s.loading = false;
                s.tokenizer = l.tokenizer;
                s.error = l.error;
            }
    updateRows();
    updateCosts();
    startAnalysis();
    emit tokenizersReady();
}

void PromptEditorPage::addTokenizerFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (const Slot& s : std::as_const(m_slots))
        if (s.spec == abs)
            return;
    QSettings settings;
    QStringList files = settings.value(TokenizerFilesKey).toStringList();
    if (!files.contains(abs))
        settings.setValue(TokenizerFilesKey, files << abs);
    loadTokenizers({ abs });
}

void PromptEditorPage::scheduleAnalysis()
{
    // what is running now counts a text that is gone: let it stop early, its result is not wanted
    m_analysisLoad->cancel();
    m_debounce->start();
    m_busy->show();
}

void PromptEditorPage::startAnalysis()
{
    const QString text = m_editor->toPlainText();
    std::vector<Tokenize::TokenizerPtr> tokenizers;
    QList<int> slotOf;
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].tokenizer) {
            tokenizers.push_back(m_slots[i].tokenizer);
            slotOf << i;
        }
    Prompt::EditorOptions options;
    options.boundariesOf = m_showTokens->isChecked() ? int(slotOf.indexOf(m_pricingTokenizer->currentIndex())) : -1;
    m_busy->show();
    m_analysisLoad->start([text, tokenizers, slotOf, options](TaskContext& ctx) -> Result<Analysed> {
        Prompt::EditorAnalysis a = Prompt::analyzeForEditor(text, tokenizers, options, &ctx);
        if (a.canceled)
            return Error { Error::Code::Canceled, QString() };
        return Analysed { std::move(a), slotOf };
    });
}

void PromptEditorPage::apply(const Prompt::EditorAnalysis& a, const QList<int>& slotOf)
{
    m_analysis = a;
    m_analysisSlots = slotOf;
    if (!m_baselineTokens && a.chars > 0)
        m_baselineTokens = primaryTokens();
    if (a.analysisSkipped) {
        m_editor->clearHighlights();
        Style::showBanner(m_banner, Style::Banner::Info,
            tr("This text has %1 characters: it is counted, but findings, highlights and rewrites stop at 300,000 "
               "characters (use inferometer-cli compress for big files).")
                .arg(Format::count(a.chars)));
    } else {
        m_banner->hide();
        const int primary = m_pricingTokenizer->currentIndex();
        m_editor->setHighlights(a.templ.variables, a.findings.items, a.boundaries,
            primary >= 0 && primary < m_slots.size() ? m_slots[primary].name : QString());
    }
    for (QPushButton* b : std::as_const(m_rewriteButtons))
        b->setEnabled(!a.analysisSkipped && a.chars > 0);
    updateRows();
    fillFindings();
    updateCosts();
    emit analysisReady();
}

void PromptEditorPage::updateRows()
{
    QList<TokenCountModel::Row> rows;
    for (int i = 0; i < m_slots.size(); ++i) {
        const Slot& s = m_slots[i];
        TokenCountModel::Row r;
        r.name = s.name;
        r.source = s.spec == s.name ? tr("Built in: %1").arg(s.name) : s.spec;
        r.error = s.error;
        r.loading = s.loading;
        const int k = int(m_analysisSlots.indexOf(i));
        if (k >= 0 && k < m_analysis.counts.size()) {
            r.tokens = m_analysis.counts[k].tokens;
            r.prefixTokens = m_analysis.counts[k].prefixTokens;
        }
        rows << r;
    }
    m_counts->setRows(rows);
    m_counts->setChars(m_analysis.chars);
}

std::optional<qint64> PromptEditorPage::primaryTokens() const
{
    const int k = int(m_analysisSlots.indexOf(m_pricingTokenizer->currentIndex()));
    if (k < 0 || k >= m_analysis.counts.size())
        return std::nullopt;
    return m_analysis.counts[k].tokens;
}

const Pricing::PriceEntry* PromptEditorPage::price() const
{
    return m_catalog.find(m_model->currentText(), QDateTime::currentMSecsSinceEpoch());
}

qint64 PromptEditorPage::callsPerMonth() const
{
    return qint64(m_perDay->value()) * Prompt::DaysPerMonth;
}

void PromptEditorPage::updateCosts()
{
    const Pricing::PriceEntry* p = price();
    m_counts->setPricing(
        p ? std::optional<Pricing::PriceEntry>(*p) : std::nullopt, m_outputTokens->value(), callsPerMonth());
    const int primary = m_pricingTokenizer->currentIndex();
    m_output->setContext(primary >= 0 && primary < m_slots.size() ? m_slots[primary].tokenizer : nullptr,
        p ? std::optional<Pricing::PriceEntry>(*p) : std::nullopt, callsPerMonth());
    const std::optional<qint64> tokens = primaryTokens();
    const int k = int(m_analysisSlots.indexOf(primary));
    const QString tokName = primary >= 0 && primary < m_slots.size() ? m_slots[primary].name : QString();
    m_stats->setText(statsText());
    if (!tokens || !p) {
        const QString error = primary >= 0 && primary < m_slots.size() ? m_slots[primary].error : QString();
        m_cost->setText(!p         ? tr("No price for this model.")
                : !error.isEmpty() ? tr("%1 could not be loaded: %2").arg(tokName, error)
                                   : tr("Counting…"));
        m_cache->clear();
        m_baseline->clear();
        return;
    }
    const Prompt::Cost cost = Prompt::callCost(*p, { *tokens, 0, m_outputTokens->value() }, callsPerMonth());
    QString costText = tr("<b>%1</b> per call · <b>%2</b> per month (%3 tokens with %4 at %5)")
                           .arg(Format::money(cost.perCallNano), Format::money(cost.perMonthNano),
                               Format::count(*tokens), tokName, p->model);
    if (Prompt::countIsEstimate(tokName, p->provider))
        costText += QStringLiteral("<br>")
            + tr("<i>Estimate: %1 models count tokens with their own tokenizer; %2 is OpenAI's, so the count (and "
                 "the cost) is approximate.</i>")
                  .arg(Prompt::providerName(p->provider), tokName);
    m_cost->setText(costText);
    const qint64 prefix = std::min(m_analysis.counts[k].prefixTokens, *tokens);
    QString cache = m_analysis.templ.variables.isEmpty()
        ? tr("No {{variables}}: all %1 tokens are a static prefix.").arg(Format::count(prefix))
        : tr("Static prefix: %1 tokens, before {{%2}}.")
              .arg(Format::count(prefix), m_analysis.templ.variables.first().name);
    // the Planner's calculator: the provider's rules, the hit rate simulated on business-hours arrivals, writes paid
    const auto model = Planning::cacheModelFor(*p);
    const double discount = p->rates.input > 0 ? 1.0 - double(p->rates.cacheRead) / double(p->rates.input) : 0.0;
    if (!model || discount <= 0) {
        cache += QLatin1Char(' ') + tr("%1 has no cache discount in the catalog.").arg(p->model);
    } else if (const qint64 cached = model->rules.cachedTokens(prefix); cached == 0) {
        cache += QLatin1Char(' ')
            + tr("Below the minimum of %1 at %2: not cached. Caching would take %3 more prefix tokens; move static "
                 "parts first or grow the prefix.")
                  .arg(Format::count(model->rules.minTokens), p->model, Format::count(model->rules.minTokens - prefix));
    } else {
        cache += QLatin1Char(' ')
            + tr("Minimum at %1: %2. Cacheable per call: %3 tokens, read at %4 off when the cache is warm.")
                  .arg(p->model, Format::count(model->rules.minTokens), Format::count(cached),
                      Format::percent(discount));
        const int perDay = m_perDay->value();
        if (perDay > 0) {
            const std::vector<double> arrivals = Planning::arrivalsFor(Planning::Arrivals::Business, perDay);
            const Planning::CacheOutcome o
                = Planning::simulate(*model, { prefix, *tokens - prefix, m_outputTokens->value() }, arrivals);
            const double saved = (o.withoutUsd - o.withUsd) * Prompt::DaysPerMonth;
            cache += QLatin1Char(' ')
                + tr("At %1 requests a day in business hours: hit rate %2 (%n write(s) a day), %3 <b>%4</b> a month, "
                     "writes included. The Planner tries other arrivals and TTLs.",
                    nullptr, o.writes)
                      .arg(Format::count(perDay), Format::percent(o.hitRate()), saved >= 0 ? tr("saves") : tr("costs"),
                          Format::usd(std::abs(saved)));
        }
    }
    m_cache->setText(cache);
    if (m_baselineTokens && *m_baselineTokens == *tokens) {
        m_baseline->setText(tr("Baseline %1 tokens: no change yet. Apply a rewrite or edit the text to see the "
                               "prompt tokens it saves per month.")
                                .arg(Format::count(*tokens)));
    } else if (m_baselineTokens) {
        const qint64 saved = *m_baselineTokens - *tokens;
        const qint64 savedNano = Prompt::callCost(*p, { saved, 0, 0 }, callsPerMonth()).perMonthNano;
        m_baseline->setText(
            tr("Rewrites and edits: baseline %1 → now %2 prompt tokens, %3 (%4) · <b>%5</b> per month of input at %6")
                .arg(Format::count(*m_baselineTokens), Format::count(*tokens),
                    (saved >= 0 ? QStringLiteral("−") : QStringLiteral("+")) + Format::count(qAbs(saved)),
                    Format::percent(*m_baselineTokens > 0 ? double(saved) / double(*m_baselineTokens) : 0.0),
                    Format::money(savedNano), p->model));
    }
}

QString PromptEditorPage::statsText() const
{
    const std::optional<qint64> tokens = primaryTokens();
    const int primary = m_pricingTokenizer->currentIndex();
    QString s
        = tokens ? tr("%1 tokens (%2)").arg(Format::count(*tokens), m_slots.value(primary).name) : tr("counting…");
    return s
        + tr(" · %1 characters · %n variable(s)", nullptr, int(m_analysis.templ.names().size()))
              .arg(Format::count(m_analysis.chars));
}

QString PromptEditorPage::costText() const
{
    return m_cost->text();
}

QString PromptEditorPage::cacheText() const
{
    return m_cache->text();
}

QString PromptEditorPage::baselineText() const
{
    return m_baseline->text();
}

QString PromptEditorPage::findingsText() const
{
    return m_findingsSummary->text();
}

void PromptEditorPage::fillFindings()
{
    const Prompt::Findings& f = m_analysis.findings;
    m_findings->clear();
    if (m_analysis.analysisSkipped) {
        m_findingsSummary->setText(tr("Not analysed: the text is too large."));
        return;
    }
    m_findingsSummary->setText(tr("%1 repeated · %2 filler · %3 whitespace · %4 verbose%5")
                                   .arg(f.count(Prompt::FindingKind::Repeat))
                                   .arg(f.count(Prompt::FindingKind::Filler))
                                   .arg(f.count(Prompt::FindingKind::Whitespace))
                                   .arg(f.count(Prompt::FindingKind::Verbose))
                                   .arg(f.truncated ? tr(" (first %1 shown)").arg(f.items.size()) : QString()));
    const QTextDocument* doc = m_editor->document();
    for (const Prompt::Finding& x : f.items) {
        // the document's blocks are its lines: a lookup, not a scan of the text per finding
        const int line = doc->findBlock(int(x.start)).blockNumber() + 1;
        auto* item = new QListWidgetItem(tr("Line %1 · %2").arg(line).arg(x.message.left(110)), m_findings);
        item->setToolTip(x.message);
        item->setData(Qt::UserRole, qint64(x.start));
        item->setData(Qt::UserRole + 1, qint64(x.length));
    }
}

QString PromptEditorPage::summaryFor(const QString& before, const Prompt::Rewrite& rewrite) const
{
    const int primary = m_pricingTokenizer->currentIndex();
    if (primary < 0 || primary >= m_slots.size() || !m_slots[primary].tokenizer)
        return tr("%1 → %2 characters.").arg(before.size()).arg(rewrite.text.size());
    const Tokenize::Tokenizer& t = *m_slots[primary].tokenizer;
    const qint64 a = qint64(t.count(QStringView(before)));
    const qint64 b = qint64(t.count(QStringView(rewrite.text)));
    QString s = tr("<b>%1 → %2 tokens</b> (%3): −%4 (%5)")
                    .arg(Format::count(a), Format::count(b), t.name(), Format::count(a - b),
                        Format::percent(a > 0 ? double(a - b) / double(a) : 0.0));
    if (const Pricing::PriceEntry* p = price())
        s += tr(" · saves <b>%1</b> per month at %2, %3 requests per day (list input price)")
                 .arg(Format::money(Prompt::callCost(*p, { a - b, 0, 0 }, callsPerMonth()).perMonthNano), p->model,
                     Format::count(m_perDay->value()));
    return s;
}

RewriteDialog* PromptEditorPage::previewRewrite(const QList<Prompt::Rule>& rules)
{
    const QString before = m_editor->toPlainText();
    if (before.size() > Prompt::EditorOptions {}.maxAnalyzedChars)
        return nullptr;
    const Prompt::Rewrite r = Prompt::rewrite(before, rules);
    auto* dialog = new RewriteDialog(before, r, summaryFor(before, r), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        if (m_editor->toPlainText() != before)
            return; // edited meanwhile: the preview no longer applies
        m_editor->replaceAllUndoable(dialog->rewrite().text);
        QStringList names;
        for (const Prompt::RuleEdits& e : dialog->rewrite().applied)
            names << Prompt::ruleName(e.rule);
        m_pendingNote = (m_pendingNote.isEmpty() ? QString() : m_pendingNote + QStringLiteral(", "))
            + names.join(QStringLiteral(", "));
    });
    return dialog;
}

void PromptEditorPage::setPromptText(const QString& text)
{
    m_baselineTokens.reset();
    m_pendingNote.clear();
    m_editor->setPlainText(text);
}

void PromptEditorPage::setPricingTokenizer(int index)
{
    m_pricingTokenizer->setCurrentIndex(index);
}

void PromptEditorPage::setModel(const QString& model)
{
    m_model->setCurrentText(model);
}

void PromptEditorPage::setRequestsPerDay(int perDay)
{
    m_perDay->setValue(perDay);
}

void PromptEditorPage::setOutputTokens(int perCall)
{
    m_outputTokens->setValue(perCall);
    m_outputTyped = true;
}

int PromptEditorPage::outputTokens() const
{
    return m_outputTokens->value();
}

QString PromptEditorPage::outputBasisText() const
{
    return m_outputBasis->text();
}

void PromptEditorPage::applyMeasuredOutput()
{
    // the workspace logs dated model ids ("gpt-4o-2024-08-06"); the catalog's family ("gpt-4o") gathers them
    const QString model = m_model->currentText();
    Analytics::AnswerLength a
        = Analytics::answerLengthOf(m_answers, model, m_catalog, QDateTime::currentMSecsSinceEpoch());
    const bool ofModel = a.calls > 0;
    if (!ofModel)
        a = m_answers.value(QString());
    if (a.calls == 0) {
        m_outputBasis->setText(m_context->isOpen() ? tr("No calls in this workspace to measure answers by.")
                                                   : tr("Open a workspace to measure answer lengths."));
        return;
    }
    const qint64 mean = a.mean();
    m_outputBasis->setText(ofModel
            ? tr("Measured: %1 tokens per answer over %2 call(s) of %3 in this workspace.")
                  .arg(Format::count(mean), Format::count(a.calls), model)
            : tr("Measured: %1 tokens per answer over %2 call(s) of all models in this workspace (none of %3).")
                  .arg(Format::count(mean), Format::count(a.calls), model));
    if (m_outputTyped)
        return;
    m_settingOutput = true;
    m_outputTokens->setValue(int(qMin<qint64>(mean, m_outputTokens->maximum())));
    m_output->typical()->setValue(m_outputTokens->value());
    m_settingOutput = false;
}

void PromptEditorPage::setShowTokens(bool show)
{
    m_showTokens->setChecked(show);
}

void PromptEditorPage::setPromptName(const QString& name)
{
    m_library->setName(name);
}

Result<qint64> PromptEditorPage::saveVersion()
{
    auto id = m_library->save(m_editor->toPlainText(), m_pendingNote.isEmpty() ? tr("edited") : m_pendingNote);
    if (!id)
        return id.error();
    m_pendingNote.clear();
    emit promptsChanged();
    return id.value();
}

Result<void> PromptEditorPage::loadVersion(qint64 versionId)
{
    auto text = m_library->versionText(versionId);
    if (!text)
        return text.error();
    m_editor->replaceAllUndoable(text.value());
    return {};
}
