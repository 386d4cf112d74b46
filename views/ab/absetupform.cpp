// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/ab/absetupform.h"

#include "views/ab/modelpicker.h"
#include "views/style.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox* spin(int min, int max, const QString& tip, QWidget* parent)
{
    auto* s = new QSpinBox(parent);
    s->setRange(min, max);
    s->setToolTip(tip);
    return s;
}

const QString TextBundled = QStringLiteral("bundled");
const QString TextChoose = QStringLiteral("choose");

} // namespace

AbSetupForm::AbSetupForm(QWidget* parent)
    : QWidget(parent)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);

    auto* models = new QGroupBox(tr("Models"), this);
    auto* ml = new QVBoxLayout(models);
    m_two = new QRadioButton(tr("Two models: A (the baseline) and B"), models);
    m_one = new QRadioButton(tr("One F32/F16 model: its Q8_0 (A) against its Q4_0 (B)"), models);
    m_one->setToolTip(tr("The page quantizes the model as llama-quantize does, into a cache folder, and reuses the "
                         "files next time"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_two);
    group->addButton(m_one);
    ml->addWidget(m_two);
    ml->addWidget(m_one);
    m_twoBox = new QWidget(models);
    auto* tf = new QFormLayout(m_twoBox);
    tf->setContentsMargins(0, 0, 0, 0);
    m_a = new ModelPicker(tr("Model A"), m_twoBox);
    m_b = new ModelPicker(tr("Model B"), m_twoBox);
    tf->addRow(tr("A:"), m_a);
    tf->addRow(tr("B:"), m_b);
    ml->addWidget(m_twoBox);
    m_oneBox = new QWidget(models);
    auto* of = new QFormLayout(m_oneBox);
    of->setContentsMargins(0, 0, 0, 0);
    m_source = new ModelPicker(tr("F32 or F16 model"), m_oneBox);
    of->addRow(tr("Model:"), m_source);
    ml->addWidget(m_oneBox);
    root->addWidget(models);

    auto* where = new QGroupBox(tr("Device and text"), this);
    auto* wf = new QFormLayout(where);
    m_engine = new QComboBox(where);
    m_engine->setToolTip(tr("Where both models run: a Vulkan device, or the CPU reference engine"));
    wf->addRow(tr("Device:"), m_engine);
    m_engineWarning = new QLabel(where);
    Style::setBanner(m_engineWarning, Style::Banner::Warning);
    m_engineWarning->hide();
    wf->addRow(m_engineWarning);
    m_text = new QComboBox(where);
    m_text->addItem(tr("Bundled English text (short children's stories)"), TextBundled);
    m_text->addItem(tr("Choose a UTF-8 text file…"), TextChoose);
    m_text->setToolTip(tr("The text perplexity and KL divergence are measured over, and the timed prompt is taken from"));
    wf->addRow(tr("Text:"), m_text);
    m_prompts = new QPlainTextEdit(where);
    m_prompts->setToolTip(tr("One prompt per line: both models continue each, shown side by side"));
    m_prompts->setPlaceholderText(tr("One prompt per line"));
    m_prompts->setTabChangesFocus(true);
    m_prompts->setFixedHeight(m_prompts->fontMetrics().lineSpacing() * 4 + 12);
    wf->addRow(tr("Prompts:"), m_prompts);
    root->addWidget(where);

    auto* how = new QGroupBox(tr("Settings"), this);
    auto* hf = new QFormLayout(how);
    m_ctx = spin(16, 8192,
        tr("Tokens per perplexity chunk, as llama-perplexity's -c: the text is cut into chunks of this many tokens and "
           "the second half of each is scored"),
        how);
    hf->addRow(tr("Context:"), m_ctx);
    m_promptTokens = spin(1, 8192,
        tr("Prompt tokens evaluated in one batch: llama-bench's pp test (prompt processing) and the time to first "
           "token"),
        how);
    hf->addRow(tr("Prefill (pp):"), m_promptTokens);
    m_decodeTokens
        = spin(2, 8192, tr("Tokens generated one at a time after the prompt: llama-bench's tg test (generation)"), how);
    hf->addRow(tr("Decode (tg):"), m_decodeTokens);
    m_runs = spin(1, 100, tr("Timed runs of each model after one warm-up run, as llama-bench's -r"), how);
    hf->addRow(tr("Runs:"), m_runs);
    m_generateTokens = spin(1, 2048, tr("Tokens each model generates from each prompt"), how);
    hf->addRow(tr("Generated tokens:"), m_generateTokens);
    m_seed = spin(0, std::numeric_limits<int>::max(),
        tr("The seed of the run; generation is greedy (the most likely token), so the same files and settings give "
           "the same texts"),
        how);
    hf->addRow(tr("Seed:"), m_seed);
    m_kv = new QComboBox(how);
    m_kv->addItem(tr("F16 (as llama.cpp)"), QStringLiteral("f16"));
    m_kv->addItem(tr("F32"), QStringLiteral("f32"));
    m_kv->setToolTip(tr("What the KV cache holds: keys and values rounded to half precision, llama.cpp's default, or "
                        "full float"));
    hf->addRow(tr("KV cache:"), m_kv);
    root->addWidget(how);
    root->addStretch();

    QSettings s;
    s.beginGroup(QStringLiteral("ab"));
    m_a->setPath(s.value(QStringLiteral("modelA")).toString());
    m_b->setPath(s.value(QStringLiteral("modelB")).toString());
    m_source->setPath(s.value(QStringLiteral("sourceModel")).toString());
    (s.value(QStringLiteral("fromOneModel"), false).toBool() ? m_one : m_two)->setChecked(true);
    setTextFile(s.value(QStringLiteral("textFile")).toString());
    m_prompts->setPlainText(
        s.value(QStringLiteral("prompts"), QStringLiteral("Once upon a time\nThe little dog")).toString());
    m_ctx->setValue(s.value(QStringLiteral("ctx"), 128).toInt());
    m_promptTokens->setValue(s.value(QStringLiteral("promptTokens"), 64).toInt());
    m_decodeTokens->setValue(s.value(QStringLiteral("decodeTokens"), 64).toInt());
    m_runs->setValue(s.value(QStringLiteral("runs"), 5).toInt());
    m_generateTokens->setValue(s.value(QStringLiteral("generateTokens"), 48).toInt());
    m_seed->setValue(s.value(QStringLiteral("seed"), 1).toInt());
    m_kv->setCurrentIndex(std::max(0, m_kv->findData(s.value(QStringLiteral("kv"), QStringLiteral("f16")))));
    s.endGroup();
    updateMode();

    connect(m_two, &QRadioButton::toggled, this, &AbSetupForm::updateMode);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &AbSetupForm::updateEngineWarning);
    connect(m_text, &QComboBox::activated, this, [this](int i) {
        if (m_text->itemData(i).toString() == TextChoose)
            chooseTextFile();
    });
    for (ModelPicker* p : { m_a, m_b, m_source })
        connect(p, &ModelPicker::pathChanged, this, &AbSetupForm::changed);
}

