// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli breakeven: API against self-hosted (core/planning/breakeven.h): one server's cost of ownership over
// the tokens it generates, against what the API charges for the workspace's (or a typed) monthly volume.
#include "app/cli/clisupport.h"

#include "core/inference/ab/abrecord.h"
#include "core/inference/ab/abrunrepository.h"
#include "core/planning/breakeven.h"
#include "core/planning/traffic.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <cmath>

namespace Cli {

namespace {

    /** The server's options: each sets one SelfHostInputs field and has its name (breakeven.cpp's field ids). */
    struct ServerOption
    {
        const char* name;
        double Planning::SelfHostInputs::*member;
        double scale; // the option's unit to the field's: percent to a share
        const char* valueName;
        const char* help;
    };
    const ServerOption ServerOptions[] = {
        { "hardware-price", &Planning::SelfHostInputs::hardwareUsd, 1, "USD",
            QT_TRANSLATE_NOOP("Cli", "The server's purchase price, depreciated over --years.") },
        { "years", &Planning::SelfHostInputs::depreciationYears, 1, "N",
            QT_TRANSLATE_NOOP("Cli", "Years the hardware is depreciated over (default 3).") },
        { "gpu-price-per-hour", &Planning::SelfHostInputs::gpuUsdPerHour, 1, "USD",
            QT_TRANSLATE_NOOP("Cli", "A rented GPU's price per hour, in place of owned hardware.") },
        { "power-watts", &Planning::SelfHostInputs::powerWatts, 1, "W",
            QT_TRANSLATE_NOOP("Cli", "The server's average power draw (default 0).") },
        { "kwh-price", &Planning::SelfHostInputs::usdPerKwh, 1, "USD",
            QT_TRANSLATE_NOOP("Cli", "Electricity, USD per kWh (default 0).") },
        { "hosting-per-month", &Planning::SelfHostInputs::hostingUsdPerMonth, 1, "USD",
            QT_TRANSLATE_NOOP("Cli", "Rack space, network and storage, USD a month (default 0).") },
        { "mlops-per-month", &Planning::SelfHostInputs::mlopsUsdPerMonth, 1, "USD",
            QT_TRANSLATE_NOOP("Cli", "The share of MLOps salaries the server takes, USD a month (default 0).") },
        { "utilization", &Planning::SelfHostInputs::utilization, 0.01, "PERCENT",
            QT_TRANSLATE_NOOP("Cli", "Percent of hours spent generating (default 50).") },
        { "tokens-per-second", &Planning::SelfHostInputs::tokensPerSecond, 1, "N",
            QT_TRANSLATE_NOOP(
                "Cli", "Tokens processed per second at full load, prompt and generated, all requests together.") },
    };

    std::optional<double> number(const QString& text)
    {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }

    QString usd(double v, int decimals = 2)
    {
        return QStringLiteral("$") + QString::number(v, 'f', decimals);
    }

