// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/costcenterspage.h"

#include "views/backgroundload.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/export/viewexport.h"
#include "views/models/callrowsmodel.h"
#include "views/models/costtreemodel.h"
#include "views/models/format.h"
#include "views/periodbar.h"
#include "views/sparklinedelegate.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int PageSize = 100;

const QString ExpandedKey = QStringLiteral("costcenters/expanded");

} // namespace

CostCentersPage::CostCentersPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);

    const Style::PageHeader header = Style::pageHeader(tr("Cost centers"), this);
    auto* bar = header.bar;
    m_period = header.subtitle;
    m_busy = header.busy;
    // results of the worker thread, newest only (views/backgroundload.h)
    m_load = std::make_unique<BackgroundLoad<Analytics::CostTree>>(
        this, m_busy,
        [this](const Result<Analytics::CostTree>& r) {
            if (!r) {
                Style::showBanner(m_banner, Style::Banner::Error,
                    tr("Could not compute the cost centers: %1").arg(r.error().toString()));
                emit loadFailed(r.error());
                return;
            }
            m_banner->hide();
            apply(r.value());
            emit loaded();
        },
        this);
    m_periodBar = new PeriodBar(m_context, this);
    bar->addWidget(m_periodBar);
    m_compare = new QCheckBox(tr("Compare with previous period"), this);
    m_compare->setToolTip(tr("Show the change of spend against the period of the same length just before this one."));
    bar->addWidget(m_compare);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setToolTip(tr("Save the rows shown (expanded ones with their children) with their path and metrics as "
                            "CSV (UTF-8)."));
    bar->addWidget(m_export);
    root->addLayout(bar);

    m_banner = new QLabel(this);
    m_banner->hide();
    root->addWidget(m_banner);
    root->addWidget(m_periodBar->emptyBanner());

    auto* split = new QSplitter(Qt::Vertical, this);
    m_model = new CostTreeModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CostTreeModel::SortRole);
    m_view = new QTreeView(split);
    m_view->setAccessibleName(tr("Spend by cost center, team, owner and API key"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CostTreeModel::Spend, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(CostTreeModel::Trend, new SparklineDelegate(CostTreeModel::SeriesRole, m_view));
    m_view->setToolTip(tr("Double-click a row to see the calls behind it."));
    QHeaderView* h = m_view->header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(CostTreeModel::Name, QHeaderView::Stretch);
    h->setSectionResizeMode(CostTreeModel::Trend, QHeaderView::Fixed);
    h->resizeSection(CostTreeModel::Trend, 130);
    h->setMinimumSectionSize(60);

    m_callsPane = new QWidget(split);
    auto* cl = new QVBoxLayout(m_callsPane);
    cl->setContentsMargins(0, 4, 0, 0);
    auto* callsBar = new QHBoxLayout;
    m_callsTitle = new QLabel(m_callsPane);
    m_callsTitle->setTextFormat(Qt::PlainText);
    callsBar->addWidget(m_callsTitle, 1);
    m_prev = new QPushButton(tr("◀ Newer"), m_callsPane);
    m_next = new QPushButton(tr("Older ▶"), m_callsPane);
    auto* close = new QPushButton(tr("Close"), m_callsPane);
    for (QPushButton* b : { m_prev, m_next, close })
        callsBar->addWidget(b);
    cl->addLayout(callsBar);
    m_calls = new CallRowsModel(this);
    m_callsView = new QTableView(m_callsPane);
    m_callsView->setAccessibleName(tr("Calls behind the selected row"));
    m_callsView->setModel(m_calls);
    m_callsView->setAlternatingRowColors(true);
    m_callsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_callsView->verticalHeader()->hide();
    m_callsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_callsView->horizontalHeader()->setStretchLastSection(true);
    m_callsView->setWordWrap(false);
    cl->addWidget(m_callsView);
    m_callsPane->hide();
    split->addWidget(m_view);
    split->addWidget(m_callsPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    root->addWidget(split, 1);

    QSettings settings;
    m_compare->setChecked(settings.value(QStringLiteral("costcenters/compare"), true).toBool());
    const QStringList expanded = settings.value(ExpandedKey).toStringList();
    m_expanded = QSet<QString>(expanded.cbegin(), expanded.cend());

    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("costcenters/compare"), on);
        m_view->setColumnHidden(CostTreeModel::Delta, !on);
        reload();
    });
    m_view->setColumnHidden(CostTreeModel::Delta, !m_compare->isChecked());
    connect(m_export, &QPushButton::clicked, this, &CostCentersPage::exportCsv);
    connect(m_view, &QTreeView::doubleClicked, this, &CostCentersPage::showCalls);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex idx = m_view->indexAt(pos);
        QMenu menu(this);
        if (idx.isValid()) {
            menu.addAction(tr("Show calls"), this, [this, idx] { showCalls(idx); });
            menu.addSeparator();
        }
        ExportMenus::addTableActions(&menu, m_view);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    auto remember = [this](const QModelIndex& idx, bool on) {
        const QString key = nodeKey(m_model->nodeOf(m_proxy->mapToSource(idx)));
        if (key.isEmpty())
            return;
        if (on)
            m_expanded.insert(key);
        else
            m_expanded.remove(key);
        QSettings().setValue(ExpandedKey, QStringList(m_expanded.cbegin(), m_expanded.cend()));
    };
    connect(m_view, &QTreeView::expanded, this, [remember](const QModelIndex& i) { remember(i, true); });
    connect(m_view, &QTreeView::collapsed, this, [remember](const QModelIndex& i) { remember(i, false); });
    connect(m_prev, &QPushButton::clicked, this, [this] { loadCallsPage(qMax<qint64>(0, m_callsOffset - PageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { loadCallsPage(m_callsOffset + PageSize); });
    connect(close, &QPushButton::clicked, this, [this] {
        m_callsLoad->cancel(); // drop a page still loading
        m_callsPane->hide();
    });

    m_callsLoad = std::make_unique<BackgroundLoad<QList<Analytics::CallRow>>>(
        this, nullptr, [this](const Result<QList<Analytics::CallRow>>& r) { showCallsPage(r); });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, [this] {
        m_callsPane->hide();
        reload();
    });
    connect(m_context, &WorkspaceContext::periodChanged, this, [this] {
        m_callsPane->hide(); // its calls were of the period before
        reload();
    });
    connect(m_context, &WorkspaceContext::contentChanged, this, &CostCentersPage::reload);
}

void CostCentersPage::showCallsPage(const Result<QList<Analytics::CallRow>>& r)
{
    {
        if (!r) {
            m_callsTitle->setText(tr("Could not read the calls: %1").arg(r.error().toString()));
            return;
        }
        m_calls->setRows(r.value());
        const qint64 shown = m_calls->rowCount();
        m_callsTitle->setText(shown == 0
                ? tr("No calls behind %1 in this period").arg(m_callsLabel)
                : tr("Calls %1–%2 of %3 behind %4, newest first")
                      .arg(Format::count(m_callsOffset + 1), Format::count(m_callsOffset + shown),
                          Format::count(qMax(m_callsTotal, m_callsOffset + shown)), m_callsLabel));
        m_prev->setEnabled(m_callsOffset > 0);
        m_next->setEnabled(shown == PageSize && m_callsOffset + shown < m_callsTotal);
        emit callsLoaded();
    }
}

CostCentersPage::~CostCentersPage() = default;

bool CostCentersPage::isLoading() const
{
    return m_load->isRunning();
}

void CostCentersPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    const Analytics::PeriodChoice choice = m_context->period();
    const bool compare = m_compare->isChecked();
    m_load->start([path, choice, compare](TaskContext&) {
        return Analytics::costTreeAt(path, choice, Analytics::defaultCostLevels(), compare);
    });
}

