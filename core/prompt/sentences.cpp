// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/sentences.h"

#include "core/prompt/fillerphrases.h"

namespace Prompt {

namespace {

    bool isSpace(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    }

    /** Length of a list marker with its spaces at `i` ("- ", "12. "), or 0. */
    qsizetype markerLength(QStringView line, qsizetype i)
    {
        const qsizetype n = line.size();
        qsizetype j = i;
        if (j < n
            && (line[j] == QLatin1Char('-') || line[j] == QLatin1Char('*') || line[j] == QChar(0x2022)
                || line[j] == QLatin1Char('+'))) {
            ++j;
        } else {
            while (j < n && line[j].isDigit() && j - i < 3)
                ++j;
            if (j == i || j >= n || (line[j] != QLatin1Char('.') && line[j] != QLatin1Char(')')))
                return 0;
            ++j;
        }
        if (j < n && !isSpace(line[j]))
            return 0;
        while (j < n && isSpace(line[j]))
            ++j;
        return j - i;
    }

    bool isTerminal(QChar c)
    {
        return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?');
    }

} // namespace

QList<Sentence> splitSentences(QStringView text)
{
    QList<Sentence> out;
    const qsizetype n = text.size();
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        qsizetype i = 0;
        while (i < line.size() && isSpace(line[i]))
            ++i;
        i += markerLength(line, i);
        while (i < line.size()) {
            while (i < line.size() && isSpace(line[i]))
                ++i;
            if (i >= line.size())
                break;
            const qsizetype s = i;
            qsizetype e = line.size();
            for (qsizetype j = i; j < line.size(); ++j) {
                if (isTerminal(line[j]) && (j + 1 == line.size() || isSpace(line[j + 1]))) {
                    e = j + 1;
                    break;
                }
            }
            qsizetype trimmed = e;
            while (trimmed > s && isSpace(line[trimmed - 1]))
                --trimmed;
            if (trimmed > s)
                out.append({ lineStart + s, trimmed - s });
            i = e;
        }
        lineStart = lineEnd + 1;
    }
    return out;
}

QString normalizedSentence(QStringView sentence)
{
    // drop filler first, so that "Please always be polite." repeats "Always be polite."
    QString kept;
    qsizetype pos = 0;
    for (const FillerMatch& m : findFiller(sentence)) {
        kept += sentence.mid(pos, m.start - pos);
        kept += QLatin1Char(' ') + fillerPhrases().at(m.phrase).replacement + QLatin1Char(' ');
        pos = m.start + m.length;
    }
    kept += sentence.mid(pos);
    QString out;
    out.reserve(kept.size());
    bool gap = false;
    for (QChar c : std::as_const(kept)) {
        if (c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += QLatin1Char(' ');
            gap = false;
            out += c.toLower();
        } else if (c != QLatin1Char('\'') && c != QChar(0x2019)) { // "don't" is one word
            gap = true;
        }
    }
    return out;
}

int wordCount(QStringView text)
{
    int words = 0;
    bool in = false;
    for (QChar c : text) {
        const bool w = c.isLetterOrNumber();
        if (w && !in)
            ++words;
        in = w;
    }
    return words;
}

} // namespace Prompt
