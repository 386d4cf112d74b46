// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/findings.h"

#include "core/prompt/fillerphrases.h"
#include "core/prompt/paragraphs.h"
#include "core/prompt/sentences.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Prompt {

namespace {

    /** This file's messages, in the translation context "Prompt" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Prompt)
    };

    QString excerpt(QStringView text, int maxChars = 60)
    {
        QString s = text.trimmed().toString().simplified();
        if (s.size() > maxChars)
            s = s.left(maxChars - 1).trimmed() + QChar(0x2026);
        return s;
    }

    bool isInstruction(QStringView sentence)
    {
        static const QRegularExpression start(
            QStringLiteral("^(you|always|never|do not|don't|make sure|ensure|if|when|be|avoid|use|keep|try|remember|"
                           "please|only|respond|answer|reply)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression modal(QStringLiteral("\\b(should|must|need to|have to|are expected to)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        return start.match(sentence).hasMatch() || modal.match(sentence).hasMatch();
    }

    int connectiveWords(QStringView paragraph)
    {
        static const QRegularExpression re(
            QStringLiteral("\\b(additionally|furthermore|moreover|in addition|also|as well as|you should|you must|"
                           "you need to|you will|you are expected to|it is|that you)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        int words = 0;
        auto it = re.globalMatch(paragraph);
        while (it.hasNext())
            words += wordCount(it.next().capturedView());
        return words;
    }

    bool looksLikeCodeOrList(QStringView paragraph)
    {
        if (paragraph.contains(QLatin1String("```")) || paragraph.count(QLatin1Char('{')) >= 2
            || paragraph.count(QLatin1Char('<')) >= 2)
            return true;
        int lines = 0, items = 0;
        for (QStringView line : paragraph.split(QLatin1Char('\n'))) {
            line = line.trimmed();
            ++lines;
            if (line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('*')) || line.startsWith(QChar(0x2022))
                || (!line.isEmpty() && line.front().isDigit()))
                ++items;
        }
        return lines > 1 && items * 2 >= lines;
    }

    void verboseFindings(QStringView text, const QList<Sentence>& sentences, QList<Finding>& out)
    {
        static const QRegularExpression fact(
            QStringLiteral("^(the|your|our|my|its|their)\\s+[\\w' -]{1,40}?\\s+(is|are|was)\\s+\\S.*[.]?$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        int s = 0;
        for (const Paragraph& p : splitParagraphs(text)) {
            const QStringView para = text.mid(p.start, p.length);
            while (s < sentences.size() && sentences[s].start < p.start)
                ++s;
            int count = 0, instructions = 0, facts = 0;
            for (int i = s; i < sentences.size() && sentences[i].start < p.start + p.length; ++i) {
                const QStringView sentence = text.mid(sentences[i].start, sentences[i].length);
                ++count;
                if (isInstruction(sentence))
                    ++instructions;
                if (wordCount(sentence) <= 14 && fact.match(sentence).hasMatch())
                    ++facts;
            }
            if (looksLikeCodeOrList(para))
                continue;
            const int words = wordCount(para);
            if (facts >= 3) {
                out << Finding { FindingKind::Verbose, p.start, p.length,
                    Tr::tr("Data written as prose: %1 sentences of the form \"The X is Y.\". As JSON or \"key: value\" "
                           "lines ({\"order_status\": \"shipped\"}) the connecting words go and the model reads the "
                           "fields more reliably (heuristic).")
                        .arg(facts),
                    std::nullopt };
            } else if (count >= 3 && words >= 45 && instructions >= 3) {
                const int connectives = connectiveWords(para);
                out << Finding { FindingKind::Verbose, p.start, p.length,
                    Tr::tr("Verbose prose: %1 instructions in %2 words of running text. As a bulleted list of short "
                           "imperatives (one per line, without connectives and hedges) it would be shorter; %3 words "
                           "here are such connectives (\"additionally\", \"you should\", \"it is\"…). Heuristic: a "
                           "paragraph of 3+ sentences and 45+ words, 3+ of them instructions.")
                        .arg(instructions)
                        .arg(words)
                        .arg(connectives),
                    std::nullopt };
            }
        }
    }

} // namespace

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Repeat:
        return Tr::tr("Repeated instruction");
    case FindingKind::Filler:
        return Tr::tr("Filler phrase");
    case FindingKind::Whitespace:
        return Tr::tr("Whitespace waste");
    case FindingKind::Verbose:
        return Tr::tr("Verbose prose");
    }
    return QString();
}

int Findings::count(FindingKind kind) const
{
    return int(std::count_if(items.begin(), items.end(), [kind](const Finding& f) { return f.kind == kind; }));
}

Findings findFindings(QStringView text, int limit)
{
    QList<Finding> all;
    const QList<Sentence> sentences = splitSentences(text);

    // repeats: the same instruction once filler, case and punctuation are ignored (four words or more)
    struct First
    {
        Sentence sentence;
        int line; // 1-based
    };
    QHash<QString, First> firstSeen;
    int line = 1; // of `counted`: lines are counted once, as the sentences go by (they are in order)
    qsizetype counted = 0;
    for (const Sentence& s : sentences) {
        if (all.size() >= limit)
            break;
        line += int(text.mid(counted, s.start - counted).count(QLatin1Char('\n')));
        counted = s.start;
        const QStringView sentence = text.mid(s.start, s.length);
        const QString key = normalizedSentence(sentence);
        if (wordCount(key) < 4)
            continue;
        const auto it = firstSeen.constFind(key);
        if (it == firstSeen.cend()) {
            firstSeen.insert(key, { s, line });
            continue;
        }
        const Sentence& first = it->sentence;
        all << Finding { FindingKind::Repeat, s.start, s.length,
            Tr::tr("Repeats line %1: \"%2\". Saying it twice costs tokens on every call and adds no weight the first "
                   "time did not.")
                .arg(it->line)
                .arg(excerpt(text.mid(first.start, first.length))),
            Rule::Dedupe, first.start };
    }

    const QList<FillerPhrase>& phrases = fillerPhrases();
    for (const FillerMatch& m : findFiller(text, limit)) {
        const FillerPhrase& f = phrases.at(m.phrase);
        const QString matched = text.mid(m.start, m.length).toString();
        all << Finding { FindingKind::Filler, m.start, m.length,
            f.replacement.isEmpty()
                ? Tr::tr("Filler: \"%1\" tells the model nothing; the instruction works without it.").arg(matched)
                : Tr::tr("Wordy: \"%1\" says the same as \"%2\".").arg(matched, f.replacement),
            Rule::Filler };
    }

    for (const Edit& e : ruleEdits(text, Rule::Whitespace)) {
        if (all.size() >= 2 * qsizetype(limit))
            break;
        all << Finding { FindingKind::Whitespace, e.start, e.length,
            Tr::tr("Whitespace: %1. Spaces and blank lines are tokens too.").arg(e.note), Rule::Whitespace };
    }

    verboseFindings(text, sentences, all);

    std::stable_sort(all.begin(), all.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    Findings out;
    out.truncated = all.size() > limit;
    if (out.truncated)
        all.resize(limit);
    out.items = std::move(all);
    return out;
}

} // namespace Prompt