QString CostCentersPage::nodeKey(int node) const
{
    if (node < 0)
        return {};
    const Analytics::CostTree& t = m_model->tree();
    QString key;
    for (int p = node; p >= 0; p = t.nodes.at(p).parent) {
        const Analytics::CostNode& n = t.nodes.at(p);
        key.prepend(Analytics::dimensionName(n.keyDimension) + QLatin1Char('=') + n.path.last() + QChar(31));
    }
    return key;
}

void CostCentersPage::apply(Analytics::CostTree tree)
{
    const Analytics::Kpis& k = tree.total;
    m_periodBar->showResult(tree.period, k.events, tree.span);
    if (tree.days.isEmpty()) {
        m_period->setText(tr("No calls in this workspace"));
    } else {
        QString text = tr("%1 – %2 (UTC) · %3 · %4 events")
                           .arg(TimeUtil::toDate(tree.days.first()), TimeUtil::toDate(tree.days.last()),
                               Format::money(k.listCostNano), Format::count(k.events));
        const bool allData = m_context->period().kind == Analytics::PeriodChoice::Kind::AllTime;
        if (allData) {
            // all of the data: there is no period before it to compare with, which is no news
        } else if (tree.previousPeriod && tree.previousTotal.events == 0) {
            text += tr(" · no calls in the previous period");
        } else if (tree.previousPeriod) {
            const auto d = Analytics::relativeChange(k.listCostNano, tree.previousTotal.listCostNano);
            text += tr(" · previous period %1%2")
                        .arg(Format::money(tree.previousTotal.listCostNano),
                            d ? tr(" (%1%2)").arg(*d >= 0 ? QStringLiteral("+") : QString(), Format::percent(*d))
                              : QString());
        }
        m_period->setText(text);
    }
    m_model->setTree(std::move(tree));
    m_export->setEnabled(m_model->rowCount() > 0);
    restoreExpanded();
}

