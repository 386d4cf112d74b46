// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/promapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <cmath>

namespace Live {

namespace {

    /** This file's messages, in the translation context "Live" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Live)
    };

    Error apiError(const QString& source, const QString& message)
    {
        return Error { Error::Code::Network, message, source };
    }

    std::optional<Point> point(const QJsonValue& v)
    {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isString())
            return std::nullopt;
        const auto value = parseSampleValue(pair[1].toString().toUtf8());
        if (!value)
            return std::nullopt;
        return Point { qint64(std::llround(pair[0].toDouble() * 1000.0)), *value };
    }

    QString seconds(qint64 ms)
    {
        return QString::number(double(ms) / 1000.0, 'f', 3);
    }

} // namespace

Result<QueryResult> parseQueryResponse(const QByteArray& body, const QString& source)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return apiError(
            source, Tr::tr("Not a Prometheus API answer (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject o = doc.object();
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error"))
        return apiError(source,
            Tr::tr("Prometheus refused the query (%1): %2")
                .arg(o.value(QLatin1String("errorType")).toString(), o.value(QLatin1String("error")).toString()));
    if (status != QLatin1String("success"))
        return apiError(source, Tr::tr("Not a Prometheus API answer: no \"status\"."));
    QueryResult r;
    for (const QJsonValue& w : o.value(QLatin1String("warnings")).toArray())
        r.warnings << w.toString();
    const QJsonObject data = o.value(QLatin1String("data")).toObject();
    r.resultType = data.value(QLatin1String("resultType")).toString();
    const QJsonValue result = data.value(QLatin1String("result"));
    if (r.resultType == QLatin1String("scalar")) {
        const auto p = point(result);
        if (!p)
            return apiError(source, Tr::tr("A scalar result that is not [time, \"value\"]."));
        r.series.append({ {}, { *p } });
        return r;
    }
    if (r.resultType != QLatin1String("matrix") && r.resultType != QLatin1String("vector"))
        return apiError(source, Tr::tr("Unsupported result type \"%1\".").arg(r.resultType));
    const QJsonArray items = result.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        QuerySeries s;
        const QJsonObject metric = item.value(QLatin1String("metric")).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            s.metric.append({ it.key(), it.value().toString() });
        const QJsonArray values = r.resultType == QLatin1String("matrix")
            ? item.value(QLatin1String("values")).toArray()
            : QJsonArray { item.value(QLatin1String("value")) };
        for (const QJsonValue& v : values) {
            const auto p = point(v);
            if (!p)
                return apiError(source, Tr::tr("Series %1 has a value that is not [time, \"number\"].").arg(i + 1));
            s.points.append(*p);
        }
        r.series.append(std::move(s));
    }
    return r;
}

const QList<QueryPreset>& queryPresets()
{
    static const QList<QueryPreset> p {
        { QStringLiteral("vllm-prompt"), Tr::tr("vLLM prompt tokens per second"),
            QStringLiteral("sum(rate(vllm:prompt_tokens_total[1m]))"), QStringLiteral("tokens/s") },
        { QStringLiteral("vllm-generation"), Tr::tr("vLLM generated tokens per second"),
            QStringLiteral("sum(rate(vllm:generation_tokens_total[1m]))"), QStringLiteral("tokens/s") },
        { QStringLiteral("vllm-running"), Tr::tr("vLLM requests running"),
            QStringLiteral("sum(vllm:num_requests_running)"), QStringLiteral("requests") },
        { QStringLiteral("vllm-waiting"), Tr::tr("vLLM requests waiting"),
            QStringLiteral("sum(vllm:num_requests_waiting)"), QStringLiteral("requests") },
        { QStringLiteral("vllm-kv"), Tr::tr("vLLM KV-cache usage"), QStringLiteral("avg(vllm:kv_cache_usage_perc)"),
            QStringLiteral("ratio") },
        { QStringLiteral("vllm-prefix-hits"), Tr::tr("vLLM prefix-cache hit rate"),
            QStringLiteral(
                "sum(rate(vllm:prefix_cache_hits_total[5m])) / sum(rate(vllm:prefix_cache_queries_total[5m]))"),
            QStringLiteral("ratio") },
        { QStringLiteral("vllm-ttft-p95"), Tr::tr("vLLM time to first token, p95"),
            QStringLiteral("histogram_quantile(0.95, sum by (le) (rate(vllm:time_to_first_token_seconds_bucket[5m])))"),
            QStringLiteral("s") },
        { QStringLiteral("vllm-itl-p95"), Tr::tr("vLLM inter-token latency, p95"),
            QStringLiteral("histogram_quantile(0.95, sum by (le) (rate(vllm:inter_token_latency_seconds_bucket[5m])))"),
            QStringLiteral("s") },
        { QStringLiteral("tgi-generation"), Tr::tr("TGI generated tokens per second"),
            QStringLiteral("sum(rate(tgi_request_generated_tokens_sum[1m]))"), QStringLiteral("tokens/s") },
        { QStringLiteral("tgi-queue"), Tr::tr("TGI queue size"), QStringLiteral("sum(tgi_queue_size)"),
            QStringLiteral("requests") },
        { QStringLiteral("litellm-spend"), Tr::tr("LiteLLM spend per hour"),
            QStringLiteral("sum(rate(litellm_spend_metric_total[5m])) * 3600"), QStringLiteral("USD/h") },
        { QStringLiteral("litellm-remaining-team"), Tr::tr("LiteLLM remaining team budget"),
            QStringLiteral("sum by (team) (litellm_remaining_team_budget_metric)"), QStringLiteral("USD") },
        { QStringLiteral("opencost-gpu"), Tr::tr("OpenCost GPU cost per hour"),
            QStringLiteral("sum(node_gpu_hourly_cost)"), QStringLiteral("USD/h") },
    };
    return p;
}

PrometheusApi::PrometheusApi(const QUrl& base, QObject* parent)
    : QObject(parent)
    , m_base(base)
    , m_net(new QNetworkAccessManager(this))
{ }

void PrometheusApi::query(const QString& promql, qint64 timeMs, Done done)
{
    get(QStringLiteral("/api/v1/query"),
        { { QStringLiteral("query"), promql }, { QStringLiteral("time"), seconds(timeMs) } }, std::move(done));
}

void PrometheusApi::queryRange(const QString& promql, qint64 startMs, qint64 endMs, qint64 stepMs, Done done)
{
    get(QStringLiteral("/api/v1/query_range"),
        { { QStringLiteral("query"), promql }, { QStringLiteral("start"), seconds(startMs) },
            { QStringLiteral("end"), seconds(endMs) }, { QStringLiteral("step"), seconds(stepMs) } },
        std::move(done));
}

void PrometheusApi::get(const QString& path, const QList<std::pair<QString, QString>>& params, Done done)
{
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    QUrlQuery q;
    for (const auto& [k, v] : params)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(q);
    QNetworkRequest req(url);
    if (!m_credentials.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_credentials.bearerToken.toUtf8());
    else if (!m_credentials.user.isEmpty())
        req.setRawHeader("Authorization",
            "Basic " + (m_credentials.user + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64());
    auto* get = new BoundedGet(*m_net, req, m_limits, this);
    const QString source = m_base.toString();
    connect(get, &BoundedGet::finished, this, [get, source, done = std::move(done)] {
        get->deleteLater();
        // Prometheus answers bad queries with 400 and a JSON error body: read it when there is one
        if (get->failure() == BoundedGet::Failure::Network && get->body().trimmed().startsWith('{'))
            done(parseQueryResponse(get->body(), source));
        else if (get->failure() != BoundedGet::Failure::None)
            done(apiError(source, get->errorMessage()));
        else
            done(parseQueryResponse(get->body(), source));
    });
}

} // namespace Live
