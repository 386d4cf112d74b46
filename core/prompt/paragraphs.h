// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QStringView>

namespace Prompt {

/** A paragraph: a run of non-blank lines. The range starts at its first line and ends before its last newline. */
struct Paragraph
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const Paragraph&) const = default;
};

/** One line of a text: [start, contentEnd), without its '\n' or '\r\n'; `last` when no newline follows it. */
struct Line
{
    qsizetype start = 0;
    qsizetype contentEnd = 0;
    bool last = false;
};

/** Calls `f(line)` for each line of `text`, first to last (a text that ends with '\n' ends with an empty line). */
template <class F>
void forEachLine(QStringView text, F f)
{
    const qsizetype n = text.size();
    for (qsizetype lineStart = 0;;) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        const bool last = lineEnd < 0;
        if (last)
            lineEnd = n;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > lineStart && text[contentEnd - 1] == QLatin1Char('\r'))
            --contentEnd;
        f(Line { lineStart, contentEnd, last });
        if (last)
            return;
        lineStart = lineEnd + 1;
    }
}

/** The paragraphs of `text`, separated by blank lines (empty or only spaces, tabs and '\r'). */
QList<Paragraph> splitParagraphs(QStringView text);

} // namespace Prompt