void CostCentersPage::restoreExpanded()
{
    // note: expanding emits expanded(), which re-inserts the same keys; collapsed rows of the old tree stay forgotten
    const QSet<QString> keep = m_expanded;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex idx = m_proxy->index(r, 0, parent);
            if (keep.contains(nodeKey(m_model->nodeOf(m_proxy->mapToSource(idx))))) {
                m_view->expand(idx);
                walk(idx);
            }
        }
    };
    walk({});
    m_expanded = keep;
}

QList<int> CostCentersPage::visibleNodes() const
{
    QList<int> out;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex idx = m_proxy->index(r, 0, parent);
            out << m_model->nodeOf(m_proxy->mapToSource(idx));
            if (m_view->isExpanded(idx))
                walk(idx);
        }
    };
    walk({});
    return out;
}

QByteArray CostCentersPage::visibleCsv() const
{
    return m_model->toCsv(visibleNodes());
}

void CostCentersPage::exportCsv()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("costcenters/exportDir"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export cost centers"),
        QDir(dir).filePath(QStringLiteral("cost-centers.csv")), tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("costcenters/exportDir"), QFileInfo(file).absolutePath());
    const QList<int> nodes = visibleNodes();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_model->toCsv(nodes)) < 0 || !out.commit()) {
        Style::showBanner(m_banner, Style::Banner::Error,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return;
    }
    Style::showBanner(m_banner, Style::Banner::Info,
        tr("Exported %n row(s) to %1.", nullptr, int(nodes.size())).arg(QDir::toNativeSeparators(file)));
}

void CostCentersPage::showCalls(const QModelIndex& index)
{
    const int node = m_model->nodeOf(m_proxy->mapToSource(index));
    if (node < 0)
        return;
    const Analytics::CostTree& t = m_model->tree();
    m_callsFilter = t.nodeFilter(node);
    m_callsTotal = t.nodes.at(node).current.events;
    m_callsLabel = m_model->pathLabel(node);
    m_calls->setRows({});
    m_callsPane->show();
    loadCallsPage(0);
}

void CostCentersPage::loadCallsPage(qint64 offset)
{
    if (!m_context->isOpen())
        return;
    m_callsOffset = offset;
    m_callsTitle->setText(tr("Reading the calls behind %1…").arg(m_callsLabel));
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
    const QString path = m_context->path();
    const Analytics::Filter filter = m_callsFilter;
    m_callsLoad->start(
        [path, filter, offset](TaskContext&) { return Analytics::callsAt(path, filter, PageSize, offset); });
}
