// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/pricespage.h"

#include "views/backgroundload.h"

#include "core/analytics/report.h"
#include "core/common/task.h"
#include "core/store/usagerepository.h"
#include "views/models/pricetablemodel.h"
#include "views/pagehelpers.h"
#include "views/progressdialog.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

PricesPage::PricesPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    root->addWidget(Style::pageTitle(tr("Prices"), this));
    auto* intro = new QLabel(tr("USD per 1M tokens. A call is priced with the entry of its model valid at its time; "
                                "workspace prices override the built-in ones for that model. Models with no price "
                                "are shown as unpriced, never as $0. Saved prices apply to new imports; use "
                                "<i>Re-price history</i> to apply them to calls already imported."),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Filter models"));
    m_filter->setPlaceholderText(tr("Filter models…"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("&Add / override"), tr("Add a workspace price (a copy of the selected row, to override it)"),
        &PricesPage::addPrice);
    button(tr("&Remove"), tr("Remove the selected workspace prices"), &PricesPage::removeSelected);
    button(tr("Import &LiteLLM prices…"), tr("Read LiteLLM's model_prices_and_context_window.json"),
        &PricesPage::importLiteLlm);
    button(
        tr("Re-price &history…"), tr("Recompute the list cost of every call already imported"), &PricesPage::reprice);
    auto* saveButton = button(tr("&Save"), tr("Save the workspace prices (Ctrl+S)"), &PricesPage::save);
    saveButton->setShortcut(QKeySequence::Save);
    root->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    root->addWidget(m_message);
    m_unpriced = new QLabel(this);
    m_unpriced->setTextFormat(Qt::RichText);
    Style::setBanner(m_unpriced, Style::Banner::Warning);
    m_unpriced->hide();
    connect(m_unpriced, &QLabel::linkActivated, this, &PricesPage::addUnpriced);
    root->addWidget(m_unpriced);

    m_model = new PriceTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PriceTableModel::SortRole);
    m_proxy->setFilterKeyColumn(PriceTableModel::Model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Prices per model"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PriceTableModel::Model, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    root->addWidget(m_view, 1);

    connect(m_model, &PriceTableModel::editRejected, this, [this](const QString& m) { showMessage(m, true); });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &PricesPage::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, [this] {
        if (!m_model->isDirty()) // never throw away edits in progress
            reload();
    });
    m_repriceLoad = std::make_unique<BackgroundLoad<qint64>>(this, nullptr, [this](const Result<qint64>& r) {
        if (!r) {
            showMessage(r.error().toString(), true);
            return;
        }
        showMessage(tr("Re-priced: %n call(s) changed cost.", nullptr, int(r.value())), false);
        m_context->notifyContentChanged();
    });
    m_repriceLoad->setOnCanceled([this] { showMessage(tr("Re-pricing canceled; nothing was changed."), false); });
}

PricesPage::~PricesPage() = default;

QUndoStack* PricesPage::undoStack() const
{
    return m_model->undoStack();
}

void PricesPage::showMessage(const QString& text, bool error)
{
    Style::showBanner(m_message, error ? Style::Banner::Error : Style::Banner::Info, text);
}

