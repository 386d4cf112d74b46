// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/jsondepth.h"
#include "core/tokenize/bytelevelbpe.h"
#include "core/tokenize/tiktokentokenizer.h"
#include "core/tokenize/tokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace Tokenize {

namespace {

    /** This file's messages, in the translation context "Tokenize" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Tokenize)
    };

    using json = nlohmann::json;

    struct PreTokenizer
    {
        std::string pattern;
        bool addPrefixSpace = false;
    };

    /** The pre-tokenizers byte-level BPE files use: ByteLevel alone (GPT-2's regex), or Split(regex, Isolated)
     * followed by ByteLevel without its regex (Llama 3). */
    Result<PreTokenizer> readPreTokenizer(const json& pre, const QString& path)
    {
        auto unsupported = [&](const QString& field, const QString& what) {
            return Error { Error::Code::Schema, Tr::tr("unsupported pre-tokenizer: %1").arg(what), path, -1, field };
        };
        if (!pre.is_object() || !pre.contains("type") || !pre["type"].is_string())
            return unsupported(QStringLiteral("pre_tokenizer"), Tr::tr("missing or not an object"));
        const std::string type = pre["type"].get<std::string>();
        auto byteLevel = [](const json& p) {
            const bool prefix = p.contains("add_prefix_space") && p["add_prefix_space"].is_boolean()
                && p["add_prefix_space"].get<bool>();
            const bool regex = !p.contains("use_regex") || !p["use_regex"].is_boolean() || p["use_regex"].get<bool>();
            return std::make_pair(prefix, regex);
        };
        if (type == "ByteLevel") {
            const auto [prefix, regex] = byteLevel(pre);
            PreTokenizer out;
            out.addPrefixSpace = prefix;
            out.pattern = regex ? Patterns::gpt2 : "(?s).+";
            return out;
        }
        if (type != "Sequence" || !pre.contains("pretokenizers") || !pre["pretokenizers"].is_array())
            return unsupported(QStringLiteral("pre_tokenizer.type"), QString::fromStdString(type));
        const json& seq = pre["pretokenizers"];
        PreTokenizer out;
        bool haveByteLevel = false;
        for (size_t i = 0; i < seq.size(); ++i) {
            const json& p = seq[i];
            const QString field = QStringLiteral("pre_tokenizer.pretokenizers[%1]").arg(i);
            const std::string t = p.contains("type") && p["type"].is_string() ? p["type"].get<std::string>() : "";
            if (t == "Split" && out.pattern.empty() && !haveByteLevel) {
                const json pattern = p.value("pattern", json());
                if (!pattern.is_object() || !(pattern.contains("Regex") || pattern.contains("String")))
                    return unsupported(field + QStringLiteral(".pattern"), Tr::tr("no Regex or String"));
                if (p.value("behavior", std::string()) != "Isolated" || p.value("invert", false))
                    return unsupported(field + QStringLiteral(".behavior"),
                        QString::fromStdString(p.value("behavior", std::string())));
                if (pattern.contains("Regex") && pattern["Regex"].is_string()) {
                    out.pattern = pattern["Regex"].get<std::string>();
                } else if (pattern["String"].is_string()) {
                    // a literal: quote it for PCRE2
                    out.pattern = "\\Q" + pattern["String"].get<std::string>() + "\\E";
                } else {
                    return unsupported(field + QStringLiteral(".pattern"), Tr::tr("not a string"));
                }
            } else if (t == "ByteLevel" && !haveByteLevel) {
                const auto [prefix, regex] = byteLevel(p);
                if (prefix)
                    return unsupported(field + QStringLiteral(".add_prefix_space"), QStringLiteral("true"));
                if (regex) {
                    if (!out.pattern.empty())
                        return unsupported(field + QStringLiteral(".use_regex"), Tr::tr("a second regex"));
                    out.pattern = Patterns::gpt2;
                }
                haveByteLevel = true;
            } else {
                return unsupported(field + QStringLiteral(".type"), QString::fromStdString(t));
            }
        }
        if (!haveByteLevel)
            return unsupported(QStringLiteral("pre_tokenizer"), Tr::tr("no ByteLevel step (not a byte-level BPE)"));
        if (out.pattern.empty())
            out.pattern = "(?s).+";
        return out;
    }

} // namespace

