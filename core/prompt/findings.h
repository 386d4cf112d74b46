// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/prompt/rewrites.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Prompt {

enum class FindingKind {
    Repeat, // a sentence or bullet that says again what an earlier one said
    Filler, // a filler phrase or a wordy idiom
    Whitespace, // trailing spaces, runs of spaces, extra blank lines
    Verbose, // prose that would be shorter as a list of imperatives or as JSON (heuristic)
};

QString findingKindName(FindingKind kind);

/** One place in the prompt worth a look: its character range and a user-facing explanation (tooltip text). */
struct Finding
{
    FindingKind kind = FindingKind::Filler;
    qsizetype start = 0;
    qsizetype length = 0;
    QString message;
    std::optional<Rule> fix; // the rewrite that removes it, when one does
    qsizetype firstStart = -1; // Repeat: where the first occurrence starts
};

struct Findings
{
    QList<Finding> items; // by start
    bool truncated = false; // stopped at the limit
    int count(FindingKind kind) const;
};

/**
 * All findings of `text`: repeats, filler, whitespace waste and verbose paragraphs, by position, at most `limit` (the
 * editor highlights them; counts beyond the limit would not be readable anyway). The verbose-prose heuristic: a
 * paragraph of at least three sentences and 45 words of which three or more are instructions ("you should…",
 * "always…", "if…") reads better and shorter as a bulleted list of imperatives; three or more sentences of the form
 * "The X is Y." in one paragraph are data, shorter as JSON or "key: value" lines.
 */
Findings findFindings(QStringView text, int limit = 5000);

} // namespace Prompt
