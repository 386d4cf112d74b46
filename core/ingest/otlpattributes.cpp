// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/otlpattributes.h"

#include "core/common/money.h"
#include "core/ingest/fields.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace Ingest::Otlp {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    QString qs(std::string_view s)
    {
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

    enum class Key : quint8 {
        Operation,
        Provider,
        System,
        RequestModel,
        ResponseModel,
        AgentId,
        AgentName,
        OiModel,
        OiProvider,
        OiSystem,
        OiKind,
        UserId,
        SessionId,
        ConversationId,
        ServiceTier,
        Tags,
        Metadata,
        Cost,
        Count // + index of Count: the token counts
    };

    struct KeyInfo
    {
        Key key;
        Count count = Count::Size;
    };

    const std::unordered_map<std::string_view, KeyInfo>& keyIndex()
    {
        static const std::unordered_map<std::string_view, KeyInfo> index {
            { "gen_ai.operation.name", { Key::Operation } },
            { "gen_ai.provider.name", { Key::Provider } },
            { "gen_ai.system", { Key::System } },
            { "gen_ai.request.model", { Key::RequestModel } },
            { "gen_ai.response.model", { Key::ResponseModel } },
            { "gen_ai.agent.id", { Key::AgentId } },
            { "gen_ai.agent.name", { Key::AgentName } },
            { "gen_ai.conversation.id", { Key::ConversationId } },
            { "gen_ai.openai.request.service_tier", { Key::ServiceTier } },
            { "gen_ai.openai.response.service_tier", { Key::ServiceTier } },
            { "gen_ai.usage.input_tokens", { Key::Count, Count::Input } },
            { "gen_ai.usage.output_tokens", { Key::Count, Count::Output } },
            { "gen_ai.usage.cache_read.input_tokens", { Key::Count, Count::CacheRead } },
            { "gen_ai.usage.cache_creation.input_tokens", { Key::Count, Count::CacheCreation } },
            { "gen_ai.usage.reasoning.output_tokens", { Key::Count, Count::Reasoning } },
            { "gen_ai.usage.prompt_tokens", { Key::Count, Count::PromptTokens } },
            { "gen_ai.usage.completion_tokens", { Key::Count, Count::CompletionTokens } },
            { "llm.token_count.prompt", { Key::Count, Count::OiPrompt } },
            { "llm.token_count.completion", { Key::Count, Count::OiCompletion } },
            { "llm.token_count.total", { Key::Count, Count::OiTotal } },
            { "llm.token_count.prompt_details.cache_read", { Key::Count, Count::OiCacheRead } },
            { "llm.token_count.prompt_details.cache_write", { Key::Count, Count::OiCacheWrite } },
            { "llm.token_count.completion_details.reasoning", { Key::Count, Count::OiReasoning } },
            { "llm.cost.total", { Key::Cost } },
            { "llm.model_name", { Key::OiModel } },
            { "llm.provider", { Key::OiProvider } },
            { "llm.system", { Key::OiSystem } },
            { "openinference.span.kind", { Key::OiKind } },
            { "user.id", { Key::UserId } },
            { "enduser.id", { Key::UserId } },
            { "session.id", { Key::SessionId } },
            { "tag.tags", { Key::Tags } },
            { "metadata", { Key::Metadata } },
        };
        return index;
    }

    const char* const CountKeys[]
        = { "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens", "gen_ai.usage.cache_read.input_tokens",
              "gen_ai.usage.cache_creation.input_tokens", "gen_ai.usage.reasoning.output_tokens",
              "gen_ai.usage.prompt_tokens", "gen_ai.usage.completion_tokens", "llm.token_count.prompt",
              "llm.token_count.completion", "llm.token_count.total", "llm.token_count.prompt_details.cache_read",
              "llm.token_count.prompt_details.cache_write", "llm.token_count.completion_details.reasoning" };
    static_assert(std::size(CountKeys) == size_t(Count::Size));

    QString describe(const AnyValue& v)
    {
        switch (v.kind) {
        case AnyValue::String:
            return QStringLiteral("\"") + qs(v.text).left(40) + QStringLiteral("\"");
        case AnyValue::Int:
        case AnyValue::Double:
            return qs(v.text).left(40);
        case AnyValue::Bool:
            return Tr::tr("a boolean");
        case AnyValue::Array:
        case AnyValue::Kvlist:
            return Tr::tr("an array or key-value list");
        case AnyValue::Missing:
        case AnyValue::Other:
            break;
        }
        return Tr::tr("no usable value");
    }

    /** Digits only, no sign: the common case of intValue "1024", without building a QString. */
    std::optional<qint64> digits(std::string_view s)
    {
        if (s.empty() || s.size() > 18)
            return std::nullopt;
        qint64 n = 0;
        for (char c : s) {
            if (c < '0' || c > '9')
                return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    QString lowerAscii(std::string_view s)
    {
        return qs(s).toLower();
    }

} // namespace

std::optional<qint64> countValue(const AnyValue& v)
{
    switch (v.kind) {
    case AnyValue::Int:
    case AnyValue::Double:
    case AnyValue::String:
        if (auto n = digits(v.text))
            return n;
        if (auto n = wholeNumber(qs(v.text)); n && *n >= 0)
            return n;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

void SpanAttributes::add(std::string_view key, const AnyValue& value)
{
    const auto& index = keyIndex();
    const auto it = index.find(key);
    if (it == index.end())
        return;
    const KeyInfo info = it->second;
    if (value.kind == AnyValue::Missing)
        return; // an empty AnyValue states nothing
    if (info.key == Key::Count) {
        auto n = countValue(value);
        if (!n) {
            if (badKey.empty()) {
                badKey = key;
                badMessage = Tr::tr("expected a non-negative whole number of tokens, found %1.").arg(describe(value));
            }
            return;
        }
        counts[size_t(info.count)] = n;
        return;
    }
    if (info.key == Key::Cost) {
        std::optional<qint64> nano;
        if (value.kind == AnyValue::Double || value.kind == AnyValue::Int || value.kind == AnyValue::String)
            nano = Money::parseUsdToNano(qs(value.text));
        if (!nano || *nano < 0) {
            if (badKey.empty()) {
                badKey = key;
                badMessage = Tr::tr("expected a cost in USD, found %1.").arg(describe(value));
            }
            return;
        }
        costNano = nano;
        return;
    }
    if (info.key == Key::Tags) {
        if (value.kind == AnyValue::Array)
            tagsJson = value.text;
        return;
    }
    // every other key we read is text; a number or list there is someone else's convention: ignore it
    if (value.kind != AnyValue::String)
        return;
    switch (info.key) {
    case Key::Operation:
        operation = value.text;
        break;
    case Key::Provider:
        provider = value.text;
        break;
    case Key::System:
        system = value.text;
        break;
    case Key::RequestModel:
        requestModel = value.text;
        break;
    case Key::ResponseModel:
        responseModel = value.text;
        break;
    case Key::AgentId:
        agentId = value.text;
        break;
    case Key::AgentName:
        agentName = value.text;
        break;
    case Key::OiModel:
        oiModel = value.text;
        break;
    case Key::OiProvider:
        oiProvider = value.text;
        break;
    case Key::OiSystem:
        oiSystem = value.text;
        break;
    case Key::OiKind:
        oiKind = value.text;
        break;
    case Key::UserId:
        userId = value.text;
        break;
    case Key::SessionId:
        sessionId = value.text;
        break;
    case Key::ConversationId:
        conversationId = value.text;
        break;
    case Key::ServiceTier:
        serviceTier = value.text;
        break;
    case Key::Metadata:
        metadataJson = value.text;
        break;
    case Key::Tags:
    case Key::Cost:
    case Key::Count:
        break;
    }
}

bool SpanAttributes::hasUsage() const
{
    for (const auto& c : counts)
        if (c)
            return true;
    return costNano.has_value();
}

void Resource::add(std::string_view key, const AnyValue& value)
{
    if (value.kind == AnyValue::String) {
        if (key == "service.name")
            service = qs(value.text);
        else if (key == "openinference.project.name")
            project = qs(value.text);
    }
    // SDK and process details (telemetry.sdk.version, process.pid, process.command_args) attribute no cost
    if (key.substr(0, 10) == "telemetry." || key.substr(0, 8) == "process.")
        return;
    QString text;
    switch (value.kind) {
    case AnyValue::String:
    case AnyValue::Int:
    case AnyValue::Double:
        text = qs(value.text);
        break;
    case AnyValue::Bool:
        text = value.boolean ? QStringLiteral("true") : QStringLiteral("false");
        break;
    default:
        return;
    }
    attributes.insert(QStringLiteral("resource.") + qs(key), text);
}

QString providerName(std::string_view raw)
{
    static const QHash<QString, QString> map {
        { QStringLiteral("gcp.gemini"), QStringLiteral("google") },
        { QStringLiteral("gcp.vertex_ai"), QStringLiteral("google") },
        { QStringLiteral("gcp.gen_ai"), QStringLiteral("google") },
        { QStringLiteral("vertex_ai"), QStringLiteral("google") },
        { QStringLiteral("vertexai"), QStringLiteral("google") },
        { QStringLiteral("gemini"), QStringLiteral("google") },
        { QStringLiteral("google_genai"), QStringLiteral("google") },
        { QStringLiteral("aws.bedrock"), QStringLiteral("aws") },
        { QStringLiteral("aws_bedrock"), QStringLiteral("aws") },
        { QStringLiteral("bedrock"), QStringLiteral("aws") },
        { QStringLiteral("azure.ai.openai"), QStringLiteral("azure") },
        { QStringLiteral("azure.ai.inference"), QStringLiteral("azure") },
        { QStringLiteral("az.ai.openai"), QStringLiteral("azure") },
        { QStringLiteral("az.ai.inference"), QStringLiteral("azure") },
        { QStringLiteral("azure_openai"), QStringLiteral("azure") },
        { QStringLiteral("mistral_ai"), QStringLiteral("mistral") },
        { QStringLiteral("mistralai"), QStringLiteral("mistral") },
        { QStringLiteral("x_ai"), QStringLiteral("xai") },
        { QStringLiteral("ibm.watsonx.ai"), QStringLiteral("ibm") },
    };
    // the common names map to themselves: keep them shared instead of building a string per span
    static const QString openai = QStringLiteral("openai"), anthropic = QStringLiteral("anthropic");
    if (raw == "openai")
        return openai;
    if (raw == "anthropic")
        return anthropic;
    const QString lower = lowerAscii(raw);
    return map.value(lower, lower);
}

QString spanOperation(const SpanAttributes& a)
{
    if (!a.operation.empty())
        return qs(a.operation);
    if (a.oiKind.empty())
        return {};
    // OpenInference kinds in the GenAI names where there is one, so that trees read the same in both conventions
    static const QHash<QString, QString> map {
        { QStringLiteral("llm"), QStringLiteral("chat") },
        { QStringLiteral("embedding"), QStringLiteral("embeddings") },
        { QStringLiteral("tool"), QStringLiteral("execute_tool") },
        { QStringLiteral("agent"), QStringLiteral("invoke_agent") },
        { QStringLiteral("retriever"), QStringLiteral("retrieval") },
    };
    const QString kind = lowerAscii(a.oiKind);
    return map.value(kind, kind);
}

std::optional<AttributeError> fillEvent(const SpanAttributes& a, const Resource& resource, UsageEvent& e)
{
    struct Pick
    {
        std::optional<qint64> value;
        Count from = Count::Size;
    };
    auto pick = [&a](std::initializer_list<Count> order) {
        for (Count c : order)
            if (a.counts[size_t(c)])
                return Pick { a.counts[size_t(c)], c };
        return Pick {};
    };
    auto key = [](Count c) { return QString::fromLatin1(CountKeys[size_t(c)]); };
    // GenAI names win over the deprecated ones, and both over OpenInference, when a span carries several
    Pick input = pick({ Count::Input, Count::PromptTokens, Count::OiPrompt });
    const Pick output = pick({ Count::Output, Count::CompletionTokens, Count::OiCompletion });
    const Pick cacheRead = pick({ Count::CacheRead, Count::OiCacheRead });
    const Pick cacheWrite = pick({ Count::CacheCreation, Count::OiCacheWrite });
    const Pick reasoning = pick({ Count::Reasoning, Count::OiReasoning });
    if (!input.value && a.counts[size_t(Count::OiTotal)]) {
        const qint64 total = *a.counts[size_t(Count::OiTotal)];
        const qint64 out = output.value.value_or(0);
        if (total < out)
            return AttributeError {
                key(Count::OiTotal),
                Tr::tr("the total of %1 tokens is less than the %2 completion tokens it includes.").arg(total).arg(out)
            };
        input = Pick { total - out, Count::OiTotal };
    }
    const qint64 in = input.value.value_or(0), out = output.value.value_or(0);
    const qint64 read = cacheRead.value.value_or(0), write = cacheWrite.value.value_or(0);
    const qint64 think = reasoning.value.value_or(0);
    const QString inputName = input.value ? key(input.from) : key(Count::Input);
    // input includes cache reads and writes: more cached than input is a contradiction, not a negative bucket
    if (read > in)
        return AttributeError { key(cacheRead.from),
            Tr::tr("%1 cache-read tokens exceed the %2 input tokens (%3) that include them.")
                .arg(read)
                .arg(in)
                .arg(inputName) };
    if (read + write > in)
        return AttributeError { key(cacheWrite.from),
            Tr::tr("%1 cache-write plus %2 cache-read tokens exceed the %3 input tokens (%4) that include them.")
                .arg(write)
                .arg(read)
                .arg(in)
                .arg(inputName) };
    if (think > out)
        return AttributeError { key(reasoning.from),
            Tr::tr("%1 reasoning tokens exceed the %2 output tokens (%3) that include them.")
                .arg(think)
                .arg(out)
                .arg(output.value ? key(output.from) : key(Count::Output)) };
    e.tokens = TokenBuckets { in - read - write, read, write, 0, out - think, think };
    e.reportedCostNano = a.costNano;

    const std::string_view model = !a.responseModel.empty() ? a.responseModel
        : !a.requestModel.empty()                           ? a.requestModel
                                                            : a.oiModel;
    if (model.empty())
        return AttributeError { QStringLiteral("gen_ai.request.model"),
            Tr::tr("this span states token usage but names no model (gen_ai.response.model, gen_ai.request.model or "
                   "llm.model_name).") };
    e.model = qs(model);

    e.attributes = resource.attributes;
    const std::string_view rawProvider = !a.provider.empty() ? a.provider
        : !a.system.empty()                                  ? a.system
        : !a.oiProvider.empty()                              ? a.oiProvider
                                                             : a.oiSystem;
    if (!rawProvider.empty()) {
        e.provider = providerName(rawProvider);
        if (e.provider != qs(rawProvider))
            e.attributes.insert(QStringLiteral("gen_ai.provider.name"), qs(rawProvider));
    }
    e.operation = spanOperation(a);
    e.agentId = qs(!a.agentId.empty() ? a.agentId : a.agentName);
    e.project = resource.project.isEmpty() ? resource.service : resource.project;

    if (!a.userId.empty())
        e.attributes.insert(QStringLiteral("user_id"), qs(a.userId));
    if (!a.serviceTier.empty())
        e.attributes.insert(QStringLiteral("service_tier"), qs(a.serviceTier));
    if (!a.sessionId.empty())
        e.attributes.insert(QStringLiteral("metadata.session_id"), qs(a.sessionId));
    if (!a.conversationId.empty())
        e.attributes.insert(QStringLiteral("metadata.conversation_id"), qs(a.conversationId));
    if (!a.tagsJson.empty()) {
        // arrayValue: {"values":[{"stringValue":"tag"}, …]}
        const auto j = nlohmann::json::parse(a.tagsJson.begin(), a.tagsJson.end(), nullptr, false);
        if (j.is_object() && j.contains("values") && j["values"].is_array())
            for (const auto& v : j["values"])
                if (v.is_object() && v.contains("stringValue") && v["stringValue"].is_string())
                    e.attributes.insert(
                        QStringLiteral("tag:") + QString::fromStdString(v["stringValue"].get<std::string>()),
                        QStringLiteral("1"));
    }
    if (!a.metadataJson.empty()) {
        // OpenInference writes metadata as one JSON object in a string attribute
        const auto j = nlohmann::json::parse(a.metadataJson.begin(), a.metadataJson.end(), nullptr, false);
        if (j.is_object())
            for (auto it = j.begin(); it != j.end(); ++it) {
                if (it->is_object() || it->is_array())
                    continue;
                const QString value = it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                      : QString::fromStdString(it->dump());
                e.attributes.insert(QStringLiteral("metadata.") + QString::fromStdString(it.key()), value);
            }
    }
    return std::nullopt;
}

} // namespace Ingest::Otlp
