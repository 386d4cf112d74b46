// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Prompt {

/** The one-click rewrites. Each is a pure function of the text. */
enum class Rule {
    Dedupe, // drop instructions that repeat an earlier one (same words once filler and case are ignored)
    Filler, // drop filler phrases, shorten wordy idioms
    StaticFirst, // move paragraphs without template variables before the first one with a variable (caching)
    Whitespace, // trailing spaces, runs of spaces, more than one blank line
};

/** All rules in the order rewrite() applies them. */
QList<Rule> allRules();
/** "dedupe", "filler", "reorder", "whitespace" (CLI --rules, JSON). */
QString ruleId(Rule rule);
std::optional<Rule> ruleFromId(QStringView id);
/** Short user-facing name ("Remove filler"). */
QString ruleName(Rule rule);
/** What the rule does and why it is safe, for tooltips and --help. */
QString ruleDescription(Rule rule);

/**
 * One change, in the coordinates of the text the rule was applied to: `length` characters from `start` become
 * `replacement`. For StaticFirst the edit names a moved paragraph (its range and text); the result text is what
 * counts. `note` says what was changed, for the list of edits.
 */
struct Edit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;
    QString note;
    bool operator==(const Edit&) const = default;
};

/** The edits one rule made. */
struct RuleEdits
{
    Rule rule = Rule::Filler;
    QList<Edit> edits;
};

/** A rewritten text and the rules that changed it (rules that changed nothing are left out). */
struct Rewrite
{
    QString text;
    QList<RuleEdits> applied;
    int editCount() const;
};

/** The edits of one rule on `text` (sorted, not overlapping), without applying them. */
QList<Edit> ruleEdits(QStringView text, Rule rule);

/** Applies sorted, non-overlapping edits. */
QString applyEdits(QStringView text, const QList<Edit>& edits);

/** Applies `rules` in the order of allRules() (whatever their order in the list), each to the previous result. */
Rewrite rewrite(QStringView text, const QList<Rule>& rules);

} // namespace Prompt
