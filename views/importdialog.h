// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/import/preview.h"
#include "core/ingest/mappingstore.h"

#include <QDialog>
#include <QHash>
#include <QTableView>

#include <memory>
#include <QSet>

class PreviewModel;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

/**
 * Before an import: each file with the format recognised from its content, or read through a column mapping (one
 * saved for its file-name pattern, or chosen here with "Map columns…"), and a preview of its first events as they
 * would be stored (buckets, list cost). Accepting starts the import.
 */
template <class T>
class BackgroundLoad;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QStringList& files, const QString& workspacePath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    QStringList files() const { return m_files; }
    /** The files to read through a column mapping, with it; the others are recognised from their content. */
    QHash<QString, Ingest::ColumnMapping> mappings() const;
    /** The mapping of a file with the pattern it was saved under (empty when chosen for this import only). */
    std::optional<Ingest::SavedMapping> mappingOf(const QString& file) const;
    QPushButton* mapButton() const { return m_map; }
    QLabel* statusLabel() const { return m_status; }
    QListWidget* fileList() const { return m_list; }
    QTableView* previewView() const { return m_view; }

signals:
    void previewShown(const QString& file);

private:
    void showPreview(int row);
    void showResult(int row, const Result<Import::Preview>& r);
    void mapColumns();
    void useRecognised();
    /** Applies the saved mappings to the files the user made no choice for. */
    void applySavedMappings();
    QString mappedLabel(const QString& file) const;
    /** The file's name and `suffix` (" — openai-usage"), the full path in the tooltip. */
    void setItemText(int row, const QString& suffix);
    void updateButtons();

    QStringList m_files;
    QString m_workspace;
    QHash<QString, Ingest::SavedMapping> m_mapped;
    QSet<QString> m_chosen; // files whose mapping (or none) the user chose in this dialog
    QListWidget* m_list;
    QLabel* m_status;
    QPushButton* m_map;
    QPushButton* m_unmap;
    PreviewModel* m_model;
    QTableView* m_view;
    std::unique_ptr<BackgroundLoad<Import::Preview>> m_load;
    int m_wanted = -1;
};
