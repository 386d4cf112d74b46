// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/import/fileimporter.h"

#include "core/common/logging.h"
#include "core/ingest/usageformat.h"
#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Import {

Result<ImportSummary> importFile(Store::Workspace& ws, const QString& path, Ingest::Format format, TaskContext& ctx)
{
    return importFile(ws, path, Ingest::formatName(format), ctx);
}

namespace {

    Result<void> openFile(QFile& file, const QString& path)
    {
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
            return Error { Error::Code::Io,
                QCoreApplication::translate("Import", "Cannot read the file: %1").arg(file.errorString()), path };
        return {};
    }

} // namespace

/** Parses, prices and stores an opened file; all or nothing. */
static Result<ImportSummary> importOpen(
    Store::Workspace& ws, QFile& file, const QString& path, const Ingest::UsageFormat& format, TaskContext& ctx);

Result<ImportSummary> importFile(
    Store::Workspace& ws, const QString& path, const Ingest::UsageFormat& format, TaskContext& ctx)
{
    QFile file(path);
    if (auto r = openFile(file, path); !r)
        return r.error();
    return importOpen(ws, file, path, format, ctx);
}

Result<ImportSummary> importFile(Store::Workspace& ws, const QString& path, const QString& formatId, TaskContext& ctx)
{
    QFile file(path);
    if (auto r = openFile(file, path); !r)
        return r.error();
    const Ingest::UsageFormat* format = nullptr;
    if (formatId.isEmpty() || formatId == QLatin1String("auto")) {
        auto found = Ingest::recognise(file.peek(Ingest::DetectBytes), path);
        if (!found)
            return found.error();
        format = found.value();
    } else if (!(format = Ingest::findFormat(formatId)) && Ingest::isFormatOrFamily(formatId)) {
        auto found = Ingest::recognise(file.peek(Ingest::DetectBytes), path, formatId);
        if (!found)
            return found.error();
        format = found.value();
    } else if (!format) {
        QStringList ids;
        for (const Ingest::UsageFormat* f : Ingest::formats())
            ids << f->id();
        return Error { Error::Code::Parse,
            QCoreApplication::translate("Import", "Unknown format \"%1\"; known formats: auto, %2.")
                .arg(formatId, ids.join(QStringLiteral(", "))),
            path };
    }
    return importOpen(ws, file, path, *format, ctx);
}

static Result<ImportSummary> importOpen(
    Store::Workspace& ws, QFile& file, const QString& path, const Ingest::UsageFormat& format, TaskContext& ctx)
{
    Store::UsageRepository repo(ws);
    auto catalog = repo.catalog();
    if (!catalog)
        return catalog.error();

    Store::Transaction tx(ws);
    if (auto r = tx.begin(); !r)
        return r.error();

    ImportSummary summary;
    summary.file = path;
    Store::ChangeSet changes;
    qint64 offered = 0;
    const Pricing::PriceCatalog& prices = catalog.value();
    Ingest::Sinks sinks;
    sinks.events = [&](QList<UsageEvent>& chunk) -> Result<void> {
        Pricing::priceEvents(prices, chunk);
        offered += chunk.size();
        auto n = repo.insert(chunk, &changes);
        if (!n)
            return n.error();
        summary.imported += n.value();
        return {};
    };
    const QString fileName = QFileInfo(path).fileName();
    sinks.spans = [&](QList<TraceSpan>& chunk) -> Result<void> {
        auto n = repo.insertSpans(chunk, fileName);
        if (!n)
            return n.error();
        summary.spans += n.value();
        return {};
    };
    // Good rows stream into the open transaction to keep memory flat; a rejected row anywhere drops it at the end.
    auto parsed = format.parse(file, path, sinks, ctx);
    if (!parsed)
        return parsed.error();
    const Ingest::ParseReport& report = parsed.value();
    summary.format = format.id();
    summary.rows = report.rows;
    summary.rejectedCount = report.rejectedCount;
    summary.rejected = report.rejected;
    if (report.rejectedCount > 0) {
        summary.imported = 0;
        summary.duplicates = 0;
        summary.unpriced = 0;
        summary.spans = 0;
        return summary; // tx rolls back: the workspace is exactly as before
    }
    summary.duplicates = offered - summary.imported;
    summary.unpriced = changes.unpriced;
    if (auto r = repo.refreshDerived(changes); !r)
        return r.error();
    if (auto r = repo.recordImport(QFileInfo(path).fileName(), summary.format, summary.imported, summary.duplicates, 0);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    summary.committed = true;
    qCInfo(lcIngest) << "imported" << path << summary.imported << "new," << summary.duplicates << "duplicates";
    return summary;
}

} // namespace Import
