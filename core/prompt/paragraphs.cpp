// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/paragraphs.h"

namespace Prompt {

QList<Paragraph> splitParagraphs(QStringView text)
{
    QList<Paragraph> out;
    const qsizetype n = text.size();
    qsizetype start = -1; // of the current paragraph
    qsizetype end = 0; // end of its last non-blank line (before '\r\n' / '\n')
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        const bool last = lineEnd < 0;
        if (last)
            lineEnd = n;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && text[contentEnd - 1] == QLatin1Char('\r'))
            --contentEnd;
        bool blank = true;
        for (qsizetype i = lineStart; i < contentEnd && blank; ++i)
            blank = text[i] == QLatin1Char(' ') || text[i] == QLatin1Char('\t') || text[i] == QLatin1Char('\r');
        if (blank) {
            if (start >= 0)
                out.append({ start, end - start });
            start = -1;
        } else {
            if (start < 0)
                start = lineStart;
            end = contentEnd;
        }
        if (last)
            break;
        lineStart = lineEnd + 1;
    }
    if (start >= 0)
        out.append({ start, end - start });
    return out;
}

} // namespace Prompt
