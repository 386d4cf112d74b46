// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/usageformat.h"

#include "core/ingest/anthropicformats.h"
#include "core/ingest/canonicalparser.h"
#include "core/ingest/collector.h"
#include "core/ingest/langfuseformats.h"
#include "core/ingest/focusformat.h"
#include "core/ingest/litellmformats.h"
#include "core/ingest/openaiformats.h"
#include "core/ingest/otlpformat.h"

#include <QCoreApplication>

namespace Ingest {

const QList<const UsageFormat*>& formats()
{
    // Detection asks every format and takes the most certain; the order only breaks ties.
    static const QList<const UsageFormat*> all {
        &canonicalJsonlFormat(),
        &canonicalCsvFormat(),
        &otlpFormat(),
        &anthropicUsageFormat(),
        &anthropicCostFormat(),
        &langfuseJsonFormat(),
        &langfuseCsvFormat(),
        &openAiUsageFormat(),
        &openAiCostsFormat(),
        &openAiActivityCsvFormat(),
        &openAiCostCsvFormat(),
        &liteLlmSpendLogsFormat(),
        &liteLlmDailyFormat(),
        &focusCsvFormat(),
    };
    return all;
}

const UsageFormat* findFormat(QStringView id)
{
    for (const UsageFormat* f : formats())
        if (f->id().compare(id, Qt::CaseInsensitive) == 0)
            return f;
    return nullptr;
}

namespace {
    bool inFamily(const UsageFormat* f, QStringView family)
    {
        return family.isEmpty() || f->id().compare(family, Qt::CaseInsensitive) == 0
            || f->id().startsWith(family.toString() + QLatin1Char('-'), Qt::CaseInsensitive);
    }
} // namespace

bool isFormatOrFamily(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (const UsageFormat* f : formats())
        if (inFamily(f, name))
            return true;
    return false;
}

Result<const UsageFormat*> recognise(const QByteArray& head, const QString& path, QStringView family)
{
    QByteArray h = head;
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    if (h.trimmed().isEmpty())
        return fileError(
            path, 1, QCoreApplication::translate("Ingest", "The file is empty: there is no usage data to import."));
    const UsageFormat* best = nullptr;
    int bestScore = 0;
    QStringList tried;
    for (const UsageFormat* f : formats()) {
        if (!inFamily(f, family))
            continue;
        tried << f->title();
        const int score = f->detect(h);
        if (score > bestScore) {
            best = f;
            bestScore = score;
        }
    }
    if (!best)
        return fileError(path, 1,
            QCoreApplication::translate("Ingest",
                "The format of this file was not recognised. Tried: %1. For a CSV or JSON Lines file of your own, map "
                "its columns to the event fields (Map Columns… in the import dialog, --map FIELD=COLUMN on the "
                "command line).")
                .arg(tried.join(QStringLiteral("; "))));
    return best;
}

} // namespace Ingest
