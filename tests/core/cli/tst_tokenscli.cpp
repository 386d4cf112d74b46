// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clicommands.h"
#include "tests/support/clitesting.h"
#include "core/tokenize/tokenizer.h"
#include "tests/support/encodingtesting.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

using CliTesting::cli;
using CliTesting::Run;

} // namespace

/** inferometer-cli tokens: DESIGN.md's JSON shape, exact ids, every way to name a tokenizer, stdin, errors. */
class TestTokensCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_hello;

    QString write(const char* name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hello = write("hello.txt", "Hello, world");
    }

    void designShape()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        // DESIGN.md: tokens --ids --json  {"encoding": "o200k_base", "count": 3, "ids": [...]}
        const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), QStringLiteral("cl100k_base"),
            QStringLiteral("--ids"), QStringLiteral("--json"), m_hello });
        QCOMPARE(r.status, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("cl100k_base"));
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("ids")).toArray(), (QJsonArray { 9906, 11, 1917 }));
        QCOMPARE(o.value(QStringLiteral("bytes")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("valid_utf8")).toBool(), true);
        QVERIFY(r.out.endsWith(QLatin1Char('\n')));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // one document
    }

    void defaultIsO200k()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--ids"), QStringLiteral("--json"), m_hello });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("encoding")).toString(), QStringLiteral("o200k_base"));
        QCOMPARE(r.json().value(QStringLiteral("ids")).toArray(), (QJsonArray { 13225, 11, 2375 }));
    }

    void countOnlyText()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        const Run r
            = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), QStringLiteral("o200k_base"), m_hello });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("o200k_base: 3 tokens (12 bytes)\n"));
        const Run j = cli({ QStringLiteral("tokens"), QStringLiteral("--json"), m_hello });
        QVERIFY(!j.json().contains(QStringLiteral("ids")));
        QCOMPARE(j.json().value(QStringLiteral("count")).toInt(), 3);
    }

    void textIds()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), QStringLiteral("cl100k_base"),
            QStringLiteral("--ids"), m_hello });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("cl100k_base: 3 tokens (12 bytes)\n9906 11 1917\n"));
    }

    void invalidUtf8()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        const QString bad = write("bad.txt", "Hello, world \xFF\xC0 end");
        const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), QStringLiteral("cl100k_base"),
            QStringLiteral("--ids"), QStringLiteral("--json"), bad });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("ids")).toArray(), (QJsonArray { 9906, 11, 1917, 220, 10178, 842 }));
        QCOMPARE(r.json().value(QStringLiteral("valid_utf8")).toBool(), false);
    }

    void ggufVocabulary()
    {
        const QString model = QStringLiteral(SHARED_DIR "/models/stories260K-f32.gguf");
        if (!QFile::exists(model))
            INFEROMETER_SKIP("../shared/models is absent");
        const QString text = write("tom.txt", "Tom and");
        const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), QStringLiteral("gguf:") + model,
            QStringLiteral("--ids"), QStringLiteral("--json"), text });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("ids")).toArray(), (QJsonArray { 274, 287, 269 }));
        QCOMPARE(r.json().value(QStringLiteral("tokenizer")).toString(), QStringLiteral("stories260K-f32.gguf"));
        // a path without the gguf: prefix is told apart by its content
        const Run plain
            = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), model, QStringLiteral("--json"), text });
        QCOMPARE(plain.json().value(QStringLiteral("count")).toInt(), 3);
    }

    void tiktokenFileByPath()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        const QString path = Tokenize::builtinTokenizerDir() + QStringLiteral("/cl100k_base.tiktoken");
        const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), path, QStringLiteral("--ids"),
            QStringLiteral("--json"), m_hello });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("ids")).toArray(), (QJsonArray { 9906, 11, 1917 }));
    }

    void standardInput()
    {
        REQUIRE_BUILTIN_ENCODINGS();
        // "-" reads stdin: point this process's stdin at a file
        const QString in = write("stdin.txt", "Hello, world");
        QVERIFY(std::freopen(QFile::encodeName(in).constData(), "r", stdin));
        const Run r = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), QStringLiteral("cl100k_base"),
            QStringLiteral("--json"), QStringLiteral("--ids"), QStringLiteral("-") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.json().value(QStringLiteral("ids")).toArray(), (QJsonArray { 9906, 11, 1917 }));
    }

    void errors()
    {
        const Run badEncoding = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"),
            m_dir.filePath(QStringLiteral("p50k.tiktoken")), m_hello });
        QCOMPARE(badEncoding.status, 1);
        QVERIFY2(badEncoding.err.contains(QStringLiteral("p50k.tiktoken")), qPrintable(badEncoding.err));
        const QString broken = write("broken.tiktoken", "IQ== 0\nIg== x\n");
        const Run corrupt = cli({ QStringLiteral("tokens"), QStringLiteral("--encoding"), broken, m_hello });
        QCOMPARE(corrupt.status, 1);
        QVERIFY2(corrupt.err.contains(broken + QStringLiteral(":2:")), qPrintable(corrupt.err));
        const Run noFile = cli({ QStringLiteral("tokens") });
        QCOMPARE(noFile.status, 2);
        // the default encoding loads before the text is read: this one needs it
        REQUIRE_BUILTIN_ENCODINGS();
        const Run missing = cli({ QStringLiteral("tokens"), m_dir.filePath(QStringLiteral("nope.txt")) });
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("nope.txt")), qPrintable(missing.err));
    }
};

INFEROMETER_TEST_GUILESS_MAIN(TestTokensCli)
#include "tst_tokenscli.moc"
