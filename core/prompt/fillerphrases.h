// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Prompt {

/**
 * A phrase that costs tokens and tells the model nothing: polite padding ("please note that", "make sure to"), role
 * boilerplate ("as an AI language model") and wordy idioms with a short equivalent ("in order to" → "to"). Models
 * respond to commands, not requests: dropping these keeps the instruction.
 */
struct FillerPhrase
{
    /** Where the phrase can go without leaving a broken sentence. */
    enum class Position {
        Anywhere, // an adverb or an idiom with a same-role equivalent ("basically", "in order to" → "to")
        ClauseStart, // where a clause starts: a sentence start, after a comma or semicolon, after "and", "but", "or",
                     // "so" or "then" ("…, and you should not" → "…, and do not"; "the tone you should use" stays)
        SentenceStart, // a whole lead-in ("It is important to note that"), only before the sentence it introduces
    };
    QString phrase; // lower case, single spaces
    QString replacement; // empty: remove (with a comma and spaces after it)
    Position position = Position::Anywhere;
    bool operator==(const FillerPhrase&) const = default;
};

/** The curated list, longest phrases first. */
const QList<FillerPhrase>& fillerPhrases();

/** One occurrence of a filler phrase; the range covers the phrase only. */
struct FillerMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    int phrase = 0; // index into fillerPhrases()
    bool operator==(const FillerMatch&) const = default;
};

/**
 * Occurrences in `text`, in order, not overlapping; case-insensitive, on word boundaries, words separated by spaces or
 * tabs. A phrase that is removed (no replacement) only counts when words follow it ("please respond", not "…,
 * please."), and each phrase only where its Position allows; a phrase right after a removed lead-in stands where the
 * lead-in stood ("Please note that you should not …" → "Do not …"). Stops after `limit` matches.
 */
QList<FillerMatch> findFiller(QStringView text, qsizetype limit = -1);

/** True when only spaces and a list marker come before `pos` on its line, or a sentence ended before it. */
bool atSentenceStart(QStringView text, qsizetype pos);

/** Where a removed phrase's edit ends: after it, an optional comma and the spaces that follow. */
qsizetype afterRemoval(QStringView text, qsizetype phraseEnd);

} // namespace Prompt
