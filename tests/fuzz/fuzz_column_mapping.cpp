// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// A user's own CSV or JSON Lines file through column mapping (core/ingest/columnmapping), as the import dialog takes
// it: delimiter guess, preview, mapping guess (time and model fall back to the first columns), then the mapped parse
// of the whole input. The same bytes also go through the saved-mappings JSON reader and, line by line, through the
// --map FIELD=COLUMN parser.

#include "core/common/task.h"
#include "core/ingest/columnmapping.h"
#include "core/ingest/mappingstore.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray input = Fuzz::bytes(data, size);

    (void)Ingest::savedMappingsFromJson(input);
    QStringList specs;
    for (const QByteArray& line : input.left(4096).split('\n'))
        specs << QString::fromUtf8(line);
    (void)Ingest::parseMapping(specs);

    const QChar delimiter = Ingest::guessDelimiter(input.left(Ingest::DetectBytes));
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    auto preview = Ingest::readRawPreview(device, 20, delimiter);
    if (!preview.ok() || preview.value().header.isEmpty())
        return 0;
    Ingest::ColumnMapping mapping = Ingest::guessMapping(preview.value(), delimiter);
    const QStringList& header = preview.value().header;
    if (!mapping.fields.contains(QStringLiteral("time")))
        mapping.fields.insert(QStringLiteral("time"), header.first());
    if (!mapping.fields.contains(QStringLiteral("model")))
        mapping.fields.insert(QStringLiteral("model"), header.value(1, header.first()));

    const auto format = Ingest::mappedFormat(mapping);
    device.seek(0);
    PlainTaskContext ctx;
    Ingest::Sinks sinks;
    sinks.events = [](QList<UsageEvent>&) -> Result<void> { return {}; };
    (void)format->parse(device, QStringLiteral("fuzz-input"), sinks, ctx);
    return 0;
}
