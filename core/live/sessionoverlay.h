// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/store/workspace.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Live {

/** A stretch of recorded scrapes of one feed (tables live_series, live_points) without a gap longer than `gapMs`. */
struct RecordedSession
{
    QString feed;
    qint64 fromMs = 0; // first scrape
    qint64 toMs = 0; // last scrape
    qint64 scrapes = 0; // distinct scrape times
    bool operator==(const RecordedSession&) const = default;
};

/** The recorded sessions of `ws`, by feed then time; a pause of more than `gapMs` between scrapes starts a new one. */
Result<QList<RecordedSession>> recordedSessions(Store::Workspace& ws, qint64 gapMs = 10 * 60'000);

enum class OverlayMetric {
    Tokens, // tokens per second: recorded prompt + generated token counters; logged: all six token buckets
    Spend, // USD per hour: recorded gateway spend counter; logged: list cost
};

struct OverlayBucket
{
    qint64 startMs = 0;
    /**
     * The recorded rate in this bucket: for each counter series, its increase over the consecutive scrape pairs that
     * end in the bucket (a drop is a restart from 0) divided by the time those pairs span; summed over the series.
     * Unset when no pair ends in the bucket.
     */
    std::optional<double> recorded;
    double logged = 0; // logged tokens (or list cost) in [startMs, startMs + bucketMs) per second (per hour for USD)
};

struct Overlay
{
    OverlayMetric metric = OverlayMetric::Tokens;
    qint64 bucketMs = 0;
    QStringList counters; // the recorded metric names used
    QList<OverlayBucket> buckets; // from the bucket holding the session's start through the one holding its end
};

/**
 * The recorded session's derived rate beside the workspace's logged rate per `bucketMs` interval (aligned to multiples
 * of bucketMs since the epoch, UTC), over the session's time range; logged calls of `costCenter` only unless it is
 * empty. The counters read are those of formats.md: vLLM vllm:prompt_tokens_total + vllm:generation_tokens_total, TGI
 * tgi_request_input_length_sum + tgi_request_generated_tokens_sum, LiteLLM litellm_input/output_tokens_metric(_total)
 * and litellm_spend_metric(_total). Same thread as `ws`.
 */
Result<Overlay> sessionOverlay(Store::Workspace& ws, const RecordedSession& session, OverlayMetric metric,
    qint64 bucketMs, const QString& costCenter = {});

} // namespace Live

Q_DECLARE_METATYPE(Live::Overlay)
