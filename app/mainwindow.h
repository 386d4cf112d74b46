// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

template <class T>
class BackgroundLoad;
class ImportController;
class ExportController;
class OverviewPage;
class PricesPage;
class AttributionPage;
class QListWidget;
class QMenu;
class QAction;
class QLabel;
class QStackedWidget;
class WorkspaceContext;
class GuidedTour;

/**
 * The main window: a sidebar with one entry per capability, the pages, File menu (new, open, import, recent), drag and
 * drop of usage files (import) and workspaces (open). Window state and the last workspace are remembered.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens a workspace file (creating it when `create`) on a worker thread, upgrading its schema if needed; emits
     * workspaceOpened() when it is the current one. Errors are shown to the user.
     */
    void openWorkspace(const QString& path, bool create = false);
    /** Opens the demo workspace, generating it on first use (in the background, with progress). */
    void openDemo();
    /** Where the demo workspace lives. */
    static QString demoPath();

    WorkspaceContext* context() const { return m_context; }
    /** The page with this id (pageTable()), nullptr when there is none. */
    QWidget* page(const QString& id) const;
    /** The page in front. */
    QWidget* currentPage() const;
    /** File ▸ Export Page as PDF: the page in front, headed by its name, the workspace and the period. */
    void exportPagePdf();
    /** Every menu command with a shortcut: ("File ▸ Import Usage Files…", "Ctrl+I"), in menu order. */
    QList<QPair<QString, QString>> shortcuts() const;
    /** Help ▸ Keyboard Shortcuts: shortcuts() as a table. */
    void showShortcuts();
    /** Help ▸ Guided Tour: opens the demo workspace if another is open, then steps through the pages. */
    void startTour();
    /** The tour on screen, nullptr when none. */
    GuidedTour* tour() const;
    /** The page in front as that PDF at `path`, without asking. */
    Result<void> savePagePdf(const QString& path);
    /** "Workspace demo.inferometer · Last 30 days: 2026-11-01 to 2026-11-30 (UTC)" for `page`. */
    QString pageSubtitle(QWidget* page) const;
    OverviewPage* overviewPage() const;
    PricesPage* pricesPage() const;
    AttributionPage* attributionPage() const;
    ImportController* importer() const { return m_importer; }
    void showPage(int index);
    /** Shows the page with this id ("overview", "prices", …); false when there is none. */
    bool showPage(const QString& id);
    /** Ids of the sidebar's pages, in order. */
    QStringList pageIds() const;

signals:
    void workspaceOpened(const QString& path);
    void demoReady();

protected:
    void closeEvent(QCloseEvent* event) override;
    /** A switch between light and dark (Preferences) recolours the read-only banner. */
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void styleReadOnlyBanner();
    void newWorkspace();
    void openWorkspaceDialog();
    void importDialog();
    /** Says why not (no workspace, read-only) and returns false when nothing can be imported now. */
    bool canImport();
    /** Shows what each file is and its first events, then imports on OK. */
    void previewAndImport(const QStringList& files);
    void updateRecentMenu();
    void addRecent(const QString& path);
    /** Every page with unsaved edits asks to save them: false when one of them is to stay. */
    bool maybeSaveAll();

    WorkspaceContext* m_context;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QLabel* m_readOnlyBanner;
    QAction* m_importAction = nullptr;
    QList<QWidget*> m_pageList; // in pageTable() order
    ImportController* m_importer;
    ExportController* m_exporter;
    QMenu* m_recentMenu = nullptr;
    QPointer<GuidedTour> m_tour;
    std::unique_ptr<BackgroundLoad<qint64>> m_demoLoad;
    std::unique_ptr<BackgroundLoad<QString>> m_openLoad;
};
