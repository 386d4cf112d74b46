// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/attributionpage.h"

#include "views/backgroundload.h"

#include "core/common/money.h"
#include "core/common/task.h"
#include "core/store/usagerepository.h"
#include "views/models/breakdownmodel.h"
#include "views/models/format.h"
#include "views/models/ruletablemodel.h"
#include "views/pagehelpers.h"
#include "views/progressdialog.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/** The Field column offers the usual fields and still takes any attribute name typed in. */
class FieldDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(Attribution::ruleFields());
        combo->setToolTip(QCoreApplication::translate("AttributionPage",
            "Pick a field or type a source attribute: tag:<name>, metadata.<key>, resource.<attribute>."));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText());
    }
};

} // namespace

AttributionPage::AttributionPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    root->addWidget(Style::pageTitle(tr("Attribution"), this));
    auto* intro = new QLabel(tr("Give every call a cost center, team and owner. Rules apply, in order, to calls whose "
                                "source names no cost center: the first rule whose field matches its pattern wins. "
                                "Calls that no rule claims stay <b>unattributed</b> — shadow spend until someone "
                                "owns them."),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);

    auto* bar = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(tr("&Add rule"), tr("Add a rule after the selected one"), &AttributionPage::addRule);
    button(tr("&Remove"), tr("Remove the selected rules"), [this] {
        QList<int> rows;
        for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
            rows << i.row();
        if (rows.isEmpty() && m_view->currentIndex().isValid())
            rows << m_view->currentIndex().row();
        m_rules->removeRules(rows);
    });
    button(tr("Move &up"), tr("Earlier rules win"), [this] {
        const int row = m_view->currentIndex().row();
        if (m_rules->moveRule(row, -1))
            m_view->selectRow(row - 1);
    });
    button(tr("Move &down"), tr("Later rules lose to earlier ones"), [this] {
        const int row = m_view->currentIndex().row();
        if (m_rules->moveRule(row, +1))
            m_view->selectRow(row + 1);
    });
    bar->addStretch();
    auto* saveButton = button(tr("&Save"), tr("Save the rules; new imports use them (Ctrl+S)"), &AttributionPage::save);
    saveButton->setShortcut(QKeySequence::Save);
    button(tr("Apply to &workspace…"), tr("Save, then re-attribute every call already imported"),
        &AttributionPage::applyToWorkspace);
    root->addLayout(bar);

    m_message = new QLabel(this);
    m_message->hide();
    root->addWidget(m_message);

    m_rules = new RuleTableModel(this);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Attribution rules"));
    m_view->setModel(m_rules);
    m_view->setItemDelegateForColumn(RuleTableModel::Field, new FieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    root->addWidget(m_view, 1);

    auto* unBar = new QHBoxLayout;
    m_summary = new QLabel(this);
    unBar->addWidget(m_summary, 1);
    auto* claim = new QPushButton(tr("Attribute selected &key…"), this);
    claim->setToolTip(tr("Add a rule that gives the selected API key a cost center"));
    connect(claim, &QPushButton::clicked, this, &AttributionPage::attributeSelectedKey);
    unBar->addWidget(claim);
    root->addLayout(unBar);

    m_unattributed = new BreakdownModel(this);
    m_unattributedProxy = new QSortFilterProxyModel(this);
    m_unattributedProxy->setSourceModel(m_unattributed);
    m_unattributedProxy->setSortRole(BreakdownModel::SortRole);
    m_unattributedView = new QTableView(this);
    m_unattributedView->setAccessibleName(tr("Unattributed spend"));
    m_unattributedView->setModel(m_unattributedProxy);
    m_unattributedView->setSortingEnabled(true);
    m_unattributedView->sortByColumn(BreakdownModel::Spend, Qt::DescendingOrder);
    m_unattributedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unattributedView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unattributedView->verticalHeader()->hide();
    m_unattributedView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int c : { BreakdownModel::CostPerTask, BreakdownModel::Cpso, BreakdownModel::ReworkRate,
             BreakdownModel::TokenEfficiency })
        m_unattributedView->hideColumn(c);
    connect(m_unattributedView, &QTableView::doubleClicked, this, &AttributionPage::attributeSelectedKey);
    root->addWidget(m_unattributedView, 1);

    connect(m_context, &WorkspaceContext::workspaceChanged, this, &AttributionPage::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, [this] {
        if (!m_rules->isDirty())
            reload();
    });
    m_reportLoad = std::make_unique<BackgroundLoad<Analytics::Report>>(
        this, nullptr,
        [this](const Result<Analytics::Report>& r) {
            if (!r) {
                showMessage(r.error().toString(), true);
                return;
            }
            m_unattributed->setReport(r.value());
            const Analytics::Kpis& k = r.value().totals;
            m_summary->setText(k.calls ? tr("<b>Unattributed: %1</b> in %2 calls, by API key (double-click a key to "
                                            "attribute it):")
                                             .arg(Format::money(k.listCostNano), Format::count(k.calls))
                                       : tr("<b>Every call is attributed.</b>"));
            emit unattributedLoaded();
        },
        this);
    m_applyLoad = std::make_unique<BackgroundLoad<qint64>>(this, nullptr, [this](const Result<qint64>& r) {
        if (!r) {
            showMessage(r.error().toString(), true);
            return;
        }
        showMessage(tr("Re-attributed %n call(s).", nullptr, int(r.value())), false);
        m_context->notifyContentChanged(); // this page too
    });
    m_applyLoad->setOnCanceled([this] { showMessage(tr("Canceled; the workspace was not changed."), false); });
}