Ab::Request AbSetupForm::request() const
{
    Ab::Request r;
    r.fileA = m_a->path();
    r.fileB = m_b->path();
    const QString text = m_text->currentData().toString();
    r.text = text == TextBundled || text == TextChoose ? QString() : text;
    Ab::Settings& s = r.settings;
    s.engine = engineId();
    s.ctx = m_ctx->value();
    s.promptTokens = m_promptTokens->value();
    s.decodeTokens = m_decodeTokens->value();
    s.runs = m_runs->value();
    s.generateTokens = m_generateTokens->value();
    s.seed = quint64(m_seed->value());
    s.temperature = 0;
    s.kv = m_kv->currentData().toString();
    for (const QString& line : m_prompts->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            s.prompts << line.trimmed();
    return r;
}

bool AbSetupForm::fromOneModel() const
{
    return m_one->isChecked();
}

QString AbSetupForm::sourceModel() const
{
    return m_source->path();
}

void AbSetupForm::setModels(const QString& a, const QString& b)
{
    m_a->setPath(a);
    m_b->setPath(b);
}

void AbSetupForm::setFromOneModel(bool one)
{
    (one ? m_one : m_two)->setChecked(true);
}

void AbSetupForm::setSourceModel(const QString& path)
{
    m_source->setPath(path);
}

void AbSetupForm::setTextFile(const QString& path)
{
    while (m_text->count() > 2)
        m_text->removeItem(2);
    if (path.isEmpty()) {
        m_text->setCurrentIndex(0);
        return;
    }
    m_text->addItem(path, path);
    m_text->setCurrentIndex(2);
}

void AbSetupForm::chooseTextFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Evaluation text"), QString(), tr("Text files (*.txt *.md);;All files (*)"));
    const QString current = m_text->count() > 2 ? m_text->itemData(2).toString() : QString();
    setTextFile(file.isEmpty() ? current : file);
}

