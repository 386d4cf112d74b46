// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// API against self-hosted (issue 16, part 4): a server's total cost of ownership per hour (DESIGN.md "Self-hosted
// $/1M tokens": hardware depreciation or a rented GPU's price, power, hosting, a share of MLOps salaries) over the
// tokens it generates at a stated utilization, against what the API charges for the workspace's monthly volume.
// Every cost is per hour whether or not the server is busy, so $ per 1M tokens is inversely proportional to
// utilization: 30% costs three times what 90% does.
#include "core/planning/cachesavings.h"
#include "core/planning/fielderror.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Planning {

/** Hours in the average month (24 x 365.25 / 12). */
constexpr double HoursPerMonth = 24 * DaysPerMonth;

/** One server, as the user states it. */
struct SelfHostInputs
{
    double hardwareUsd = 0; // purchase price, depreciated over `depreciationYears` (ignored with a rented GPU)
    double depreciationYears = 3;
    double gpuUsdPerHour = 0; // > 0: a rented GPU, in place of owned hardware
    double powerWatts = 0; // average draw
    double usdPerKwh = 0;
    double hostingUsdPerMonth = 0; // rack space, network, storage
    double mlopsUsdPerMonth = 0; // the share of MLOps salaries this server takes
    double utilization = 0.5; // share of hours spent generating, (0, 1]
    double tokensPerSecond = 0; // processed at full load, prompt and generated (all concurrent requests together)
};

/** The API side: the workspace's (or a typed) monthly token volume and what the API charges for it. */
struct ApiVolume
{
    double tokensPerMonth = 0;
    double usdPerMonth = 0;
    double usdPerMillion() const { return tokensPerMonth > 0 ? usdPerMonth / tokensPerMonth * 1e6 : 0.0; }
};

/** Why inputs cannot be computed, per field (ids are the CLI's option names: "utilization", "tokens-per-second"). */
std::vector<FieldError> validate(const SelfHostInputs& in);
std::vector<FieldError> validate(const ApiVolume& api);

/** The server's cost per hour: depreciation (or rent) + power + (hosting + MLOps) per hour. */
double tcoUsdPerHour(const SelfHostInputs& in);
/** $ per 1M generated tokens at the stated utilization. */
double selfHostedUsdPerMillion(const SelfHostInputs& in);

struct BreakEven
{
    double tcoUsdPerMonth = 0; // one server
    double selfUsdPerMillion = 0; // at the stated utilization
    double apiUsdPerMillion = 0;
    double capacityTokensPerMonth = 0; // one server at the stated utilization
    int servers = 0; // servers the volume needs at that utilization
    double volumeUtilization = 0; // how busy those servers would be with the volume: tokens / (servers x full load)
    double selfUsdPerMonth = 0; // servers x TCO
    double apiUsdPerMonth = 0;
    double savingsUsdPerMonth() const { return apiUsdPerMonth - selfUsdPerMonth; }
    std::optional<double> breakEvenTokensPerMonth; // where one server's TCO equals the API's charge
    std::optional<double> breakEvenUtilization; // where self-hosted $/1M equals the API's; none above 100%
};
/** Valid inputs only (validate() first). */
BreakEven breakEven(const SelfHostInputs& in, const ApiVolume& api);

/** $ per 1M tokens at utilizations 5%, 10%, ... 100%: (utilization, $/1M). */
std::vector<std::pair<double, double>> costCurve(const SelfHostInputs& in);

/** One input's swing: self-hosted $/1M with the input at (1 - swing) and (1 + swing) times its value. */
struct TornadoBar
{
    QString field; // as FieldError::field
    double lowInput = 0, highInput = 0;
    double atLow = 0, atHigh = 0; // $ per 1M
};
/** Every input that contributes, widest swing first; utilization capped at 100%. */
std::vector<TornadoBar> tornado(const SelfHostInputs& in, double swing = 0.2);

/** A field's label for people ("Utilization"), translated. */
QString fieldLabel(const QString& field);

} // namespace Planning
