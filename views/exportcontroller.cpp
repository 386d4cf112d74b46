// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/exportcontroller.h"

#include "views/backgroundload.h"

#include "core/analytics/period.h"
#include "core/store/usagerepository.h"
#include "core/store/workspace.h"
#include "views/progressdialog.h"
#include "views/workspacecontext.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

ExportController::ExportController(WorkspaceContext* context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_load = std::make_unique<BackgroundLoad<Export::FocusSummary>>(
        this, nullptr, [this](const Result<Export::FocusSummary>& r) {
            if (!r) {
                emit exportFailed(r.error().toString());
                return;
            }
            emit focusExported(m_file, r.value());
        });
}

ExportController::~ExportController() { }

void ExportController::exportFocus()
{
    if (!m_context->isOpen()) {
        QMessageBox::information(m_window, tr("Export"), tr("Open or create a workspace first."));
        return;
    }
    QSettings settings;
    const QStringList choices { tr("One charge period per day"), tr("One charge period per hour") };
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Export FOCUS 1.2"),
        tr("The window's period of %1, as FOCUS 1.2 rows with:").arg(QFileInfo(m_context->path()).completeBaseName()),
        choices, settings.value(QStringLiteral("export/focusHourly"), false).toBool() ? 1 : 0, false, &ok);
    if (!ok)
        return;
    const bool hourly = choice == choices[1];
    settings.setValue(QStringLiteral("export/focusHourly"), hourly);
    const QString dir = settings.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export FOCUS 1.2 CSV"),
        dir + QLatin1Char('/') + QFileInfo(m_context->path()).completeBaseName() + QStringLiteral("-focus.csv"),
        tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(file).absolutePath());
    connect(
        this, &ExportController::focusExported, this,
        [this](const QString& f, const Export::FocusSummary& s) {
            QString text = tr("<p>%1 rows for %2 calls written to %3.</p><p>ListCost $%4 · BilledCost $%5</p>")
                               .arg(s.rows)
                               .arg(s.calls)
                               .arg(QDir::toNativeSeparators(f).toHtmlEscaped(), Export::femtoDecimal(s.listCostFemto),
                                   Export::femtoDecimal(s.billedCostFemto));
            if (s.leftOutCalls > 0) {
                QStringList models;
                for (auto it = s.leftOutByModel.cbegin(); it != s.leftOutByModel.cend(); ++it)
                    models << tr("%1 (%2 calls)").arg(it.key().toHtmlEscaped()).arg(it.value());
                text += tr(
                    "<p><b>Left out: %1 calls</b> with neither a price nor a reported cost, which FOCUS cannot carry "
                    "without inventing one: %2. Price them on the Prices page to include them.</p>")
                            .arg(s.leftOutCalls)
                            .arg(models.join(QStringLiteral(", ")));
            }
            if (s.leftOutCalls > 0)
                QMessageBox::warning(m_window, tr("FOCUS 1.2 export"), text);
            else
                QMessageBox::information(m_window, tr("FOCUS 1.2 export"), text);
        },
        Qt::SingleShotConnection);
    connect(
        this, &ExportController::exportFailed, this,
        [this](const QString& message) { QMessageBox::warning(m_window, tr("FOCUS 1.2 export"), message); },
        Qt::SingleShotConnection);
    exportFocusTo(file, hourly ? Export::Granularity::Hour : Export::Granularity::Day);
    showTaskProgress(m_load->watcher(), tr("Exporting FOCUS 1.2…"), m_window);
}

void ExportController::exportFocusTo(const QString& file, Export::Granularity granularity)
{
    m_file = file;
    const QString path = m_context->path();
    const Analytics::PeriodChoice period = m_context->period();
    m_load->start([path, period, file, granularity](TaskContext& ctx) -> Result<Export::FocusSummary> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto catalog = Store::UsageRepository(*ws.value()).catalog();
        if (!catalog)
            return catalog.error();
        auto span = Analytics::timeSpan(*ws.value());
        if (!span)
            return span.error();
        const Analytics::Filter f = Analytics::resolvePeriod(period, span.value());
        Export::FocusOptions options;
        options.granularity = granularity;
        options.fromMs
            = f.fromMs ? f.fromMs : (span.value() ? std::optional<qint64>(span.value()->first) : std::nullopt);
        options.toMs
            = f.toMs ? f.toMs : (span.value() ? std::optional<qint64>(span.value()->second + 1) : std::nullopt);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return Error { Error::Code::Io, out.errorString(), file };
        auto summary = Export::writeFocus(*ws.value(), catalog.value(), options, out, ctx);
        if (!summary)
            return summary.error(); // the QSaveFile is discarded: nothing half-written
        if (!out.commit())
            return Error { Error::Code::Io, out.errorString(), file };
        return summary;
    });
}
