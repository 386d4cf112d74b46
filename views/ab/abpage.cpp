// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/ab/abpage.h"

#include "views/ab/abcostbox.h"
#include "views/ab/abhistory.h"
#include "views/ab/abresultview.h"
#include "views/ab/absetupform.h"
#include "views/backgroundload.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include "core/common/task.h"
#include "core/store/workspace.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QScrollArea* scrolled(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

Result<std::unique_ptr<Store::Workspace>> openWorkspace(const QString& path)
{
    return Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
}

} // namespace

AbPage::AbPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_cacheDir(Ab::defaultCacheDir())
{
    auto* root = new QVBoxLayout(this);
    const Style::PageHeader header = Style::pageHeader(tr("Model A/B"), this);
    header.subtitle->setText(tr("Your GGUF model in Q8_0 against Q4_0 (or any two): speed, quality and $ per 1M "
                                "tokens on your device"));
    root->addLayout(header.bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 6, 0);
    m_setup = new AbSetupForm(left);
    auto* setupArea = scrolled(m_setup, left);
    setupArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setupArea->setMinimumWidth(m_setup->minimumSizeHint().width() + setupArea->verticalScrollBar()->sizeHint().width());
    ll->addWidget(setupArea, 1);
    auto* buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), left);
    m_run->setDefault(true);
    m_run->setEnabled(false);
    m_run->setToolTip(tr("Time both models, measure their quality and generate from the prompts (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"), left);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop after the step in progress (Esc); nothing is saved or left in the cache folder"));
    buttons->addWidget(m_run, 1);
    buttons->addWidget(m_cancel);
    ll->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    ll->addWidget(m_progress);
    m_status = new QLabel(left);
    m_status->setWordWrap(true);
    ll->addWidget(m_status);
    split->addWidget(left);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_error = new QLabel(right);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    rightLayout->addWidget(m_error);
    m_tabs = new QTabWidget(right);
    rightLayout->addWidget(m_tabs, 1);
    auto* resultTab = new QWidget(m_tabs);
    auto* rl = new QVBoxLayout(resultTab);
    rl->setContentsMargins(0, 0, 0, 0);
    auto* exportRow = new QHBoxLayout;
    m_shown = new QLabel(resultTab);
    m_shown->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    exportRow->addWidget(m_shown, 1);
    m_exports = new QWidget(resultTab);
    auto* el = new QHBoxLayout(m_exports);
    el->setContentsMargins(0, 0, 0, 0);
    const std::pair<QString, QString> formats[] = { { QStringLiteral("json"), tr("Export JSON…") },
        { QStringLiteral("png"), tr("Export PNG…") }, { QStringLiteral("pdf"), tr("Export PDF…") } };
    for (const auto& [format, label] : formats) {
        auto* b = new QPushButton(label, m_exports);
        b->setObjectName(QStringLiteral("export-") + format);
        b->setToolTip(format == QLatin1String("json")
                ? tr("The whole record, as inferometer-cli ab --json prints it, with the cost settings")
                : tr("The result as shown, to share"));
        connect(b, &QPushButton::clicked, this, [this, format = format] { exportAs(format); });
        el->addWidget(b);
    }
    m_exports->setEnabled(false);
    exportRow->addWidget(m_exports);
    rl->addLayout(exportRow);
    m_placeholder = new QLabel(tr("<h3>No run yet</h3><p>Choose model A and model B (or one F32/F16 model and let the "
                                  "page make its Q8_0 and Q4_0), pick the device and press <b>Run</b>. On the "
                                  "bundled stories260K models a run takes a few seconds.</p>"),
        resultTab);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    rl->addWidget(m_placeholder, 1);
    m_result = new AbResultView(resultTab);
    m_resultArea = scrolled(m_result, resultTab);
    static_cast<QScrollArea*>(m_resultArea)->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultArea->hide();
    rl->addWidget(m_resultArea, 1);
    m_tabs->addTab(resultTab, tr("Result"));
    m_history = new AbHistory(m_tabs);
    m_tabs->addTab(m_history, tr("Saved Runs"));
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 420, 1000 });
    root->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &AbPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &AbPage::cancel);
    auto* runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runKey, &QShortcut::activated, this, [this] {
        if (m_run->isEnabled())
            run();
    });
    auto* cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelKey, &QShortcut::activated, this, &AbPage::cancel);
    connect(m_result, &AbResultView::synthPairRequested, this, &AbPage::makeSynthPair);

    // the devices: listed when the page is first seen (creating a Vulkan instance takes a moment)
    m_engines = std::make_unique<BackgroundLoad<Ab::EngineList>>(
        this, header.busy,
        [this](const Result<Ab::EngineList>& r) {
            m_setup->setEngines(r.value());
            if (!r.value().vulkanNote.isEmpty())
                m_status->setText(tr("No Vulkan device: %1. The CPU reference engine is available.")
                                      .arg(r.value().vulkanNote));
            m_run->setEnabled(true);
            emit loaded();
        },
        this);
    m_engines->start([](TaskContext&) -> Result<Ab::EngineList> { return Ab::engines(); });

    m_runs = std::make_unique<BackgroundLoad<AbOutcome>>(this, m_progress, [this](const Result<AbOutcome>& r) {
        if (!workEnded(r ? nullptr : &r.error()))
            return;
        const AbOutcome& o = r.value();
        if (o.made)
            m_setup->setModels(o.made->a, o.made->b);
        m_result->setRecord(o.record);
        m_placeholder->hide();
        m_resultArea->show();
        m_exports->setEnabled(true);
        m_shown->setText(o.savedId > 0 ? tr("Saved as run %1 in the workspace").arg(o.savedId)
                                       : tr("Not saved: %1").arg(o.saveError));
        m_status->setText(tr("Finished in %1 s.").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
        m_tabs->setCurrentIndex(0);
        if (o.savedId > 0)
            reloadHistory();
        emit runFinished(o);
    });
    m_runs->setOnCanceled([this] { workEnded(nullptr, true); });
    m_synth = std::make_unique<BackgroundLoad<Ab::Pair>>(this, m_progress, [this](const Result<Ab::Pair>& r) {
        if (!workEnded(r ? nullptr : &r.error()))
            return;
        m_setup->setFromOneModel(false);
        m_setup->setModels(r.value().a, r.value().b);
        m_status->setText(tr("A and B are now the 110M-shaped pair (%1): press Run to time them.")
                              .arg(r.value().reused ? tr("from the cache folder") : tr("made just now")));
    });
    m_synth->setOnCanceled([this] { workEnded(nullptr, true); });
    for (QFutureWatcherBase* w : { static_cast<QFutureWatcherBase*>(&m_runs->watcher()),
             static_cast<QFutureWatcherBase*>(&m_synth->watcher()) })
        connect(w, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);

    // the saved runs of the workspace shown
    m_saved = std::make_unique<BackgroundLoad<QList<Ab::SavedRun>>>(
        this, nullptr,
        [this](const Result<QList<Ab::SavedRun>>& r) {
            if (r) {
                m_history->setRuns(r.value());
                // a page opened on a workspace shows its newest run until the next one
                if (!m_result->hasRecord() && !r.value().isEmpty() && !isRunning())
                    emit m_history->showRequested(r.value().front().id);
            } else
                m_history->setUnavailable(r.error().toString());
            emit historyLoaded();
        },
        this);
    m_load = std::make_unique<BackgroundLoad<std::vector<Ab::Record>>>(
        this, nullptr, [this](const Result<std::vector<Ab::Record>>& r) {
            if (!r) {
                showError(r.error().toString());
                return;
            }
            if (r.value().size() == 1) {
                m_result->setRecord(r.value().front());
                m_placeholder->hide();
                m_resultArea->show();
                m_exports->setEnabled(true);
                const QDateTime when = QDateTime::fromString(r.value().front().date, Qt::ISODate);
                m_shown->setText(tr("Saved run of %1 UTC").arg(QLocale().toString(when.toUTC(), QLocale::ShortFormat)));
                m_tabs->setCurrentIndex(0);
            } else {
                m_history->showComparison(r.value()[0], r.value()[1]);
            }
            emit savedRunShown();
        });
    auto load = [this](QList<qint64> ids) {
        const QString path = m_context->path();
        m_load->start([path, ids](TaskContext&) -> Result<std::vector<Ab::Record>> {
            auto ws = openWorkspace(path);
            if (!ws)
                return ws.error();
            Ab::RunRepository repo(*ws.value());
            std::vector<Ab::Record> out;
            for (qint64 id : ids) {
                auto r = repo.load(id);
                if (!r)
                    return r.error();
                out.push_back(r.value());
            }
            return out;
        });
    };
    connect(m_history, &AbHistory::showRequested, this, [load](qint64 id) { load({ id }); });
    connect(m_history, &AbHistory::compareRequested, this, [load](qint64 a, qint64 b) { load({ a, b }); });
    connect(m_history, &AbHistory::deleteRequested, this, [this](qint64 id) {
        const QString path = m_context->path();
        m_saved->start([path, id](TaskContext&) -> Result<QList<Ab::SavedRun>> {
            auto ws = openWorkspace(path);
            if (!ws)
                return ws.error();
            Ab::RunRepository repo(*ws.value());
            if (auto r = repo.remove(id); !r)
                return r.error();
            return repo.runs();
        });
    });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &AbPage::reloadHistory);
    reloadHistory();
}

