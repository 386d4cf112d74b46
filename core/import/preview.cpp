// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/import/preview.h"

#include "core/ingest/columnmapping.h"
#include "core/ingest/usageformat.h"
#include "core/pricing/costengine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Import {

namespace {

    Error unreadable(const QFile& file, const QString& path)
    {
        return Error { Error::Code::Io,
            QCoreApplication::translate("Import", "Cannot read the file: %1").arg(file.errorString()), path };
    }

    Result<Preview> readPreview(QIODevice& device, const QString& path, const Ingest::UsageFormat& format,
        const Pricing::PriceCatalog& catalog, int limit)
    {
        Preview p;
        p.file = path;
        p.formatId = format.id();
        p.formatTitle = format.title();
        // the parser stops when the sink says so: a cancel-like error once enough events are in
        class Enough : public TaskContext
        {
        public:
            bool isCanceled() const override { return done; }
            void setProgress(qint64, qint64) override { }
            bool done = false;
        } ctx;
        Ingest::Sinks sinks;
        sinks.events = [&](QList<UsageEvent>& chunk) -> Result<void> {
            for (UsageEvent& e : chunk)
                if (p.events.size() < limit)
                    p.events.append(std::move(e));
            if (p.events.size() >= limit) {
                ctx.done = true;
                return Error { Error::Code::Canceled, QString(), path };
            }
            return {};
        };
        auto r = format.parse(device, path, sinks, ctx);
        if (!r && r.error().code != Error::Code::Canceled)
            return r.error();
        if (r)
            p.rejected = r.value().rejected.mid(0, limit);
        Pricing::priceEvents(catalog, p.events);
        return p;
    }

} // namespace

Result<Preview> preview(const QString& path, const QString& formatId, const Pricing::PriceCatalog& catalog, int limit)
{
    const Ingest::UsageFormat* format = nullptr;
    if (formatId.isEmpty() || formatId == QLatin1String("auto")) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
            return unreadable(file, path);
        auto found = Ingest::recognise(file.peek(Ingest::DetectBytes), path);
        if (!found)
            return found.error();
        format = found.value();
    } else if (!(format = Ingest::findFormat(formatId))) {
        return Error { Error::Code::Parse,
            QCoreApplication::translate("Import", "Unknown format \"%1\".").arg(formatId), path };
    }
    return preview(path, *format, catalog, limit);
}

Result<Preview> preview(
    const QString& path, const Ingest::UsageFormat& format, const Pricing::PriceCatalog& catalog, int limit)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return unreadable(file, path);
    return readPreview(file, path, format, catalog, limit);
}

Result<MappingPreview> previewMapping(
    const QString& path, const Ingest::ColumnMapping& mapping, const Pricing::PriceCatalog& catalog, int rows)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return unreadable(file, path);
    MappingPreview out;
    auto raw = Ingest::readRawPreview(file, rows, mapping.delimiter);
    if (!raw)
        return raw.error();
    out.raw = std::move(raw).value();
    // parse exactly the rows shown: each is an event or a rejected row
    if (!file.seek(0))
        return unreadable(file, path);
    QByteArray head = file.read(out.raw.bytes);
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    const auto format = Ingest::mappedFormat(mapping);
    auto parsed = readPreview(buffer, path, *format, catalog, int(out.raw.rows.size()) + 1); // never stops early
    if (parsed) {
        out.parsed = std::move(parsed).value();
    } else {
        out.error = parsed.error();
        out.parsed.file = path;
        out.parsed.formatId = format->id();
        out.parsed.formatTitle = format->title();
    }
    return out;
}

} // namespace Import
