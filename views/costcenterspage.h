// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/costtree.h"
#include "core/common/result.h"


#include <memory>
#include <QSet>
#include <QWidget>

class CallRowsModel;
class CostTreeModel;
class QCheckBox;
class PeriodBar;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;
class WorkspaceContext;

/**
 * Cost centers: spend per cost center › team › owner › API key / project › model for a period, against the previous
 * period, with a daily trend and the KPIs of each node; the calls behind a node in a paged lower pane; CSV export of
 * the rows shown. Computes on worker threads; stale results are dropped. Expanded rows are remembered (QSettings).
 */
template <class T>
class BackgroundLoad;

class CostCentersPage : public QWidget
{
    Q_OBJECT
public:
    explicit CostCentersPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~CostCentersPage() override;

    /** For tests and screenshots. */
    bool isLoading() const;
    QTreeView* treeView() const { return m_view; }
    CostTreeModel* treeModel() const { return m_model; }
    QTableView* callsView() const { return m_callsView; }
    CallRowsModel* callsModel() const { return m_calls; }
    /** The rows shown (expanded ones with their children), in display order, as CSV. */
    QByteArray visibleCsv() const;

public slots:
    void reload();
    /** Shows the calls behind the node at a (proxy) index of the tree, newest first. */
    void showCalls(const QModelIndex& index);

signals:
    void loaded();
    void loadFailed(const Error& error);
    void callsLoaded();

private:
    void apply(Analytics::CostTree tree);
    void restoreExpanded();
    void loadCallsPage(qint64 offset);
    void exportCsv();
    QList<int> visibleNodes() const;
    QString nodeKey(int node) const;
    void showCallsPage(const Result<QList<Analytics::CallRow>>& r);

    WorkspaceContext* m_context;
    PeriodBar* m_periodBar;
    QCheckBox* m_compare;
    QPushButton* m_export;
    QLabel* m_period;
    QProgressBar* m_busy;
    QLabel* m_banner;
    CostTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    QWidget* m_callsPane;
    QLabel* m_callsTitle;
    QPushButton* m_prev;
    QPushButton* m_next;
    CallRowsModel* m_calls;
    QTableView* m_callsView;
    std::unique_ptr<BackgroundLoad<Analytics::CostTree>> m_load;
    std::unique_ptr<BackgroundLoad<QList<Analytics::CallRow>>> m_callsLoad;
    QSet<QString> m_expanded; // node keys
    Analytics::Filter m_callsFilter;
    qint64 m_callsTotal = 0;
    qint64 m_callsOffset = 0;
    QString m_callsLabel;
};
