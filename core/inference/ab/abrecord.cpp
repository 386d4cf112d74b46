// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/ab/abrecord.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Ab {

Stats stats(std::vector<double> v)
{
    Stats s;
    s.n = int(v.size());
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    s.mean = std::accumulate(v.begin(), v.end(), 0.0) / double(n);
    double ss = 0;
    for (double x : v)
        ss += (x - s.mean) * (x - s.mean);
    s.sd = n > 1 ? std::sqrt(ss / double(n - 1)) : 0.0;
    s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    s.min = v.front();
    s.max = v.back();
    return s;
}

double usdPerMillionTokens(double gpuUsdPerHour, double tokensPerSecond, double utilization)
{
    if (tokensPerSecond <= 0 || utilization <= 0)
        return 0;
    return gpuUsdPerHour / (tokensPerSecond * utilization * 3600.0) * 1e6;
}

int Record::promptTokens() const
{
    return std::min(settings.promptTokens, textTokens);
}

double Record::decodeSpeedup() const
{
    const double da = stats(a.decode).median;
    return da > 0 ? stats(b.decode).median / da : 0;
}

double Record::perplexityChange() const
{
    return a.perplexity > 0 ? b.perplexity / a.perplexity - 1 : 0;
}

QString verdict(const Record& r)
{
    double ppl = std::round(r.perplexityChange() * 1000) / 10; // one decimal, and never "-0.0"
    if (ppl == 0)
        ppl = 0;
    return QCoreApplication::translate("Ab", "%1 vs %2: %3× decode, %4% perplexity, %5% same top token")
        .arg(r.b.type.toUpper(), r.a.type.toUpper(), QString::number(r.decodeSpeedup(), 'f', 2),
            (ppl >= 0 ? QStringLiteral("+") : QString()) + QString::number(ppl, 'f', 1),
            QString::number(r.top1Agreement * 100, 'f', 0));
}

Histogram kldHistogram(const std::vector<double>& values)
{
    Histogram h;
    h.edges.push_back(0);
    for (int e = -12; e <= 2; ++e) // 1e-6 .. 10 in half decades
        h.edges.push_back(std::pow(10.0, e / 2.0));
    h.counts.assign(h.edges.size(), 0);
    for (double v : values) {
        const auto it = std::upper_bound(h.edges.begin(), h.edges.end(), v);
        h.counts[size_t(std::max<ptrdiff_t>(0, it - h.edges.begin() - 1))]++;
    }
    return h;
}

namespace {

    QJsonArray doubles(const std::vector<double>& v)
    {
        QJsonArray a;
        for (double x : v)
            a.append(x);
        return a;
    }

    void putStats(QJsonObject& j, const QString& key, const std::vector<double>& samples)
    {
        const Stats s = stats(samples);
        j.insert(key, s.median);
        j.insert(key + QStringLiteral("_mean"), s.mean);
        j.insert(key + QStringLiteral("_sd"), s.sd);
        j.insert(key + QStringLiteral("_min"), s.min);
        j.insert(key + QStringLiteral("_max"), s.max);
        j.insert(key + QStringLiteral("_runs"), doubles(samples));
    }

    QJsonObject sideJson(const Side& s, const std::optional<Cost>& cost)
    {
        QJsonObject j { { QStringLiteral("file"), s.file }, { QStringLiteral("sha256"), s.sha256 },
            { QStringLiteral("type"), s.type }, { QStringLiteral("bytes"), s.fileBytes },
            { QStringLiteral("weights_bytes"), s.weightsBytes }, { QStringLiteral("kv_cache_bytes"), s.kvBytes },
            { QStringLiteral("parameters"), s.parameters }, { QStringLiteral("perplexity"), s.perplexity },
            { QStringLiteral("perplexity_error"), s.perplexityError } };
        putStats(j, QStringLiteral("prefill_tokens_per_s"), s.prefill);
        putStats(j, QStringLiteral("decode_tokens_per_s"), s.decode);
        putStats(j, QStringLiteral("ttft_ms"), s.ttftMs);
        if (cost)
            j.insert(QStringLiteral("usd_per_1m_output_tokens"),
                usdPerMillionTokens(cost->gpuUsdPerHour, stats(s.decode).median, cost->utilization));
        return j;
    }

    /** Reads fields with one error for the first one missing or of the wrong type. */
    class Reader
    {
    public:
        explicit Reader(const QString& source)
            : m_source(source)
        { }
        QJsonValue at(const QJsonObject& o, const QString& path, const QString& key, QJsonValue::Type type)
        {
            const QJsonValue v = o.value(key);
            if (v.type() != type && !m_error)
                m_error = Error { Error::Code::Schema,
                    QCoreApplication::translate("Ab", "not an A/B run: %1 is missing or of the wrong type")
                        .arg(path + key),
                    m_source, -1, path + key };
            return v;
        }
        double num(const QJsonObject& o, const QString& path, const QString& key)
        {
            return at(o, path, key, QJsonValue::Double).toDouble();
        }
        QString str(const QJsonObject& o, const QString& path, const QString& key)
        {
            return at(o, path, key, QJsonValue::String).toString();
        }
        std::vector<double> list(const QJsonObject& o, const QString& path, const QString& key)
        {
            std::vector<double> out;
            for (const QJsonValue& v : at(o, path, key, QJsonValue::Array).toArray())
                out.push_back(v.toDouble());
            return out;
        }
        std::optional<Error> m_error;

