// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/report.h"
#include "core/common/result.h"

#include <QWidget>

#include <memory>

template <class T>
class BackgroundLoad;

class BreakdownModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;
class RuleTableModel;
class WorkspaceContext;

/**
 * Attribution: rules that give calls without a cost center (keys, projects, workspaces, tags, metadata, resource
 * attributes) a cost center, team and owner; and the unattributed spend by API key, from which a rule is one click.
 * Saving stores the rules; applying re-attributes every stored call in the background.
 */
class AttributionPage : public QWidget
{
    Q_OBJECT
public:
    explicit AttributionPage(WorkspaceContext* context, QWidget* parent = nullptr);
    ~AttributionPage() override;

    RuleTableModel* model() const { return m_rules; }
    QUndoStack* undoStack() const;
    bool maybeSave();

public slots:
    void reload();
    bool save();
    void applyToWorkspace();

signals:
    void unattributedLoaded();

private:
    void addRule();
    void attributeSelectedKey();
    void showMessage(const QString& text, bool error);

    WorkspaceContext* m_context;
    RuleTableModel* m_rules;
    QTableView* m_view;
    BreakdownModel* m_unattributed;
    QSortFilterProxyModel* m_unattributedProxy;
    QTableView* m_unattributedView;
    QLabel* m_message;
    QLabel* m_summary;
    std::unique_ptr<BackgroundLoad<Analytics::Report>> m_reportLoad;
    std::unique_ptr<BackgroundLoad<qint64>> m_applyLoad;
};
