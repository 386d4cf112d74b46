// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/rewrites.h"

#include "core/prompt/fillerphrases.h"
#include "core/prompt/paragraphs.h"
#include "core/prompt/sentences.h"
#include "core/prompt/templatevars.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Prompt {

namespace {

    /** This file's messages, in the translation context "Prompt" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Prompt)
    };

    bool isHSpace(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t');
    }

    /** A few words of `text` for notes: "Always be polite and…". */
    QString excerpt(QStringView text, int maxChars = 40)
    {
        QString s = text.trimmed().toString().simplified();
        if (s.size() > maxChars)
            s = s.left(maxChars - 1).trimmed() + QChar(0x2026);
        return s;
    }

    QList<Edit> fillerEdits(QStringView text)
    {
        QList<Edit> out;
        const QList<FillerPhrase>& phrases = fillerPhrases();
        const QList<FillerMatch> matches = findFiller(text);
        bool capitalizeNext = false; // a lead-in at a capitalised sentence start was removed right before
        for (qsizetype k = 0; k < matches.size(); ++k) {
            const FillerMatch& m = matches[k];
            const FillerPhrase& f = phrases.at(m.phrase);
            const QStringView matched = text.mid(m.start, m.length);
            Edit e { m.start, m.length, f.replacement, QString() };
            if (f.replacement.isEmpty()) {
                // "Please note that you should basically try" → "Try": removals that follow each other are one edit
                const bool capital = capitalizeNext || (matched.front().isUpper() && atSentenceStart(text, m.start));
                capitalizeNext = false;
                QStringList removed { matched.toString() };
                qsizetype end = afterRemoval(text, m.start + m.length);
                while (k + 1 < matches.size() && matches[k + 1].start == end
                    && phrases.at(matches[k + 1].phrase).replacement.isEmpty()) {
                    ++k;
                    removed << text.mid(matches[k].start, matches[k].length).toString();
                    end = afterRemoval(text, matches[k].start + matches[k].length);
                }
                const bool replacementFollows = k + 1 < matches.size() && matches[k + 1].start == end;
                if (capital && replacementFollows) {
                    capitalizeNext = true; // "Please note that you should not lie" → "Do not lie"
                } else if (capital && end < text.size() && text[end].isLower()) {
                    e.replacement = text[end].toUpper(); // "Please note that refunds…" → "Refunds…"
                    ++end;
                }
                e.length = end - m.start;
                QStringList quoted;
                for (const QString& r : removed)
                    quoted << QStringLiteral("\"%1\"").arg(r);
                e.note = Tr::tr("removed %1").arg(quoted.join(QStringLiteral(", ")));
            } else {
                if (matched.front().isUpper() || std::exchange(capitalizeNext, false))
                    e.replacement[0] = e.replacement[0].toUpper();
                e.note = Tr::tr("\"%1\" → \"%2\"").arg(matched.toString(), e.replacement);
            }
            out << e;
        }
        return out;
    }

    QList<Edit> whitespaceEdits(QStringView text)
    {
        QList<Edit> out;
        const qsizetype n = text.size();
        qsizetype blankRunStart = -1; // start of the first blank line of the current run
        bool seenContent = false;
        forEachLine(text, [&](const Line& line) {
            const qsizetype lineStart = line.start, contentEnd = line.contentEnd;
            qsizetype first = lineStart;
            while (first < contentEnd && isHSpace(text[first]))
                ++first;
            if (first == contentEnd) { // blank line
                if (blankRunStart < 0)
                    blankRunStart = lineStart;
            } else {
                if (blankRunStart >= 0) {
                    // keep one empty line between paragraphs, none before the first
                    const QString keep = !seenContent ? QString()
                        : text.mid(blankRunStart, lineStart - blankRunStart).contains(QLatin1String("\r\n"))
                        ? QStringLiteral("\r\n")
                        : QStringLiteral("\n");
                    const QStringView run = text.mid(blankRunStart, lineStart - blankRunStart);
                    if (run != keep)
                        out << Edit { blankRunStart, lineStart - blankRunStart, keep,
                            !seenContent
                                ? Tr::tr("removed blank lines at the start")
                                : Tr::tr("%n blank line(s) → one", nullptr, int(run.count(QLatin1Char('\n')))) };
                    blankRunStart = -1;
                }
                seenContent = true;
                // runs of spaces inside the line, then trailing spaces
                qsizetype i = first;
                while (i < contentEnd) {
                    if (!isHSpace(text[i])) {
                        ++i;
                        continue;
                    }
                    qsizetype j = i;
                    while (j < contentEnd && isHSpace(text[j]))
                        ++j;
                    if (j == contentEnd)
                        out << Edit { i, j - i, QString(), Tr::tr("%n trailing space(s)", nullptr, int(j - i)) };
                    else if (j - i >= 2)
                        out << Edit { i, j - i, QStringLiteral(" "), Tr::tr("%n spaces → one", nullptr, int(j - i)) };
                    i = j;
                }
            }
        });
        if (blankRunStart >= 0 && blankRunStart < n) {
            // blank lines (or spaces) at the end: the text ends after its last line's newline
            out << Edit { blankRunStart, n - blankRunStart, QString(), Tr::tr("removed blank lines at the end") };
        }
        return out;
    }

