// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Line and word diffs for the rewrite preview: exact parts, and both sides rebuilt from the parts.
#include "core/prompt/textdiff.h"
#include "tests/support/testmain.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Prompt;
using P = DiffPart;

class TestTextDiff : public QObject
{
    Q_OBJECT
private slots:
    void lines();
    void words();
    void linesThenWords();
    void identicalAndEmpty();
    void randomRoundTrip();
    void tooManyEditsFallsBack();
};

namespace Prompt {
char* toString(const DiffPart& p)
{
    static const char* const ops[] = { "=", "-", "+" };
    return QTest::toString(QString::fromLatin1(ops[p.op]) + p.text);
}
} // namespace Prompt

namespace {
QString side(const QList<DiffPart>& parts, bool after)
{
    QString s;
    for (const DiffPart& p : parts)
        if (p.op == DiffPart::Equal || (p.op == DiffPart::Insert) == after)
            s += p.text;
    return s;
}
} // namespace

void TestTextDiff::lines()
{
    const QList<DiffPart> d = diffLines(u"a\nb\nc\nd\n", u"a\nc\nx\nd\n");
    QCOMPARE(d,
        (QList<DiffPart> { { P::Equal, QStringLiteral("a\n") }, { P::Delete, QStringLiteral("b\n") },
            { P::Equal, QStringLiteral("c\n") }, { P::Insert, QStringLiteral("x\n") },
            { P::Equal, QStringLiteral("d\n") } }));
}

void TestTextDiff::words()
{
    const QList<DiffPart> d = diffWords(u"Please be very brief.", u"Be brief.");
    QCOMPARE(d,
        (QList<DiffPart> { { P::Delete, QStringLiteral("Please be very") }, { P::Insert, QStringLiteral("Be") },
            { P::Equal, QStringLiteral(" brief.") } }));
}

void TestTextDiff::linesThenWords()
{
    const QList<DiffPart> d = diffLinesThenWords(
        u"Keep\nPlease note that refunds take 5 days.\nEnd\n", u"Keep\nRefunds take 5 days.\nEnd\n");
    QCOMPARE(d,
        (QList<DiffPart> { { P::Equal, QStringLiteral("Keep\n") },
            { P::Delete, QStringLiteral("Please note that refunds") }, { P::Insert, QStringLiteral("Refunds") },
            { P::Equal, QStringLiteral(" take 5 days.\nEnd\n") } }));
}

void TestTextDiff::identicalAndEmpty()
{
    QCOMPARE(diffLines(u"same\n", u"same\n"), (QList<DiffPart> { { P::Equal, QStringLiteral("same\n") } }));
    QVERIFY(diffLines(u"", u"").isEmpty());
    QCOMPARE(diffLines(u"", u"new"), (QList<DiffPart> { { P::Insert, QStringLiteral("new") } }));
    QCOMPARE(diffWords(u"old", u""), (QList<DiffPart> { { P::Delete, QStringLiteral("old") } }));
}

void TestTextDiff::randomRoundTrip()
{
    // any diff must rebuild both texts, and never report more edits than deleting all and inserting all
    QRandomGenerator rng(7);
    for (int round = 0; round < 200; ++round) {
        QString a, b;
        for (int i = 0; i < 30; ++i) {
            a += QChar(u'a' + rng.bounded(4))
                + QString(rng.bounded(3) == 0 ? QStringLiteral("\n") : QStringLiteral(" "));
            b += QChar(u'a' + rng.bounded(4))
                + QString(rng.bounded(3) == 0 ? QStringLiteral("\n") : QStringLiteral(" "));
        }
        for (const QList<DiffPart>& d : { diffLines(a, b), diffWords(a, b), diffLinesThenWords(a, b) }) {
            QCOMPARE(side(d, false), a);
            QCOMPARE(side(d, true), b);
            for (qsizetype i = 1; i < d.size(); ++i)
                QVERIFY(d[i].op != d[i - 1].op); // merged
        }
    }
}

void TestTextDiff::tooManyEditsFallsBack()
{
    QString a, b;
    for (int i = 0; i < 50; ++i) {
        a += QStringLiteral("a%1\n").arg(i);
        b += QStringLiteral("b%1\n").arg(i);
    }
    const QString head = QStringLiteral("same\n");
    const QString before = head + a;
    const QString after = head + b;
    const QList<DiffPart> d = diffLines(before, after, 10);
    QCOMPARE(d, (QList<DiffPart> { { P::Equal, head }, { P::Delete, a }, { P::Insert, b } }));
}

INFEROMETER_TEST_APPLESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
