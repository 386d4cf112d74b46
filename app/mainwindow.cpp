// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/tour/guidedtour.h"
#include "views/theme.h"

#include "app/pagetable.h"
#include "app/samplefiles.h"

#include "core/common/task.h"
#include "core/demo/demogenerator.h"
#include "core/store/workspace.h"
#include "views/ab/abpage.h"
#include "views/attributionpage.h"
#include "views/backgroundload.h"
#include "views/export/viewexport.h"
#include "views/exportcontroller.h"
#include "views/importcontroller.h"
#include "views/importdialog.h"
#include "views/overviewpage.h"
#include "views/periodbar.h"
#include "views/pricespage.h"
#include "views/progressdialog.h"
#include "views/workspacecontext.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace {
const QString WorkspaceFilter = QStringLiteral("Inferometer workspace (*.inferometer)");
constexpr int MaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_context(new WorkspaceContext(this))
{
    setWindowTitle(tr("Inferometer"));
    setAcceptDrops(true);
    resize(1360, 860);

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setFixedWidth(170);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { border: none; background: palette(window); font-size: 11pt; }"
                                        "QListWidget::item { padding: 8px 10px; }"));
    m_pages = new QStackedWidget(central);
    for (const PageSpec& spec : pageTable()) {
        QWidget* page = spec.make(m_context, m_pages);
        page->setObjectName(QString::fromLatin1(spec.id));
        auto* item = new QListWidgetItem(tr(spec.name), m_nav);
        const int n = m_nav->count();
        item->setToolTip(n <= 9 ? tr("%1 (Ctrl+%2)").arg(tr(spec.tip)).arg(n) : tr(spec.tip));
        item->setData(Qt::UserRole, QString::fromLatin1(spec.id));
        m_pages->addWidget(page);
        m_pageList << page;
        ExportMenus::install(page); // charts to PNG and SVG, tables to CSV and Markdown
    }
    row->addWidget(m_nav);
    // above the pages: what a read-only workspace can and cannot do (hidden while the workspace can be written)
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    styleReadOnlyBanner();
    m_readOnlyBanner->hide();
    right->addWidget(m_readOnlyBanner);
    right->addWidget(m_pages, 1);
    row->addLayout(right, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(overviewPage(), &OverviewPage::showPricesRequested, this, [this] { showPage(QStringLiteral("prices")); });
    connect(overviewPage(), &OverviewPage::importRequested, this, &MainWindow::importDialog);
    connect(overviewPage(), &OverviewPage::demoRequested, this, &MainWindow::openDemo);

    m_importer = new ImportController(m_context, this);
    m_exporter = new ExportController(m_context, this);
    createMenus();

    connect(m_context, &WorkspaceContext::workspaceChanged, this, [this](const QString& path) {
        const bool readOnly = m_context->isReadOnly();
        setWindowTitle(readOnly ? tr("%1 (read-only) — Inferometer").arg(QFileInfo(path).completeBaseName())
                                : tr("%1 — Inferometer").arg(QFileInfo(path).completeBaseName()));
        statusBar()->showMessage(QDir::toNativeSeparators(path));
        m_readOnlyBanner->setText(tr("Read-only: %1. Everything can be viewed and exported; importing, re-pricing and "
                                     "editing rules, budgets or scenarios need a copy you can write (File ▸ Open).")
                                      .arg(m_context->readOnlyReason()));
        m_readOnlyBanner->setVisible(readOnly);
        if (m_importAction)
            m_importAction->setEnabled(!readOnly);
    });

    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    showPage(qBound(0, s.value(QStringLiteral("window/page"), 0).toInt(), m_pages->count() - 1));

    m_demoLoad = std::make_unique<BackgroundLoad<qint64>>(this, nullptr, [this](const Result<qint64>& r) {
        if (!r) {
            QMessageBox::warning(this, tr("Demo workspace"), r.error().toString());
            return;
        }
        openWorkspace(demoPath());
    });
    m_openLoad = std::make_unique<BackgroundLoad<QString>>(this, nullptr, [this](const Result<QString>& r) {
        if (!r) {
            QMessageBox::warning(this, tr("Cannot open workspace"), r.error().toString());
            return;
        }
        addRecent(r.value());
        m_context->setPath(r.value());
        emit workspaceOpened(r.value());
        if (r.value() == QFileInfo(demoPath()).absoluteFilePath())
            emit demoReady();
    });
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::page(const QString& id) const
{
    for (QWidget* p : m_pageList)
        if (p->objectName() == id)
            return p;
    return nullptr;
}

void MainWindow::exportPagePdf()
{
    const QString name = tr(pageTable().at(m_pages->currentIndex()).name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Page as PDF"),
        ViewExport::suggestedPath(name, QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    ViewExport::rememberDir(path);
    if (const Result<void> r = savePagePdf(path); !r)
        QMessageBox::warning(this, tr("Export Page as PDF"), r.error().toString());
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QList<QPair<QString, QString>> MainWindow::shortcuts() const
{
    QList<QPair<QString, QString>> list;
    std::function<void(const QMenu*, const QString&)> walk = [&](const QMenu* menu, const QString& path) {
        for (const QAction* a : menu->actions()) {
            QString text = a->text();
            text.remove(QLatin1Char('&'));
            if (a->menu())
                walk(a->menu(), path + text + QStringLiteral(" ▸ "));
            else if (!a->shortcut().isEmpty())
                list.append({ path + text, a->shortcut().toString(QKeySequence::NativeText) });
        }
    };
    for (const QAction* top : menuBar()->actions())
        if (top->menu()) {
            QString text = top->text();
            text.remove(QLatin1Char('&'));
            walk(top->menu(), text + QStringLiteral(" ▸ "));
        }
    return list;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(0, 2, &dialog);
    table->setHorizontalHeaderLabels({ tr("Command"), tr("Shortcut") });
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QList<QPair<QString, QString>> list = shortcuts();
    table->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(list[i].first));
        table->setItem(i, 1, new QTableWidgetItem(list[i].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(new QLabel(tr("Every page is also reachable with Tab and the arrow keys; right-click (or the "
                                    "Menu key) on a chart or table to export it."),
        &dialog));
    layout->addWidget(table);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(close);
    dialog.resize(560, 520);
    dialog.exec();
}

Result<void> MainWindow::savePagePdf(const QString& path)
{
    QWidget* page = currentPage();
    return ViewExport::savePagePdf(page, path, tr(pageTable().at(m_pages->currentIndex()).name), pageSubtitle(page));
}

QString MainWindow::pageSubtitle(QWidget* page) const
{
    const QString workspace
        = m_context->path().isEmpty() ? tr("no workspace") : QFileInfo(m_context->path()).fileName();
    if (const auto* period = page->findChild<PeriodBar*>())
        return tr("Workspace %1 · %2").arg(workspace, period->describe());
    return tr("Workspace %1").arg(workspace);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

OverviewPage* MainWindow::overviewPage() const
{
    return static_cast<OverviewPage*>(page(QStringLiteral("overview")));
}

PricesPage* MainWindow::pricesPage() const
{
    return static_cast<PricesPage*>(page(QStringLiteral("prices")));
}

AttributionPage* MainWindow::attributionPage() const
{
    return static_cast<AttributionPage*>(page(QStringLiteral("attribution")));
}

bool MainWindow::maybeSaveAll()
{
    for (int i = 0; i < m_pageList.size(); ++i)
        if (const PageSpec& spec = pageTable().at(i); spec.maybeSave && !spec.maybeSave(m_pageList[i]))
            return false;
    return true;
}

void MainWindow::showPage(int index)
{
    m_nav->setCurrentRow(index);
}

bool MainWindow::showPage(const QString& id)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(Qt::UserRole).toString() == id) {
            showPage(i);
            return true;
        }
    }
    return false;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (int i = 0; i < m_nav->count(); ++i)
        ids << m_nav->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open Workspace…"), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemo);
    file->addSeparator();
    auto* import = file->addAction(tr("&Import Usage Files…"), this, &MainWindow::importDialog);
    m_importAction = import;
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(
        tr("Import usage logs: provider exports, traces, canonical JSONL or CSV, or any CSV or JSON Lines "
           "through a column mapping (or drop files on the window)"));
    QMenu* samples = file->addMenu(tr("Import &Sample File"));
    samples->setToolTipsVisible(true);
    const QString sampleDir = SampleFiles::dir();
    for (const SampleFiles::Entry& e : SampleFiles::entries()) {
        const QString path = QDir(sampleDir).filePath(e.file);
        QAction* a = samples->addAction(e.label, this, [this, path] {
            if (canImport())
                previewAndImport({ path });
        });
        a->setToolTip(tr("%1: what this format looks like, previewed before it is imported").arg(e.file));
        a->setEnabled(!sampleDir.isEmpty());
    }
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    auto* focus = exportMenu->addAction(tr("&FOCUS 1.2 CSV…"), m_exporter, &ExportController::exportFocus);
    focus->setToolTip(tr("The window's period as FOCUS 1.2, the FinOps Foundation's cost-and-usage format that cost "
                         "platforms import: one row per day, provider, model, token kind, price tier and owner"));
    auto* statements
        = exportMenu->addAction(tr("&Chargeback Statements…"), m_exporter, &ExportController::exportChargeback);
    statements->setToolTip(tr("A month's statement per cost center, with a share of the spend nobody owns, as CSV "
                              "and one PDF per cost center"));
    exportMenu->setToolTipsVisible(true);
    auto* pdf = file->addAction(tr("Export Page as &PDF…"), this, &MainWindow::exportPagePdf);
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    pdf->setToolTip(tr("The page in front as a one-page PDF, headed by its name, the workspace and the period"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // one Undo/Redo for the page in front: each editable page has its own stack (pageTable())
    auto* undoGroup = new QUndoGroup(this);
    for (int i = 0; i < m_pageList.size(); ++i)
        if (const PageSpec& spec = pageTable().at(i); spec.undoStack)
            undoGroup->addStack(spec.undoStack(m_pageList[i]));
    connect(m_pages, &QStackedWidget::currentChanged, undoGroup, [this, undoGroup](int index) {
        const PageSpec& spec = pageTable().at(index);
        undoGroup->setActiveStack(spec.undoStack ? spec.undoStack(m_pageList.at(index)) : nullptr);
    });
    QAction* undo = undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto* prefs = edit->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); });
    prefs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction* a = view->addAction(m_nav->item(i)->text(), this, [this, i] { showPage(i); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"), m_context, &WorkspaceContext::notifyContentChanged);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* tour = help->addAction(tr("&Guided Tour"), this, &MainWindow::startTour);
    tour->setToolTip(tr("A short walk over the demo workspace's pages"));
    auto* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&About Inferometer"), this, [this] {
        QMessageBox::about(this, tr("About Inferometer"),
            tr("<b>Inferometer %1</b><p>A workbench for the economics of LLM deployments: spend by cost "
               "center, cost per task and per successful outcome, rework and token waste.</p>")
                .arg(QApplication::applicationVersion()));
    });
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString& path)
{
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recentWorkspaces")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    s.setValue(QStringLiteral("recentWorkspaces"), recent);
    s.setValue(QStringLiteral("lastWorkspace"), path);
    updateRecentMenu();
}

void MainWindow::openWorkspace(const QString& path, bool create)
{
    if (m_openLoad->isRunning() || !maybeSaveAll())
        return;
    // Opening checks the file and may upgrade its schema and rebuild its summaries (seconds on a large workspace):
    // a worker does it, with a progress dialog when it takes long.
    const QString abs = QFileInfo(path).absoluteFilePath();
    const auto mode = create ? Store::Workspace::Mode::OpenOrCreate : Store::Workspace::Mode::OpenExisting;
    m_openLoad->start([abs, mode](TaskContext&) -> Result<QString> {
        auto ws = Store::Workspace::open(abs, mode);
        if (!ws)
            return ws.error();
        return abs; // checked and migrated; pages open their own connections
    });
    showTaskProgress(m_openLoad->watcher(), tr("Opening %1…").arg(QFileInfo(abs).fileName()), this, 400);
}

QString MainWindow::demoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo.inferometer");
}

void MainWindow::openDemo()
{
    const QString path = demoPath();
    if (QFileInfo::exists(path)) {
        openWorkspace(path); // demoReady follows once it is open
        return;
    }
    if (m_demoLoad->isRunning())
        return;
    m_demoLoad->start([path](TaskContext& ctx) { return Demo::createWorkspace(path, Demo::Options {}, ctx); });
    showTaskProgress(
        m_demoLoad->watcher(), tr("Generating the demo workspace: 90 days of a mid-size company…"), this, 0);
}

void MainWindow::styleReadOnlyBanner()
{
    m_readOnlyBanner->setStyleSheet(Theme::isDark()
            ? QStringLiteral(
                "QLabel { background: #4a3614; color: #fde2b0; border-bottom: 1px solid #7a5c20; padding: 6px 10px; }")
            : QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c870; padding: "
                             "6px 10px; }"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        styleReadOnlyBanner();
    QMainWindow::changeEvent(event);
}

GuidedTour* MainWindow::tour() const
{
    return m_tour;
}

void MainWindow::startTour()
{
    if (m_tour)
        return m_tour->showStep(0);
    auto begin = [this] { m_tour = new GuidedTour(this); };
    if (QFileInfo(m_context->path()).absoluteFilePath() == QFileInfo(demoPath()).absoluteFilePath()) {
        begin();
    } else {
        connect(this, &MainWindow::demoReady, this, begin, Qt::SingleShotConnection);
        openDemo();
    }
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(), WorkspaceFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".inferometer")))
        path += QStringLiteral(".inferometer");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New workspace"), tr("%1 already exists; open it instead.").arg(path));
        return;
    }
    openWorkspace(path, true);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QDir::homePath(), WorkspaceFilter);
    if (!path.isEmpty())
        openWorkspace(path);
}

