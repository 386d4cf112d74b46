// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/gguf/gguffile.h"
#include "core/tokenize/bytelevelbpe.h"
#include "core/tokenize/spmtokenizer.h"
#include "core/tokenize/tiktokentokenizer.h"
#include "core/tokenize/tokenizer.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <unordered_map>

namespace Tokenize {

namespace {

    /** This file's messages, in the translation context "Tokenize" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Tokenize)
    };

    // llama.cpp's pre-tokenizer regexes for "gpt2" vocabularies (llama-vocab.cpp), by tokenizer.ggml.pre
    const char* const kLlama3Pattern
        = R"((?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";
    const char* const kQwen2Pattern
        = R"((?:'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD])|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+)";

    struct PreType
    {
        const char* pattern;
        bool ignoreMerges;
    };

    /** The pre-tokenizers whose whole behaviour is one regex; others are refused rather than counted wrongly. */
    bool preTokenizerFor(const QString& pre, PreType& out)
    {
        static const std::unordered_map<std::string, PreType> known = {
            { "default", { Patterns::gpt2, false } },
            { "gpt2", { Patterns::gpt2, false } },
            { "gpt-2", { Patterns::gpt2, false } },
            { "llama3", { kLlama3Pattern, true } },
            { "llama-v3", { kLlama3Pattern, true } },
            { "llama-bpe", { kLlama3Pattern, true } },
            { "falcon3", { kLlama3Pattern, true } },
            { "smaug-bpe", { kLlama3Pattern, false } },
            { "dbrx", { kLlama3Pattern, false } },
            { "qwen2", { kQwen2Pattern, false } },
            { "deepseek-r1-qwen", { kQwen2Pattern, false } },
        };
        const auto it = known.find(pre.toStdString());
        if (it == known.end())
            return false;
        out = it->second;
        return true;
    }

} // namespace

Result<TokenizerPtr> loadGgufTokenizer(const QString& path)
{
    auto opened = Gguf::File::open(path);
    if (!opened)
        return opened.error();
    const Gguf::File& file = *opened.value();
    auto model = file.string("tokenizer.ggml.model");
    if (!model)
        return model.error();
    auto tokenList = file.strings("tokenizer.ggml.tokens");
    if (!tokenList)
        return tokenList.error();
    const QString name = QFileInfo(path).fileName();

    if (model.value() == QLatin1String("llama")) {
        std::vector<std::string> tokens;
        tokens.reserve(tokenList.value().size());
        for (const QByteArray& t : tokenList.value())
            tokens.emplace_back(t.constData(), size_t(t.size()));
        std::vector<float> scores;
        if (file.find("tokenizer.ggml.scores")) {
            auto s = file.floats("tokenizer.ggml.scores");
            if (!s)
                return s.error();
            scores = std::move(s).value();
        }
        std::vector<int32_t> types;
        if (file.find("tokenizer.ggml.token_type")) {
            auto t = file.integers("tokenizer.ggml.token_type");
            if (!t)
                return t.error();
            for (int64_t v : t.value())
                types.push_back(int32_t(v));
        }
        bool addSpacePrefix = true; // llama.cpp's default for SentencePiece vocabularies
        if (file.find("tokenizer.ggml.add_space_prefix")) {
            auto b = file.boolean("tokenizer.ggml.add_space_prefix");
            if (!b)
                return b.error();
            addSpacePrefix = b.value();
        }
        auto tok
            = SpmTokenizer::create(name, std::move(tokens), std::move(scores), std::move(types), addSpacePrefix, path);
        if (!tok)
            return tok.error();
        return TokenizerPtr(std::move(tok).value());
    }

    if (model.value() == QLatin1String("gpt2")) {
        QString pre = QStringLiteral("default");
        if (file.find("tokenizer.ggml.pre")) {
            auto p = file.string("tokenizer.ggml.pre");
            if (!p)
                return p.error();
            pre = p.value();
        }
        PreType preType {};
        if (!preTokenizerFor(pre, preType))
            return Error { Error::Code::Schema,
                Tr::tr("the pre-tokenizer \"%1\" is not supported (known: default, gpt2, llama-bpe, llama3, "
                       "qwen2, dbrx, smaug-bpe)")
                    .arg(pre),
                path, -1, QStringLiteral("tokenizer.ggml.pre") };
        Vocabulary vocab;
        std::unordered_map<std::string, uint32_t> idOf;
        idOf.reserve(tokenList.value().size() * 2);
        std::string bytes;
        for (size_t i = 0; i < tokenList.value().size(); ++i) {
            const QByteArray& t = tokenList.value()[i];
            const std::string text(t.constData(), size_t(t.size()));
            if (!ByteLevel::toBytes(text, bytes))
                bytes = text; // control tokens are written as plain text
            vocab.add(uint32_t(i), bytes);
            idOf[text] = uint32_t(i);
        }
        vocab.finish();
        auto mergeList = file.strings("tokenizer.ggml.merges");
        if (!mergeList)
            return mergeList.error();
        std::vector<std::pair<uint32_t, uint32_t>> merges;
        merges.reserve(mergeList.value().size());
        for (size_t i = 0; i < mergeList.value().size(); ++i) {
            const QByteArray& m = mergeList.value()[i];
            const qsizetype space = m.indexOf(' ', 1);
            const auto l = space > 0 ? idOf.find(m.left(space).toStdString()) : idOf.end();
            const auto r = space > 0 ? idOf.find(m.mid(space + 1).toStdString()) : idOf.end();
            if (l == idOf.end() || r == idOf.end())
                return Error { Error::Code::Schema,
                    Tr::tr("merge %1 (\"%2\") names a token that is not in the vocabulary")
                        .arg(i)
                        .arg(QString::fromUtf8(m)),
                    path, -1, QStringLiteral("tokenizer.ggml.merges") };
            merges.emplace_back(l->second, r->second);
        }
        ByteLevelBpeTokenizer::Config config;
        config.name = name;
        config.kind = Kind::GgufBpe;
        config.pattern = preType.pattern;
        config.ignoreMerges = preType.ignoreMerges;
        auto tok = ByteLevelBpeTokenizer::create(
            std::move(config), std::move(vocab), merges, path, QStringLiteral("tokenizer.ggml.merges"));
        if (!tok)
            return tok.error();
        return TokenizerPtr(std::move(tok).value());
    }

    return Error { Error::Code::Schema,
        Tr::tr("tokenizer model \"%1\" is not supported (llama and gpt2 are)").arg(model.value()), path, -1,
        QStringLiteral("tokenizer.ggml.model") };
}

} // namespace Tokenize
