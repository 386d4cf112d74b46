// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/import/fileimporter.h"

#include "core/common/boundedqueue.h"
#include "core/common/logging.h"
#include "core/ingest/usageformat.h"
#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <thread>

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

namespace {

    /** A chunk of encoded rows on its way from the parser thread to the store. */
    struct Chunk
    {
        Store::RowBuffer rows;
        bool spans = false;
    };

    /** Chunks in flight between parser and store: enough to keep both threads busy, few enough to keep memory flat. */
    constexpr size_t ChunksInFlight = 4;

} // namespace

static Result<ImportSummary> importOpen(
    Store::Workspace& ws, QFile& file, const QString& path, const Ingest::UsageFormat& format, TaskContext& ctx)
{
    if (ws.isReadOnly())
        return ws.readOnlyError(QCoreApplication::translate("Import", "importing"));
    Store::UsageRepository repo(ws);
    auto catalog = repo.catalog();
    if (!catalog)
        return catalog.error();
    auto encoder = repo.encoder();
    if (!encoder)
        return encoder.error();

    Store::Transaction tx(ws);
    if (auto r = tx.begin(); !r)
        return r.error();

    ImportSummary summary;
    summary.file = path;
    Store::ChangeSet changes;

    // Two threads: this one (which owns the workspace connection) inserts, a parser thread reads the file, prices
    // and encodes rows. Good rows stream into the open transaction to keep memory flat; a rejected row anywhere
    // drops it at the end.
    BoundedQueue<Chunk> queue(ChunksInFlight);
    qint64 offered = 0;
    Result<Ingest::ParseReport> parsed = Error {};
    {
        const Pricing::PriceCatalog& prices = catalog.value();
        const Store::EventEncoder& enc = encoder.value();
        const QByteArray fileName = QFileInfo(path).fileName().toUtf8();
        const Error stopped { Error::Code::Canceled, QCoreApplication::translate("Import", "Import stopped."), path };
        Ingest::Sinks sinks;
        sinks.events = [&](QList<UsageEvent>& events) -> Result<void> {
            Pricing::priceEvents(prices, events);
            offered += events.size();
            Chunk c { Store::RowBuffer(int(Store::EventEncoder::columns().size())), false };
            c.rows.reserve(events.size(), events.size() * 128);
            for (const UsageEvent& e : events)
                enc.encode(e, c.rows);
            return queue.push(std::move(c)) ? Result<void> {} : Result<void>(stopped);
        };
        sinks.spans = [&](QList<TraceSpan>& spans) -> Result<void> {
            Chunk c { Store::RowBuffer(int(Store::spanColumns().size())), true };
            c.rows.reserve(spans.size(), spans.size() * 96);
            for (const TraceSpan& s : spans)
                Store::encodeSpan(s, fileName, c.rows);
            return queue.push(std::move(c)) ? Result<void> {} : Result<void>(stopped);
        };
        std::thread parser([&] {
            parsed = format.parse(file, path, sinks, ctx);
            queue.close();
        });
        std::optional<Error> storeError;
        while (auto chunk = queue.pop()) {
            auto n = chunk->spans ? repo.insertEncodedSpans(chunk->rows) : repo.insertEncoded(chunk->rows, &changes);
            if (!n) {
                storeError = n.error();
                queue.abort(); // the parser's next push fails and it stops
                break;
            }
            (chunk->spans ? summary.spans : summary.imported) += n.value();
        }
        parser.join();
        if (storeError)
            return *storeError;
    }
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
    auto added = repo.added(changes);
    if (!added)
        return added.error();
    summary.unpriced = added.value().unpriced;
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