AbPage::~AbPage() = default;

bool AbPage::isRunning() const
{
    return m_runs->isRunning() || m_synth->isRunning();
}

void AbPage::reloadHistory()
{
    const QString path = m_context->path();
    if (path.isEmpty()) {
        m_history->setUnavailable(tr("Open a workspace to keep the runs: each finished run is saved in it."));
        return;
    }
    m_saved->start([path](TaskContext&) -> Result<QList<Ab::SavedRun>> {
        auto ws = openWorkspace(path);
        if (!ws)
            return ws.error();
        return Ab::RunRepository(*ws.value()).runs();
    });
}

void AbPage::setBusy(bool busy, const QString& status)
{
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_setup->setEnabled(!busy);
    if (busy) {
        m_error->hide();
        m_status->setText(status);
    }
}

bool AbPage::workEnded(const Error* error, bool canceled)
{
    setBusy(false);
    if (canceled || (error && error->code == Error::Code::Canceled)) {
        m_status->setText(tr("Canceled; nothing was saved."));
        emit runCanceled();
        return false;
    }
    if (error) {
        showError(error->toString());
        emit runFailed(*error);
        return false;
    }
    return true;
}

void AbPage::showError(const QString& text)
{
    Style::showBanner(m_error, Style::Banner::Error, text);
    m_status->clear();
}

