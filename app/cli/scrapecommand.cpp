// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli scrape URL [--interval S] [--count N] [--timeout S] [--json]: parsed samples and derived rates of a
// /metrics feed. A scrape that fails (no complete answer within the timeout, a body over 50 MB, not the text format,
// HTTP errors) ends the command with status 1 and the error, naming the URL.
#include "app/cli/clisupport.h"

#include "core/live/scrapefeed.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cmath>

namespace Cli {

namespace {

    QJsonValue number(double v)
    {
        return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QString::number(v)); // NaN, ±Inf as text
    }
    QJsonValue number(const std::optional<double>& v)
    {
        return v ? number(*v) : QJsonValue(QJsonValue::Null);
    }

    QJsonObject metricsJson(const Live::LiveMetrics& m, const Live::LiveCost& c)
    {
        return QJsonObject { { QStringLiteral("kind"), Live::feedKindName(m.kind) },
            { QStringLiteral("prompt_tokens_per_s"), number(m.promptTokensPerS) },
            { QStringLiteral("generation_tokens_per_s"), number(m.generationTokensPerS) },
            { QStringLiteral("requests_per_s"), number(m.requestsPerS) },
            { QStringLiteral("requests_running"), number(m.requestsRunning) },
            { QStringLiteral("requests_waiting"), number(m.requestsWaiting) },
            { QStringLiteral("kv_cache_usage"), number(m.kvCacheUsage) },
            { QStringLiteral("prefix_cache_hit_rate"), number(m.prefixCacheHitRate) },
            { QStringLiteral("ttft_p50_s"), number(m.ttftP50) }, { QStringLiteral("ttft_p95_s"), number(m.ttftP95) },
            { QStringLiteral("inter_token_p50_s"), number(m.interTokenP50) },
            { QStringLiteral("inter_token_p95_s"), number(m.interTokenP95) },
            { QStringLiteral("spend_usd_per_hour"), number(m.spendUsdPerHour) },
            { QStringLiteral("remaining_budget_usd"), number(m.remainingBudgetUsd) },
            { QStringLiteral("gpu_usd_per_hour"), number(m.gpuUsdPerHour) },
            { QStringLiteral("usd_per_1m_tokens"), number(c.usdPerMTokens) } };
    }

} // namespace

