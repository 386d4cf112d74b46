// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Template variables, sentences, paragraphs, filler matches and the findings the editor highlights.
#include "core/prompt/fillerphrases.h"
#include "core/prompt/findings.h"
#include "core/prompt/paragraphs.h"
#include "core/prompt/sentences.h"
#include "core/prompt/templatevars.h"
#include "tests/support/testmain.h"

#include <QTest>

using namespace Prompt;

class TestPromptAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void templateVariables();
    void templateWithoutVariables();
    void sentences();
    void normalized();
    void paragraphs();
    void fillerMatches();
    void findingsOfEachKind();
    void verboseFacts();
    void findingsLimit();
};

void TestPromptAnalysis::templateVariables()
{
    const QString t = QStringLiteral("Hi {{ customer_name }}, order {{order_id}} {{ }} {{1x}} {{{name}}}");
    const TemplateInfo info = parseTemplate(t);
    QCOMPARE(info.variables.size(), 3);
    QCOMPARE(info.variables[0], (Variable { QStringLiteral("customer_name"), 3, 19 }));
    QCOMPARE(info.variables[1], (Variable { QStringLiteral("order_id"), 30, 12 }));
    QCOMPARE(info.variables[2], (Variable { QStringLiteral("name"), 57, 8 }));
    QCOMPARE(info.staticPrefixLength, 3);
    QCOMPARE(info.names(),
        (QStringList { QStringLiteral("customer_name"), QStringLiteral("order_id"), QStringLiteral("name") }));
    // a repeated name is listed once
    QCOMPARE(parseTemplate(u"{{a}}{{b}}{{a}}").names(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
}

void TestPromptAnalysis::templateWithoutVariables()
{
    const TemplateInfo info = parseTemplate(u"no variables {here} {{ }}");
    QVERIFY(info.variables.isEmpty());
    QCOMPARE(info.staticPrefixLength, 25);
    QCOMPARE(parseTemplate(u"").staticPrefixLength, 0);
}

void TestPromptAnalysis::sentences()
{
    const QString t
        = QStringLiteral("First one. Second one!  Third?\n- bullet without stop\n  12. numbered item.\nv1.2 is out");
    const QList<Sentence> s = splitSentences(t);
    QStringList texts;
    for (const Sentence& x : s)
        texts << t.mid(x.start, x.length);
    QCOMPARE(texts,
        (QStringList { QStringLiteral("First one."), QStringLiteral("Second one!"), QStringLiteral("Third?"),
            QStringLiteral("bullet without stop"), QStringLiteral("numbered item."), QStringLiteral("v1.2 is out") }));
}

void TestPromptAnalysis::normalized()
{
    QCOMPARE(normalizedSentence(u"Please ALWAYS  be polite!"), QStringLiteral("always be polite"));
    QCOMPARE(normalizedSentence(u"Don't share notes."), QStringLiteral("dont share notes")); // apostrophes dropped
    QCOMPARE(normalizedSentence(u"In order to help, ask."), QStringLiteral("to help ask"));
    QCOMPARE(wordCount(u"It's 3 o'clock, ok?"), 6); // it / s / 3 / o / clock / ok
}

void TestPromptAnalysis::paragraphs()
{
    const QString t = QStringLiteral("\nA\nB  \n \t\nC\r\n\r\n\r\nD");
    const QList<Paragraph> p = splitParagraphs(t);
    QCOMPARE(p.size(), 3);
    QCOMPARE(t.mid(p[0].start, p[0].length), QStringLiteral("A\nB  "));
    QCOMPARE(t.mid(p[1].start, p[1].length), QStringLiteral("C"));
    QCOMPARE(t.mid(p[2].start, p[2].length), QStringLiteral("D"));
}

void TestPromptAnalysis::fillerMatches()
{
    const QString t = QStringLiteral("Please note that X. PLEASE\tNOTE   THAT y. Thanks, please.");
    const QList<FillerMatch> m = findFiller(t);
    QCOMPARE(m.size(), 2); // the final "please" has nothing after it
    QCOMPARE(m[0],
        (FillerMatch {
            0, 16, int(fillerPhrases().indexOf(FillerPhrase {
                QStringLiteral("please note that"), QString(), FillerPhrase::Position::SentenceStart })) }));
    QCOMPARE(t.mid(m[1].start, m[1].length), QStringLiteral("PLEASE\tNOTE   THAT"));
    QCOMPARE(findFiller(t, 1).size(), 1);
    // the list is longest first, so that "please note that" wins over "please"
    const QList<FillerPhrase>& list = fillerPhrases();
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(list[i - 1].phrase.size() >= list[i].phrase.size());
}

void TestPromptAnalysis::findingsOfEachKind()
{
    const QString t = QStringLiteral(
        "You are a helpful support agent for Acme.  \n"
        "\n"
        "You should always answer the question that the customer asked. Additionally, you should make sure to "
        "check the order history before you answer. If the customer is angry, you should stay calm and you must "
        "apologise once. You should also keep in mind that refunds take five days.\n"
        "\n"
        "\n"
        "- you should ALWAYS answer the question that the customer asked!\n");
    const Findings f = findFindings(t);
    QVERIFY(!f.truncated);
    QCOMPARE(f.count(FindingKind::Whitespace), 2); // trailing "  ", three blank lines
    // "you should" ×5, "make sure to"; "keep in mind that" is no lead-in after "You should also"
    QCOMPARE(f.count(FindingKind::Filler), 6);
    QCOMPARE(f.count(FindingKind::Repeat), 1);
    QCOMPARE(f.count(FindingKind::Verbose), 1);
    // by position; each has a range and an explanation
    for (qsizetype i = 1; i < f.items.size(); ++i)
        QVERIFY(f.items[i - 1].start <= f.items[i].start);
    const Finding* repeat = nullptr;
    const Finding* verbose = nullptr;
    for (const Finding& x : f.items) {
        if (x.kind == FindingKind::Repeat)
            repeat = &x;
        if (x.kind == FindingKind::Verbose)
            verbose = &x;
    }
    QVERIFY(repeat && verbose);
    QCOMPARE(t.mid(repeat->start, repeat->length),
        QStringLiteral("you should ALWAYS answer the question that the customer asked!"));
    QCOMPARE(repeat->firstStart, t.indexOf(QLatin1String("You should always answer")));
    QCOMPARE(repeat->fix, std::optional<Rule>(Rule::Dedupe));
    QVERIFY2(repeat->message.startsWith(QLatin1String("Repeats line 3: \"You should always answer the question")),
        qPrintable(repeat->message));
    QCOMPARE(verbose->start, t.indexOf(QLatin1String("You should always")));
    QVERIFY(!verbose->fix);
    // 4 sentences, all instructions, of 10 + 13 + 14 + 11 = 48 words; connectives: "you should" ×4, "additionally",
    // "you must", "also" = 8 + 1 + 2 + 1 = 12 words
    QVERIFY2(verbose->message.startsWith(QLatin1String("Verbose prose: 4 instructions in 48 words")),
        qPrintable(verbose->message));
    QVERIFY2(
        verbose->message.contains(QLatin1String("12 words here are such connectives")), qPrintable(verbose->message));
}

void TestPromptAnalysis::verboseFacts()
{
    const Findings f = findFindings(
        u"The order status is shipped. The carrier is DHL. The delivery date is Monday.\n\nThe sky is blue.");
    QCOMPARE(f.count(FindingKind::Verbose), 1);
    QCOMPARE(f.items[0].start, 0);
    QCOMPARE(f.items[0].length, 77);
    QVERIFY(f.items[0].message.startsWith(QLatin1String("Data written as prose: 3 sentences")));
}

void TestPromptAnalysis::findingsLimit()
{
    QString t;
    for (int i = 0; i < 100; ++i)
        t += QStringLiteral("word  ");
    const Findings f = findFindings(t, 10);
    QVERIFY(f.truncated);
    QCOMPARE(f.items.size(), 10);
}

INFEROMETER_TEST_APPLESS_MAIN(TestPromptAnalysis)
#include "tst_promptanalysis.moc"
