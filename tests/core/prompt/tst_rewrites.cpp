// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// The one-click rewrites: each rule's output compared to a string worked out by hand.
#include "core/prompt/rewrites.h"
#include "core/prompt/fillerphrases.h"
#include "tests/support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Prompt;

class TestRewrites : public QObject
{
    Q_OBJECT
private slots:
    void filler();
    void fillerKeepsWordsInsideOthers();
    void whitespace();
    void whitespaceNothingToDo();
    void dedupe();
    void staticFirst();
    void staticFirstKeepsHeadings();
    void staticFirstWithoutVariables();
    void allRulesInOrder();
    void ruleIds();
    void corpus_data();
    void corpus();
    void corpusTwiceChangesNothing();
};

void TestRewrites::filler()
{
    const QString in = QStringLiteral(
        "Please note that refunds take 5 days. You should, in order to help, please respond kindly to the customer.\n"
        "- make sure to greet them\n"
        "As an AI language model, you answer politely, please.");
    const Rewrite r = rewrite(in, { Rule::Filler });
    QCOMPARE(r.text,
        QStringLiteral("Refunds take 5 days. You should, to help, respond kindly to the customer.\n"
                       "- greet them\n"
                       "You answer politely, please."));
    QCOMPARE(r.applied.size(), 1);
    QCOMPARE(r.applied[0].rule, Rule::Filler);
    const QList<Edit>& e = r.applied[0].edits;
    QCOMPARE(e.size(), 5); // "kindly" is only a lead-in ("Kindly reply"), not an adverb of manner to drop
    // "Please note that r" → "R": the phrase, its space and the capitalised letter
    QCOMPARE(e[0].start, 0);
    QCOMPARE(e[0].length, 18);
    QCOMPARE(e[0].replacement, QStringLiteral("R"));
    QCOMPARE(e[1].replacement, QStringLiteral("to"));
    QCOMPARE(in.mid(e[1].start, e[1].length), QStringLiteral("in order to"));
    QCOMPARE(in.mid(e[2].start, e[2].length), QStringLiteral("please "));
    QCOMPARE(in.mid(e[3].start, e[3].length), QStringLiteral("make sure to "));
    QCOMPARE(in.mid(e[4].start, e[4].length), QStringLiteral("As an AI language model, y"));
    QCOMPARE(e[4].replacement, QStringLiteral("Y"));
    QCOMPARE(e[1].note, QStringLiteral("\"in order to\" → \"to\""));
}

void TestRewrites::fillerKeepsWordsInsideOthers()
{
    // word boundaries: "pleased", "unkindly" and "notes that" are not filler; a capital is kept for replacements
    const QString in = QStringLiteral("We are pleased. Unkindly notes that matter. In order to win, try.");
    QCOMPARE(
        rewrite(in, { Rule::Filler }).text, QStringLiteral("We are pleased. Unkindly notes that matter. To win, try."));
}

void TestRewrites::whitespace()
{
    const QString in
        = QStringLiteral("\n\nTitle  here   \n\n\n\nBody\tline with  two spaces.\n    indented   item\n\n \nEnd\n\n\n");
    const Rewrite r = rewrite(in, { Rule::Whitespace });
    QCOMPARE(r.text, QStringLiteral("Title here\n\nBody\tline with two spaces.\n    indented item\n\nEnd\n"));
    QCOMPARE(r.applied.size(), 1);
    // leading blank lines, "  ", trailing "   ", 3 blank lines, "  ", "   ", blank run with a space, the end
    QCOMPARE(r.applied[0].edits.size(), 8);
    QCOMPARE(r.applied[0].edits[0].start, 0);
    QCOMPARE(r.applied[0].edits[0].length, 2);
    // CRLF text keeps CRLF
    QCOMPARE(rewrite(QStringLiteral("a  \r\n\r\n\r\nb"), { Rule::Whitespace }).text, QStringLiteral("a\r\n\r\nb"));
}

void TestRewrites::whitespaceNothingToDo()
{
    const QString in = QStringLiteral("One line.\n\nTwo  \n");
    QCOMPARE(rewrite(QStringLiteral("One line.\n\nTwo\n"), { Rule::Whitespace }).applied.size(), 0);
    QCOMPARE(rewrite(in, { Rule::Whitespace }).text, QStringLiteral("One line.\n\nTwo\n"));
    QCOMPARE(rewrite(QString(), allRules()).text, QString());
}

void TestRewrites::dedupe()
{
    const QString in = QStringLiteral("Always be polite to the customer.\n"
                                      "Never share internal notes. Please always be polite to the customer!\n"
                                      "- Never share internal notes\n"
                                      "Keep answers short. Thanks.\n"
                                      "Thanks.");
    const Rewrite r = rewrite(in, { Rule::Dedupe });
    // short sentences ("Thanks.") may repeat; the first occurrence stays
    QCOMPARE(r.text,
        QStringLiteral("Always be polite to the customer.\n"
                       "Never share internal notes.\n"
                       "Keep answers short. Thanks.\n"
                       "Thanks."));
    QCOMPARE(r.applied.size(), 1);
    QCOMPARE(r.applied[0].edits.size(), 2);
    QCOMPARE(in.mid(r.applied[0].edits[0].start, r.applied[0].edits[0].length),
        QStringLiteral(" Please always be polite to the customer!"));
    QCOMPARE(in.mid(r.applied[0].edits[1].start, r.applied[0].edits[1].length),
        QStringLiteral("- Never share internal notes\n"));
    QCOMPARE(r.applied[0].edits[1].note, QStringLiteral("removed repeated \"Never share internal notes\""));

    // a repeat in the middle of a line takes the spaces after it
    QCOMPARE(
        rewrite(QStringLiteral("Answer in plain English. Answer in plain English. Be brief."), { Rule::Dedupe }).text,
        QStringLiteral("Answer in plain English. Be brief."));
}

