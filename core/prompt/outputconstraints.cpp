// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/outputconstraints.h"

#include "core/tokenize/tokenizer.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace Prompt {

namespace {

    /** This file's messages, in the translation context "Prompt" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Prompt)
    };

    struct Skeleton
    {
        const Tokenize::Tokenizer& tokenizer;
        qint64 stringTokens = 0; // estimated content of string values
        int fields = 0;
        int strings = 0;
        int depth = 0;

        nlohmann::json build(const nlohmann::json& schema)
        {
            if (!schema.is_object() || ++depth > 32) // deep or recursive schemas: stop
                return nullptr;
            struct Leave
            {
                int& d;
                ~Leave() { --d; }
            } leave { depth };
            if (schema.contains("enum") && schema["enum"].is_array() && !schema["enum"].empty()) {
                // the longest value as the model would write it
                nlohmann::json longest = schema["enum"].front();
                size_t best = 0;
                for (const auto& v : schema["enum"]) {
                    const std::string s = v.dump();
                    const size_t n = tokenizer.count(std::string_view(s));
                    if (n > best) {
                        best = n;
                        longest = v;
                    }
                }
                return longest;
            }
            for (const char* key : { "anyOf", "oneOf" })
                if (schema.contains(key) && schema[key].is_array() && !schema[key].empty())
                    return build(schema[key].front());
            std::string type = schema.contains("type") && schema["type"].is_string() ? schema["type"].get<std::string>()
                : schema.contains("properties")                                      ? "object"
                : schema.contains("items")                                           ? "array"
                                                                                     : "string";
            if (type == "object") {
                nlohmann::json out = nlohmann::json::object();
                if (schema.contains("properties") && schema["properties"].is_object())
                    for (const auto& [name, sub] : schema["properties"].items()) {
                        ++fields;
                        out[name] = build(sub);
                    }
                return out;
            }
            if (type == "array") {
                int items = DefaultArrayItems;
                if (schema.contains("maxItems") && schema["maxItems"].is_number_integer())
                    items = schema["maxItems"].get<int>();
                else if (schema.contains("minItems") && schema["minItems"].is_number_integer())
                    items = qMax(1, schema["minItems"].get<int>());
                items = qBound(0, items, 1000);
                nlohmann::json out = nlohmann::json::array();
                const nlohmann::json item = schema.contains("items") ? schema["items"] : nlohmann::json::object();
                for (int i = 0; i < items; ++i)
                    out.push_back(build(item));
                return out;
            }
            if (type == "integer" || type == "number")
                return 0;
            if (type == "boolean")
                return false;
            if (type == "null")
                return nullptr;
            ++strings;
            if (schema.contains("maxLength") && schema["maxLength"].is_number_integer())
                stringTokens += (qMax<qint64>(0, schema["maxLength"].get<qint64>()) + 3) / 4;
            else
                stringTokens += FreeStringTokens;
            return "";
        }
    };

} // namespace

Result<OutputEstimate> estimateOutput(const OutputConstraints& c, const Tokenize::Tokenizer& tokenizer)
{
    OutputEstimate e;
    e.typicalTokens = qMax<qint64>(0, c.typicalOutputTokens);
    e.constrainedTokens = e.typicalTokens;
    QStringList basis;
    basis << Tr::tr("Answers today: %1 tokens (your figure).").arg(e.typicalTokens);
    if (!c.jsonSchema.trimmed().isEmpty()) {
        const std::string text = c.jsonSchema.toStdString();
        const nlohmann::json schema = nlohmann::json::parse(text, nullptr, false);
        if (schema.is_discarded() || !schema.is_object()) {
            // find the offset of the syntax error for the message
            size_t offset = 0;
            try {
                const nlohmann::json strict = nlohmann::json::parse(text);
                Q_UNUSED(strict);
            } catch (const nlohmann::json::parse_error& err) {
                offset = err.byte;
            } catch (...) { }
            return Error { Error::Code::Parse,
                schema.is_discarded() ? Tr::tr("The JSON schema is not valid JSON (at byte %1).").arg(offset)
                                      : Tr::tr("The JSON schema must be a JSON object."),
                Tr::tr("JSON schema") };
        }
        Skeleton sk { tokenizer };
        const std::string instance = sk.build(schema).dump();
        const qint64 structure = qint64(tokenizer.count(std::string_view(instance)));
        e.schemaTokens = structure + sk.stringTokens;
        basis << Tr::tr(
            "JSON schema: %1 fields; the answer's structure is %2 tokens (%3 counted on a compact instance "
            "with empty strings), plus %4 tokens for %5 string values (maxLength / 4, else %6 each); arrays "
            "at maxItems, else %7 items.")
                     .arg(sk.fields)
                     .arg(structure)
                     .arg(tokenizer.name())
                     .arg(sk.stringTokens)
                     .arg(sk.strings)
                     .arg(FreeStringTokens)
                     .arg(DefaultArrayItems);
        e.constrainedTokens = qMin(e.constrainedTokens, *e.schemaTokens);
    }
    if (c.maxTokens && *c.maxTokens > 0) {
        basis << Tr::tr("max_tokens %1 caps every answer (an answer cut off mid-way may need a retry).")
                     .arg(*c.maxTokens);
        e.constrainedTokens = qMin(e.constrainedTokens, *c.maxTokens);
    }
    e.savedTokensPerCall = e.typicalTokens - e.constrainedTokens;
    basis << Tr::tr("Estimated saving: %1 − %2 = %3 output tokens per call.")
                 .arg(e.typicalTokens)
                 .arg(e.constrainedTokens)
                 .arg(e.savedTokensPerCall);
    e.basis = basis.join(QLatin1Char(' '));
    return e;
}

} // namespace Prompt
