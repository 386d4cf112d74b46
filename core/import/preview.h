// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/usageevent.h"
#include "core/ingest/canonicalparser.h"
#include "core/ingest/columnmapping.h"
#include "core/pricing/pricecatalog.h"

#include <QMetaType>

namespace Import {

/** The start of a file as it would import: its format and its first events, priced, and the first bad rows. */
struct Preview
{
    QString file;
    QString formatId;
    QString formatTitle;
    QList<UsageEvent> events; // the first `limit`, in file order, priced
    QList<Error> rejected; // bad rows among those read
};

/**
 * Reads the beginning of `path` (format recognised from its content when `formatId` is "auto") until `limit`
 * events, and prices them with `catalog`. Writes nothing. Errors name the file, like an import's.
 */
Result<Preview> preview(
    const QString& path, const QString& formatId, const Pricing::PriceCatalog& catalog, int limit = 20);
/** The same with a format object, e.g. Ingest::mappedFormat() for a user's column mapping. */
Result<Preview> preview(
    const QString& path, const Ingest::UsageFormat& format, const Pricing::PriceCatalog& catalog, int limit = 20);

/** The first rows of a file as they are and as a column mapping reads them. */
struct MappingPreview
{
    Ingest::RawPreview raw; // the header and the first rows, as the file has them
    Preview parsed; // what the mapping makes of exactly those rows: events (priced) and rejected rows
    /** Set when the mapping cannot read the file at all (time or model not mapped, a mapped column missing). */
    std::optional<Error> error;
};

/**
 * Reads the header and the first `rows` records of a CSV or JSON Lines file (with `mapping.delimiter`) and parses
 * exactly those through Ingest::mappedFormat(mapping), pricing the events with `catalog`: every one of those rows
 * is either an event or a rejected row with its line. Fails only when the file cannot be read as CSV or JSON Lines.
 * Writes nothing; any thread.
 */
Result<MappingPreview> previewMapping(
    const QString& path, const Ingest::ColumnMapping& mapping, const Pricing::PriceCatalog& catalog, int rows = 20);

} // namespace Import

Q_DECLARE_METATYPE(Import::Preview)
Q_DECLARE_METATYPE(Import::MappingPreview)
