// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/export/focusexport.h"

#include <QObject>

#include <memory>

template <class T>
class BackgroundLoad;
class QWidget;
class WorkspaceContext;

/**
 * File ▸ Export: the window's period of the open workspace as FOCUS 1.2 CSV (core/export), written on a worker with
 * progress and Cancel, all or nothing (QSaveFile); the result says how many rows and calls were written, their
 * ListCost and BilledCost, and which models' calls were left out for having neither a price nor a reported cost.
 * File ▸ Export ▸ Chargeback statements: a month's statements per cost center under an allocation rule, as a CSV and
 * one PDF per cost center in a folder.
 */
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(WorkspaceContext* context, QWidget* window);
    ~ExportController() override;

    /** Asks for the file and granularity, then exports. */
    void exportFocus();
    /** Exports without asking (tests); the result arrives as focusExported. */
    void exportFocusTo(const QString& file, Export::Granularity granularity);
    /** Asks for the month, the allocation rule and a folder, then writes the chargeback CSV and PDFs. */
    void exportChargeback();
    /** Writes them without asking (tests); the files written arrive as chargebackExported. */
    void exportChargebackTo(const QString& dir, int year, int month, const QString& rule);

signals:
    void focusExported(const QString& file, const Export::FocusSummary& summary);
    void chargebackExported(const QStringList& files, qint64 totalCents);
    void exportFailed(const QString& message);

private:
    WorkspaceContext* m_context;
    QWidget* m_window;
    QString m_file;
    std::unique_ptr<BackgroundLoad<Export::FocusSummary>> m_load;
    std::unique_ptr<BackgroundLoad<QPair<QStringList, qint64>>> m_chargeback;
};
