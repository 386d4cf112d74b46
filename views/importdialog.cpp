// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/importdialog.h"

#include "core/store/usagerepository.h"
#include "views/models/previewmodel.h"
#include "views/style.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

ImportDialog::ImportDialog(const QStringList& files, const QString& workspacePath, QWidget* parent)
    : QDialog(parent)
    , m_files(files)
    , m_workspace(workspacePath)
{
    setWindowTitle(tr("Import usage files"));
    resize(1100, 560);
    auto* root = new QVBoxLayout(this);
    root->addWidget(new QLabel(tr("Each file is recognised from its content and imported all or nothing; calls already "
                                  "in the workspace are skipped. Below: the first events as they will be stored."),
        this));
    auto* split = new QSplitter(this);
    m_list = new QListWidget(split);
    for (const QString& f : files) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName(), m_list);
        item->setToolTip(f);
    }
    auto* right = new QWidget(split);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(right);
    m_status->setWordWrap(true);
    rl->addWidget(m_status);
    m_model = new PreviewModel(this);
    m_view = new QTableView(right);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAlternatingRowColors(true);
    rl->addWidget(m_view, 1);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 4);
    split->setSizes({ 200, 900 });
    root->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* import
        = buttons->addButton(tr("&Import %n file(s)", nullptr, int(files.size())), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ImportDialog::showPreview);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const int row = m_watcher.property("row").toInt();
        if (row != m_wanted) { // the user moved on while this one was read
            showPreview(m_wanted);
            return;
        }
        const auto r = m_watcher.result();
        QListWidgetItem* item = m_list->item(row);
        if (!r) {
            Style::setBanner(m_status, Style::Banner::Error);
            m_status->setText(r.error().toString());
            m_model->setEvents({});
            item->setText(QFileInfo(m_files[row]).fileName() + tr(" — not recognised"));
        } else {
            const Import::Preview& p = r.value();
            Style::setBanner(m_status, p.rejected.isEmpty() ? Style::Banner::Info : Style::Banner::Warning);
            QString text = tr("<b>%1</b> (%2). First %n event(s):", nullptr, int(p.events.size()))
                               .arg(p.formatTitle.toHtmlEscaped(), p.formatId);
            for (const Error& e : p.rejected.mid(0, 3))
                text += QStringLiteral("<br>") + e.toString().toHtmlEscaped();
            if (!p.rejected.isEmpty())
                text += tr("<br>Rows like these are rejected: the file would not import until they are fixed.");
            m_status->setText(text);
            m_model->setEvents(p.events);
            item->setText(QFileInfo(m_files[row]).fileName() + QStringLiteral(" — ") + p.formatId);
        }
        emit previewShown(m_files[row]);
    });
    if (!files.isEmpty())
        m_list->setCurrentRow(0);
}

ImportDialog::~ImportDialog()
{
    m_watcher.waitForFinished();
}

void ImportDialog::showPreview(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    m_wanted = row;
    if (m_watcher.isRunning())
        return;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_files[row]).fileName()));
    const QString file = m_files[row];
    const QString workspace = m_workspace;
    m_watcher.setProperty("row", row);
    m_watcher.setFuture(QtConcurrent::run([file, workspace]() -> Result<Import::Preview> {
        auto ws = Store::Workspace::open(workspace, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Store::UsageRepository repo(*ws.value());
        auto catalog = repo.catalog();
        if (!catalog)
            return catalog.error();
        return Import::preview(file, QStringLiteral("auto"), catalog.value());
    }));
}
