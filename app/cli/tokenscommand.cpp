// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clisupport.h"

#include "core/tokenize/tokenizer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>

#include <cstdio>

namespace Cli {

namespace {

    Result<QByteArray> readInput(const QString& path)
    {
        QFile file;
        bool opened = false;
        if (path == QLatin1String("-")) {
            opened = file.open(stdin, QIODevice::ReadOnly);
        } else {
            file.setFileName(path);
            opened = file.open(QIODevice::ReadOnly);
        }
        if (!opened)
            return Error { Error::Code::Io, Tr::tr("cannot open: %1").arg(file.errorString()), path };
        QByteArray data = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return Error { Error::Code::Io, Tr::tr("cannot read: %1").arg(file.errorString()), path };
        return data;
    }

    /** A JSON string literal (quoted, escaped). */
    QByteArray jsonString(const QString& s)
    {
        const QByteArray array = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact); // ["..."]
        return array.mid(1, array.size() - 2);
    }

} // namespace

int cmdTokens(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("encoding"),
        Tr::tr("o200k_base (default), cl100k_base, gguf:MODEL.gguf, or a .tiktoken, tokenizer.json or .gguf file."),
        QStringLiteral("E"), QStringLiteral("o200k_base") });
    p.addOption({ QStringLiteral("ids"), Tr::tr("Also print the token ids.") });
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The text to count (- reads stdin)."));
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (p.positionalArguments().size() != 1)
        return io.usage(Tr::tr("tokens needs one FILE (or - for stdin)."));
    const QString encoding = p.value(QStringLiteral("encoding"));
    auto tokenizer = Tokenize::loadTokenizer(encoding);
    if (!tokenizer)
        return io.fail(tokenizer.error());
    auto input = readInput(p.positionalArguments().first());
    if (!input)
        return io.fail(input.error());
    const QByteArray& text = input.value();
    const std::string_view sv(text.constData(), size_t(text.size()));
    const bool wantIds = p.isSet(QStringLiteral("ids"));
    std::vector<uint32_t> ids;
    size_t count = 0;
    if (wantIds) {
        ids = tokenizer.value()->encode(sv);
        count = ids.size();
    } else {
        count = tokenizer.value()->count(sv);
    }
    const bool valid = Tokenize::isValidUtf8(sv);

    if (p.isSet(QStringLiteral("json"))) {
        // {"encoding": "o200k_base", "count": 3, "ids": [...]} (DESIGN.md), plus the tokenizer and input size
        // written by hand: a long text has millions of ids
        QByteArray json = "{\"encoding\": " + jsonString(encoding);
        json += ", \"count\": " + QByteArray::number(qulonglong(count));
        json += ", \"tokenizer\": " + jsonString(tokenizer.value()->name());
        json += ", \"bytes\": " + QByteArray::number(text.size());
        json += ", \"valid_utf8\": " + QByteArray(valid ? "true" : "false");
        if (wantIds) {
            json += ", \"ids\": [";
            for (size_t i = 0; i < ids.size(); ++i) {
                if (i)
                    json += ", ";
                json += QByteArray::number(ids[i]);
            }
            json += ']';
        }
        json += "}";
        io.out << QString::fromUtf8(json) << Qt::endl;
        return 0;
    }
    io.out << Tr::tr("%1: %2 tokens (%3 bytes%4)")
                  .arg(tokenizer.value()->name())
                  .arg(count)
                  .arg(text.size())
                  .arg(valid ? QString() : Tr::tr("; invalid UTF-8 read as U+FFFD"))
           << '\n';
    if (wantIds) {
        QString line;
        for (size_t i = 0; i < ids.size(); ++i) {
            if (i)
                line += QLatin1Char(' ');
            line += QString::number(ids[i]);
        }
        io.out << line << '\n';
    }
    io.out.flush();
    return 0;
}

} // namespace Cli
