// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

Result<TokenizerPtr> loadTokenizer(const QString& nameOrPath)
{
    return Error { Error::Code::Unavailable,
        QCoreApplication::translate("Tokenize", "tokenizers are not implemented yet"), nameOrPath };
}

} // namespace Tokenize
