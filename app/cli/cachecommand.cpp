// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli cache: the context-cache calculator (core/planning/cachesavings.h) for one request shape and rate.
#include "app/cli/clisupport.h"

#include "core/planning/cachesavings.h"
#include "core/pricing/pricecatalog.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <nlohmann/json.hpp>

namespace Cli {

int cmdCache(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("provider"), Tr::tr("The provider (anthropic, openai, google, deepseek)."),
        QStringLiteral("P") });
    p.addOption(
        { QStringLiteral("model"), Tr::tr("The catalog model whose prices and minimum apply."), QStringLiteral("M") });
    p.addOption(
        { QStringLiteral("prompt-tokens"), Tr::tr("A request's whole input, in tokens."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("static-tokens"), Tr::tr("Its cacheable prefix (system prompt, tools, examples)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("requests-per-day"), Tr::tr("Requests a day."), QStringLiteral("N") });
    p.addOption(
        { QStringLiteral("output-tokens"), Tr::tr("Output tokens a request (default 0)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("input-price"),
        Tr::tr("The base input price in USD per 1M tokens instead of the catalog's; the cache prices follow by the "
               "provider's multipliers."),
        QStringLiteral("USD_PER_1M") });
    p.addOption({ QStringLiteral("ttl"),
        Tr::tr("5m (default) or 1h, where the provider lets the caller choose (Anthropic)."), QStringLiteral("T") });
    p.addOption({ QStringLiteral("arrivals"),
        Tr::tr(
            "How the requests arrive over the day: uniform (default), business (9:00-17:00) or bursty (bursts of 10)."),
        QStringLiteral("A"), QStringLiteral("uniform") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    for (const char* required : { "provider", "model", "prompt-tokens", "static-tokens", "requests-per-day" })
        if (!p.isSet(QString::fromLatin1(required)))
            return io.usage(Tr::tr("cache needs --provider, --model, --prompt-tokens, --static-tokens and "
                                   "--requests-per-day."));
    auto whole = [&](const char* name, qint64 fallback, qint64 least) -> std::optional<qint64> {
        if (!p.isSet(QString::fromLatin1(name)))
            return fallback;
        bool ok = false;
        const qint64 v = p.value(QString::fromLatin1(name)).toLongLong(&ok);
        return ok && v >= least ? std::optional<qint64>(v) : std::nullopt;
    };
    const auto prompt = whole("prompt-tokens", 0, 1), fixed = whole("static-tokens", 0, 0),
               perDay = whole("requests-per-day", 0, 1), output = whole("output-tokens", 0, 0);
    if (!prompt || !fixed || !output)
        return io.usage(Tr::tr("--prompt-tokens takes a whole number ≥ 1, --static-tokens and --output-tokens ≥ 0."));
    if (!perDay || *perDay > 10'000'000)
        return io.usage(Tr::tr("--requests-per-day takes a whole number from 1 to 10,000,000."));
    if (*fixed > *prompt)
        return io.usage(Tr::tr("--static-tokens (%1) is part of the input: it cannot exceed --prompt-tokens (%2).")
                            .arg(*fixed)
                            .arg(*prompt));
    std::optional<double> inputPrice;
    if (p.isSet(QStringLiteral("input-price"))) {
        bool ok = false;
        const double v = p.value(QStringLiteral("input-price")).toDouble(&ok);
        if (!ok || !(v > 0) || v > 10000)
            return io.usage(Tr::tr("--input-price takes USD per 1M tokens, above 0."));
        inputPrice = v;
    }
    Planning::Arrivals arrivals = Planning::Arrivals::Uniform;
    const QString a = p.value(QStringLiteral("arrivals"));
    if (a == QLatin1String("business"))
        arrivals = Planning::Arrivals::Business;
    else if (a == QLatin1String("bursty"))
        arrivals = Planning::Arrivals::Bursty;
    else if (a != QLatin1String("uniform"))
        return io.usage(Tr::tr("--arrivals: \"%1\" is not uniform, business or bursty.").arg(a));

    auto catalog = Pricing::PriceCatalog::builtin();
    if (!catalog) {
        io.err << Tr::tr("inferometer-cli: %1").arg(catalog.error().toString()) << Qt::endl;
        return 1;
    }
    const QString model = p.value(QStringLiteral("model")), provider = p.value(QStringLiteral("provider")).toLower();
    const Pricing::PriceEntry* e = catalog.value().find(model, QDateTime::currentMSecsSinceEpoch());
    if (!e)
        return io.usage(Tr::tr("No price for model \"%1\" in the catalog (see inferometer-cli prices).").arg(model));
    if (e->provider.toLower() != provider)
        return io.usage(Tr::tr("--provider: %1 is a model of %2, not of %3.").arg(model, e->provider, provider));
    std::optional<Planning::Ttl> ttl;
    if (p.isSet(QStringLiteral("ttl"))) {
        const QString t = p.value(QStringLiteral("ttl"));
        if (provider != QLatin1String("anthropic"))
            return io.usage(
                Tr::tr("--ttl: %1 chooses how long its cache keeps a prompt; only Anthropic lets the caller "
                       "choose (5m or 1h).")
                    .arg(e->provider));
        if (t == QLatin1String("5m"))
            ttl = Planning::Ttl::FiveMinutes;
        else if (t == QLatin1String("1h"))
            ttl = Planning::Ttl::OneHour;
        else
            return io.usage(Tr::tr("--ttl: \"%1\" is not 5m or 1h.").arg(t));
    }
    const auto m = Planning::cacheModelFor(*e, ttl, inputPrice);
    if (!m)
        return io.usage(Tr::tr("--provider: the calculator does not model %1's cache (anthropic, openai, google, "
                               "deepseek).")
                            .arg(e->provider));
    const Planning::RequestShape shape { *fixed, *prompt - *fixed, *output };
    const std::vector<double> times = Planning::arrivalsFor(arrivals, int(*perDay));
    const Planning::CacheOutcome o = Planning::simulate(*m, shape, times);
    const auto breakEven = Planning::breakEvenRequestsPerDay(*m, shape, arrivals);
    const double savingsMonth = (o.withoutUsd - o.withUsd) * Planning::DaysPerMonth;
    if (p.isSet(QStringLiteral("json"))) {
        const nlohmann::json j { { "without_cache_usd_per_day", o.withoutUsd }, { "with_cache_usd_per_day", o.withUsd },
            { "hit_rate", o.hitRate() }, { "savings_usd_per_month", savingsMonth },
            { "break_even_requests_per_day", breakEven ? nlohmann::json(*breakEven) : nlohmann::json(nullptr) },
            { "cached_tokens_per_request", m->rules.cachedTokens(*fixed) }, { "writes_per_day", o.writes },
            { "hits_per_day", o.hits } };
        io.out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }
    const qint64 cached = m->rules.cachedTokens(*fixed);
    io.out << Tr::tr("%1 (%2): %3 of %4 static tokens cacheable; %5 requests a day, %6 arrivals")
                  .arg(e->model, e->provider)
                  .arg(cached)
                  .arg(*fixed)
                  .arg(*perDay)
                  .arg(a)
           << '\n';
    io.out << Tr::tr("hit rate %1%: %2 hits and %3 cache writes in the day")
                  .arg(o.hitRate() * 100, 0, 'f', 1)
                  .arg(o.hits)
                  .arg(o.writes)
           << '\n';
    io.out << Tr::tr("without cache $%1/day, with cache $%2/day (writes included): $%3 a month saved")
                  .arg(o.withoutUsd, 0, 'f', 2)
                  .arg(o.withUsd, 0, 'f', 2)
                  .arg(savingsMonth, 0, 'f', 2)
           << '\n';
    io.out << (breakEven ? Tr::tr("caching pays from %1 requests a day").arg(*breakEven)
                         : Tr::tr("caching never pays at these settings"))
           << Qt::endl;
    return 0;
}

} // namespace Cli
