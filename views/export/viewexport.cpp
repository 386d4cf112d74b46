// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/export/viewexport.h"

#include "core/common/csvfield.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QLocale>
#include <QSettings>
#include <QSvgGenerator>
#include <QTableView>
#include <QTreeView>

#include <functional>

namespace {

QHeaderView* headerOf(const QAbstractItemView* view)
{
    if (const auto* table = qobject_cast<const QTableView*>(view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(view))
        return tree->header();
    return nullptr;
}

/** The cells the view shows: the header row, then each row's texts, columns in on-screen order. */
QList<QStringList> cells(const QAbstractItemView* view)
{
    QList<QStringList> rows;
    const QAbstractItemModel* model = view->model();
    const QHeaderView* header = headerOf(view);
    if (!model || !header)
        return rows;
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList head;
    for (int c : columns)
        head.append(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    rows.append(head);
    const auto* tree = qobject_cast<const QTreeView*>(view);
    const auto* table = qobject_cast<const QTableView*>(view);
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            if ((tree && tree->isRowHidden(r, parent)) || (table && table->isRowHidden(r)))
                continue;
            QStringList row;
            for (int c : columns)
                row.append(model->index(r, c, parent).data(Qt::DisplayRole).toString());
            rows.append(row);
            const QModelIndex child = model->index(r, 0, parent);
            if (tree && tree->isExpanded(child))
                walk(child);
        }
    };
    walk({});
    return rows;
}

QString markdownCell(QString s)
{
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\r'), QString());
    return s;
}

Error writeError(const QString& path, const QString& why)
{
    Error e;
    e.code = Error::Code::Io;
    e.source = path;
    e.message = why;
    return e;
}

} // namespace

QString ViewExport::suggestedPath(const QString& stem, const QString& suffix)
{
    const QString dir = QSettings().value(QStringLiteral("export/lastDir")).toString();
    QString name = stem.isEmpty() ? QStringLiteral("export") : stem;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(name + suffix);
}

void ViewExport::rememberDir(const QString& path)
{
    QSettings().setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
}

namespace {

/** A name for the file: the chart's title, else "chart". */
QString stemOf(const QChartView* chart)
{
    return chart->chart() && !chart->chart()->title().isEmpty() ? chart->chart()->title() : QStringLiteral("chart");
}

} // namespace

QString ViewExport::tableCsv(const QAbstractItemView* view)
{
    // a CSV is read by programs: its numbers are "1234.50" in every language, so the models format them in the C
    // locale while it is written (on the GUI thread; the workers never format for display)
    const QLocale shown;
    QLocale::setDefault(QLocale::c());
    const QList<QStringList> rows = cells(view);
    QLocale::setDefault(shown);
    QString out;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& s : row)
            fields.append(csvField(s));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString ViewExport::tableMarkdown(const QAbstractItemView* view)
{
    const QList<QStringList> rows = cells(view);
    if (rows.isEmpty())
        return {};
    QString out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList escaped;
        for (const QString& s : rows[i])
            escaped.append(markdownCell(s));
        out += QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (i == 0)
            out += QStringLiteral("|") + QStringList(rows[0].size(), QStringLiteral("---")).join(QLatin1Char('|'))
                + QStringLiteral("|\n");
    }
    return out;
}

Result<void> ViewExport::savePng(QChartView* chart, const QString& path)
{
    // twice the on-screen size, so that the picture stays sharp in a document or on a high-DPI screen
    const QSize size = chart->size() * 2;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(chart->size())), chart->viewport()->rect());
    painter.end();
    if (!image.save(path, "PNG"))
        return writeError(path, tr("The picture cannot be written here."));
    return {};
}

Result<void> ViewExport::saveSvg(QChartView* chart, const QString& path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(chart->size());
    svg.setViewBox(QRect(QPoint(0, 0), chart->size()));
    svg.setTitle(stemOf(chart));
    svg.setDescription(tr("Exported from Inferometer"));
    QPainter painter;
    if (!painter.begin(&svg))
        return writeError(path, tr("The drawing cannot be written here."));
    chart->render(&painter, QRectF(QPointF(0, 0), QSizeF(chart->size())), chart->viewport()->rect());
    painter.end();
    if (QFileInfo(path).size() == 0)
        return writeError(path, tr("The drawing cannot be written here."));
    return {};
}