AttributionPage::~AttributionPage() = default;

QUndoStack* AttributionPage::undoStack() const
{
    return m_rules->undoStack();
}

void AttributionPage::showMessage(const QString& text, bool error)
{
    Style::showBanner(m_message, error ? Style::Banner::Error : Style::Banner::Info, text);
}

void AttributionPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
    if (!ws) {
        showMessage(ws.error().toString(), true);
        return;
    }
    Store::UsageRepository repo(*ws.value());
    auto rules = repo.attributionRules();
    if (!rules) {
        showMessage(rules.error().toString(), true);
        return;
    }
    m_rules->setRules(rules.value());
    m_message->hide();
    m_reportLoad->start([path](TaskContext&) -> Result<Analytics::Report> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Analytics::Filter f;
        f.equals.insert(Analytics::Dimension::CostCenter, QString(QLatin1String("")));
        return Analytics::report(*ws.value(), f, Analytics::Dimension::ApiKey);
    });
}

bool AttributionPage::save()
{
    const QString problem = Attribution::RuleSet(m_rules->rules()).validate();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return false;
    }
    const auto rules = m_rules->rules();
    if (auto r = PageHelpers::writeWorkspace(
            m_context->path(), [&](Store::UsageRepository& repo) { return repo.setAttributionRules(rules); });
        !r) {
        showMessage(r.error().toString(), true);
        return false;
    }
    m_rules->markSaved();
    showMessage(tr("Saved %n rule(s). New imports use them; apply them to the workspace to re-attribute what is "
                   "already imported.",
                    nullptr, int(m_rules->rules().size())),
        false);
    return true;
}

bool AttributionPage::maybeSave()
{
    return !m_rules->isDirty()
        || PageHelpers::askToSave(
            this, tr("Unsaved rules"), tr("Save the changed attribution rules?"), [this] { return save(); });
}

void AttributionPage::applyToWorkspace()
{
    if (m_applyLoad->isRunning() || !save())
        return;
    const QString path = m_context->path();
    m_applyLoad->start([path](TaskContext& ctx) -> Result<qint64> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Store::UsageRepository repo(*ws.value());
        return repo.reattribute(ctx);
    });
    showTaskProgress(m_applyLoad->watcher(), tr("Re-attributing calls…"), this);
}

void AttributionPage::addRule()
{
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : -1;
    const int row = m_rules->insertRule(
        { QStringLiteral("api_key"), QStringLiteral("*"), QString(), QString(), QString() }, current);
    const QModelIndex pattern = m_rules->index(row, RuleTableModel::Pattern);
    m_view->setCurrentIndex(pattern);
    m_view->edit(pattern);
}

void AttributionPage::attributeSelectedKey()
{
    const QModelIndex current = m_unattributedProxy->mapToSource(m_unattributedView->currentIndex());
    if (!current.isValid()) {
        showMessage(tr("Select an API key in the unattributed list first."), true);
        return;
    }
    const QString key = m_unattributed->report().groups.value(current.row()).key;
    if (key.isEmpty()) {
        showMessage(tr("These calls carry no API key: attribute them by project or a source attribute."), true);
        return;
    }
    bool ok = false;
    const QString center = QInputDialog::getText(this, tr("Attribute API key"),
        tr("Cost center for calls with API key %1:").arg(key), QLineEdit::Normal, QString(), &ok);
    if (!ok || center.trimmed().isEmpty())
        return;
    const int row = m_rules->insertRule({ QStringLiteral("api_key"), key, center.trimmed(), QString(), QString() });
    m_view->selectRow(row);
    showMessage(tr("Rule added. Save, then apply it to the workspace to attribute the calls already imported."), false);
}
