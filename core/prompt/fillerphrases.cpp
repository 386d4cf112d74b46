// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/fillerphrases.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Prompt {

namespace {

    QList<FillerPhrase> makeList()
    {
        using P = FillerPhrase::Position;
        struct Row
        {
            const char* phrase;
            const char* replacement;
            P position;
        };
        QList<Row> rows {
            // lead-ins: the sentence after them is the instruction; removed only before it
            { "it is important to note that", "", P::SentenceStart },
            { "it is important that you", "", P::ClauseStart },
            { "it is important to", "", P::ClauseStart },
            { "it's important to note that", "", P::SentenceStart },
            { "it's important to", "", P::ClauseStart },
            { "it is essential that you", "", P::ClauseStart },
            { "it should be noted that", "", P::SentenceStart },
            { "please be aware that", "", P::SentenceStart },
            { "please note that", "", P::SentenceStart },
            { "always remember that", "", P::SentenceStart },
            { "keep in mind that", "", P::SentenceStart },
            { "note that", "", P::SentenceStart },
            { "as an ai language model", "", P::SentenceStart },
            { "as an ai assistant", "", P::SentenceStart },
            { "i would like you to", "", P::ClauseStart },
            { "i want you to", "", P::ClauseStart },
            { "needless to say", "", P::SentenceStart },
            { "kindly", "", P::ClauseStart }, // "treat them kindly and …" keeps it
            // requests before a verb: the imperative is the command; the verb stays, so any clause may lose them
            { "please make sure to", "", P::Anywhere },
            { "please make sure that you", "", P::Anywhere },
            { "make sure that you", "", P::Anywhere },
            { "make sure to", "", P::Anywhere },
            { "remember to", "", P::Anywhere },
            { "feel free to", "", P::Anywhere },
            { "basically", "", P::Anywhere },
            { "please", "", P::Anywhere },
            // "you should X" is a request; the imperative "X" is the command (and shorter), but only where a clause
            // starts: "the tone you should use" must keep its subject
            { "you should not", "do not", P::ClauseStart },
            { "you should never", "never", P::ClauseStart },
            { "you should", "", P::ClauseStart },
            { "you need to", "", P::ClauseStart },
            { "it is possible to", "you can", P::Anywhere },
            // wordy idioms: a shorter equivalent of the same role
            { "in spite of the fact that", "although", P::Anywhere },
            { "due to the fact that", "because", P::Anywhere },
            { "at this point in time", "now", P::Anywhere },
            { "in the event that", "if", P::Anywhere },
            { "for the purpose of", "for", P::Anywhere },
            { "in a timely manner", "promptly", P::Anywhere },
            { "on a daily basis", "daily", P::Anywhere },
            { "first and foremost", "first", P::Anywhere },
            { "a large number of", "many", P::Anywhere },
            { "the majority of", "most", P::Anywhere },
            { "with regard to", "about", P::Anywhere },
            { "with respect to", "about", P::Anywhere },
            { "each and every", "every", P::Anywhere },
            { "whether or not", "whether", P::Anywhere },
            { "in order to", "to", P::Anywhere },
            { "at all times", "always", P::Anywhere },
            { "make use of", "use", P::Anywhere },
            { "are able to", "can", P::Anywhere },
            { "is able to", "can", P::Anywhere },
            { "prior to", "before", P::Anywhere },
        };
        QList<FillerPhrase> out;
        for (const Row& r : rows)
            out.append({ QString::fromLatin1(r.phrase), QString::fromLatin1(r.replacement), r.position });
        // "It is very important to note that you must …": the lead-ins with an intensifier
        for (const char* stem : { "important to note that", "important that you", "important to" })
            for (const char* very : { "very", "really", "extremely", "especially" })
                out.append({ QStringLiteral("it is %1 %2").arg(QLatin1String(very), QLatin1String(stem)), QString(),
                    qstrcmp(stem, "important to note that") == 0 ? P::SentenceStart : P::ClauseStart });
        // "most" needs "of" before a determiner: "the majority of the time" → "most of the time"
        for (const char* det : { "the", "these", "those", "them", "your", "our", "their", "its", "this" }) {
            const QLatin1String d(det);
            out.append({ QStringLiteral("the majority of %1").arg(d), QStringLiteral("most of %1").arg(d), P::Anywhere });
            out.append(
                { QStringLiteral("a large number of %1").arg(d), QStringLiteral("many of %1").arg(d), P::Anywhere });
        }
        std::stable_sort(out.begin(), out.end(),
            [](const FillerPhrase& a, const FillerPhrase& b) { return a.phrase.size() > b.phrase.size(); });
        return out;
    }

