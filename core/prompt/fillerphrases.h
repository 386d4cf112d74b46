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
    QString phrase; // lower case, single spaces
    QString replacement; // empty: remove (with a comma and spaces after it)
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
 * please."). Stops after `limit` matches.
 */
QList<FillerMatch> findFiller(QStringView text, qsizetype limit = -1);

} // namespace Prompt
