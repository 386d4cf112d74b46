// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Ingest {

CsvReader::CsvReader(QIODevice& device, QString source, QChar delimiter)
    : m_dev(device)
    , m_source(std::move(source))
    , m_delim(delimiter)
{ }

bool CsvReader::readLine(QString& out)
{
    if (m_dev.atEnd())
        return false;
    QByteArray raw = m_dev.readLine();
    m_bytes += raw.size();
    ++m_line;
    if (m_first) {
        m_first = false;
        if (raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
    }
    if (raw.endsWith('\n'))
        raw.chop(1);
    if (raw.endsWith('\r'))
        raw.chop(1);
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = dec.decode(raw);
    if (dec.hasError() || raw.contains('\0')) {
        m_error = Error { Error::Code::Parse,
            QCoreApplication::translate("Ingest", "This line is not UTF-8 text (binary data?)."), m_source, m_line };
        return false;
    }
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    if (m_error)
        return false;
    QString line;
    // skip blank lines between records
    do {
        if (!readLine(line))
            return false;
    } while (line.trimmed().isEmpty());
    m_recordLine = m_line;

    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false;
    qsizetype i = 0;
    for (;;) {
        if (i >= line.size()) {
            if (quoted) { // line break inside quotes: continue on the next physical line
                QString more;
                if (!readLine(more)) {
                    if (!m_error)
                        m_error = Error { Error::Code::Parse,
                            QCoreApplication::translate(
                                "Ingest", "A quoted field opened on this line is never closed (truncated file?)."),
                            m_source, m_recordLine };
                    return false;
                }
                field += QLatin1Char('\n');
                line = more;
                i = 0;
                continue;
            }
            fields.append(wasQuoted ? field : field.trimmed());
            return true;
        }
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == m_delim) {
            fields.append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
            ++i;
            continue;
        }
        field += c;
        ++i;
    }
}

} // namespace Ingest
