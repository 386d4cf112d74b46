// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/importcontroller.h"

#include "views/backgroundload.h"

#include "core/common/task.h"
#include "views/models/format.h"
#include "views/progressdialog.h"
#include "views/workspacecontext.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportController::ImportController(WorkspaceContext* context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_load = std::make_unique<BackgroundLoad<Outcome>>(this, nullptr, [this](const Result<Outcome>& r) {
        if (!r) {
            QMessageBox::warning(m_window, tr("Import failed"), r.error().toString());
            return;
        }
        m_context->notifyContentChanged();
        emit importFinished(r.value().summaries, r.value().errors);
        if (m_showResults)
            showResults(r.value());
    });
    // the progress dialog closes itself (showTaskProgress); files finished before the cancel are in
    m_load->setOnCanceled([this] { m_context->notifyContentChanged(); });
}

ImportController::~ImportController() = default;

bool ImportController::isRunning() const
{
    return m_load->isRunning();
}

void ImportController::importFiles(const QStringList& files, const QHash<QString, Ingest::ColumnMapping>& mappings)
{
    if (files.isEmpty() || !m_context->isOpen())
        return;
    if (m_load->isRunning()) {
        QMessageBox::information(m_window, tr("Import"), tr("An import is already running."));
        return;
    }
    const QString path = m_context->path();
    m_load->start([path, files, mappings](TaskContext& ctx) -> Result<Outcome> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        // progress over all files, each file weighted equally
        class FileContext : public TaskContext
        {
        public:
            FileContext(TaskContext& outer, int index, int count)
                : m_outer(outer)
                , m_index(index)
                , m_count(count)
            { }
            bool isCanceled() const override { return m_outer.isCanceled(); }
            void setProgress(qint64 done, qint64 total) override
            {
                m_outer.setProgress(
                    qint64(m_index) * 1000 + (total > 0 ? done * 1000 / total : 0), qint64(m_count) * 1000);
            }

        private:
            TaskContext& m_outer;
            int m_index, m_count;
        };
        Outcome out;
        for (int i = 0; i < files.size(); ++i) {
            if (ctx.isCanceled())
                break;
            ctx.setStatus(QCoreApplication::translate("ImportController", "Importing %1 (%2 of %3)…")
                              .arg(QFileInfo(files[i]).fileName())
                              .arg(i + 1)
                              .arg(files.size()));
            FileContext fc(ctx, i, int(files.size()));
            auto it = mappings.constFind(files[i]);
            auto r = it == mappings.cend() ? Import::importFile(*ws.value(), files[i], Ingest::Format::Auto, fc)
                                           : Import::importFile(*ws.value(), files[i], *Ingest::mappedFormat(*it), fc);
            if (r)
                out.summaries.append(r.value());
            else if (r.error().code != Error::Code::Canceled)
                out.errors.append(r.error());
        }
        return out;
    });
    m_progress = showTaskProgress(
        m_load->watcher(), tr("Importing %n file(s)…", nullptr, int(files.size())), m_window, 400);
}

void ImportController::showResults(const Outcome& o)
{
    QDialog dlg(m_window);
    dlg.setWindowTitle(tr("Import results"));
    dlg.resize(760, 420);
    auto* layout = new QVBoxLayout(&dlg);
    qint64 imported = 0, duplicates = 0, rejected = 0;
    for (const auto& s : o.summaries) {
        imported += s.imported;
        duplicates += s.duplicates;
        rejected += s.rejectedCount;
    }
    auto* summary = new QLabel(
        tr("<b>%1 imported</b>, %2 duplicates skipped, %3 rows rejected, %4 files failed.")
            .arg(Format::count(imported), Format::count(duplicates), Format::count(rejected))
            .arg(o.errors.size()
                + std::count_if(o.summaries.begin(), o.summaries.end(), [](const auto& s) { return !s.committed; })),
        &dlg);
    layout->addWidget(summary);
    auto* tree = new QTreeWidget(&dlg);
    tree->setHeaderLabels({ tr("File / line"), tr("Field"), tr("Result") });
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (const auto& s : o.summaries) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, QFileInfo(s.file).fileName());
        item->setToolTip(0, s.file);
        if (s.committed) {
            item->setText(2,
                tr("%1 imported, %2 duplicates (%3)").arg(s.imported).arg(s.duplicates).arg(s.format)
                    + (s.unpriced ? tr(", %1 unpriced").arg(s.unpriced) : QString()));
        } else {
            item->setText(2, tr("nothing imported: %1 of %2 rows rejected").arg(s.rejectedCount).arg(s.rows));
            item->setForeground(2, QColor(0xB0, 0x00, 0x20));
            for (const Error& e : s.rejected) {
                auto* child = new QTreeWidgetItem(item);
                child->setText(0, tr("line %1").arg(e.line));
                child->setText(1, e.field);
                child->setText(2, e.message);
            }
            item->setExpanded(true);
        }
    }
    for (const Error& e : o.errors) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, QFileInfo(e.source).fileName() + (e.line > 0 ? QStringLiteral(":%1").arg(e.line) : QString()));
        item->setText(1, e.field);
        item->setText(2, e.message);
        item->setForeground(2, QColor(0xB0, 0x00, 0x20));
    }
    layout->addWidget(tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(buttons);
    dlg.exec();
}
