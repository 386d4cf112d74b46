// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/common/usageevent.h"
#include "core/ingest/canonicalparser.h"
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

} // namespace Import

Q_DECLARE_METATYPE(Import::Preview)
