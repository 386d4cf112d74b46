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
        const char* const pairs[][2] = {
            // padding and politeness: removed
            { "it is important to note that", "" },
            { "it is important that you", "" },
            { "it is important to", "" },
            { "it is essential that you", "" },
            { "it should be noted that", "" },
            { "please be aware that", "" },
            { "please note that", "" },
            { "please make sure to", "" },
            { "please make sure that you", "" },
            { "make sure that you", "" },
            { "make sure to", "" },
            { "always remember that", "" },
            { "keep in mind that", "" },
            { "remember to", "" },
            { "note that", "" },
            { "as an ai language model", "" },
            { "as an ai assistant", "" },
            { "i would like you to", "" },
            { "i want you to", "" },
            { "feel free to", "" },
            { "needless to say", "" },
            { "basically", "" },
            { "kindly", "" },
            { "please", "" },
            // "you should X" is a request; the imperative "X" is the command (and shorter)
            { "you should not", "do not" },
            { "you should never", "never" },
            { "you should", "" },
            { "you need to", "" },
            { "it is possible to", "you can" },
            // wordy idioms: shorter equivalent
            { "in spite of the fact that", "although" },
            { "due to the fact that", "because" },
            { "at this point in time", "now" },
            { "in the event that", "if" },
            { "for the purpose of", "for" },
            { "in a timely manner", "promptly" },
            { "on a daily basis", "daily" },
            { "first and foremost", "first" },
            { "a large number of", "many" },
            { "the majority of", "most" },
            { "with regard to", "about" },
            { "with respect to", "about" },
            { "each and every", "every" },
            { "whether or not", "whether" },
            { "in order to", "to" },
            { "at all times", "always" },
            { "make use of", "use" },
            { "are able to", "can" },
            { "is able to", "can" },
            { "prior to", "before" },
        };
        QList<FillerPhrase> out;
        for (const auto& p : pairs)
            out.append({ QString::fromLatin1(p[0]), QString::fromLatin1(p[1]) });
        std::stable_sort(out.begin(), out.end(),
            [](const FillerPhrase& a, const FillerPhrase& b) { return a.phrase.size() > b.phrase.size(); });
        return out;
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
    QList<FillerMatch> out;
    auto it = m.re.globalMatch(text);
    while (it.hasNext() && (limit < 0 || out.size() < limit)) {
        const QRegularExpressionMatch match = it.next();
        const int phrase = m.index.value(normalizedPhrase(match.capturedView()), -1);
        if (phrase >= 0)
            out.append({ match.capturedStart(), match.capturedLength(), phrase });
    }
    return out;
}

} // namespace Prompt