void TestRewrites::staticFirst()
{
    const QString in = QStringLiteral("You are a support agent.\n\n"
                                      "Customer: {{customer_name}}\nOrder: {{order_id}}\n\n"
                                      "Answer in English.\nBe brief.\n\n\n"
                                      "The question follows.\n");
    const Rewrite r = rewrite(in, { Rule::StaticFirst });
    QCOMPARE(r.text,
        QStringLiteral("You are a support agent.\n\n"
                       "Answer in English.\nBe brief.\n\n"
                       "The question follows.\n\n"
                       "Customer: {{customer_name}}\nOrder: {{order_id}}\n"));
    QCOMPARE(r.applied.size(), 1);
    QCOMPARE(r.applied[0].edits.size(), 3); // one insertion, two paragraphs moved away
    QCOMPARE(r.applied[0].edits[0].length, 0);
    QCOMPARE(r.applied[0].edits[0].note,
        QStringLiteral("moved 2 paragraph(s) without variables before the first one with {{customer_name}}"));
}

void TestRewrites::staticFirstKeepsHeadings()
{
    // a heading stays with the paragraph under it, whichever way it moves
    const QString in = QStringLiteral("## Role\n\nYou help.\n\n## Customer\n\nName: {{name}}\n\n"
                                      "## Closing\n\nThank them.\n\nContext:\nSee above.\n");
    QCOMPARE(rewrite(in, { Rule::StaticFirst }).text,
        QStringLiteral("## Role\n\nYou help.\n\n## Closing\n\nThank them.\n\nContext:\nSee above.\n\n"
                       "## Customer\n\nName: {{name}}\n"));
}

void TestRewrites::staticFirstWithoutVariables()
{
    QCOMPARE(rewrite(QStringLiteral("A.\n\nB."), { Rule::StaticFirst }).applied.size(), 0);
    // the variable is already in the last paragraph
    QCOMPARE(rewrite(QStringLiteral("A.\n\nB {{x}}."), { Rule::StaticFirst }).applied.size(), 0);
}

void TestRewrites::allRulesInOrder()
{
    // the order of the list does not matter: dedupe, filler, reorder, whitespace
    const QString in = QStringLiteral("Hello {{name}}.\n\nPlease be brief.  \n\n\n\nBe brief.\n");
    const Rewrite r = rewrite(in, { Rule::Whitespace, Rule::StaticFirst, Rule::Filler, Rule::Dedupe });
    // "Be brief." has two words: no repeat; filler makes "Be brief." twice; reorder moves both up
    QCOMPARE(r.text, QStringLiteral("Be brief.\n\nBe brief.\n\nHello {{name}}.\n"));
    QCOMPARE(r.applied.size(), 3);
    QCOMPARE(r.applied[0].rule, Rule::Filler);
    QCOMPARE(r.applied[1].rule, Rule::StaticFirst);
    QCOMPARE(r.applied[2].rule, Rule::Whitespace);
    QCOMPARE(r.editCount(), 1 + 3 + 1);
}

void TestRewrites::ruleIds()
{
    for (Rule rule : allRules())
        QCOMPARE(ruleFromId(ruleId(rule)), std::optional<Rule>(rule));
    QCOMPARE(ruleFromId(u"FILLER"), std::optional<Rule>(Rule::Filler));
    QVERIFY(!ruleFromId(u"nope"));
}

namespace {

QJsonArray corpusCases()
{
    QFile f(QStringLiteral(TESTDATA_DIR "/prompt/rewrite-corpus.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
}

} // namespace

void TestRewrites::corpus_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("expected");
    const QJsonArray cases = corpusCases();
    QVERIFY(cases.size() >= 60);
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        const QString in = c.value(QStringLiteral("in")).toString();
        for (Rule rule : allRules()) {
            const QString id = ruleId(rule);
            QTest::addRow("%s: %s", qPrintable(id), qPrintable(in.left(60)))
                << in << id << c.value(id).toString(in); // a rule not named leaves the input as it is
        }
    }
}

void TestRewrites::corpus()
{
    QFETCH(QString, in);
    QFETCH(QString, rule);
    QFETCH(QString, expected);
    const QString out = rewrite(in, { *ruleFromId(rule) }).text;
    QCOMPARE(out, expected);
    // what a rule leaves is not flagged again: no filler in a filler rule's output
    if (rule == QLatin1String("filler"))
        QCOMPARE(findFiller(out).size(), 0);
}

void TestRewrites::corpusTwiceChangesNothing()
{
    QStringList all;
    for (const QJsonValue& v : corpusCases()) {
        const QString in = v.toObject().value(QStringLiteral("in")).toString();
        all << in;
        const QString once = rewrite(in, allRules()).text;
        QCOMPARE(rewrite(once, allRules()).text, once);
        QCOMPARE(rewrite(once, allRules()).applied.size(), 0);
    }
    // and the corpus as one prompt, one input per line
    const QString once = rewrite(all.join(QLatin1Char('\n')), allRules()).text;
    QCOMPARE(rewrite(once, allRules()).text, once);
}

INFEROMETER_TEST_APPLESS_MAIN(TestRewrites)
#include "tst_rewrites.moc"
