// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/paragraphs.h"

namespace Prompt {

QList<Paragraph> splitParagraphs(QStringView text)
{
    QList<Paragraph> out;
    qsizetype start = -1; // of the current paragraph
    qsizetype end = 0; // end of its last non-blank line (before '\r\n' / '\n')
    forEachLine(text, [&](const Line& line) {
        bool blank = true;
        for (qsizetype i = line.start; i < line.contentEnd && blank; ++i)
            blank = text[i] == QLatin1Char(' ') || text[i] == QLatin1Char('\t') || text[i] == QLatin1Char('\r');
        if (blank) {
            if (start >= 0)
                out.append({ start, end - start });
            start = -1;
        } else {
            if (start < 0)
                start = line.start;
            end = line.contentEnd;
        }
    });
    if (start >= 0)
        out.append({ start, end - start });
    return out;
}

} // namespace Prompt
