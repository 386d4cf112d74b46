// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/ingest/columnmapping.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Ingest {

/** A column mapping remembered for the files whose name matches `pattern` ("spend_*-*.csv"). */
struct SavedMapping
{
    QString pattern;
    ColumnMapping mapping;

    bool operator==(const SavedMapping&) const = default;
};

/**
 * The pattern a mapping is remembered under by default: the file name (without folders) with each run of digits
 * replaced by `*`, so that next month's export matches: "spend_2026-10.csv" → "spend_*-*.csv".
 */
QString filePattern(const QString& fileName);

/**
 * Whether the file name (without folders) of `path` matches `pattern`: `*` stands for any run of characters, `?` for
 * one; everything else literally, ignoring case. An empty pattern matches nothing.
 */
bool matchesPattern(const QString& pattern, const QString& path);

/** {"fields": {"time": "ts", …}, "time_format": "…", "delimiter": ","}; empty parts are left out. */
QJsonObject mappingToJson(const ColumnMapping& mapping);
/** The inverse of mappingToJson(), validated like parseMapping() (known fields, time and model mapped). */
Result<ColumnMapping> mappingFromJson(const QJsonObject& json);

/** A list of saved mappings as compact JSON: [{"pattern": "…", "mapping": {…}}, …]. */
QByteArray savedMappingsToJson(const QList<SavedMapping>& saved);
/** The inverse of savedMappingsToJson(); entries that are not valid (edited by hand, older fields) are skipped. */
QList<SavedMapping> savedMappingsFromJson(const QByteArray& json);

/**
 * The saved mapping for `path`: among the patterns it matches, the most specific one (the most literal characters),
 * the latest saved on a tie. nullopt when none matches.
 */
std::optional<SavedMapping> findSavedMapping(const QList<SavedMapping>& saved, const QString& path);

/** Adds `entry`, replacing the one saved under the same pattern (compared ignoring case), at the end of the list. */
void putSavedMapping(QList<SavedMapping>& saved, const SavedMapping& entry);

} // namespace Ingest
