// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/planner/scenariobar.h"

#include "core/common/csvfield.h"
#include "core/store/workspace.h"
#include "views/planner/plannertab.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableWidget>
#include <QTextDocument>
#include <QUrl>

ScenarioBar::ScenarioBar(PlannerTab* tab, QWidget* parent)
    : QWidget(parent)
    , m_tab(tab)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Scenario:"), this));
    m_combo = new QComboBox(this);
    m_combo->setMinimumWidth(200);
    m_combo->setToolTip(tr("Scenarios saved in this workspace; choosing one loads its inputs"));
    row->addWidget(m_combo);
    m_save = new QPushButton(tr("Save…"), this);
    m_save->setToolTip(tr("Save these inputs in the workspace under a name (Ctrl+S)"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the chosen saved scenario"));
    m_compare = new QPushButton(tr("Compare…"), this);
    m_compare->setToolTip(
        tr("The saved scenarios side by side with the current inputs, each on this workspace's data"));
    auto* pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setToolTip(tr("The current scenario's inputs, results and charts as a PDF"));
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setToolTip(tr("The current scenario's inputs and results as CSV (section, item, value)"));
    for (QPushButton* b : { m_save, m_delete, m_compare, pdf, csv })
        row->addWidget(b);
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    row->addWidget(m_status, 1);

    auto* shortcut = new QShortcut(QKeySequence::Save, tab);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ScenarioBar::askSave);
    connect(m_save, &QPushButton::clicked, this, &ScenarioBar::askSave);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioBar::remove);
    connect(m_compare, &QPushButton::clicked, this, &ScenarioBar::compare);
    connect(pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(csv, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_combo, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            load(m_combo->itemText(i));
    });
    connect(m_tab, &PlannerTab::edited, this, [this] {
        if (m_combo->currentIndex() > 0)
            m_status->setText(tr("modified"));
    });
    setWorkspace({});
}

void ScenarioBar::setWorkspace(const QString& path)
{
    m_path = path;
    m_save->setEnabled(!path.isEmpty());
    refresh();
}

QStringList ScenarioBar::names() const
{
    QStringList out;
    for (const Planning::SavedScenario& s : m_saved)
        out << s.name;
    return out;
}

void ScenarioBar::refresh(const QString& select)
{
    m_saved.clear();
    if (!m_path.isEmpty()) {
        auto ws = Store::Workspace::open(m_path, Store::Workspace::Mode::OpenExisting);
        if (ws) {
            auto list = Planning::ScenarioRepository(*ws.value()).list(m_tab->kind());
            if (list)
                m_saved = list.value();
            else
                m_status->setText(list.error().toString());
        }
    }
    m_combo->clear();
    m_combo->addItem(m_saved.isEmpty() ? tr("(none saved)") : tr("(unsaved)"));
    for (const Planning::SavedScenario& s : m_saved)
        m_combo->addItem(s.name);
    m_combo->setCurrentIndex(std::max(0, m_combo->findText(select)));
    m_delete->setEnabled(m_combo->currentIndex() > 0);
    m_compare->setEnabled(!m_saved.isEmpty());
}

bool ScenarioBar::save(const QString& name)
{
    if (m_path.isEmpty() || name.trimmed().isEmpty())
        return false;
    auto ws = Store::Workspace::open(m_path, Store::Workspace::Mode::OpenExisting);
    if (!ws) {
        m_status->setText(ws.error().toString());
        return false;
    }
    auto id = Planning::ScenarioRepository(*ws.value())
                  .save(m_tab->kind(), name, m_tab->inputs(), QDateTime::currentMSecsSinceEpoch());
    if (!id) {
        m_status->setText(id.error().toString());
        return false;
    }
    refresh(name.trimmed());
    m_status->setText(tr("saved"));
    return true;
}

