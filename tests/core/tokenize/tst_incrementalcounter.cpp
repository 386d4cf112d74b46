// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/incrementalcounter.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/encodingtesting.h"

#include <QtTest>

#include <random>

using namespace Tokenize;

/** The incremental counter stays identical to a full count through thousands of random edits (typing, deleting,
 * pasting, edits inside multi-byte characters and white-space runs), and re-encodes only a few pieces per edit. */
class TestIncrementalCounter : public QObject
{
    Q_OBJECT

private:
    static std::string sampleText()
    {
        QFile f(QStringLiteral(SHARED_DIR "/article.txt"));
        std::string text;
        if (f.open(QIODevice::ReadOnly))
            text = f.read(12000).toStdString();
        text += "\n\n    indented   code();\r\n\r\n你好，世界 Привет 🙂👩‍👩‍👧 x\xC2\x85y  "
                "\t\n\n "
                "1234567 "
                "it's "
                "I'LL";
        return text;
    }

    void randomEdits(const QString& encoding, uint32_t seed)
    {
        REQUIRE_BUILTIN_ENCODINGS();
        auto tok = loadTokenizer(encoding);
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        IncrementalCounter counter(tok.value());
        std::string text = sampleText();
        counter.setText(text);
        text = toValidUtf8(text);
        QCOMPARE(counter.count(), tok.value()->count(text));

        static const char* const inserts[]
            = { "a", " ", "\n", "\r\n", "'", "s", "1", "  ", "\xC2\x85", "X", ".", "\xE4\xBD\xA0", "\xF0\x9F\x99\x82",
                  "\t", "\xE2\x80\x8D", "ll", " the", "\xFF", "<|endoftext|>", "\xE1\xA0\x8E" };
        std::mt19937 rng(seed);
        size_t maxPieces = 0;
        size_t singleCharEdits = 0, singleCharPieces = 0;
        for (int step = 0; step < 3000; ++step) {
            const size_t pos = text.empty() ? 0 : rng() % (text.size() + 1);
            const int kind = int(rng() % 10);
            size_t removed = 0;
            std::string ins;
            if (kind < 5) {
                ins = inserts[rng() % std::size(inserts)];
            } else if (kind < 8) {
                removed = 1 + rng() % 3;
            } else if (kind == 8) {
                removed = rng() % 40;
                ins = inserts[rng() % std::size(inserts)];
                ins += inserts[rng() % std::size(inserts)];
            } else {
                // move a chunk of the text elsewhere (paste)
                const size_t from = rng() % (text.size() + 1);
                ins = text.substr(from, rng() % 200);
            }
            const size_t n = counter.replace(pos, removed, ins);
            // the reference edit, widened to whole characters as the counter documents
            size_t p = std::min(pos, text.size());
            size_t e = std::min(text.size(), p + removed);
            const size_t callerP = p, callerE = e;
            while (p > 0 && p < text.size() && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80)
                --p;
            while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80)
                ++e;
            const std::string middle
                = toValidUtf8(text.substr(p, callerP - p) + ins + text.substr(callerE, e - callerE));
            text = text.substr(0, p) + middle + text.substr(e);
            QCOMPARE(counter.text(), text);
            const size_t full = tok.value()->count(text);
            if (n != full)
                QFAIL(qPrintable(QStringLiteral("%1 step %2: incremental %3, full %4 (edit at %5, -%6 +%7)")
                                     .arg(encoding)
                                     .arg(step)
                                     .arg(n)
                                     .arg(full)
                                     .arg(pos)
                                     .arg(removed)
                                     .arg(ins.size())));
            maxPieces = std::max(maxPieces, counter.lastReencodedPieces());
            if (kind < 5 && ins.size() == 1) {
                ++singleCharEdits;
                singleCharPieces += counter.lastReencodedPieces();
            }
        }
        qInfo("%s: 3000 edits exact; one-character inserts re-encoded %.1f pieces on average (max over all edits %zu, "
              "text %zu bytes)",
            qPrintable(encoding), double(singleCharPieces) / double(std::max<size_t>(singleCharEdits, 1)), maxPieces,
            text.size());
        QVERIFY(double(singleCharPieces) / double(std::max<size_t>(singleCharEdits, 1)) < 8.0);
    }

private slots:
    void o200k() { randomEdits(QStringLiteral("o200k_base"), 1); }
    void cl100k() { randomEdits(QStringLiteral("cl100k_base"), 2); }

    void utf16Positions()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        auto tok = loadTokenizer(QStringLiteral("o200k_base"));
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        IncrementalCounter counter(tok.value());
        QString text = QStringLiteral("Hi 🙂 there, Привет");
        counter.setText(text);
        // QTextDocument::contentsChange positions count UTF-16 units: the emoji is two
        text.replace(6, 5, QStringLiteral("here"));
        counter.replaceUtf16(6, 5, QStringLiteral("here"));
        QCOMPARE(QString::fromStdString(counter.text()), text);
        QCOMPARE(counter.count(), tok.value()->count(QStringView(text)));
    }

    void emptyText()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        auto tok = loadTokenizer(QStringLiteral("cl100k_base"));
        QVERIFY2(tok.ok(), qPrintable(tok.ok() ? QString() : tok.error().toString()));
        IncrementalCounter counter(tok.value());
        counter.setText(std::string_view());
        QCOMPARE(counter.count(), size_t(0));
        QCOMPARE(counter.replace(0, 0, "Hello, world"), size_t(3));
        QCOMPARE(counter.replace(5, 7, ""), size_t(1));
        QCOMPARE(counter.replace(0, 5, ""), size_t(0));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestIncrementalCounter)
#include "tst_incrementalcounter.moc"