    /** After a comma, a semicolon or a coordinating word: "…, you should", "and you should", "but then you should". */
    bool atClauseStart(QStringView text, qsizetype pos)
    {
        qsizetype i = pos;
        while (i > 0 && (text[i - 1] == QLatin1Char(' ') || text[i - 1] == QLatin1Char('\t')))
            --i;
        if (i == 0)
            return false;
        if (text[i - 1] == QLatin1Char(',') || text[i - 1] == QLatin1Char(';'))
            return true;
        qsizetype w = i;
        while (w > 0 && text[w - 1].isLetter())
            --w;
        if (w > 0 && !text[w - 1].isSpace())
            return false;
        const QStringView word = text.mid(w, i - w);
        for (const char* c : { "and", "but", "or", "so", "then" })
            if (word.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }

    bool isOpener(const QString& phrase)
    {
        return phrase.startsWith(QLatin1String("as an ai")) || phrase == QLatin1String("needless to say");
    }

    struct Matcher
    {
        QRegularExpression re;
        QHash<QString, int> index; // phrase → position in the list
    };

    const Matcher& matcher()
    {
        static const Matcher m = [] {
            Matcher m;
            QStringList alternatives;
            const QList<FillerPhrase>& list = fillerPhrases();
            for (int i = 0; i < list.size(); ++i) {
                m.index.insert(list[i].phrase, i);
                QStringList words = list[i].phrase.split(QLatin1Char(' '));
                for (QString& w : words)
                    w = QRegularExpression::escape(w);
                QString alt = words.join(QStringLiteral("[ \\t]+"));
                // something must follow what is removed; a comma only after an opener ("As an AI language model,
                // you…"), never after an adverb ending a clause ("clearly and kindly, because…")
                if (list[i].replacement.isEmpty())
                    alt += isOpener(list[i].phrase) ? QStringLiteral("(?=,?[ \\t]+\\p{L})")
                                                    : QStringLiteral("(?=[ \\t]+\\p{L})");
                alternatives << alt;
            }
            m.re = QRegularExpression(
                QStringLiteral("\\b(?:") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            m.re.optimize();
            return m;
        }();
        return m;
    }

    QString normalizedPhrase(QStringView matched)
    {
        QString out;
        out.reserve(matched.size());
        bool space = false;
        for (QChar c : matched) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toLower();
        }
        return out;
    }

} // namespace

const QList<FillerPhrase>& fillerPhrases()
{
    static const QList<FillerPhrase> list = makeList();
    return list;
}

QList<FillerMatch> findFiller(QStringView text, qsizetype limit)
{
    const Matcher& m = matcher();
    const QList<FillerPhrase>& list = fillerPhrases();
    QList<FillerMatch> out;
    // a phrase right after a removed one stands where that one stood: "…, you should kindly ask" → "…, ask"
    qsizetype chainEnd = -1;
    bool chainAtSentenceStart = false, chainAtClauseStart = false;
    auto it = m.re.globalMatch(text);
    while (it.hasNext() && (limit < 0 || out.size() < limit)) {
        const QRegularExpressionMatch match = it.next();
        const int phrase = m.index.value(normalizedPhrase(match.capturedView()), -1);
        if (phrase < 0)
            continue;
        const qsizetype start = match.capturedStart();
        const FillerPhrase& f = list.at(phrase);
        const bool chained = start == chainEnd;
        const bool atStart = chained ? chainAtSentenceStart : atSentenceStart(text, start);
        const bool atClause = atStart || (chained ? chainAtClauseStart : atClauseStart(text, start));
        bool allowed = true;
        switch (f.position) {
        case FillerPhrase::Position::Anywhere:
            break;
        case FillerPhrase::Position::SentenceStart:
            allowed = atStart;
            break;
        case FillerPhrase::Position::ClauseStart:
            allowed = atClause;
            break;
        }
        if (!allowed)
            continue;
        out.append({ start, match.capturedLength(), phrase });
        chainEnd = f.replacement.isEmpty() ? afterRemoval(text, start + match.capturedLength()) : -1;
        chainAtSentenceStart = atStart;
        chainAtClauseStart = atClause;
    }
    return out;
}

qsizetype afterRemoval(QStringView text, qsizetype end)
{
    if (end < text.size() && text[end] == QLatin1Char(','))
        ++end;
    while (end < text.size() && (text[end] == QLatin1Char(' ') || text[end] == QLatin1Char('\t')))
        ++end;
    return end;
}

bool atSentenceStart(QStringView text, qsizetype pos)
{
    auto isHSpace = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    qsizetype i = pos;
    while (i > 0 && isHSpace(text[i - 1]))
        --i;
    if (i == 0 || text[i - 1] == QLatin1Char('\n'))
        return true;
    const QChar p = text[i - 1];
    if (p == QLatin1Char('.') || p == QLatin1Char('!') || p == QLatin1Char('?') || p == QLatin1Char(':'))
        return true;
    // a list marker alone before it: "- please …", "2. please …"
    qsizetype lineStart = i;
    while (lineStart > 0 && text[lineStart - 1] != QLatin1Char('\n'))
        --lineStart;
    const QStringView before = text.mid(lineStart, i - lineStart).trimmed();
    if (before == QLatin1String("-") || before == QLatin1String("*") || before == QLatin1String("+")
        || before == QStringView(u"\u2022"))
        return true;
    if (before.size() >= 2 && before.size() <= 4
        && (before.back() == QLatin1Char('.') || before.back() == QLatin1Char(')'))) {
        for (qsizetype k = 0; k + 1 < before.size(); ++k)
            if (!before[k].isDigit())
                return false;
        return true;
    }
    return false;
}

} // namespace Prompt
