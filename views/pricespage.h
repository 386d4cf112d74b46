// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;

class PriceTableModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class WorkspaceContext;

/**
 * Prices: the built-in catalog and the workspace's own prices, which override it per model. Workspace rows are edited
 * in place (undo/redo), saved into the workspace; re-pricing history is a separate, explicit step.
 */
class PricesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PricesPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~PricesPage() override;

    PriceTableModel* model() const { return m_model; }
    QUndoStack* undoStack() const;
    /** Offers to save unsaved edits; false if the user cancels. */
    bool maybeSave();

public slots:
    void reload();
    bool save();
    void importLiteLlm();
    void reprice();

private:
    void addPrice();
    void removeSelected();
    void addUnpriced();
    void showMessage(const QString& text, bool error);

    WorkspaceContext* m_context;
    PriceTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_message;
    QLabel* m_unpriced;
    QStringList m_unpricedModels;
    std::unique_ptr<BackgroundLoad<qint64>> m_repriceLoad;
};
