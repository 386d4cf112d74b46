// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/planning/breakeven.h"

#include <algorithm>
#include <cmath>

namespace Planning {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Planning::BreakEven)
    };

    struct FieldRef
    {
        const char* field;
        double SelfHostInputs::*member;
    };
    // the inputs the tornado varies, in the form's order
    constexpr FieldRef Fields[] = {
        { "hardware-price", &SelfHostInputs::hardwareUsd },
        { "years", &SelfHostInputs::depreciationYears },
        { "gpu-price-per-hour", &SelfHostInputs::gpuUsdPerHour },
        { "power-watts", &SelfHostInputs::powerWatts },
        { "kwh-price", &SelfHostInputs::usdPerKwh },
        { "hosting-per-month", &SelfHostInputs::hostingUsdPerMonth },
        { "mlops-per-month", &SelfHostInputs::mlopsUsdPerMonth },
        { "utilization", &SelfHostInputs::utilization },
        { "tokens-per-second", &SelfHostInputs::tokensPerSecond },
    };

    bool rented(const SelfHostInputs& in)
    {
        return in.gpuUsdPerHour > 0;
    }

} // namespace

QString fieldLabel(const QString& field)
{
    static const struct
    {
        const char* field;
        const char* label;
    } Labels[] = {
        { "hardware-price", QT_TRANSLATE_NOOP("Planning::BreakEven", "Hardware price") },
        { "years", QT_TRANSLATE_NOOP("Planning::BreakEven", "Depreciation") },
        { "gpu-price-per-hour", QT_TRANSLATE_NOOP("Planning::BreakEven", "GPU rent") },
        { "power-watts", QT_TRANSLATE_NOOP("Planning::BreakEven", "Power draw") },
        { "kwh-price", QT_TRANSLATE_NOOP("Planning::BreakEven", "Electricity") },
        { "hosting-per-month", QT_TRANSLATE_NOOP("Planning::BreakEven", "Hosting") },
        { "mlops-per-month", QT_TRANSLATE_NOOP("Planning::BreakEven", "MLOps share") },
        { "utilization", QT_TRANSLATE_NOOP("Planning::BreakEven", "Utilization") },
        { "tokens-per-second", QT_TRANSLATE_NOOP("Planning::BreakEven", "Throughput") },
        { "monthly-tokens", QT_TRANSLATE_NOOP("Planning::BreakEven", "Monthly tokens") },
        { "api-spend", QT_TRANSLATE_NOOP("Planning::BreakEven", "API spend") },
    };
    for (const auto& l : Labels)
        if (field == QLatin1String(l.field))
            return QCoreApplication::translate("Planning::BreakEven", l.label);
    return field;
}

std::vector<FieldError> validate(const SelfHostInputs& in)
{
    std::vector<FieldError> e;
    auto add = [&e](const char* field, const QString& message) {
        e.push_back({ QString::fromLatin1(field), message });
    };
    const auto money = { FieldRef { "hardware-price", &SelfHostInputs::hardwareUsd },
        FieldRef { "gpu-price-per-hour", &SelfHostInputs::gpuUsdPerHour },
        FieldRef { "kwh-price", &SelfHostInputs::usdPerKwh },
        FieldRef { "hosting-per-month", &SelfHostInputs::hostingUsdPerMonth },
        FieldRef { "mlops-per-month", &SelfHostInputs::mlopsUsdPerMonth } };
    for (const FieldRef& f : money)
        if (!(in.*f.member >= 0) || !std::isfinite(in.*f.member))
            add(f.field, Text::tr("%1 cannot be negative.").arg(fieldLabel(QString::fromLatin1(f.field))));
    if (in.hardwareUsd <= 0 && in.gpuUsdPerHour <= 0)
        add("hardware-price",
            Text::tr("Give the hardware's price or a GPU's hourly rent: a server that costs nothing "
                     "breaks even at any volume."));
    if (!rented(in) && in.hardwareUsd > 0 && !(in.depreciationYears > 0 && in.depreciationYears <= 20))
        add("years", Text::tr("Depreciation must be more than 0 and at most 20 years."));
    if (!(in.powerWatts >= 0 && in.powerWatts <= 100000))
        add("power-watts", Text::tr("Power draw must be between 0 and 100,000 W per server."));
    if (in.usdPerKwh > 10)
        add("kwh-price", Text::tr("Electricity above $10 per kWh is not a real tariff."));
    if (!(in.utilization > 0 && in.utilization <= 1))
        add("utilization", Text::tr("Utilization must be more than 0% and at most 100%."));
    if (!(in.tokensPerSecond > 0) || !std::isfinite(in.tokensPerSecond))
        add("tokens-per-second", Text::tr("Throughput must be more than 0 tokens per second."));
    return e;
}