    QList<Edit> dedupeEdits(QStringView text)
    {
        const QList<Sentence> sentences = splitSentences(text);
        QHash<QString, qsizetype> firstSeen;
        QList<int> repeats; // indices into sentences
        for (int i = 0; i < sentences.size(); ++i) {
            const QString key = normalizedSentence(text.mid(sentences[i].start, sentences[i].length));
            if (wordCount(key) < 4)
                continue;
            if (firstSeen.contains(key))
                repeats << i;
            else
                firstSeen.insert(key, sentences[i].start);
        }
        QList<Edit> out;
        int r = 0;
        while (r < repeats.size()) {
            // the repeats on one line: the whole line goes when every sentence on it is a repeat
            const Sentence& s = sentences[repeats[r]];
            qsizetype lineStart = s.start;
            while (lineStart > 0 && text[lineStart - 1] != QLatin1Char('\n'))
                --lineStart;
            qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), s.start);
            if (lineEnd < 0)
                lineEnd = text.size();
            QList<int> onLine;
            while (r < repeats.size() && sentences[repeats[r]].start < lineEnd)
                onLine << repeats[r++];
            // sentences are in order: the ones starting on this line by binary search, not a scan per line
            auto byStart = [](const Sentence& t, qsizetype pos) { return t.start < pos; };
            const auto from = std::lower_bound(sentences.begin(), sentences.end(), lineStart, byStart);
            const auto to = std::lower_bound(from, sentences.end(), lineEnd, byStart);
            const qsizetype sentencesOnLine = to - from;
            if (sentencesOnLine == onLine.size()) {
                const qsizetype end = lineEnd < text.size() ? lineEnd + 1 : lineEnd;
                out << Edit { lineStart, end - lineStart, QString(),
                    Tr::tr("removed repeated \"%1\"").arg(excerpt(text.mid(s.start, s.length))) };
                continue;
            }
            for (int idx : onLine) {
                const Sentence& t = sentences[idx];
                qsizetype start = t.start;
                qsizetype end = t.start + t.length;
                qsizetype after = end;
                while (after < lineEnd && isHSpace(text[after]))
                    ++after;
                if (after < lineEnd && text[after] != QLatin1Char('\r')) {
                    end = after; // a sentence follows: take the spaces after this one
                } else {
                    while (start > lineStart && isHSpace(text[start - 1]))
                        --start; // last on its line: take the spaces before it
                }
                out << Edit { start, end - start, QString(),
                    Tr::tr("removed repeated \"%1\"").arg(excerpt(text.mid(t.start, t.length))) };
            }
        }
        return out;
    }

    QList<Edit> staticFirstEdits(QStringView text)
    {
        const TemplateInfo info = parseTemplate(text);
        if (info.variables.isEmpty())
            return {};
        // a heading ("## Customer context", "Context:") moves with the paragraph under it
        QList<Paragraph> paragraphs;
        const QList<Paragraph> raw = splitParagraphs(text);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QStringView p = text.mid(raw[i].start, raw[i].length).trimmed();
            const bool heading = !p.contains(QLatin1Char('\n'))
                && (p.startsWith(QLatin1Char('#')) || (p.endsWith(QLatin1Char(':')) && p.size() <= 60));
            if (heading && i + 1 < raw.size()) {
                paragraphs.append({ raw[i].start, raw[i + 1].start + raw[i + 1].length - raw[i].start });
                ++i;
            } else {
                paragraphs.append(raw[i]);
            }
        }
        auto hasVariable = [&](const Paragraph& p) {
            // variables are in order: the first one ending after the paragraph's start decides
            const auto v = std::lower_bound(info.variables.begin(), info.variables.end(), p.start,
                [](const Variable& x, qsizetype pos) { return x.start + x.length <= pos; });
            return v != info.variables.end() && v->start < p.start + p.length;
        };
        int first = -1;
        for (int i = 0; i < paragraphs.size() && first < 0; ++i)
            if (hasVariable(paragraphs[i]))
                first = i;
        if (first < 0)
            return {};
        QList<int> moved;
        for (int i = first + 1; i < paragraphs.size(); ++i)
            if (!hasVariable(paragraphs[i]))
                moved << i;
        if (moved.isEmpty())
            return {};
        const QString sep = text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n\r\n") : QStringLiteral("\n\n");
        QString inserted;
        for (int i : moved)
            inserted += text.mid(paragraphs[i].start, paragraphs[i].length) + sep;
        QList<Edit> out;
        out << Edit { paragraphs[first].start, 0, inserted,
            Tr::tr(
                "moved %n paragraph(s) without variables before the first one with {{%1}}", nullptr, int(moved.size()))
                .arg(info.variables.first().name) };
        for (int i : moved) {
            // the paragraph and the blank lines before it (a previous paragraph always exists: i > first)
            const qsizetype prevEnd = paragraphs[i - 1].start + paragraphs[i - 1].length;
            const qsizetype end = paragraphs[i].start + paragraphs[i].length;
            out << Edit { prevEnd, end - prevEnd, QString(),
                Tr::tr("moved up: \"%1\"").arg(excerpt(text.mid(paragraphs[i].start, paragraphs[i].length))) };
        }
        return out;
    }

} // namespace

