// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Prompt {

/** One piece of a diff: text both sides share, or that only the old (Delete) or the new (Insert) side has. */
struct DiffPart
{
    enum Op { Equal, Delete, Insert };
    Op op = Equal;
    QString text;
    bool operator==(const DiffPart&) const = default;
};

/**
 * Line diff of `before` and `after` (Myers' shortest edit script after trimming the common head and tail). Each part
 * holds whole lines with their newlines; adjacent parts of the same kind are merged. When the edit script would be
 * longer than `maxEdits` lines, the middle is reported as one Delete and one Insert.
 */
QList<DiffPart> diffLines(QStringView before, QStringView after, int maxEdits = 2000);

/** Word diff: the same on tokens (runs of letters and digits, runs of spaces, single other characters). */
QList<DiffPart> diffWords(QStringView before, QStringView after, int maxEdits = 2000);

/**
 * Line diff whose changed blocks are refined into words: a Delete block followed by an Insert block becomes the word
 * diff of the two. What the rewrite preview shows.
 */
QList<DiffPart> diffLinesThenWords(QStringView before, QStringView after);

} // namespace Prompt
