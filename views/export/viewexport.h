// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QChartView;
class QMenu;
class QWidget;

/**
 * Export and share what a page shows: any chart as PNG (at twice its size on screen) or SVG, any table or tree as
 * CSV or as Markdown on the clipboard, and a whole page as a one-page PDF headed by the page's name, the workspace
 * and the period. Tables export what the view shows: its columns in their on-screen order (hidden ones left out), its
 * rows in their sorted and filtered order, each cell's text as displayed. GUI thread only.
 */
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
public:
    /** RFC 4180 CSV of `view`: a header row, then every row (a tree's children after their parent, indented by
     * nothing: the first column keeps its text). Lines end in CRLF. */
    static QString tableCsv(const QAbstractItemView* view);
    /** A GitHub-flavoured Markdown table of the same cells; `|` escaped, line breaks as spaces. */
    static QString tableMarkdown(const QAbstractItemView* view);

    static Result<void> savePng(QChartView* chart, const QString& path);
    /** Vector SVG of the chart as it is drawn now, at its on-screen size. */
    static Result<void> saveSvg(QChartView* chart, const QString& path);
    /**
     * `page` drawn into an A4 landscape PDF, scaled to fit, under a header: "Inferometer — `title`", then
     * `subtitle` (the workspace and the period). Charts and text stay vectors.
     */
    static Result<void> savePagePdf(QWidget* page, const QString& path, const QString& title, const QString& subtitle);

    /** `stem` + `suffix` (characters a file name cannot hold replaced) in the folder of the last export. */
    static QString suggestedPath(const QString& stem, const QString& suffix);
    /** Remembers the folder of `path` for the next export (QSettings). */
    static void rememberDir(const QString& path);
};

/**
 * Context menus that export: installed on a page once, they give every QChartView under it "Save Chart as PNG…" and
 * "Save Chart as SVG…", and every table or tree "Export Table as CSV…" and "Copy as Markdown". A view that already
 * has a context menu of its own (Qt::CustomContextMenu, as the Cost centers tree's "Show calls") is left to its page,
 * which appends addTableActions() to it.
 */
class ExportMenus : public QObject
{
    Q_OBJECT
public:
    /** Adds the menus to every chart and table under `page` that has no context menu of its own. */
    static void install(QWidget* page);
    /** "Export Table as CSV…" and "Copy as Markdown" for `view`, appended to a page's own context menu. */
    static void addTableActions(QMenu* menu, QAbstractItemView* view);

private:
    explicit ExportMenus(QWidget* page);
    void chartMenu(QChartView* chart, const QPoint& pos);
    void tableMenu(QAbstractItemView* view, const QPoint& pos);
};
