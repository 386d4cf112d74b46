// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/ingest/mappingstore.h"

#include <QSettings>

/**
 * The column mappings the user saved, per file-name pattern, in the application settings (one JSON value, so that a
 * pattern's `*` and `/` never meet QSettings' key syntax). GUI thread.
 */
namespace MappingSettings {

inline QString key()
{
    return QStringLiteral("import/columnMappings");
}

inline QList<Ingest::SavedMapping> load()
{
    return Ingest::savedMappingsFromJson(QSettings().value(key()).toString().toUtf8());
}

inline void save(const QList<Ingest::SavedMapping>& saved)
{
    QSettings().setValue(key(), QString::fromUtf8(Ingest::savedMappingsToJson(saved)));
}

/** The saved mapping whose pattern matches `path` best, or nullopt. */
inline std::optional<Ingest::SavedMapping> find(const QString& path)
{
    return Ingest::findSavedMapping(load(), path);
}

/** Saves `entry`, replacing what was saved under the same pattern. */
inline void remember(const Ingest::SavedMapping& entry)
{
    auto saved = load();
    Ingest::putSavedMapping(saved, entry);
    save(saved);
}

} // namespace MappingSettings