    QString tokens(double v)
    {
        return QString::number(v, 'f', 0);
    }

} // namespace

int cmdBreakeven(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    for (const ServerOption& o : ServerOptions)
        p.addOption({ QString::fromLatin1(o.name), QCoreApplication::translate("Cli", o.help),
            QString::fromLatin1(o.valueName) });
    p.addOption({ QStringLiteral("ab-run"),
        Tr::tr("The throughput instead: the median decode tokens/s of a saved A/B run in --workspace."),
        QStringLiteral("ID") });
    p.addOption({ QStringLiteral("ab-side"), Tr::tr("Which model of the A/B run: a or b (default b)."),
        QStringLiteral("a|b"), QStringLiteral("b") });
    p.addOption({ QStringLiteral("workspace"),
        Tr::tr("The API side: this workspace's monthly tokens and list cost (and the A/B runs it saved)."),
        QStringLiteral("W") });
    p.addOption({ QStringLiteral("days"), Tr::tr("With --workspace: the latest days read, per month (default 30)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("monthly-tokens"), Tr::tr("The API side typed instead: tokens a month."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("api-spend"),
        Tr::tr("With --monthly-tokens: what the API charges for them, USD a month."), QStringLiteral("USD") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;

    Planning::SelfHostInputs in;
    in.utilization = 0.5;
    for (const ServerOption& o : ServerOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (!p.isSet(name))
            continue;
        const auto v = number(p.value(name));
        if (!v)
            return io.usage(Tr::tr("--%1: \"%2\" is not a number.").arg(name, p.value(name)));
        in.*o.member = *v * o.scale; // ranges: validate() names the option
    }
    const bool typedApi = p.isSet(QStringLiteral("monthly-tokens")) || p.isSet(QStringLiteral("api-spend"));
    if (typedApi && !(p.isSet(QStringLiteral("monthly-tokens")) && p.isSet(QStringLiteral("api-spend"))))
        return io.usage(Tr::tr("--monthly-tokens and --api-spend go together."));
    if (!typedApi && !p.isSet(QStringLiteral("workspace")))
        return io.usage(
            Tr::tr("breakeven needs the API side: --workspace W, or --monthly-tokens N and --api-spend USD."));
    if (typedApi && p.isSet(QStringLiteral("days")))
        return io.usage(Tr::tr("--days: the API side is typed (--monthly-tokens), no days are read."));
    if (p.isSet(QStringLiteral("days")) && !p.isSet(QStringLiteral("workspace")))
        return io.usage(Tr::tr("--days needs --workspace W."));
    int days = 30;
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 3660)
            return io.usage(Tr::tr("--days takes a whole number from 1 to 3,660."));
    }
    qint64 abRun = 0;
    const QString side = p.value(QStringLiteral("ab-side")).toLower();
    if (p.isSet(QStringLiteral("ab-run"))) {
        bool ok = false;
        abRun = p.value(QStringLiteral("ab-run")).toLongLong(&ok);
        if (!ok || abRun < 1)
            return io.usage(Tr::tr("--ab-run takes a saved run's id, a whole number from 1."));
        if (!p.isSet(QStringLiteral("workspace")))
            return io.usage(Tr::tr("--ab-run needs --workspace W, where the run is saved."));
        if (p.isSet(QStringLiteral("tokens-per-second")))
            return io.usage(Tr::tr("--ab-run: give the throughput or an A/B run, not both (--tokens-per-second)."));
        if (side != QLatin1String("a") && side != QLatin1String("b"))
            return io.usage(Tr::tr("--ab-side: \"%1\" is not a or b.").arg(p.value(QStringLiteral("ab-side"))));
    } else if (p.isSet(QStringLiteral("ab-side"))) {
        return io.usage(Tr::tr("--ab-side needs --ab-run ID."));
    }
    Planning::ApiVolume api;
    if (typedApi) {
        const auto t = number(p.value(QStringLiteral("monthly-tokens")));
        const auto s = number(p.value(QStringLiteral("api-spend")));
        if (!t)
            return io.usage(
                Tr::tr("--monthly-tokens: \"%1\" is not a number.").arg(p.value(QStringLiteral("monthly-tokens"))));
        if (!s)
            return io.usage(Tr::tr("--api-spend: \"%1\" is not a number.").arg(p.value(QStringLiteral("api-spend"))));
        api = { *t, *s };
    }

    std::unique_ptr<Store::Workspace> ws;
    if (p.isSet(QStringLiteral("workspace"))) {
        auto opened = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
        if (!opened)
            return io.fail(opened.error());
        ws = std::move(opened).value();
    }
    if (abRun > 0) {
        auto record = Ab::RunRepository(*ws).load(abRun);
        if (!record)
            return io.fail(record.error());
        const Ab::Side& s = side == QLatin1String("a") ? record.value().a : record.value().b;
        if (s.decode.empty())
            return io.fail(Error { Error::Code::Unavailable,
                Tr::tr("A/B run %1 has no decode timings for side %2.").arg(abRun).arg(side.toUpper()),
                p.value(QStringLiteral("workspace")) });
        in.tokensPerSecond = Ab::stats(s.decode).median;
        if (record.value().cpuEmulation)
            io.err << Tr::tr(
                "inferometer-cli: note: A/B run %1 ran on a CPU implementation of Vulkan (%2): its speed says "
                "nothing about a GPU server.")
                          .arg(abRun)
                          .arg(record.value().device)
                   << Qt::endl;
    }
    if (const auto errors = Planning::validate(in); !errors.empty())
        return io.usage(QStringLiteral("--%1: %2").arg(errors.front().field, errors.front().message));

    if (!typedApi) {
        auto window = Planning::latestWindow(*ws, days);
        if (!window)
            return io.fail(window.error());
        if (!window.value())
            return io.fail(Error { Error::Code::Unavailable, Tr::tr("No calls to compare with: import usage first."),
                p.value(QStringLiteral("workspace")) });
        PlainTaskContext ctx;
        auto traffic = Planning::readTraffic(*ws, *window.value(), {}, ctx);
        if (!traffic)
            return io.fail(traffic.error());
        api = { traffic.value().tokensPerMonth, traffic.value().apiUsdPerMonth };
    }
    if (const auto errors = Planning::validate(api); !errors.empty()) {
        // a volume read from the workspace was set by --workspace, not by the option the field is named after
        if (!typedApi)
            return io.usage(Tr::tr("--workspace: %1 (no priced calls in the window?)").arg(errors.front().message));
        return io.usage(QStringLiteral("--%1: %2").arg(errors.front().field, errors.front().message));
    }

    const Planning::BreakEven b = Planning::breakEven(in, api);
    const auto curve = Planning::costCurve(in);
    const auto bars = Planning::tornado(in);
    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json c = nlohmann::json::array();
        for (const auto& [u, usdPer1m] : curve)
            c.push_back({ { "utilization", u }, { "usd_per_1m", usdPer1m } });
        nlohmann::json t = nlohmann::json::array();
        for (const Planning::TornadoBar& bar : bars)
            t.push_back(
                { { "input", bar.field.toStdString() }, { "low_input", bar.lowInput }, { "high_input", bar.highInput },
                    { "usd_per_1m_at_low", bar.atLow }, { "usd_per_1m_at_high", bar.atHigh } });
        const nlohmann::json j { { "tokens_per_second", in.tokensPerSecond }, { "utilization", in.utilization },
            { "monthly_tokens", api.tokensPerMonth }, { "tco_usd_per_month", b.tcoUsdPerMonth },
            { "self_hosted_usd_per_1m", b.selfUsdPerMillion }, { "api_usd_per_1m", b.apiUsdPerMillion },
            { "capacity_tokens_per_month", b.capacityTokensPerMonth }, { "servers", b.servers },
            { "volume_utilization", b.volumeUtilization }, { "self_hosted_usd_per_month", b.selfUsdPerMonth },
            { "api_usd_per_month", b.apiUsdPerMonth }, { "savings_usd_per_month", b.savingsUsdPerMonth() },
            { "break_even_tokens_per_month",
                b.breakEvenTokensPerMonth ? nlohmann::json(*b.breakEvenTokensPerMonth) : nlohmann::json(nullptr) },
            { "break_even_utilization",
                b.breakEvenUtilization ? nlohmann::json(*b.breakEvenUtilization) : nlohmann::json(nullptr) },
            { "curve", c }, { "tornado", t } };
        io.out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }

    io.out << Tr::tr("One server: %1 a month to own and run; %2 tokens a month at %3% utilization (%4 tokens/s%5).")
                  .arg(usd(b.tcoUsdPerMonth), tokens(b.capacityTokensPerMonth))
                  .arg(in.utilization * 100, 0, 'f', 0)
                  .arg(in.tokensPerSecond, 0, 'f', 1)
                  .arg(abRun > 0 ? Tr::tr(", A/B run %1 side %2").arg(abRun).arg(side.toUpper()) : QString())
           << '\n';
    io.out << Tr::tr("Self-hosted %1 per 1M tokens; the API %2 per 1M (%3 tokens, %4 a month).")
                  .arg(usd(b.selfUsdPerMillion, 4), usd(b.apiUsdPerMillion, 4), tokens(api.tokensPerMonth),
                      usd(b.apiUsdPerMonth))
           << '\n';
    io.out << QCoreApplication::translate("Cli",
        "The volume needs %n server(s): %1 a month self-hosted against %2 on "
        "the API, %3.",
        nullptr, b.servers)
                  .arg(usd(b.selfUsdPerMonth), usd(b.apiUsdPerMonth),
                      b.savingsUsdPerMonth() >= 0 ? Tr::tr("%1 a month saved").arg(usd(b.savingsUsdPerMonth()))
                                                  : Tr::tr("%1 a month more").arg(usd(-b.savingsUsdPerMonth())))
           << '\n';
    if (b.breakEvenTokensPerMonth)
        io.out << Tr::tr("One server breaks even at %1 tokens a month").arg(tokens(*b.breakEvenTokensPerMonth))
               << (b.breakEvenUtilization
                          ? Tr::tr(", at %1% utilization.").arg(*b.breakEvenUtilization * 100, 0, 'f', 1)
                          : Tr::tr(", more than it can generate: no utilization up to 100% breaks even."))
               << '\n';
    io.out << '\n' << Tr::tr("$ per 1M tokens by utilization:") << '\n';
    for (const auto& [u, usdPer1m] : curve)
        if (int(std::lround(u * 100)) % 10 == 0 || curve.size() < 10)
            io.out << QStringLiteral("  %1%").arg(u * 100, 3, 'f', 0) << usd(usdPer1m, 4).rightJustified(12) << '\n';
    if (!bars.empty()) {
        io.out << '\n' << Tr::tr("Each input 20% lower and higher, $ per 1M tokens:") << '\n';
        for (const Planning::TornadoBar& bar : bars)
            io.out << QStringLiteral("  ") << Planning::fieldLabel(bar.field).leftJustified(18)
                   << usd(bar.atLow, 4).rightJustified(12) << usd(bar.atHigh, 4).rightJustified(12) << '\n';
    }
    io.out.flush();
    return 0;
}

} // namespace Cli
