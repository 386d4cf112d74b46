// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QIODevice>
#include <QStringList>

namespace Ingest {

/**
 * Streaming RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a UTF-8 BOM is
 * skipped. Tracks the physical line on which each record starts, for error messages. Reads from a QIODevice it does
 * not own.
 */
class CsvReader
{
public:
    CsvReader(QIODevice& device, QString source, QChar delimiter = QLatin1Char(','));

    /** Next record into `fields`; false at end of input. A malformed record sets error() and returns false. */
    bool next(QStringList& fields);
    /** 1-based line where the last record returned by next() starts. */
    qint64 recordLine() const { return m_recordLine; }
    bool hasError() const { return m_error.has_value(); }
    const Error& error() const { return *m_error; }
    /** Bytes consumed so far (for progress). */
    qint64 bytesRead() const { return m_bytes; }

private:
    bool readLine(QString& out);
    QIODevice& m_dev;
    QString m_source;
    QChar m_delim;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    qint64 m_bytes = 0;
    bool m_first = true;
    std::optional<Error> m_error;
};

} // namespace Ingest