    private:
        QString m_source;
    };

    Side readSide(Reader& rd, const QJsonObject& j, const QString& path)
    {
        Side s;
        s.file = rd.str(j, path, QStringLiteral("file"));
        s.sha256 = rd.str(j, path, QStringLiteral("sha256"));
        s.type = rd.str(j, path, QStringLiteral("type"));
        s.fileBytes = qint64(rd.num(j, path, QStringLiteral("bytes")));
        s.weightsBytes = qint64(rd.num(j, path, QStringLiteral("weights_bytes")));
        s.kvBytes = qint64(rd.num(j, path, QStringLiteral("kv_cache_bytes")));
        s.parameters = qint64(rd.num(j, path, QStringLiteral("parameters")));
        s.perplexity = rd.num(j, path, QStringLiteral("perplexity"));
        s.perplexityError = rd.num(j, path, QStringLiteral("perplexity_error"));
        s.prefill = rd.list(j, path, QStringLiteral("prefill_tokens_per_s_runs"));
        s.decode = rd.list(j, path, QStringLiteral("decode_tokens_per_s_runs"));
        s.ttftMs = rd.list(j, path, QStringLiteral("ttft_ms_runs"));
        return s;
    }

} // namespace

QJsonObject toJson(const Record& r)
{
    const Settings& s = r.settings;
    QJsonObject settings { { QStringLiteral("engine"), s.engine }, { QStringLiteral("ctx"), s.ctx },
        { QStringLiteral("runs"), s.runs }, { QStringLiteral("prompt_tokens"), r.promptTokens() },
        { QStringLiteral("prompt_tokens_asked"), s.promptTokens }, { QStringLiteral("decode_tokens"), s.decodeTokens },
        { QStringLiteral("prompts"), QJsonArray::fromStringList(s.prompts) },
        { QStringLiteral("generate_tokens"), s.generateTokens }, { QStringLiteral("temperature"), s.temperature },
        { QStringLiteral("seed"), QString::number(s.seed) }, { QStringLiteral("kv_cache"), s.kv },
        { QStringLiteral("text"), r.text },
        { QStringLiteral("text_sha256"), r.textSha256 }, { QStringLiteral("text_tokens"), r.textTokens } };
    QJsonArray gens;
    for (const Generation& g : r.generations)
        gens.append(QJsonObject { { QStringLiteral("prompt"), g.prompt }, { QStringLiteral("a"), g.a },
            { QStringLiteral("b"), g.b }, { QStringLiteral("first_divergence"), g.firstDivergence } });
    QJsonArray counts;
    for (int c : r.kld.counts)
        counts.append(c);
    QJsonObject out { { QStringLiteral("date"), r.date }, { QStringLiteral("backend"), r.engine },
        { QStringLiteral("device"), r.device }, { QStringLiteral("device_type"), r.deviceType },
        { QStringLiteral("driver"), r.driver }, { QStringLiteral("cpu_emulation"), r.cpuEmulation },
        { QStringLiteral("settings"), settings }, { QStringLiteral("ctx"), s.ctx },
        { QStringLiteral("chunks"), r.chunks }, { QStringLiteral("scored"), r.scored },
        { QStringLiteral("runs"), s.runs }, { QStringLiteral("prompt_tokens"), r.promptTokens() },
        { QStringLiteral("decode_tokens"), s.decodeTokens }, { QStringLiteral("a"), sideJson(r.a, r.cost) },
        { QStringLiteral("b"), sideJson(r.b, r.cost) },
        { QStringLiteral("b_vs_a"),
            QJsonObject { { QStringLiteral("kld_mean"), r.kldMean }, { QStringLiteral("kld_p99"), r.kldP99 },
                { QStringLiteral("kld_max"), r.kldMax }, { QStringLiteral("top1_agreement"), r.top1Agreement },
                { QStringLiteral("decode_speedup"), r.decodeSpeedup() },
                { QStringLiteral("perplexity_ratio"), r.a.perplexity > 0 ? r.b.perplexity / r.a.perplexity : 0.0 },
                { QStringLiteral("kld_histogram"),
                    QJsonObject { { QStringLiteral("edges"), doubles(r.kld.edges) },
                        { QStringLiteral("counts"), counts } } } } },
        { QStringLiteral("generations"), gens }, { QStringLiteral("too_small_to_time"), r.tooSmallToTime },
        { QStringLiteral("verdict"), verdict(r) } };
    if (r.cost)
        out.insert(QStringLiteral("cost"),
            QJsonObject { { QStringLiteral("gpu_usd_per_hour"), r.cost->gpuUsdPerHour },
                { QStringLiteral("gpu"), r.cost->gpuLabel }, { QStringLiteral("utilization"), r.cost->utilization },
                { QStringLiteral("api_model"), r.cost->apiModel },
                { QStringLiteral("api_usd_per_1m_output_tokens"), r.cost->apiUsdPerMillionOutput } });
    return out;
}

