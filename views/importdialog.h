// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/import/preview.h"

#include <QDialog>
#include <QFutureWatcher>

class PreviewModel;
class QLabel;
class QListWidget;
class QTableView;

/**
 * Before an import: each file with the format recognised from its content, and a preview of its first events as they
 * would be stored (buckets, list cost). Accepting starts the import.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QStringList& files, const QString& workspacePath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    QStringList files() const { return m_files; }

signals:
    void previewShown(const QString& file);

private:
    void showPreview(int row);

    QStringList m_files;
    QString m_workspace;
    QListWidget* m_list;
    QLabel* m_status;
    PreviewModel* m_model;
    QTableView* m_view;
    QFutureWatcher<Result<Import::Preview>> m_watcher;
    int m_wanted = -1;
};
