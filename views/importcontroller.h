// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/import/fileimporter.h"
#include "core/ingest/columnmapping.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

template <class T>
class BackgroundLoad;

class QProgressDialog;
class QWidget;
class WorkspaceContext;

/**
 * Imports files into the open workspace off the GUI thread, one transaction per file, with progress and cancel;
 * afterwards shows what was imported, duplicated and rejected (with line numbers and fields).
 */
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(WorkspaceContext* context, QWidget* window);
    ~ImportController() override;

    bool isRunning() const;
    /** Set to false in tests to skip the result dialog. */
    void setShowResults(bool show) { m_showResults = show; }

public slots:
    /**
     * Imports `files` in order; a file with an entry in `mappings` is read through that column mapping
     * (Ingest::mappedFormat), the others are recognised from their content.
     */
    void importFiles(const QStringList& files, const QHash<QString, Ingest::ColumnMapping>& mappings = {});

signals:
    void importFinished(const QList<Import::ImportSummary>& summaries, const QList<Error>& errors);

private:
    struct Outcome
    {
        QList<Import::ImportSummary> summaries;
        QList<Error> errors;
    };
    void showResults(const Outcome& o);

    WorkspaceContext* m_context;
    QWidget* m_window;
    std::unique_ptr<BackgroundLoad<Outcome>> m_load;
    QPointer<QProgressDialog> m_progress;
    bool m_showResults = true;
};