Result<Record> fromJson(const QJsonObject& j, const QString& source)
{
    Reader rd(source);
    Record r;
    const QString top;
    r.date = rd.str(j, top, QStringLiteral("date"));
    r.engine = rd.str(j, top, QStringLiteral("backend"));
    r.device = rd.str(j, top, QStringLiteral("device"));
    r.deviceType = rd.str(j, top, QStringLiteral("device_type"));
    r.driver = rd.str(j, top, QStringLiteral("driver"));
    r.cpuEmulation = rd.at(j, top, QStringLiteral("cpu_emulation"), QJsonValue::Bool).toBool();
    r.chunks = int(rd.num(j, top, QStringLiteral("chunks")));
    r.scored = int(rd.num(j, top, QStringLiteral("scored")));
    r.tooSmallToTime = rd.at(j, top, QStringLiteral("too_small_to_time"), QJsonValue::Bool).toBool();
    const QJsonObject s = rd.at(j, top, QStringLiteral("settings"), QJsonValue::Object).toObject();
    const QString sp = QStringLiteral("settings.");
    r.settings.engine = rd.str(s, sp, QStringLiteral("engine"));
    r.settings.ctx = int(rd.num(s, sp, QStringLiteral("ctx")));
    r.settings.runs = int(rd.num(s, sp, QStringLiteral("runs")));
    r.settings.promptTokens = int(rd.num(s, sp, QStringLiteral("prompt_tokens_asked")));
    r.settings.decodeTokens = int(rd.num(s, sp, QStringLiteral("decode_tokens")));
    for (const QJsonValue& p : rd.at(s, sp, QStringLiteral("prompts"), QJsonValue::Array).toArray())
        r.settings.prompts << p.toString();
    r.settings.generateTokens = int(rd.num(s, sp, QStringLiteral("generate_tokens")));
    r.settings.temperature = rd.num(s, sp, QStringLiteral("temperature"));
    r.settings.seed = rd.str(s, sp, QStringLiteral("seed")).toULongLong();
    r.settings.kv = rd.str(s, sp, QStringLiteral("kv_cache"));
    r.text = rd.str(s, sp, QStringLiteral("text"));
    r.textSha256 = rd.str(s, sp, QStringLiteral("text_sha256"));
    r.textTokens = int(rd.num(s, sp, QStringLiteral("text_tokens")));
    r.a = readSide(rd, rd.at(j, top, QStringLiteral("a"), QJsonValue::Object).toObject(), QStringLiteral("a."));
    r.b = readSide(rd, rd.at(j, top, QStringLiteral("b"), QJsonValue::Object).toObject(), QStringLiteral("b."));
    const QJsonObject v = rd.at(j, top, QStringLiteral("b_vs_a"), QJsonValue::Object).toObject();
    const QString vp = QStringLiteral("b_vs_a.");
    r.kldMean = rd.num(v, vp, QStringLiteral("kld_mean"));
    r.kldP99 = rd.num(v, vp, QStringLiteral("kld_p99"));
    r.kldMax = rd.num(v, vp, QStringLiteral("kld_max"));
    r.top1Agreement = rd.num(v, vp, QStringLiteral("top1_agreement"));
    const QJsonObject h = rd.at(v, vp, QStringLiteral("kld_histogram"), QJsonValue::Object).toObject();
    r.kld.edges = rd.list(h, vp + QStringLiteral("kld_histogram."), QStringLiteral("edges"));
    for (double c : rd.list(h, vp + QStringLiteral("kld_histogram."), QStringLiteral("counts")))
        r.kld.counts.push_back(int(c));
    for (const QJsonValue& g : rd.at(j, top, QStringLiteral("generations"), QJsonValue::Array).toArray()) {
        const QJsonObject o = g.toObject();
        const QString gp = QStringLiteral("generations[].");
        r.generations.push_back({ rd.str(o, gp, QStringLiteral("prompt")), rd.str(o, gp, QStringLiteral("a")),
            rd.str(o, gp, QStringLiteral("b")), int(rd.num(o, gp, QStringLiteral("first_divergence"))) });
    }
    if (j.contains(QStringLiteral("cost"))) {
        const QJsonObject c = rd.at(j, top, QStringLiteral("cost"), QJsonValue::Object).toObject();
        const QString cp = QStringLiteral("cost.");
        r.cost = Cost { rd.num(c, cp, QStringLiteral("gpu_usd_per_hour")), rd.str(c, cp, QStringLiteral("gpu")),
            rd.num(c, cp, QStringLiteral("utilization")), rd.str(c, cp, QStringLiteral("api_model")),
            rd.num(c, cp, QStringLiteral("api_usd_per_1m_output_tokens")) };
    }
    if (rd.m_error)
        return *rd.m_error;
    return r;
}

} // namespace Ab
