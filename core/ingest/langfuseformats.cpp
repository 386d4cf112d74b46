// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/langfuseformats.h"

#include "core/common/money.h"
#include "core/ingest/anthropicformats.h"
#include "core/ingest/collector.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/fields.h"
#include "core/ingest/jsondocuments.h"
#include "core/ingest/usageformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    /** The observation fields read here, as the public API spells them. */
    const char* const Fields[]
        = { "id", "traceId", "type", "name", "startTime", "endTime", "completionStartTime", "model", "modelParameters",
              "usageDetails", "usage", "costDetails", "totalPrice", "calculatedTotalCost", "latency", "environment",
              "metadata", "parentObservationId", "promptName", "promptVersion", "level", "userId", "sessionId" };

    /** "usage_details", "UsageDetails" → "usagedetails": the same field however an exporter spells it. */
    QString normalized(QStringView key)
    {
        QString s;
        for (QChar c : key)
            if (c != QLatin1Char('_') && c != QLatin1Char('-') && !c.isSpace())
                s += c.toLower();
        return s;
    }

    /** normalized spelling → the field's name in Fields. */
    const QHash<QString, const char*>& fieldIndex()
    {
        static const QHash<QString, const char*> idx = [] {
            QHash<QString, const char*> h;
            for (const char* f : Fields)
                h.insert(normalized(QString::fromLatin1(f)), f);
            return h;
        }();
        return idx;
    }

    /** The observation with its known top-level keys renamed to the API's spelling, others dropped. */
    json canonical(const json& obs)
    {
        json out = json::object();
        const auto& idx = fieldIndex();
        for (auto it = obs.begin(); it != obs.end(); ++it) {
            auto f = idx.constFind(normalized(QString::fromStdString(it.key())));
            if (f != idx.cend())
                out[*f] = *it;
        }
        return out;
    }

    bool hasKey(const QByteArray& head, const char* key)
    {
        const QByteArray quoted = QByteArray(1, '"') + key + '"';
        for (qsizetype at = head.indexOf(quoted); at >= 0; at = head.indexOf(quoted, at + 1)) {
            qsizetype i = at + quoted.size();
            while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
                ++i;
            if (i < head.size() && head[i] == ':')
                return true;
        }
        return false;
    }

    /** Names that only a Langfuse observation carries next to its traceId. */
    const char* const Distinctive[]
        = { "usageDetails", "costDetails", "totalPrice", "calculatedTotalCost", "parentObservationId", "promptName" };

    QString inferProvider(const QString& model)
    {
        const QString m = model.trimmed().toLower();
        if (m.startsWith(u"gpt-") || m.startsWith(u"chatgpt-")
            || (m.size() >= 2 && m[0] == QLatin1Char('o') && m[1] >= QLatin1Char('1') && m[1] <= QLatin1Char('9')
                && (m.size() == 2 || m[2] == QLatin1Char('-'))))
            return QStringLiteral("openai");
        if (m.startsWith(u"claude-"))
            return QStringLiteral("anthropic");
        if (m.startsWith(u"gemini-"))
            return QStringLiteral("google");
        return {};
    }

    struct RowError
    {
        QString field;
        QString message;
    };

    /**
     * A nested object of the observation; in CSV (and some JSON exports) it is JSON text. Missing or null → empty
     * object; anything else that is not an object → an error on `key`.
     */
    std::optional<json> nested(const json& obs, const char* key)
    {
        auto it = obs.find(key);
        if (it == obs.end() || it->is_null())
            return json::object();
        if (it->is_object())
            return *it;
        if (it->is_string()) {
            const std::string& s = it->get_ref<const std::string&>();
            if (QByteArray::fromStdString(s).trimmed().isEmpty())
                return json::object();
            json j = parseJsonOrDiscard(s);
            if (!j.is_discarded() && (j.is_object() || j.is_null()))
                return j.is_null() ? json::object() : j;
        }
        return std::nullopt;
    }

    /** Langfuse usage types → buckets. Types are free text: "input"/"output" kinds as the Langfuse UI sums them. */
    std::optional<RowError> readUsage(const json& usage, const QString& prefix, TokenBuckets& t)
    {
        JsonFields f(usage, prefix);
        for (auto it = usage.begin(); it != usage.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString k = key.toLower();
            qint64* bucket = nullptr;
            if (k.contains(u"total") || k == u"unit")
                continue; // the sum of the others, and the legacy usage object's unit name
            if (k.contains(u"cache_read") || k.contains(u"cached"))
                bucket = &t.cacheRead;
            else if (k.contains(u"cache_creation") || k.contains(u"cache_write"))
                bucket = k.contains(u"1h") ? &t.cacheWrite1h : &t.cacheWrite5m;
            else if (k.contains(u"reasoning"))
                bucket = &t.reasoning;
            else if (k.contains(u"input") || k == u"prompt_tokens")
                bucket = &t.uncachedInput; // input, input_audio_tokens, …: billed as input, not cached
            else if (k.contains(u"output") || k == u"completion_tokens")
                bucket = &t.output;
            else
                continue; // a unit we cannot price (images, characters, …)
            *bucket += f.count(it.key().c_str());
        }
        if (!f.ok())
            return RowError { f.field(), f.message() };
        return std::nullopt;
    }

    void addMetadata(const json& m, QMap<QString, QString>& attributes)
    {
        if (m.is_object()) {
            for (auto it = m.begin(); it != m.end(); ++it) {
                if (it->is_null())
                    continue;
                const QString key = QStringLiteral("metadata.") + QString::fromStdString(it.key());
                attributes.insert(key,
                    it->is_string() ? QString::fromStdString(it->get<std::string>())
                                    : QString::fromStdString(it->dump()));
            }
        } else if (m.is_string()) {
            const std::string& s = m.get_ref<const std::string&>();
            json j = parseJsonOrDiscard(s);
            if (!j.is_discarded() && j.is_object())
                addMetadata(j, attributes);
            else if (!QByteArray::fromStdString(s).trimmed().isEmpty())
                attributes.insert(QStringLiteral("metadata"), QString::fromStdString(s));
        } else if (!m.is_null()) {
            attributes.insert(QStringLiteral("metadata"), QString::fromStdString(m.dump()));
        }
    }

    enum class Built { Event, Span, Rejected };

    /** One observation (canonical keys) → an event, a span, or the first bad field. */
    Built build(const json& obs, const QString& prefix, UsageEvent& e, TraceSpan& span, RowError& err)
    {
        JsonFields f(obs, prefix);
        f.require("id");
        f.require("type");
        f.require("startTime");
        const QString id = f.text("id");
        const QString traceId = f.text("traceId");
        const QString type = f.text("type").trimmed().toUpper();
        const QString name = f.text("name");
        const std::optional<qint64> start = f.time("startTime");
        const std::optional<qint64> end = f.time("endTime");
        const std::optional<qint64> firstToken = f.time("completionStartTime");
        const QString parent = f.text("parentObservationId");
        const bool failed = f.text("level").trimmed().compare(u"ERROR", Qt::CaseInsensitive) == 0;
        if (!f.ok()) {
            err = { f.field(), f.message() };
            return Built::Rejected;
        }
        if (type != u"GENERATION" && type != u"EMBEDDING") {
            span = TraceSpan { traceId, id, parent, name, type.toLower(), {}, *start, end.value_or(*start), failed };
            return Built::Span;
        }

        e.timeMs = *start;
        e.callId = id;
        e.parentCallId = parent;
        e.operation = type.toLower();
        e.error = failed;
        e.model = f.text("model").trimmed();
        e.provider = inferProvider(e.model);

        // usage and cost
        std::optional<json> usage = nested(obs, "usageDetails");
        const char* usageKey = "usageDetails";
        if (usage && usage->empty()) { // the legacy usage object {input, output, total, unit}
            usage = nested(obs, "usage");
            usageKey = "usage";
        }
        if (!usage)
            f.fail(QString::fromLatin1(usageKey), Tr::tr("expected an object of usage counts (JSON)."));
        const std::optional<json> cost = nested(obs, "costDetails");
        if (!cost)
            f.fail(QStringLiteral("costDetails"), Tr::tr("expected an object of costs in USD (JSON)."));
        e.reportedCostNano = f.usdNano("totalPrice");
        if (!e.reportedCostNano)
            e.reportedCostNano = f.usdNano("calculatedTotalCost");
        if (!f.ok()) {
            err = { f.field(), f.message() };
            return Built::Rejected;
        }
        if (auto r = readUsage(*usage, prefix + QLatin1String(usageKey) + QLatin1Char('.'), e.tokens)) {
            err = *r;
            return Built::Rejected;
        }
        if (!e.reportedCostNano && cost->contains("total")) {
            JsonFields c(*cost, prefix + QStringLiteral("costDetails."));
            e.reportedCostNano = c.usdNano("total");
            if (!c.ok()) {
                err = { c.field(), c.message() };
                return Built::Rejected;
            }
        }

        // latency in seconds (a decimal), else from the end time
        const QString latency = f.text("latency").trimmed();
        if (!latency.isEmpty()) {
            auto ms = Money::parseDecimal(latency, 3);
            if (!ms || *ms < 0) {
                err = { prefix + QStringLiteral("latency"),
                    Tr::tr("expected a duration in seconds, found \"%1\".").arg(latency.left(40)) };
                return Built::Rejected;
            }
            e.latencyMs = *ms;
        } else if (end && *end >= *start) {
            e.latencyMs = *end - *start;
        }

        // what attribution rules can use
        struct A
        {
            const char* field;
            const char* attribute;
        };
        for (const A& a : { A { "environment", "environment" }, A { "promptName", "prompt_name" },
                 A { "promptVersion", "prompt_version" }, A { "traceId", "trace_id" }, A { "name", "name" },
                 A { "userId", "user_id" }, A { "sessionId", "session_id" } }) {
            const QString v = f.text(a.field);
            if (!v.isEmpty())
                e.attributes.insert(QString::fromLatin1(a.attribute), v);
        }
        if (firstToken && *firstToken >= *start)
            e.attributes.insert(QStringLiteral("time_to_first_token_ms"), QString::number(*firstToken - *start));
        if (auto m = obs.find("metadata"); m != obs.end())
            addMetadata(*m, e.attributes);
        if (!f.ok()) {
            err = { f.field(), f.message() };
            return Built::Rejected;
        }
        return Built::Event;
    }

    /** Builds one observation and hands it to the collector. */
    Result<void> take(Collector& c, const json& raw, const QString& prefix, qint64 line)
    {
        UsageEvent e;
        TraceSpan span;
        RowError err;
        switch (build(canonical(raw), prefix, e, span, err)) {
        case Built::Event:
            return c.accept(std::move(e), line);
        case Built::Span:
            return c.acceptSpan(std::move(span));
        case Built::Rejected:
            c.reject(line, err.field, err.message);
            break;
        }
        return {};
    }

    class LangfuseJsonFormat : public UsageFormat
    {
    public:
        QString id() const override { return QStringLiteral("langfuse-json"); }
        QString title() const override { return Tr::tr("Langfuse observations export (JSON)"); }
        int detect(const QByteArray& head) const override
        {
            const QByteArray h = head.trimmed();
            if (!h.startsWith('[') && !h.startsWith('{'))
                return 0;
            if (!hasKey(h, "traceId") && !hasKey(h, "trace_id"))
                return 0;
            for (const char* k : Distinctive)
                if (hasKey(h, k) || hasKey(h, normalizedSnake(k).constData()))
                    return 95;
            return 0;
        }
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            Collector c(path, sinks);
            auto r = readJsonDocuments(device, c, ctx,
                [&](const JsonDocument& doc, bool single) { return readDocument(c, doc, single, ctx); });
            if (!r)
                return r.error();
            if (auto f = c.flush(); !f)
                return f.error();
            ctx.setProgress(1, 1);
            return c.report;
        }

    private:
        static Result<void> readDocument(Collector& c, const JsonDocument& doc, bool single, TaskContext& ctx)
        {
            const json& v = doc.value;
            const json* items = nullptr;
            QString prefix, linePath;
            if (v.is_array()) {
                items = &v;
                linePath = QStringLiteral("[]");
            } else if (v.is_object() && v.contains("data") && v["data"].is_array()) {
                items = &v["data"]; // the public API's page {"data": […], "meta": {…}}
                prefix = QStringLiteral("data");
                linePath = QStringLiteral(".data[]");
            }
            if (!items) {
                if (single && (!v.is_object() || !canonical(v).contains("type")))
                    return fileError(c.path(), doc.firstLine,
                        Tr::tr("This is not a Langfuse observations export: expected an array of observations with id, "
                               "traceId and type."));
                if (!v.is_object()) {
                    c.reject(doc.firstLine, {}, Tr::tr("expected an observation object."));
                    return {};
                }
                return take(c, v, {}, doc.firstLine);
            }
            JsonLineIndex idx(doc.text, doc.firstLine, { linePath });
            for (size_t i = 0; i < items->size(); ++i) {
                if ((i & 0x3ff) == 0 && ctx.isCanceled())
                    return Error { Error::Code::Canceled, Tr::tr("Import canceled."), c.path(), doc.firstLine };
                const QString where = prefix + QStringLiteral("[%1]").arg(i);
                const qint64 line = idx.next(linePath, doc.firstLine);
                const json& obs = (*items)[i];
                if (!obs.is_object()) {
                    c.reject(line, where, Tr::tr("expected an observation object."));
                    continue;
                }
                if (auto r = take(c, obs, where + QLatin1Char('.'), line); !r)
                    return r;
            }
            return {};
        }

        /** "usageDetails" → "usage_details". */
        static QByteArray normalizedSnake(const char* camel)
        {
            QByteArray out;
            for (const char* p = camel; *p; ++p) {
                if (*p >= 'A' && *p <= 'Z') {
                    out += '_';
                    out += char(*p - 'A' + 'a');
                } else {
                    out += *p;
                }
            }
            return out;
        }
    };

    class LangfuseCsvFormat : public UsageFormat
    {
    public:
        QString id() const override { return QStringLiteral("langfuse-csv"); }
        QString title() const override { return Tr::tr("Langfuse observations export (CSV)"); }
        int detect(const QByteArray& head) const override
        {
            const qsizetype nl = head.indexOf('\n');
            const QString first = QString::fromUtf8(nl < 0 ? head : head.left(nl));
            if (first.trimmed().startsWith(QLatin1Char('{')) || first.trimmed().startsWith(QLatin1Char('[')))
                return 0;
            QSet<QString> cols;
            for (QString col : first.split(QLatin1Char(','))) {
                col.remove(QLatin1Char('"'));
                cols.insert(normalized(col));
            }
            if (!cols.contains(QStringLiteral("traceid")) || !cols.contains(QStringLiteral("id")))
                return 0;
            for (const char* k : Distinctive)
                if (cols.contains(normalized(QString::fromLatin1(k))))
                    return 95;
            return 0;
        }
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            Collector c(path, sinks);
            CsvReader reader(device, path);
            QStringList header;
            if (!reader.next(header)) {
                if (reader.hasError())
                    return reader.error();
                return fileError(path, 1, Tr::tr("The file is empty: there is no header row and no observation."));
            }
            QList<const char*> columns; // canonical field per column, nullptr for columns not read
            QStringList names;
            const auto& idx = fieldIndex();
            for (const QString& h : header) {
                auto f = idx.constFind(normalized(h));
                columns.append(f == idx.cend() ? nullptr : *f);
                if (f != idx.cend())
                    names.append(QString::fromLatin1(*f));
            }
            for (const char* required : { "id", "type", "startTime" })
                if (!names.contains(QLatin1String(required)))
                    return Error { Error::Code::Parse,
                        Tr::tr("The header row has no \"%1\" column. A Langfuse observations export needs at least id, "
                               "type and startTime; columns found: %2.")
                            .arg(QString::fromLatin1(required), header.join(QStringLiteral(", ")).left(300)),
                        path, reader.recordLine(), QString::fromLatin1(required) };
            const qint64 size = device.size();
            QStringList row;
            qint64 n = 0;
            while (reader.next(row)) {
                if ((++n & 0x3ff) == 0) {
                    if (ctx.isCanceled())
                        return Error { Error::Code::Canceled, Tr::tr("Import canceled."), path, reader.recordLine() };
                    ctx.setProgress(reader.bytesRead(), size);
                }
                if (row.size() != columns.size()) {
                    c.reject(reader.recordLine(), {},
                        Tr::tr("Expected %1 fields as in the header, found %2.").arg(columns.size()).arg(row.size()));
                    continue;
                }
                json obs = json::object();
                for (qsizetype i = 0; i < columns.size(); ++i)
                    if (columns[i] && !row[i].trimmed().isEmpty())
                        obs[columns[i]] = row[i].toStdString(); // nested objects stay JSON text: build() reads it
                if (auto r = take(c, obs, {}, reader.recordLine()); !r)
                    return r.error();
            }
            if (reader.hasError()) {
                const Error& e = reader.error();
                c.reject(e.line, {}, e.message);
            }
            if (auto r = c.flush(); !r)
                return r.error();
            if (n == 0 && c.report.rows == 0)
                return fileError(path, 2, Tr::tr("The file has a header row but no observation."));
            ctx.setProgress(size, size);
            return c.report;
        }
    };

} // namespace

const UsageFormat& langfuseJsonFormat()
{
    static const LangfuseJsonFormat f;
    return f;
}

const UsageFormat& langfuseCsvFormat()
{
    static const LangfuseCsvFormat f;
    return f;
}

} // namespace Ingest