Result<void> ViewExport::savePagePdf(QWidget* page, const QString& path, const QString& title, const QString& subtitle)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setResolution(144);
    pdf.setTitle(tr("Inferometer — %1").arg(title));
    pdf.setCreator(QStringLiteral("Inferometer"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return writeError(path, tr("The PDF cannot be written here."));
    const QRect area = painter.viewport();
    QFont heading = page->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    painter.setFont(heading);
    const int headingHeight = painter.fontMetrics().height();
    painter.drawText(QRect(area.left(), area.top(), area.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Inferometer — %1").arg(title));
    QFont small = page->font();
    painter.setFont(small);
    const int subHeight = painter.fontMetrics().height();
    painter.drawText(QRect(area.left(), area.top() + headingHeight, area.width(), subHeight),
        Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    const int top = headingHeight + subHeight * 2;
    // the page as drawn on screen, scaled to the rest of the sheet; charts and text stay vectors
    const QSize source = page->size();
    const QRectF room(area.left(), area.top() + top, area.width(), area.height() - top);
    const double scale = std::min(room.width() / source.width(), room.height() / source.height());
    painter.translate(room.topLeft());
    painter.scale(scale, scale);
    page->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    if (QFileInfo(path).size() == 0)
        return writeError(path, tr("The PDF cannot be written here."));
    return {};
}

ExportMenus::ExportMenus(QWidget* page)
    : QObject(page)
{
    const auto insidePopup = [page](const QWidget* w) {
        for (const QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget())
            if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QCalendarWidget*>(p))
                return true;
        return false;
    };
    for (QChartView* chart : page->findChildren<QChartView*>()) {
        if (chart->contextMenuPolicy() != Qt::DefaultContextMenu)
            continue;
        chart->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chart, &QWidget::customContextMenuRequested, this,
            [this, chart](const QPoint& pos) { chartMenu(chart, pos); });
    }
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (!headerOf(view) || insidePopup(view) || view->contextMenuPolicy() != Qt::DefaultContextMenu)
            continue;
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint& pos) { tableMenu(view, pos); });
    }
}

void ExportMenus::install(QWidget* page)
{
    new ExportMenus(page);
}

void ExportMenus::chartMenu(QChartView* chart, const QPoint& pos)
{
    QMenu menu(chart);
    const auto save = [chart](const QString& suffix, const QString& filter) {
        const QString path = QFileDialog::getSaveFileName(
            chart, ViewExport::tr("Save Chart"), ViewExport::suggestedPath(stemOf(chart), suffix), filter);
        if (path.isEmpty())
            return;
        ViewExport::rememberDir(path);
        const Result<void> r
            = suffix == QLatin1String(".svg") ? ViewExport::saveSvg(chart, path) : ViewExport::savePng(chart, path);
        if (!r)
            QMessageBox::warning(chart, ViewExport::tr("Save Chart"), r.error().toString());
    };
    menu.addAction(ViewExport::tr("Save Chart as &PNG…"), chart,
        [save] { save(QStringLiteral(".png"), ViewExport::tr("PNG images (*.png)")); });
    menu.addAction(ViewExport::tr("Save Chart as &SVG…"), chart,
        [save] { save(QStringLiteral(".svg"), ViewExport::tr("SVG drawings (*.svg)")); });
    menu.exec(chart->viewport()->mapToGlobal(pos)); // a scroll area reports positions in its viewport
}

void ExportMenus::tableMenu(QAbstractItemView* view, const QPoint& pos)
{
    QMenu menu(view);
    addTableActions(&menu, view);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void ExportMenus::addTableActions(QMenu* menu, QAbstractItemView* view)
{
    menu->addAction(ViewExport::tr("Export Table as &CSV…"), view, [view] {
        const QString path = QFileDialog::getSaveFileName(view, ViewExport::tr("Export Table"),
            ViewExport::suggestedPath(
                view->accessibleName().isEmpty() ? QStringLiteral("table") : view->accessibleName(),
                QStringLiteral(".csv")),
            ViewExport::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        ViewExport::rememberDir(path);
        QSaveFile f(path);
        const QByteArray bytes = ViewExport::tableCsv(view).toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            QMessageBox::warning(view, ViewExport::tr("Export Table"), writeError(path, f.errorString()).toString());
    });
    menu->addAction(ViewExport::tr("Copy as &Markdown"), view,
        [view] { QApplication::clipboard()->setText(ViewExport::tableMarkdown(view)); });
}