void PricesPage::reload()
{
    if (!m_context->isOpen())
        return;
    auto builtin = Pricing::PriceCatalog::builtin();
    auto ws = Store::Workspace::open(m_context->path(), Store::Workspace::Mode::OpenExisting);
    if (!builtin || !ws) {
        showMessage((!builtin ? builtin.error() : ws.error()).toString(), true);
        return;
    }
    Store::UsageRepository repo(*ws.value());
    auto overrides = repo.priceOverrides();
    if (!overrides) {
        showMessage(overrides.error().toString(), true);
        return;
    }
    m_model->setEntries(builtin.value().entries(), overrides.value());
    m_message->hide();
    auto totals = Analytics::report(*ws.value(), {}, Analytics::Dimension::None);
    m_unpricedModels = totals ? totals.value().totals.unpricedModels : QStringList();
    m_unpriced->setText(tr("Calls to these models have no price, so they are left out of every total: <b>%1</b>. "
                           "<a href=\"add\">Add workspace prices for them</a>, then save and re-price history.")
                            .arg(m_unpricedModels.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_unpriced->setVisible(!m_unpricedModels.isEmpty());
}

void PricesPage::addUnpriced()
{
    int row = -1;
    for (const QString& model : m_unpricedModels)
        row = m_model->addOverride(-1, model);
    if (row >= 0) {
        const QModelIndex added = m_proxy->mapFromSource(m_model->index(row, PriceTableModel::Input));
        m_view->setCurrentIndex(added);
        m_view->scrollTo(added);
        m_view->edit(added);
    }
}

bool PricesPage::save()
{
    const auto entries = m_model->workspaceEntries();
    if (auto r = PageHelpers::writeWorkspace(
            m_context->path(), [&](Store::UsageRepository& repo) { return repo.setPriceOverrides(entries); });
        !r) {
        showMessage(r.error().toString(), true);
        return false;
    }
    m_model->markSaved();
    showMessage(tr("Saved %n workspace price(s). New imports use them; re-price history to apply them to "
                   "calls already imported.",
                    nullptr, int(m_model->workspaceEntries().size())),
        false);
    return true;
}

bool PricesPage::maybeSave()
{
    return !m_model->isDirty()
        || PageHelpers::askToSave(
            this, tr("Unsaved prices"), tr("Save the changed workspace prices?"), [this] { return save(); });
}

void PricesPage::addPrice()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const int row = m_model->addOverride(current.isValid() ? current.row() : -1);
    const QModelIndex added = m_proxy->mapFromSource(m_model->index(row, PriceTableModel::Input));
    m_view->setCurrentIndex(added);
    m_view->scrollTo(added);
    m_view->edit(added);
}

void PricesPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    bool any = false;
    for (int r : rows)
        any |= m_model->isWorkspaceRow(r);
    if (!any) {
        showMessage(tr("Built-in prices cannot be removed; add a workspace price to override one."), true);
        return;
    }
    m_model->removeRows(rows);
}

void PricesPage::importLiteLlm()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import LiteLLM prices"), {}, tr("LiteLLM price file (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(file, f.errorString()), true);
        return;
    }
    auto entries = Pricing::parseLiteLlmJson(f.readAll(), file, 0);
    if (!entries) {
        showMessage(entries.error().toString(), true);
        return;
    }
    // imported entries replace workspace entries of the same model and date
    QList<Pricing::PriceEntry> merged = m_model->workspaceEntries();
    for (const Pricing::PriceEntry& e : entries.value()) {
        auto same = [&](const Pricing::PriceEntry& x) {
            return x.model == e.model && x.effectiveFromMs == e.effectiveFromMs;
        };
        merged.erase(std::remove_if(merged.begin(), merged.end(), same), merged.end());
        merged.append(e);
    }
    m_model->setWorkspaceEntries(merged, tr("Import %n LiteLLM price(s)", nullptr, int(entries.value().size())));
    showMessage(
        tr("Read %n price(s) from %1. Save to keep them.", nullptr, int(entries.value().size())).arg(file), false);
}

void PricesPage::reprice()
{
    if (m_repriceLoad->isRunning() || (m_model->isDirty() && !save()))
        return;
    if (QMessageBox::question(this, tr("Re-price history"),
            tr("Recompute the list cost of every call in this workspace with the current prices? "
               "Reported costs are not touched."))
        != QMessageBox::Yes)
        return;
    const QString path = m_context->path();
    m_repriceLoad->start([path](TaskContext& ctx) -> Result<qint64> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Store::UsageRepository repo(*ws.value());
        auto catalog = repo.catalog();
        if (!catalog)
            return catalog.error();
        return repo.reprice(catalog.value(), ctx);
    });
    showTaskProgress(m_repriceLoad->watcher(), tr("Re-pricing calls…"), this);
}