static Result<TokenizerPtr> readHuggingFaceTokenizer(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, Tr::tr("cannot open the tokenizer file: %1").arg(file.errorString()), path };
    const QByteArray data = file.readAll();
    if (const auto deep = JsonDepth::find(data.constBegin(), data.constEnd()))
        return Error { Error::Code::Parse,
            Tr::tr("the JSON nests more than %1 levels deep here; no tokenizer does, so it is not read")
                .arg(JsonDepth::Max),
            path, deep->line };
    const json doc = json::parse(data.constBegin(), data.constEnd(), nullptr, /*allow_exceptions*/ false);
    if (doc.is_discarded() || !doc.is_object())
        return Error { Error::Code::Parse, Tr::tr("not a valid JSON document (truncated?)"), path };
    auto schema = [&](const QString& field, const QString& message) {
        return Error { Error::Code::Schema, message, path, -1, field };
    };
    if (!doc.contains("model") || !doc["model"].is_object())
        return schema(QStringLiteral("model"), Tr::tr("missing: not a tokenizer.json"));
    const json& model = doc["model"];
    const std::string type = model.value("type", std::string("BPE"));
    if (type != "BPE")
        return schema(QStringLiteral("model.type"),
            Tr::tr("only BPE models are supported, this one is %1").arg(QString::fromStdString(type)));
    if (model.value("byte_fallback", false))
        return schema(QStringLiteral("model.byte_fallback"), Tr::tr("byte fallback BPE is not supported"));
    for (const char* key : { "continuing_subword_prefix", "end_of_word_suffix" }) {
        if (model.contains(key) && !model[key].is_null()
            && !(model[key].is_string() && model[key].get<std::string>().empty()))
            return schema(QStringLiteral("model.") + QLatin1String(key), Tr::tr("not supported"));
    }
    if (doc.contains("normalizer") && !doc["normalizer"].is_null())
        return schema(
            QStringLiteral("normalizer"), Tr::tr("normalizers are not supported (only byte-level BPE without one)"));
    auto pre = readPreTokenizer(doc.value("pre_tokenizer", json()), path);
    if (!pre)
        return pre.error();

    if (!model.contains("vocab") || !model["vocab"].is_object())
        return schema(QStringLiteral("model.vocab"), Tr::tr("missing or not an object"));
    Vocabulary vocab;
    std::unordered_map<std::string, uint32_t> idOf;
    idOf.reserve(model["vocab"].size() * 2);
    std::string bytes;
    for (auto it = model["vocab"].begin(); it != model["vocab"].end(); ++it) {
        if (!it.value().is_number_unsigned() || it.value().get<uint64_t>() > 10'000'000)
            return schema(QStringLiteral("model.vocab.") + QString::fromStdString(it.key()),
                Tr::tr("the id is not a valid number"));
        const auto id = uint32_t(it.value().get<uint64_t>());
        if (!ByteLevel::toBytes(it.key(), bytes))
            bytes = it.key(); // not a byte-level string (an added token): its text as is
        vocab.add(id, bytes);
        idOf.emplace(it.key(), id);
    }
    vocab.finish();

    if (!model.contains("merges") || !model["merges"].is_array())
        return schema(QStringLiteral("model.merges"), Tr::tr("missing or not an array"));
    const json& mergeList = model["merges"];
    std::vector<std::pair<uint32_t, uint32_t>> merges;
    merges.reserve(mergeList.size());
    for (size_t i = 0; i < mergeList.size(); ++i) {
        const json& m = mergeList[i];
        std::string left, right;
        if (m.is_string()) {
            const std::string s = m.get<std::string>();
            const size_t space = s.find(' ');
            if (space == std::string::npos)
                return schema(QStringLiteral("model.merges[%1]").arg(i), Tr::tr("expected \"left right\""));
            left = s.substr(0, space);
            right = s.substr(space + 1);
        } else if (m.is_array() && m.size() == 2 && m[0].is_string() && m[1].is_string()) {
            left = m[0].get<std::string>();
            right = m[1].get<std::string>();
        } else {
            return schema(
                QStringLiteral("model.merges[%1]").arg(i), Tr::tr("expected \"left right\" or [left, right]"));
        }
        const auto l = idOf.find(left), r = idOf.find(right);
        if (l == idOf.end() || r == idOf.end())
            return schema(QStringLiteral("model.merges[%1]").arg(i), Tr::tr("a merged token is not in the vocabulary"));
        merges.emplace_back(l->second, r->second);
    }

    ByteLevelBpeTokenizer::Config config;
    config.name = QFileInfo(path).fileName() == QLatin1String("tokenizer.json")
        ? QFileInfo(path).dir().dirName() + QStringLiteral("/tokenizer.json")
        : QFileInfo(path).fileName();
    config.kind = Kind::HuggingFaceBpe;
    config.pattern = pre.value().pattern;
    config.addPrefixSpace = pre.value().addPrefixSpace;
    config.ignoreMerges = model.value("ignore_merges", false);
    auto tok = ByteLevelBpeTokenizer::create(
        std::move(config), std::move(vocab), merges, path, QStringLiteral("model.merges"));
    if (!tok)
        return tok.error();
    return TokenizerPtr(std::move(tok).value());
}

Result<TokenizerPtr> loadHuggingFaceTokenizer(const QString& path)
{
    // nlohmann's accessors throw on a field of the wrong JSON type ("type": 5, "byte_fallback": "yes"): an error about
    // the file, never an uncaught exception
    try {
        return readHuggingFaceTokenizer(path);
    } catch (const json::exception& e) {
        return Error { Error::Code::Schema,
            Tr::tr("a field has the wrong JSON type: %1").arg(QString::fromUtf8(e.what())), path };
    }
}

} // namespace Tokenize