void AbSetupForm::setEngines(const Ab::EngineList& list)
{
    m_engines = list;
    const QString wanted = QSettings().value(QStringLiteral("ab/engine")).toString();
    {
        const QSignalBlocker block(m_engine);
        m_engine->clear();
        for (const Ab::Engine& e : list.engines) {
            const QString label = e.id == QLatin1String("cpu") ? e.name
                : e.cpuEmulation                             ? tr("%1 · CPU emulation").arg(e.name)
                                                             : tr("%1 (%2)").arg(e.name, e.typeName);
            m_engine->addItem(label, e.id);
            m_engine->setItemData(m_engine->count() - 1,
                e.problem.isEmpty() ? e.driver : e.problem, Qt::ToolTipRole);
        }
    }
    // the remembered device, else the best GPU (the order the engine prefers by default), else the first
    int pick = m_engine->findData(wanted);
    if (pick < 0) {
        const char* const order[] = { "discrete GPU", "integrated GPU", "virtual GPU", "CPU" };
        for (const char* type : order) {
            for (size_t i = 0; i + 1 < list.engines.size() && pick < 0; ++i)
                if (list.engines[i].typeName == QLatin1String(type) && list.engines[i].problem.isEmpty())
                    pick = int(i);
            if (pick >= 0)
                break;
        }
    }
    m_engine->setCurrentIndex(std::max(0, pick));
    updateEngineWarning();
}

bool AbSetupForm::selectEngine(const QString& id)
{
    const int i = m_engine->findData(id);
    if (i >= 0)
        m_engine->setCurrentIndex(i);
    return i >= 0;
}

QString AbSetupForm::engineId() const
{
    return m_engine->currentIndex() >= 0 ? m_engine->currentData().toString() : QStringLiteral("auto");
}

void AbSetupForm::remember() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("ab"));
    s.setValue(QStringLiteral("modelA"), m_a->path());
    s.setValue(QStringLiteral("modelB"), m_b->path());
    s.setValue(QStringLiteral("sourceModel"), m_source->path());
    s.setValue(QStringLiteral("fromOneModel"), fromOneModel());
    s.setValue(QStringLiteral("engine"), engineId());
    s.setValue(QStringLiteral("textFile"), request().text);
    s.setValue(QStringLiteral("prompts"), m_prompts->toPlainText());
    s.setValue(QStringLiteral("ctx"), m_ctx->value());
    s.setValue(QStringLiteral("promptTokens"), m_promptTokens->value());
    s.setValue(QStringLiteral("decodeTokens"), m_decodeTokens->value());
    s.setValue(QStringLiteral("runs"), m_runs->value());
    s.setValue(QStringLiteral("generateTokens"), m_generateTokens->value());
    s.setValue(QStringLiteral("seed"), m_seed->value());
    s.setValue(QStringLiteral("kv"), m_kv->currentData());
    s.endGroup();
    for (const QString& f : { m_a->path(), m_b->path(), m_source->path() })
        ModelPicker::remember(f);
    for (ModelPicker* p : { m_a, m_b, m_source })
        p->refreshRecent();
}

void AbSetupForm::updateMode()
{
    m_twoBox->setVisible(!fromOneModel());
    m_oneBox->setVisible(fromOneModel());
    emit changed();
}

void AbSetupForm::updateEngineWarning()
{
    const int i = m_engine->currentIndex();
    if (i < 0 || size_t(i) >= m_engines.engines.size()) {
        m_engineWarning->hide();
        return;
    }
    const Ab::Engine& e = m_engines.engines[size_t(i)];
    if (!e.problem.isEmpty())
        Style::showBanner(m_engineWarning, Style::Banner::Error, tr("%1 cannot run the engine: %2").arg(e.name, e.problem));
    else if (e.cpuEmulation)
        Style::showBanner(m_engineWarning, Style::Banner::Warning,
            tr("%1 is a CPU emulation of Vulkan (Mesa's lavapipe): quality figures are exact, but its speed says "
               "nothing about a GPU.")
                .arg(e.name));
    else if (e.id == QLatin1String("cpu"))
        Style::showBanner(m_engineWarning, Style::Banner::Info,
            tr("The CPU reference engine computes in float for exactness, not speed: use it to check quality."));
    else
        m_engineWarning->hide();
    emit changed();
}
