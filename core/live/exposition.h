// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

/** Live feeds: Prometheus exposition text, rates, quantiles. */
namespace Live {

enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };
QString typeName(MetricType t);

using Labels = QList<std::pair<QString, QString>>; // in the order of the exposition

struct Sample
{
    QString name; // as exposed: "vllm:e2e_request_latency_seconds_bucket"
    Labels labels;
    double value = 0; // NaN and ±Inf are values too
    std::optional<qint64> timestampMs;

    /** Value of label `name`, or an empty string. */
    QString label(QStringView name) const;
};

/** A metric family: the samples that a `# TYPE` line groups (a histogram's _bucket, _sum, _count, _created). */
struct Family
{
    QString name;
    MetricType type = MetricType::Untyped;
    QString help;
    QList<Sample> samples;
};

/** A malformed line: skipped, reported with its number. */
struct LineError
{
    qint64 line = 0;
    QString message;
};

struct Exposition
{
    QList<Family> families; // in order of first appearance
    QList<LineError> errors; // the first 100
    qint64 errorCount = 0;
    qint64 sampleCount = 0;

    const Family* family(QStringView name) const;
};

/**
 * Parses the Prometheus text format 0.0.4: `# HELP` (with \\ and \n escapes) and `# TYPE` lines, other comments,
 * `name{label="value",…} value [timestamp_ms]` with label escapes \\ \" \n, NaN, +Inf, -Inf, a trailing comma in
 * the label set, CRLF line ends. Samples join the family their `# TYPE` declares (a histogram's `_bucket`, `_sum`,
 * `_count`, `_created`; a summary's quantiles, `_sum`, `_count`; a counter's `_total`); samples without a TYPE form
 * untyped families. Malformed lines are skipped and listed with their line numbers; a body that is not text at all
 * (NUL bytes, HTML) is an Error naming `source`.
 */
Result<Exposition> parseExposition(QByteArrayView text, const QString& source);

/** A sample value as the format writes it: decimals, exponents, NaN, +Inf, -Inf (also a histogram's "le"). */
std::optional<double> parseSampleValue(QByteArrayView text);

/** A point of a time series. */
struct Point
{
    qint64 timeMs = 0;
    double value = 0;
};

/**
 * How much a counter grew over `points` (in time order), across resets: a drop means the process restarted from 0,
 * so the value after the drop counts in full (as PromQL's increase() does, without its extrapolation).
 */
double counterIncrease(const QList<Point>& points);
/**
 * What one step of a counter from `prev` to `v` adds: the difference when it grew, `v` when it fell (a reset), never
 * less than 0 (a broken exporter's negative counter adds nothing) and 0 when either value is NaN or infinite.
 */
double counterStep(double prev, double v);
/** counterIncrease per second between the first and the last point; nullopt with fewer than two points. */
std::optional<double> counterRate(const QList<Point>& points);

/** A histogram's cumulative buckets: upper bound ("le", +Inf last) and count. */
using Buckets = QList<std::pair<double, double>>;
/**
 * The q-quantile (0..1) of a histogram by linear interpolation inside the bucket that holds it, as PromQL's
 * histogram_quantile(): the lowest bucket interpolates from 0 (or returns its bound when that is ≤ 0); a quantile in
 * the +Inf bucket returns the highest finite bound. nullopt without observations or without a +Inf bucket.
 */
std::optional<double> histogramQuantile(double q, Buckets buckets);

/** The buckets of one series of histogram family `f` whose other labels equal `match` (all series when empty). */
Buckets bucketsOf(const Family& f, const Labels& match = {});

} // namespace Live
