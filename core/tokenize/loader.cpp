// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"

#include "core/tokenize/tiktokentokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <map>

namespace Tokenize {

const std::vector<BuiltinEncoding>& builtinEncodings()
{
    static const std::vector<BuiltinEncoding> list = {
        { QStringLiteral("o200k_base"), QStringLiteral("GPT-4o, GPT-4.1, GPT-5, o1, o3, o4-mini"),
            QStringLiteral("o200k_base.tiktoken") },
        { QStringLiteral("cl100k_base"), QStringLiteral("GPT-4, GPT-3.5 Turbo, text-embedding-3"),
            QStringLiteral("cl100k_base.tiktoken") },
    };
    return list;
}

QString builtinTokenizerDir()
{
    const QString fromEnv = qEnvironmentVariable("INFEROMETER_TOKENIZERS_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).exists() ? QDir(fromEnv).absolutePath() : QString();
    QString exeDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (exeDir.isEmpty())
        exeDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(QLatin1Char('/'), 0, -2);
    const QStringList candidates = {
        exeDir + QStringLiteral("/../share/inferometer/tokenizers"),
        QStringLiteral(INFEROMETER_BUILD_TOKENIZER_DIR),
    };
    for (const QString& dir : candidates) {
        if (QFileInfo::exists(dir + QLatin1Char('/') + builtinEncodings().front().fileName))
            return QDir(dir).absolutePath();
    }
    return {};
}

namespace {

    /** This file's messages, in the translation context "Tokenize" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Tokenize)
    };

    /** sha256 of the files fetch-data.sh verified; a built-in file that differs is refused. */
    QByteArray expectedSha256(const QString& name)
    {
        if (name == QLatin1String("o200k_base"))
            return QByteArrayLiteral("446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d");
        if (name == QLatin1String("cl100k_base"))
            return QByteArrayLiteral("223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7");
        return {};
    }

    Result<TokenizerPtr> loadBuiltin(const BuiltinEncoding& enc)
    {
        const QString dir = builtinTokenizerDir();
        if (dir.isEmpty())
            return Error { Error::Code::Unavailable,
                Tr::tr("the built-in encoding %1 is not installed (packaging/fetch-data.sh fetches it at set-up "
                       "time; INFEROMETER_TOKENIZERS_DIR points elsewhere)")
                    .arg(enc.name),
                enc.fileName };
        const QString path = dir + QLatin1Char('/') + enc.fileName;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Error::Code::Io, Tr::tr("cannot open the encoding file: %1").arg(file.errorString()), path };
        const QByteArray data = file.readAll();
        const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        // parse first: a damaged file gets the line at fault; an intact-looking one with the wrong hash is refused too
        const char* pattern = enc.name == QLatin1String("o200k_base") ? Patterns::o200k : Patterns::cl100k;
        auto tok = TiktokenTokenizer::fromData(data, path, enc.name, pattern);
        if (!tok)
            return tok.error();
        if (sha != expectedSha256(enc.name))
            return Error { Error::Code::Parse,
                Tr::tr("the file is not the official %1 encoding (sha256 %2, expected %3); run "
                       "packaging/fetch-data.sh again")
                    .arg(enc.name, QString::fromLatin1(sha), QString::fromLatin1(expectedSha256(enc.name))),
                path };
        return TokenizerPtr(std::move(tok).value());
    }

    Result<TokenizerPtr> loadFile(const QString& path)
    {
        QFileInfo info(path);
        if (!info.exists())
            return Error { Error::Code::Io, Tr::tr("no such tokenizer file"), path };
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Error::Code::Io, Tr::tr("cannot open the tokenizer file: %1").arg(file.errorString()),
                path };
        const QByteArray head = file.peek(64);
        file.close();
        if (head.startsWith("GGUF"))
            return loadGgufTokenizer(path);
        const QByteArray trimmed = head.trimmed();
        if (trimmed.startsWith('{'))
            return loadHuggingFaceTokenizer(path);
        auto tok = TiktokenTokenizer::fromFile(path, info.completeBaseName());
        if (!tok)
            return tok.error();
        return TokenizerPtr(std::move(tok).value());
    }

} // namespace

Result<TokenizerPtr> loadTokenizer(const QString& nameOrPath)
{
    static QMutex mutex;
    static std::map<QString, TokenizerPtr> cache;
    QString key = nameOrPath;
    if (key.startsWith(QLatin1String("gguf:")))
        key = key.mid(5);
    const BuiltinEncoding* builtin = nullptr;
    for (const BuiltinEncoding& enc : builtinEncodings()) {
        if (enc.name == key)
            builtin = &enc;
    }
    if (!builtin) {
        if (!QFileInfo::exists(key)) {
            QStringList names;
            for (const BuiltinEncoding& enc : builtinEncodings())
                names << enc.name;
            return Error { Error::Code::Io,
                Tr::tr(
                    "unknown encoding \"%1\": use %2, gguf:MODEL.gguf, or the path of a .tiktoken, tokenizer.json or "
                    ".gguf file")
                    .arg(nameOrPath, names.join(QStringLiteral(", "))),
                QString() };
        }
        key = QFileInfo(key).absoluteFilePath();
    }
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.find(key); it != cache.end())
            return it->second;
    }
    // load outside the lock: two threads may load the same file once each, the first one stored wins
    Result<TokenizerPtr> loaded = builtin ? loadBuiltin(*builtin) : loadFile(key);
    if (!loaded)
        return loaded;
    QMutexLocker lock(&mutex);
    auto [it, inserted] = cache.emplace(key, loaded.value());
    return it->second;
}

} // namespace Tokenize
