// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/usageevent.h"

#include <QMap>
#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace Ingest::Otlp {

/**
 * One OTLP AnyValue as read from JSON, without copies: `text` points into the parser's buffers and lives as long as
 * the request being read. Int and Double hold the number's text (OTLP/JSON writes 64-bit ints as strings);
 * Array and Kvlist hold the raw JSON of the value object.
 */
struct AnyValue
{
    enum Kind : quint8 { Missing, String, Int, Double, Bool, Array, Kvlist, Other };
    Kind kind = Missing;
    bool boolean = false;
    std::string_view text;
};

/** The token counts a span can state, GenAI semantic conventions first, then OpenInference. */
enum class Count : quint8 {
    Input, // gen_ai.usage.input_tokens (includes cached)
    Output, // gen_ai.usage.output_tokens (includes reasoning)
    CacheRead, // gen_ai.usage.cache_read.input_tokens
    CacheCreation, // gen_ai.usage.cache_creation.input_tokens
    Reasoning, // gen_ai.usage.reasoning.output_tokens
    PromptTokens, // deprecated gen_ai.usage.prompt_tokens
    CompletionTokens, // deprecated gen_ai.usage.completion_tokens
    OiPrompt, // llm.token_count.prompt (includes cache read and write)
    OiCompletion, // llm.token_count.completion (includes reasoning)
    OiTotal, // llm.token_count.total
    OiCacheRead, // llm.token_count.prompt_details.cache_read
    OiCacheWrite, // llm.token_count.prompt_details.cache_write
    OiReasoning, // llm.token_count.completion_details.reasoning
    Size
};

/** What a span's attributes say, collected one attribute at a time (attributes come in any order). */
struct SpanAttributes
{
    std::string_view operation; // gen_ai.operation.name
    std::string_view provider; // gen_ai.provider.name
    std::string_view system; // gen_ai.system (older name of the provider)
    std::string_view requestModel;
    std::string_view responseModel;
    std::string_view agentId;
    std::string_view agentName;
    std::string_view oiModel; // llm.model_name
    std::string_view oiProvider; // llm.provider
    std::string_view oiSystem; // llm.system
    std::string_view oiKind; // openinference.span.kind
    std::string_view userId; // user.id, enduser.id
    std::string_view sessionId; // session.id
    std::string_view conversationId; // gen_ai.conversation.id
    std::string_view serviceTier; // gen_ai.openai.request.service_tier and response
    std::string_view tagsJson; // tag.tags (arrayValue)
    std::string_view metadataJson; // OpenInference metadata (a JSON string)
    std::array<std::optional<qint64>, size_t(Count::Size)> counts;
    std::optional<qint64> costNano; // llm.cost.total
    /** The first attribute whose value is unusable (a token count that is not a whole number), and why. */
    std::string_view badKey;
    QString badMessage;

    /** Takes one span attribute; unknown keys are ignored. */
    void add(std::string_view key, const AnyValue& value);
    /** A span that states token usage (or a cost) is an LLM call; the rest are tools, agents and workflows. */
    bool hasUsage() const;
};

/** Resource attributes shared by every span of one resourceSpans entry. */
struct Resource
{
    QString service; // service.name
    QString project; // openinference.project.name, else service.name
    QMap<QString, QString> attributes; // "resource.<key>"

    void add(std::string_view key, const AnyValue& value);
};

/** Where a span's event or rejection goes wrong: the attribute key (for the field path) and a user-facing message. */
struct AttributeError
{
    QString key;
    QString message;
};

/**
 * Fills the LLM fields of `e` from the span's attributes and its resource: provider (mapped to the catalog's names:
 * gcp.gemini → google, aws.bedrock → aws, azure.ai.openai → azure, the raw name kept in
 * attributes["gen_ai.provider.name"]), model (response model first), operation, agent, project, the six token
 * buckets and the reported cost. Returns an error when the counts contradict each other (cached > input,
 * reasoning > output) or no model is named.
 */
std::optional<AttributeError> fillEvent(const SpanAttributes& a, const Resource& resource, UsageEvent& e);

/** The operation of a span for the span table: gen_ai.operation.name, else openinference.span.kind in lower case. */
QString spanOperation(const SpanAttributes& a);

/** "gcp.gemini" → "google", "aws.bedrock" → "aws", "azure.ai.openai" → "azure", "mistral_ai" → "mistral", … */
QString providerName(std::string_view raw);

/** A whole non-negative count from an AnyValue (intValue "1024", 1024, doubleValue 1024.0, stringValue "1024"). */
std::optional<qint64> countValue(const AnyValue& v);

} // namespace Ingest::Otlp
