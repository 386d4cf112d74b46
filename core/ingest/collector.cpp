// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/collector.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Ingest {

Collector::Collector(const QString& path, const Sinks& sinks, int chunkSize)
    : m_path(path)
    , m_name(QFileInfo(path).fileName())
    , m_sinks(sinks)
    , m_chunkSize(chunkSize)
{
    // No reserve: a list grows to a chunk in a dozen steps and keeps its capacity across clear(), while reserving a
    // whole chunk up front made every small file (and every fuzz input) pay for 4,096 events.
}

void Collector::reject(qint64 line, const QString& field, const QString& message)
{
    ++report.rows;
    ++report.rejectedCount;
    if (report.rejected.size() < ParseReport::MaxReported)
        report.rejected.append(Error { Error::Code::Parse, message, m_path, line, field });
}

Result<void> Collector::accept(UsageEvent&& e, qint64 line)
{
    // what one event can hold, so that no stored value can overflow a cost or a report's sums
    const std::pair<const char*, qint64> buckets[]
        = { { "uncached_input_tokens", e.tokens.uncachedInput }, { "cache_read_tokens", e.tokens.cacheRead },
              { "cache_write_5m_tokens", e.tokens.cacheWrite5m }, { "cache_write_1h_tokens", e.tokens.cacheWrite1h },
              { "output_tokens", e.tokens.output }, { "reasoning_tokens", e.tokens.reasoning } };
    for (const auto& [field, tokens] : buckets)
        if (tokens < 0 || tokens > MaxTokensPerEvent) {
            reject(line, QString::fromLatin1(field),
                QCoreApplication::translate("Ingest", "%1 tokens is beyond what one event can hold (0 to %2).")
                    .arg(tokens)
                    .arg(MaxTokensPerEvent));
            return {};
        }
    if (e.calls < 0 || e.calls > MaxCallsPerEvent) {
        reject(line, QStringLiteral("calls"),
            QCoreApplication::translate("Ingest", "%1 calls is beyond what one event can hold (0 to %2).")
                .arg(e.calls)
                .arg(MaxCallsPerEvent));
        return {};
    }
    if (e.reportedCostNano
        && (*e.reportedCostNano > MaxCostNanoPerEvent || *e.reportedCostNano < -MaxCostNanoPerEvent)) {
        reject(line, QStringLiteral("reported_cost_usd"),
            QCoreApplication::translate("Ingest",
                "A cost of more than $%1 for one event is beyond what one event can "
                "hold.")
                .arg(MaxCostNanoPerEvent / 1'000'000'000));
        return {};
    }
    ++report.rows;
    ++report.accepted;
    e.source = m_name;
    e.sourceLine = line;
    m_events.append(std::move(e));
    if (m_events.size() >= m_chunkSize) {
        auto r = m_sinks.events(m_events);
        m_events.clear();
        return r;
    }
    return {};
}

Result<void> Collector::acceptSpan(TraceSpan&& span)
{
    if (!m_sinks.spans)
        return {};
    m_spans.append(std::move(span));
    if (m_spans.size() >= m_chunkSize) {
        auto r = m_sinks.spans(m_spans);
        m_spans.clear();
        return r;
    }
    return {};
}

Result<void> Collector::flush()
{
    if (!m_events.isEmpty()) {
        auto r = m_sinks.events(m_events);
        m_events.clear();
        if (!r)
            return r;
    }
    if (!m_spans.isEmpty() && m_sinks.spans) {
        auto r = m_sinks.spans(m_spans);
        m_spans.clear();
        return r;
    }
    return {};
}

Error fileError(const QString& path, qint64 line, const QString& message, const QString& field)
{
    return Error { Error::Code::Parse, message, path, line, field };
}

} // namespace Ingest
