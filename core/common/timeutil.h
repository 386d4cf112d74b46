// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/** Times are UTC milliseconds since the epoch everywhere in core. */
namespace TimeUtil {

/**
 * Accepts RFC 3339 / ISO 8601 with any offset ("2026-03-01T10:00:00Z", "...+02:00", "2026-03-01 10:00:00.123"),
 * a bare date (midnight UTC), or epoch seconds / milliseconds / microseconds / nanoseconds as an integer or decimal
 * (told apart by magnitude). A time without a zone is UTC.
 */
std::optional<qint64> parse(QStringView text);

/** "2026-03-01T10:00:00.000Z" */
QString toIso(qint64 ms);
/** "2026-03-01" */
QString toDate(qint64 ms);

constexpr qint64 MsPerDay = 86'400'000;
inline qint64 dayStart(qint64 ms)
{
    return ms - ((ms % MsPerDay) + MsPerDay) % MsPerDay;
}

} // namespace TimeUtil