bool ScenarioBar::load(const QString& name)
{
    for (const Planning::SavedScenario& s : m_saved)
        if (s.name == name) {
            m_tab->setInputs(s.inputs);
            m_combo->setCurrentIndex(m_combo->findText(name));
            m_delete->setEnabled(true);
            m_status->setText(
                tr("saved %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(s.savedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            return true;
        }
    return false;
}

void ScenarioBar::askSave()
{
    if (m_path.isEmpty())
        return;
    bool ok = false;
    const QString current = m_combo->currentIndex() > 0 ? m_combo->currentText() : QString();
    const QString name
        = QInputDialog::getText(this, tr("Save scenario"), tr("Name:"), QLineEdit::Normal, current, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (name != current && names().contains(name)
        && QMessageBox::question(this, tr("Save scenario"), tr("Replace the saved scenario “%1”?").arg(name))
            != QMessageBox::Yes)
        return;
    save(name);
}

void ScenarioBar::remove()
{
    const int i = m_combo->currentIndex();
    if (i <= 0 || m_path.isEmpty())
        return;
    const Planning::SavedScenario s = m_saved.value(i - 1);
    if (QMessageBox::question(this, tr("Delete scenario"), tr("Delete the saved scenario “%1”?").arg(s.name))
        != QMessageBox::Yes)
        return;
    auto ws = Store::Workspace::open(m_path, Store::Workspace::Mode::OpenExisting);
    if (ws)
        (void)Planning::ScenarioRepository(*ws.value()).remove(s.id);
    refresh();
    m_status->setText(tr("deleted %1").arg(s.name));
}

QList<QStringList> ScenarioBar::comparison() const
{
    QList<Sheet> sheets { m_tab->evaluate(m_tab->inputs()) };
    QStringList header { QString(), tr("Current") };
    for (const Planning::SavedScenario& s : m_saved) {
        sheets << m_tab->evaluate(s.inputs);
        header << s.name;
    }
    QList<QStringList> rows { header };
    auto section = [&](const QString& title, QList<SheetRow> Sheet::*part) {
        rows << QStringList { title };
        QStringList labels;
        for (const Sheet& sh : sheets)
            for (const SheetRow& r : sh.*part)
                if (!labels.contains(r.label))
                    labels << r.label;
        for (const QString& label : labels) {
            QStringList row { label };
            for (const Sheet& sh : sheets) {
                QString v = sh.error.isEmpty() ? QStringLiteral("—") : sh.error;
                for (const SheetRow& r : sh.*part)
                    if (r.label == label)
                        v = r.value;
                row << v;
            }
            rows << row;
        }
    };
    section(tr("Inputs"), &Sheet::inputs);
    section(tr("Results"), &Sheet::outputs);
    return rows;
}

void ScenarioBar::compare()
{
    const QList<QStringList> rows = comparison();
    QDialog d(this);
    d.setWindowTitle(tr("Compare %1 scenarios").arg(m_tab->title()));
    auto* layout = new QVBoxLayout(&d);
    auto* table = new QTableWidget(int(rows.size()) - 1, int(rows.first().size()), &d);
    table->setHorizontalHeaderLabels(rows.first());
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 1; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (rows[r].size() == 1) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r - 1, c, item);
        }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(buttons);
    d.resize(900, 560);
    d.exec();
}

QString ScenarioBar::exportCsv(const QString& file) const
{
    const Sheet sheet = m_tab->evaluate(m_tab->inputs());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(file, out.errorString());
    QString text = QStringLiteral("section,item,value\n");
    for (const SheetRow& r : sheet.inputs)
        text += QStringLiteral("input,%1,%2\n").arg(csvField(r.label), csvField(r.value));
    for (const SheetRow& r : sheet.outputs)
        text += QStringLiteral("result,%1,%2\n").arg(csvField(r.label), csvField(r.value));
    if (!sheet.error.isEmpty())
        text += QStringLiteral("error,,%1\n").arg(csvField(sheet.error));
    out.write(text.toUtf8());
    return out.commit() ? QString() : tr("Cannot write %1: %2").arg(file, out.errorString());
}

QString ScenarioBar::exportPdf(const QString& file) const
{
    const Sheet sheet = m_tab->evaluate(m_tab->inputs());
    QTextDocument doc;
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("Inferometer planner: %1").arg(m_tab->title()).toHtmlEscaped(),
                           tr("%1, exported %2")
                               .arg(m_combo->currentIndex() > 0 ? m_combo->currentText() : tr("unsaved scenario"),
                                   QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                               .toHtmlEscaped());
    auto table = [](const QString& title, const QList<SheetRow>& rows) -> QString {
        QString t = QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">").arg(title);
        for (const SheetRow& r : rows)
            t += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                     .arg(r.label.toHtmlEscaped(), r.value.toHtmlEscaped());
        return t + QStringLiteral("</table>");
    };
    html += table(tr("Inputs"), sheet.inputs);
    if (!sheet.error.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(sheet.error.toHtmlEscaped());
    html += table(tr("Results"), sheet.outputs);
    QList<QImage> images;
    for (QWidget* chart : m_tab->charts()) {
        const QImage image = chart->grab().toImage();
        if (image.isNull())
            continue;
        html += QStringLiteral("<p><img src=\"chart://%1\" width=\"600\"></p>").arg(images.size());
        images << image;
    }
    doc.setHtml(html);
    // after setHtml(), which clears the document's resources; images are laid out when printing
    for (int i = 0; i < images.size(); ++i)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://%1").arg(i)), images[i]);
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(m_tab->title());
    writer.setCreator(QStringLiteral("Inferometer"));
    doc.print(&writer);
    return QFileInfo(file).size() > 0 ? QString() : tr("Cannot write %1.").arg(file);
}

void ScenarioBar::askExport(bool pdf)
{
    const QString file = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export CSV"),
        m_tab->title().toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
            + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")),
        pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    const QString error = pdf ? exportPdf(file) : exportCsv(file);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        m_status->setText(tr("exported %1").arg(QFileInfo(file).fileName()));
}