QList<Rule> allRules()
{
    return { Rule::Dedupe, Rule::Filler, Rule::StaticFirst, Rule::Whitespace };
}

QString ruleId(Rule rule)
{
    switch (rule) {
    case Rule::Dedupe:
        return QStringLiteral("dedupe");
    case Rule::Filler:
        return QStringLiteral("filler");
    case Rule::StaticFirst:
        return QStringLiteral("reorder");
    case Rule::Whitespace:
        return QStringLiteral("whitespace");
    }
    return QString();
}

std::optional<Rule> ruleFromId(QStringView id)
{
    for (Rule r : allRules())
        if (id.compare(ruleId(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Dedupe:
        return Tr::tr("Deduplicate instructions");
    case Rule::Filler:
        return Tr::tr("Remove filler");
    case Rule::StaticFirst:
        return Tr::tr("Static parts first");
    case Rule::Whitespace:
        return Tr::tr("Collapse whitespace");
    }
    return QString();
}

QString ruleDescription(Rule rule)
{
    switch (rule) {
    case Rule::Dedupe:
        return Tr::tr("Removes every sentence or bullet that repeats an earlier one (compared without filler, case and "
                      "punctuation; at least four words). The first occurrence stays where it is.");
    case Rule::Filler:
        return Tr::tr(
            "Removes polite padding (\"please note that\", \"make sure to\", \"as an AI language model\") and "
            "replaces wordy idioms with their short form (\"in order to\" → \"to\"). Models follow commands; "
            "the instruction itself is kept.");
    case Rule::StaticFirst:
        return Tr::tr("Moves paragraphs that hold no {{variable}} before the first paragraph that holds one, so that "
                      "the identical prefix sent on every call (the part a provider can cache) is as long as possible. "
                      "Check that the order of the instructions still reads right.");
    case Rule::Whitespace:
        return Tr::tr("Removes trailing spaces, turns runs of spaces inside a line into one space (indentation is "
                      "kept) and keeps at most one blank line between paragraphs.");
    }
    return QString();
}

int Rewrite::editCount() const
{
    int n = 0;
    for (const RuleEdits& r : applied)
        n += int(r.edits.size());
    return n;
}

QList<Edit> ruleEdits(QStringView text, Rule rule)
{
    switch (rule) {
    case Rule::Dedupe:
        return dedupeEdits(text);
    case Rule::Filler:
        return fillerEdits(text);
    case Rule::StaticFirst:
        return staticFirstEdits(text);
    case Rule::Whitespace:
        return whitespaceEdits(text);
    }
    return {};
}

QString applyEdits(QStringView text, const QList<Edit>& edits)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const Edit& e : edits) {
        out += text.mid(pos, e.start - pos);
        out += e.replacement;
        pos = e.start + e.length;
    }
    out += text.mid(pos);
    return out;
}

Rewrite rewrite(QStringView text, const QList<Rule>& rules)
{
    Rewrite r;
    r.text = text.toString();
    for (Rule rule : allRules()) {
        if (!rules.contains(rule))
            continue;
        QList<Edit> edits = ruleEdits(r.text, rule);
        if (edits.isEmpty())
            continue;
        r.text = applyEdits(r.text, edits);
        r.applied.append({ rule, std::move(edits) });
    }
    return r;
}

} // namespace Prompt
