// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QMetaType>
#include <QString>

/** A user-facing failure. `message` is translated and names the file or URL; `line` is 1-based or -1. */
struct Error
{
    enum class Code { Io, Parse, Schema, Network, Vulkan, Canceled, Unavailable };
    Code code = Code::Io;
    QString message;
    QString source; // file path, URL or "workspace"
    qint64 line = -1;
    QString field; // the offending field, when one is to blame

    /** "file:line: field: message" with the parts that are known. */
    QString toString() const
    {
        QString s;
        if (!source.isEmpty()) {
            s += source;
            if (line > 0)
                s += QLatin1Char(':') + QString::number(line);
            s += QStringLiteral(": ");
        }
        if (!field.isEmpty())
            s += QStringLiteral("field \"") + field + QStringLiteral("\": ");
        return s + message;
    }
};
Q_DECLARE_METATYPE(Error)
