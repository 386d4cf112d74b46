// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/eventencoder.h"

namespace Store {

EventEncoder::EventEncoder(std::shared_ptr<const Attribution::RuleSet> rules)
    : m_rules(std::move(rules))
{ }

const QList<const char*>& EventEncoder::columns()
{
    static const QList<const char*> c { "event_key", "time_ms", "provider", "model", "cost_center", "team", "owner",
        "api_key", "project", "task_id", "attempt", "agent_id", "call_id", "parent_call_id", "operation", "calls",
        "latency_ms", "status", "outcome", "uncached_input_tokens", "cache_read_tokens", "cache_write_5m_tokens",
        "cache_write_1h_tokens", "output_tokens", "reasoning_tokens", "reported_cost_nusd", "list_cost_nusd", "source",
        "batch", "source_line", "attributes", "src_cost_center", "src_team", "src_owner", "attribution_rule" };
    return c;
}

void appendJsonString(QByteArray& out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char16_t* p = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = p[i];
        if (c >= 0x80) { // a run of non-ASCII text: Qt's UTF-8 encoder
            qsizetype j = i;
            while (j < n && p[j] >= 0x80)
                ++j;
            out += s.mid(i, j - i).toUtf8();
            i = j;
            continue;
        }
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                const char esc[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };
                out.append(esc, sizeof esc);
            } else {
                out += char(c);
            }
        }
        ++i;
    }
    out += '"';
}

void EventEncoder::encode(const UsageEvent& source, RowBuffer& rows) const
{
    // the workspace's attribution rules fill what the source left open; both are kept
    const UsageEvent* pe = &source;
    UsageEvent attributed;
    int rule = 0;
    if (m_rules && !m_rules->isEmpty() && source.costCenter.isEmpty() && m_rules->match(source) >= 0) {
        attributed = source;
        rule = m_rules->apply(attributed);
        pe = &attributed;
    }
    const UsageEvent& ev = *pe;
    rows.integer(source.eventKey()); // identity never depends on the rules
    rows.integer(ev.timeMs);
    for (const QString* s :
        { &ev.provider, &ev.model, &ev.costCenter, &ev.team, &ev.owner, &ev.apiKey, &ev.project, &ev.taskId })
        rows.text(*s);
    rows.integer(ev.attempt);
    for (const QString* s : { &ev.agentId, &ev.callId, &ev.parentCallId, &ev.operation })
        rows.text(*s);
    rows.integer(ev.calls);
    rows.optional(ev.latencyMs);
    rows.utf8(ev.error ? "error" : "ok");
    rows.text(Events::outcomeName(ev.outcome));
    for (qint64 v : { ev.tokens.uncachedInput, ev.tokens.cacheRead, ev.tokens.cacheWrite5m, ev.tokens.cacheWrite1h,
             ev.tokens.output, ev.tokens.reasoning })
        rows.integer(v);
    rows.optional(ev.reportedCostNano);
    rows.optional(ev.listCostNano);
    rows.text(ev.source);
    rows.integer(ev.batch);
    rows.integer(ev.sourceLine);
    // attributes as a compact JSON object ("" when there are none, the common case)
    QByteArray& out = rows.beginText();
    if (!ev.attributes.isEmpty()) {
        char sep = '{';
        for (auto it = ev.attributes.cbegin(); it != ev.attributes.cend(); ++it) {
            out += sep;
            sep = ',';
            appendJsonString(out, it.key());
            out += ':';
            appendJsonString(out, it.value());
        }
        out += '}';
    }
    rows.endText();
    rows.text(source.costCenter);
    rows.text(source.team);
    rows.text(source.owner);
    rows.integer(rule);
}

const QList<const char*>& spanColumns()
{
    static const QList<const char*> c { "span_key", "trace_id", "span_id", "parent_span_id", "name", "operation",
        "service", "start_ms", "end_ms", "error", "source" };
    return c;
}

void encodeSpan(const TraceSpan& s, QByteArrayView source, RowBuffer& rows)
{
    rows.integer(spanKey(s));
    for (const QString* t : { &s.traceId, &s.spanId, &s.parentSpanId, &s.name, &s.operation, &s.service })
        rows.text(*t);
    rows.integer(s.startMs);
    rows.integer(s.endMs);
    rows.integer(s.error);
    rows.utf8(source);
}

} // namespace Store
