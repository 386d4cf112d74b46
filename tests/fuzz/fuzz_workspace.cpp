// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// Opening a file as an existing workspace (core/store: SQLite, foreign files, schema versions, migration), from a
// scratch file that is removed with its -wal, -shm and -journal after each input.

#include "core/store/workspace.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = Fuzz::scratchPath("w.inferometer");
    if (Fuzz::writeFile(path, data, size)) {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (ws.ok())
            (void)ws.value()->meta(QStringLiteral("demo_seed"));
    }
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
    return 0;
}
