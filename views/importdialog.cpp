// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/importdialog.h"

#include "views/backgroundload.h"

#include "core/store/usagerepository.h"
#include "views/columnmappingdialog.h"
#include "views/mappingsettings.h"
#include "views/models/previewmodel.h"
#include "views/style.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
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
    resize(1360, 620);
    auto* root = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each file is recognised from its content, or read through a column mapping, and "
                                "imported all or nothing; calls already in the workspace are skipped. Below: the "
                                "first events as they will be stored."),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);
    auto* split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setTextElideMode(Qt::ElideMiddle); // the whole path is in the tooltip
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    auto* mapRow = new QHBoxLayout;
    m_map = new QPushButton(tr("&Map Columns…"), right);
    m_map->setToolTip(tr("Say which column of the file holds the time, model, tokens, …: for any CSV or JSON Lines "
                         "file. The mapping is remembered for files named alike."));
    m_unmap = new QPushButton(tr("Use the &Recognised Format"), right);
    m_unmap->setToolTip(tr("Read this file as its content says, without the column mapping (for this import)."));
    mapRow->addWidget(m_map);
    mapRow->addWidget(m_unmap);
    mapRow->addStretch(1);
    rl->addLayout(mapRow);
    connect(m_map, &QPushButton::clicked, this, &ImportDialog::mapColumns);
    connect(m_unmap, &QPushButton::clicked, this, &ImportDialog::useRecognised);
    m_model = new PreviewModel(this);
    m_view = new QTableView(right);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    // every column in view at 1,400 px: numbers sized to their contents, the model's name takes what is left and
    // elides in the middle (its full name in the tooltip), List cost last and always visible
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PreviewModel::Model, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    rl->addWidget(m_view, 1);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 6);
    split->setSizes({ 190, 1150 });
    root->addWidget(split, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* import
        = buttons->addButton(tr("&Import %n file(s)", nullptr, int(files.size())), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updateButtons();
        showPreview(row);
    });
    // the newest choice wins: a preview of a file the user moved away from is dropped (views/backgroundload.h)
    m_load = std::make_unique<BackgroundLoad<Import::Preview>>(
        this, nullptr, [this](const Result<Import::Preview>& r) { showResult(m_wanted, r); });
    applySavedMappings();
    if (!files.isEmpty())
        m_list->setCurrentRow(0);
}

ImportDialog::~ImportDialog() = default;

QHash<QString, Ingest::ColumnMapping> ImportDialog::mappings() const
{
    QHash<QString, Ingest::ColumnMapping> out;
    for (auto it = m_mapped.cbegin(); it != m_mapped.cend(); ++it)
        out.insert(it.key(), it.value().mapping);
    return out;
}

std::optional<Ingest::SavedMapping> ImportDialog::mappingOf(const QString& file) const
{
    auto it = m_mapped.constFind(file);
    return it == m_mapped.cend() ? std::nullopt : std::optional<Ingest::SavedMapping>(*it);
}

QString ImportDialog::mappedLabel(const QString& file) const
{
    const QString pattern = m_mapped.value(file).pattern;
    return pattern.isEmpty() ? tr("mapped") : tr("mapped (pattern %1)").arg(pattern);
}

void ImportDialog::applySavedMappings()
{
    const auto saved = MappingSettings::load();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString& f = m_files[i];
        if (m_chosen.contains(f))
            continue;
        if (auto s = Ingest::findSavedMapping(saved, f)) {
            m_mapped.insert(f, *s);
            setItemText(i, QStringLiteral(" — ") + mappedLabel(f));
        }
    }
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool mapped = row >= 0 && row < m_files.size() && m_mapped.contains(m_files[row]);
    m_map->setEnabled(row >= 0);
    m_map->setText(mapped ? tr("&Edit Mapping…") : tr("&Map Columns…"));
    m_unmap->setVisible(mapped);
}

void ImportDialog::mapColumns()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    const QString file = m_files[row];
    auto* dialog = new ColumnMappingDialog(file, m_workspace, this, mappingOf(file));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, file] {
        m_chosen.insert(file);
        m_mapped.insert(file, dialog->savedMapping());
        const int at = int(m_files.indexOf(file));
        setItemText(at, QStringLiteral(" — ") + mappedLabel(file));
        applySavedMappings(); // the other files named alike, when the mapping was remembered
        if (m_list->currentRow() == at)
            showPreview(at);
    });
    dialog->open();
}

void ImportDialog::useRecognised()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_chosen.insert(m_files[row]);
    m_mapped.remove(m_files[row]);
    setItemText(row, {});
    updateButtons();
    showPreview(row);
}

void ImportDialog::setItemText(int row, const QString& suffix)
{
    QListWidgetItem* item = m_list->item(row);
    item->setText(QFileInfo(m_files[row]).fileName() + suffix);
    item->setToolTip(m_files[row] + suffix);
}

void ImportDialog::showResult(int row, const Result<Import::Preview>& r)
{
    const QString file = m_files[row];
    const bool mapped = m_mapped.contains(file);
    if (!r) {
        Style::setBanner(m_status, Style::Banner::Error);
        m_status->setText(r.error().toString().toHtmlEscaped() + QStringLiteral("<br>")
            + (mapped ? tr("The column mapping does not fit this file: choose <b>Edit Mapping…</b>.")
                      : tr("If this is a CSV or JSON Lines file of your own, choose <b>Map Columns…</b> to say which "
                           "column holds what.")));
        m_model->setEvents({});
        setItemText(row, (mapped ? QStringLiteral(" — ") + mappedLabel(file) : QString()) + tr(" — not readable"));
    } else {
        const Import::Preview& p = r.value();
        Style::setBanner(m_status, p.rejected.isEmpty() ? Style::Banner::Info : Style::Banner::Warning);
        const QString format = mapped ? mappedLabel(file) : p.formatId;
        QString text = mapped ? tr("Format: <b>%1</b>, read through your column mapping. First %n event(s):", nullptr,
                           int(p.events.size()))
                                    .arg(format.toHtmlEscaped())
                              : tr("<b>%1</b> (%2). First %n event(s):", nullptr, int(p.events.size()))
                                    .arg(p.formatTitle.toHtmlEscaped(), format.toHtmlEscaped());
        for (const Error& e : p.rejected.mid(0, 3))
            text += QStringLiteral("<br>") + e.toString().toHtmlEscaped();
        if (!p.rejected.isEmpty())
            text += tr("<br>Rows like these are rejected: the file would not import until they are fixed.");
        m_status->setText(text);
        m_model->setEvents(p.events);
        setItemText(row, QStringLiteral(" — ") + format);
    }
    emit previewShown(file);
}

void ImportDialog::showPreview(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    m_wanted = row;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_files[row]).fileName()));
    const QString file = m_files[row];
    const QString workspace = m_workspace;
    std::optional<Ingest::ColumnMapping> mapping;
    if (m_mapped.contains(file))
        mapping = m_mapped.value(file).mapping;
    m_load->start([file, workspace, mapping](TaskContext&) -> Result<Import::Preview> {
        auto ws = Store::Workspace::open(workspace, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Store::UsageRepository repo(*ws.value());
        auto catalog = repo.catalog();
        if (!catalog)
            return catalog.error();
        if (mapping)
            return Import::preview(file, *Ingest::mappedFormat(*mapping), catalog.value());
        return Import::preview(file, QStringLiteral("auto"), catalog.value());
    });
}