void AbPage::run()
{
    if (isRunning())
        return;
    Ab::Request request = m_setup->request();
    request.memoryLimit = m_memoryLimit;
    const bool one = m_setup->fromOneModel();
    const QString source = m_setup->sourceModel();
    if (one && source.isEmpty()) {
        showError(tr("Choose the F32 or F16 model to quantize."));
        return;
    }
    if (!one && (request.fileA.isEmpty() || request.fileB.isEmpty())) {
        showError(tr("Choose model A and model B."));
        return;
    }
    m_setup->remember();
    const QString cache = m_cacheDir;
    const QString workspace = m_context->path();
    const Ab::Cost cost = m_result->costBox()->cost();
    setBusy(true, one ? tr("Quantizing…") : tr("Loading the models…"));
    m_clock.start();
    m_runs->start([=](TaskContext& task) -> Result<AbOutcome> {
        AbOutcome out;
        Ab::Request r = request;
        qint64 from = 0;
        if (one) {
            SubTask making(task, 0, 300, 1000);
            auto pair = Ab::quantizedPair(source, cache, making);
            if (!pair)
                return pair.error();
            r.fileA = pair.value().a;
            r.fileB = pair.value().b;
            out.made = pair.value();
            from = 300;
        }
        SubTask measuring(task, from, 1000, 1000);
        auto record = Ab::run(r, measuring);
        if (!record)
            return record.error();
        out.record = std::move(record).value();
        out.record.cost = cost;
        if (workspace.isEmpty()) {
            out.saveError = tr("no workspace is open");
            return out;
        }
        auto ws = openWorkspace(workspace);
        if (!ws) {
            out.saveError = ws.error().toString();
            return out;
        }
        auto id = Ab::RunRepository(*ws.value()).save(out.record, QDateTime::currentMSecsSinceEpoch());
        if (id)
            out.savedId = id.value();
        else
            out.saveError = id.error().toString();
        return out;
    });
}

void AbPage::useModels(const QStringList& files)
{
    if (files.isEmpty() || isRunning())
        return;
    const Ab::Request now = m_setup->request();
    m_setup->setFromOneModel(false);
    m_setup->setModels(files[0], files.size() > 1 ? files[1] : now.fileB);
    m_status->setText(files.size() > 1 ? tr("A and B set from the dropped files.") : tr("Model A set from the dropped file."));
}

void AbPage::cancel()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Canceling after the step in progress…"));
    m_runs->cancel();
    m_synth->cancel();
}

void AbPage::makeSynthPair()
{
    if (isRunning())
        return;
    const QString vocab = m_result->hasRecord() ? m_result->record().a.file : m_setup->request().fileA;
    if (vocab.isEmpty()) {
        showError(tr("Choose model A first: the pair takes its vocabulary."));
        return;
    }
    const QString cache = m_cacheDir;
    setBusy(true, tr("Generating the 110M-shaped pair…"));
    m_synth->start([vocab, cache](TaskContext& task) { return Ab::synthPair(vocab, cache, task); });
}

void AbPage::exportAs(const QString& format)
{
    if (!m_result->hasRecord())
        return;
    const Ab::Record r = m_result->record();
    const QString name = QStringLiteral("ab-%1-vs-%2-%3.%4")
                             .arg(r.b.type, r.a.type, r.date.left(10), format);
    const QString filters[] = { tr("JSON (*.json)"), tr("PNG image (*.png)"), tr("PDF document (*.pdf)") };
    const int which = format == QLatin1String("json") ? 0 : format == QLatin1String("png") ? 1 : 2;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export A/B Run"), name, filters[which]);
    if (path.isEmpty())
        return;
    const Result<void> done = which == 0 ? m_result->exportJson(path)
        : which == 1                     ? m_result->exportPng(path)
                                         : m_result->exportPdf(path);
    if (!done)
        showError(done.error().toString());
    else
        m_status->setText(tr("Exported %1").arg(QFileInfo(path).fileName()));
}