std::vector<FieldError> validate(const ApiVolume& api)
{
    std::vector<FieldError> e;
    if (!(api.tokensPerMonth > 0))
        e.push_back({ QStringLiteral("monthly-tokens"), Text::tr("The monthly token volume must be more than 0.") });
    if (!(api.usdPerMonth > 0))
        e.push_back({ QStringLiteral("api-spend"), Text::tr("The API's monthly charge must be more than $0.") });
    return e;
}

double tcoUsdPerHour(const SelfHostInputs& in)
{
    const double capital = rented(in)
        ? in.gpuUsdPerHour
        : (in.depreciationYears > 0 ? in.hardwareUsd / (in.depreciationYears * 12 * HoursPerMonth) : 0.0);
    return capital + in.powerWatts / 1000 * in.usdPerKwh
        + (in.hostingUsdPerMonth + in.mlopsUsdPerMonth) / HoursPerMonth;
}

double selfHostedUsdPerMillion(const SelfHostInputs& in)
{
    const double tokensPerHour = in.tokensPerSecond * 3600 * in.utilization;
    return tokensPerHour > 0 ? tcoUsdPerHour(in) / tokensPerHour * 1e6 : 0.0;
}

BreakEven breakEven(const SelfHostInputs& in, const ApiVolume& api)
{
    BreakEven b;
    b.tcoUsdPerMonth = tcoUsdPerHour(in) * HoursPerMonth;
    b.selfUsdPerMillion = selfHostedUsdPerMillion(in);
    b.apiUsdPerMillion = api.usdPerMillion();
    b.capacityTokensPerMonth = in.tokensPerSecond * 3600 * in.utilization * HoursPerMonth;
    b.servers = b.capacityTokensPerMonth > 0
        ? std::max(1, int(std::ceil(api.tokensPerMonth / b.capacityTokensPerMonth - 1e-9)))
        : 0;
    b.selfUsdPerMonth = b.servers * b.tcoUsdPerMonth;
    if (b.servers > 0 && in.tokensPerSecond > 0)
        b.volumeUtilization = api.tokensPerMonth / (b.servers * in.tokensPerSecond * 3600 * HoursPerMonth);
    b.apiUsdPerMonth = api.usdPerMonth;
    if (b.apiUsdPerMillion > 0) {
        b.breakEvenTokensPerMonth = b.tcoUsdPerMonth / b.apiUsdPerMillion * 1e6;
        // $/1M at utilization u is selfUsdPerMillion x stated / u
        const double u = b.selfUsdPerMillion * in.utilization / b.apiUsdPerMillion;
        if (u <= 1)
            b.breakEvenUtilization = u;
    }
    return b;
}

std::vector<std::pair<double, double>> costCurve(const SelfHostInputs& in)
{
    std::vector<std::pair<double, double>> out;
    SelfHostInputs at = in;
    for (int pct = 5; pct <= 100; pct += 5) {
        at.utilization = pct / 100.0;
        out.emplace_back(at.utilization, selfHostedUsdPerMillion(at));
    }
    return out;
}

std::vector<TornadoBar> tornado(const SelfHostInputs& in, double swing)
{
    std::vector<TornadoBar> bars;
    for (const FieldRef& f : Fields) {
        const double v = in.*f.member;
        if (v <= 0)
            continue; // an input that is not used (rent vs hardware) or zero has no swing
        if (rented(in) && (f.member == &SelfHostInputs::hardwareUsd || f.member == &SelfHostInputs::depreciationYears))
            continue;
        TornadoBar b;
        b.field = QString::fromLatin1(f.field);
        b.lowInput = v * (1 - swing);
        b.highInput = v * (1 + swing);
        if (f.member == &SelfHostInputs::utilization)
            b.highInput = std::min(1.0, b.highInput);
        SelfHostInputs lo = in, hi = in;
        lo.*f.member = b.lowInput;
        hi.*f.member = b.highInput;
        b.atLow = selfHostedUsdPerMillion(lo);
        b.atHigh = selfHostedUsdPerMillion(hi);
        bars.push_back(b);
    }
    // widest first; swings equal but for rounding (utilization and throughput both divide) keep the form's order
    std::stable_sort(bars.begin(), bars.end(), [](const TornadoBar& a, const TornadoBar& b) {
        const double wa = std::abs(a.atHigh - a.atLow), wb = std::abs(b.atHigh - b.atLow);
        return wa > wb * (1 + 1e-9);
    });
    return bars;
}

} // namespace Planning
