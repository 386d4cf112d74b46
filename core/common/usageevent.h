// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/** The six non-overlapping token buckets of DESIGN.md; every source's convention is converted into these. */
struct TokenBuckets
{
    qint64 uncachedInput = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 output = 0; // excluding reasoning
    qint64 reasoning = 0;

    qint64 input() const { return uncachedInput + cacheRead + cacheWrite5m + cacheWrite1h; }
    qint64 total() const { return input() + output + reasoning; }
    bool operator==(const TokenBuckets&) const = default;
};

enum class Outcome { Unknown, Accepted, Rework, Rejected };

/** One LLM call, or one provider bucket of `calls` calls. Field names follow DESIGN.md. */
struct UsageEvent
{
    qint64 timeMs = 0; // UTC
    QString provider;
    QString model;
    QString costCenter;
    QString team;
    QString owner;
    QString apiKey; // hashed or an id, never the secret
    QString project;
    QString taskId;
    int attempt = 1;
    QString agentId;
    QString callId;
    QString parentCallId;
    QString operation;
    qint64 calls = 1;
    std::optional<qint64> latencyMs;
    bool error = false; // status: ok / error
    Outcome outcome = Outcome::Unknown;
    bool batch = false; // billed at the batch tier
    TokenBuckets tokens;
    std::optional<qint64> reportedCostNano;
    std::optional<qint64> listCostNano; // nullopt: unpriced
    /**
     * What the source says about the call beyond the fields above, for attribution rules: "workspace_id",
     * "tag:<name>", "metadata.<key>", "resource.service.name", "resource.deployment.environment", …
     */
    QMap<QString, QString> attributes;
    QString source; // file name
    qint64 sourceLine = 0;

    /**
     * Stable identity for de-duplication: the provider's call id when there is one, otherwise every field that says
     * what was consumed (time, attribution, model, tokens). Independent of the source file, so an overlapping export
     * of the same calls imports nothing twice. A cost-only row (calls = 0: a billing line item) also counts the
     * attributes that name its line item (LineItemAttributes), so that "gpt-4o, input" and "gpt-4o, output" of one
     * day stay two rows while the same line item from the JSON and the CSV export stays one. Amounts are not part of
     * the identity: a provider's corrected amount must not count a line item twice.
     */
    qint64 eventKey() const;

    /** Attributes that identify a cost-only row's line item: OpenAI's line_item; Anthropic's cost_type, token_type
     * and description. */
    static const QStringList& lineItemAttributes();
};
Q_DECLARE_METATYPE(UsageEvent)

namespace Events {
QString outcomeName(Outcome o);
std::optional<Outcome> parseOutcome(QStringView s);
} // namespace Events
