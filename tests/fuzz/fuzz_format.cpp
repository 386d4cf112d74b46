// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// One usage format of the registry (FUZZ_FORMAT_ID: "openai-usage", "otlp", …): detect() on the head, then parse()
// of the whole input with sinks that take every event and span.

#include "core/common/task.h"
#include "core/ingest/usageformat.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QBuffer>

#include <cstdlib>

#ifndef FUZZ_FORMAT_ID
#error "FUZZ_FORMAT_ID names the format"
#endif

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    if (!Ingest::findFormat(QStringLiteral(FUZZ_FORMAT_ID)))
        std::abort(); // the registry lost the format: fix tests/fuzz/CMakeLists.txt
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Ingest::UsageFormat* const format = Ingest::findFormat(QStringLiteral(FUZZ_FORMAT_ID));
    QByteArray input = Fuzz::bytes(data, size);
    (void)format->detect(input.left(Ingest::DetectBytes));

    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    PlainTaskContext ctx;
    Ingest::Sinks sinks;
    qint64 events = 0, spans = 0;
    sinks.events = [&events](QList<UsageEvent>& chunk) -> Result<void> {
        events += chunk.size();
        return {};
    };
    sinks.spans = [&spans](QList<TraceSpan>& chunk) -> Result<void> {
        spans += chunk.size();
        return {};
    };
    (void)format->parse(device, QStringLiteral("fuzz-input"), sinks, ctx);
    return 0;
}
