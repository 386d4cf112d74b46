// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Prompt {

/**
 * A sentence or instruction: a stretch of one line ended by '.', '!' or '?' before a space, or by the end of the line.
 * `start` skips leading spaces and a list marker ("- ", "* ", "• ", "3. ", "2) "); the range ends after the
 * punctuation.
 */
struct Sentence
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const Sentence&) const = default;
};

/** The sentences of `text` in order. Lines are boundaries: a bullet never merges with the next one. */
QList<Sentence> splitSentences(QStringView text);

/**
 * The comparison key of an instruction: filler phrases dropped, lower case, words (letters and digits) joined by one
 * space; apostrophes are dropped ("don't" → "dont"). "Please ALWAYS  be polite!" and "always be polite" have the
 * same key.
 */
QString normalizedSentence(QStringView sentence);

/** Number of words (runs of letters and digits) in `text`. */
int wordCount(QStringView text);

} // namespace Prompt