int cmdScrape(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("URL"), Tr::tr("The /metrics endpoint."));
    p.addOption({ QStringLiteral("interval"), Tr::tr("Seconds between scrapes (default 5)."), QStringLiteral("S") });
    p.addOption(
        { QStringLiteral("count"), Tr::tr("Scrapes to take (default 2: rates need two)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("timeout"),
        Tr::tr(
            "Seconds a scrape may take from its start to its last byte (default 10); bodies over 50 MB are refused."),
        QStringLiteral("S") });
    p.addOption({ QStringLiteral("gpu-price-per-hour"), Tr::tr("Deployment cost in USD per hour, for $ per 1M tokens."),
        QStringLiteral("USD") });
    p.addOption({ QStringLiteral("bearer-token-env"),
        Tr::tr("Name of an environment variable holding a bearer token (never a token on the command line)."),
        QStringLiteral("VAR") });
    p.addOption({ QStringLiteral("basic-auth-env"),
        Tr::tr("Name of an environment variable holding user:password for basic auth (never on the command line)."),
        QStringLiteral("VAR") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (p.positionalArguments().size() != 1)
        return io.usage(Tr::tr("scrape takes one URL."));
    const QUrl url = QUrl::fromUserInput(p.positionalArguments().first());
    bool ok = true;
    const double interval = p.isSet(QStringLiteral("interval")) ? p.value(QStringLiteral("interval")).toDouble(&ok) : 5;
    if (!ok || interval < 0.1)
        return io.usage(Tr::tr("--interval takes seconds (0.1 or more)."));
    const int count = p.isSet(QStringLiteral("count")) ? p.value(QStringLiteral("count")).toInt(&ok) : 2;
    if (!ok || count < 1)
        return io.usage(Tr::tr("--count takes a whole number of scrapes (1 or more)."));
    const double timeout = p.isSet(QStringLiteral("timeout")) ? p.value(QStringLiteral("timeout")).toDouble(&ok)
                                                              : Live::BoundedGet::DefaultDeadlineMs / 1000.0;
    if (!ok || !(timeout >= 0.1) || timeout > 3600)
        return io.usage(Tr::tr("--timeout takes seconds (0.1 to 3600)."));
    std::optional<double> gpuPerHour;
    if (p.isSet(QStringLiteral("gpu-price-per-hour"))) {
        gpuPerHour = p.value(QStringLiteral("gpu-price-per-hour")).toDouble(&ok);
        if (!ok || *gpuPerHour < 0)
            return io.usage(Tr::tr("--gpu-price-per-hour takes a number of USD."));
    }

    Live::ScrapeFeed feed(url);
    feed.setTimeoutMs(int(std::lround(timeout * 1000)));
    if (p.isSet(QStringLiteral("bearer-token-env")) && p.isSet(QStringLiteral("basic-auth-env")))
        return io.usage(Tr::tr("--bearer-token-env and --basic-auth-env exclude each other."));
    if (p.isSet(QStringLiteral("bearer-token-env")))
        feed.setCredentials(
            { QProcessEnvironment::systemEnvironment().value(p.value(QStringLiteral("bearer-token-env"))), {}, {} });
    if (p.isSet(QStringLiteral("basic-auth-env"))) {
        const QString var = p.value(QStringLiteral("basic-auth-env"));
        const QString pair = QProcessEnvironment::systemEnvironment().value(var);
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return io.usage(Tr::tr("The environment variable %1 must hold user:password.").arg(var));
        feed.setCredentials({ {}, pair.left(colon), pair.mid(colon + 1) });
    }
    QEventLoop loop;
    int taken = 0;
    QJsonArray scrapes;
    QObject::connect(&feed, &Live::ScrapeFeed::scraped, &loop, [&] {
        ++taken;
        const Live::FeedStatus& s = feed.status();
        scrapes.append(QJsonObject { { QStringLiteral("up"), s.up }, { QStringLiteral("error"), s.lastError },
            { QStringLiteral("duration_ms"), s.lastDurationMs }, { QStringLiteral("samples"), s.samples } });
        if (!p.isSet(QStringLiteral("json")))
            io.out << (s.up ? Tr::tr("scrape %1: %2 samples in %3 ms").arg(taken).arg(s.samples).arg(s.lastDurationMs)
                            : Tr::tr("scrape %1: down: %2").arg(taken).arg(s.lastError))
                   << Qt::endl;
        if (taken >= count || !s.up) // a failed scrape ends the command: its rates would not be whole
            loop.quit();
        else
            QTimer::singleShot(int(interval * 1000), &feed, &Live::ScrapeFeed::scrapeNow);
    });
    feed.scrapeNow();
    loop.exec();

    const Live::FeedStatus& s = feed.status();
    if (!s.up)
        return io.fail(Error { Error::Code::Network, s.lastError, url.toString() });
    const Live::LiveMetrics m = Live::deriveMetrics(feed.window(), qint64(interval * 1000) * count + 60'000);
    const Live::LiveCost c = Live::liveCost(m, gpuPerHour, std::nullopt);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray samples;
        for (const Live::Family& f : feed.lastExposition().families) {
            for (const Live::Sample& smp : f.samples) {
                QJsonObject labels;
                for (const auto& [k, v] : smp.labels)
                    labels.insert(k, v);
                samples.append(QJsonObject { { QStringLiteral("name"), smp.name },
                    { QStringLiteral("type"), Live::typeName(f.type) }, { QStringLiteral("labels"), labels },
                    { QStringLiteral("value"), number(smp.value) } });
            }
        }
        QJsonObject rates;
        for (const auto& series : feed.window().series())
            if (series.type == Live::MetricType::Counter || series.name.endsWith(QLatin1String("_total")))
                if (auto r = Live::counterRate(QList<Live::Point>(series.points.begin(), series.points.end())))
                    rates.insert(Live::SeriesWindow::key(series.name, series.labels), number(*r));
        const QJsonObject doc { { QStringLiteral("url"), url.toString() }, { QStringLiteral("scrapes"), scrapes },
            { QStringLiteral("samples"), samples }, { QStringLiteral("rates_per_s"), rates },
            { QStringLiteral("derived"), metricsJson(m, c) } };
        io.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return 0;
    }
    io.out << Tr::tr("%1 (%2): %3 series")
                  .arg(url.toString(), Live::feedKindName(m.kind))
                  .arg(feed.window().series().size())
           << Qt::endl;
    const QJsonObject d = metricsJson(m, c);
    for (auto it = d.begin(); it != d.end(); ++it)
        if (!it.value().isNull() && it.key() != QLatin1String("kind"))
            io.out << "  " << it.key() << ": "
                   << (it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 6)
                                             : it.value().toVariant().toString())
                   << Qt::endl;
    return 0;
}

} // namespace Cli