bool MainWindow::canImport()
{
    if (!m_context->isOpen()) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a workspace first."));
        return false;
    }
    if (m_context->isReadOnly()) {
        QMessageBox::information(this, tr("Import"),
            tr("This workspace is open read-only (%1): importing needs write access.")
                .arg(m_context->readOnlyReason()));
        return false;
    }
    return true;
}

void MainWindow::importDialog()
{
    if (!canImport())
        return;
    QFileDialog chooser(this, tr("Import usage files"),
        QSettings().value(QStringLiteral("importDir"), QDir::homePath()).toString(),
        tr("Usage logs (*.jsonl *.json *.csv *.ndjson);;All files (*)"));
    chooser.setFileMode(QFileDialog::ExistingFiles);
    // a sample of each format, one click away (also File > Import Sample File)
    if (const QString samples = SampleFiles::dir(); !samples.isEmpty())
        chooser.setSidebarUrls(chooser.sidebarUrls() << QUrl::fromLocalFile(samples));
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return;
    const QStringList files = chooser.selectedFiles();
    QSettings().setValue(QStringLiteral("importDir"), QFileInfo(files.first()).absolutePath());
    previewAndImport(files);
}

void MainWindow::previewAndImport(const QStringList& files)
{
    auto* dialog = new ImportDialog(files, m_context->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_importer->importFiles(dialog->files(), dialog->mappings()); });
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString f = url.toLocalFile();
        if (f.endsWith(QLatin1String(".inferometer"))) {
            openWorkspace(f);
            event->acceptProposedAction();
            return;
        }
        files << f;
    }
    // models go to the A/B page: one becomes A, two become A and B
    if (!files.isEmpty() && files.size() <= 2 && std::all_of(files.begin(), files.end(), [](const QString& f) {
            return f.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive);
        })) {
        event->acceptProposedAction();
        showPage(QStringLiteral("ab"));
        if (auto* ab = qobject_cast<AbPage*>(m_pages->currentWidget()))
            ab->useModels(files);
        return;
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        if (!m_context->isOpen()) {
            QMessageBox::information(this, tr("Import"), tr("Open or create a workspace first."));
            return;
        }
        previewAndImport(files);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/page"), m_nav->currentRow());
    event->accept();
}
