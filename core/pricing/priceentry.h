// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pricing {

/** Integer micro-dollars per 1M tokens for each bucket ($2.50/1M = 2'500'000). tokens × rate = pico-dollars, exactly.
 */
struct Rates
{
    qint64 input = 0;
    qint64 cacheRead = 0;
    qint64 cacheWrite5m = 0;
    qint64 cacheWrite1h = 0;
    qint64 output = 0;
    qint64 reasoning = 0; // reasoning is billed as output unless a provider states otherwise
    bool operator==(const Rates&) const = default;
};

enum class Origin { Builtin, Workspace };

/** One model's prices from a date on. */
struct PriceEntry
{
    QString model; // family id: "gpt-4o", "claude-sonnet-4-5"
    QString provider;
    qint64 effectiveFromMs = 0;
    QStringList aliases; // other names of the family, beyond what date-suffix stripping finds
    Rates rates;
    std::optional<qint64> longContextThreshold; // input tokens per call above which `longRates` apply to the whole call
    Rates longRates;
    int batchPermille = 1000; // 500 = batch tier at half price
    std::optional<qint64> minCacheableTokens;
    Origin origin = Origin::Builtin;
    QString note;

    bool operator==(const PriceEntry&) const = default;
};

} // namespace Pricing

Q_DECLARE_METATYPE(Pricing::PriceEntry)
