// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/canonicalparser.h"

#include "core/common/jsondepth.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/ingest/collector.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/fields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <nlohmann/json.hpp>

#include <cmath>

using nlohmann::json;

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    /** One field's raw value, whether it came from JSON (typed) or CSV (text). */
    struct Value
    {
        enum Kind { Missing, Null, Text, Number, Bool, Other } kind = Missing;
        QString text;
    };

    enum class Field {
        Time,
        Provider,
        Model,
        CostCenter,
        Team,
        Owner,
        ApiKey,
        Project,
        TaskId,
        Attempt,
        AgentId,
        CallId,
        ParentCallId,
        Operation,
        Calls,
        LatencyMs,
        Status,
        Outcome,
        ReportedCost,
        ListCost,
        Uncached,
        CacheRead,
        CacheWrite5m,
        CacheWrite1h,
        Output,
        Reasoning,
        Batch,
        Count
    };

    const char* const FieldNames[] = { "time", "provider", "model", "cost_center", "team", "owner", "api_key",
        "project", "task_id", "attempt", "agent_id", "call_id", "parent_call_id", "operation", "calls", "latency_ms",
        "status", "outcome", "reported_cost_usd", "list_cost_usd", "uncached_input_tokens", "cache_read_tokens",
        "cache_write_5m_tokens", "cache_write_1h_tokens", "output_tokens", "reasoning_tokens", "batch" };
    static_assert(std::size(FieldNames) == size_t(Field::Count));

    const QHash<QString, Field>& fieldIndex()
    {
        static const QHash<QString, Field> idx = [] {
            QHash<QString, Field> h;
            for (int i = 0; i < int(Field::Count); ++i)
                h.insert(QString::fromLatin1(FieldNames[i]), Field(i));
            return h;
        }();
        return idx;
    }

    struct RowError
    {
        QString field;
        QString message;
    };

    /** Turns one row's values into a UsageEvent; the first bad field wins. */
    class EventBuilder
    {
    public:
        std::optional<RowError> build(const std::array<Value, size_t(Field::Count)>& v, UsageEvent& e)
        {
            auto name = [](Field f) { return QString::fromLatin1(FieldNames[int(f)]); };
            auto typeError = [&](Field f, const QString& expected) {
                const Value& x = v[size_t(f)];
                const QString got = x.kind == Value::Bool ? Tr::tr("a boolean")
                    : x.kind == Value::Other              ? Tr::tr("an object or array")
                                             : QStringLiteral("\"") + x.text.left(40) + QStringLiteral("\"");
                return RowError { name(f), Tr::tr("expected %1, found %2.").arg(expected, got) };
            };
            // string fields: JSON numbers are accepted as their text (ids are sometimes numeric)
            auto str = [&](Field f, QString& out) -> std::optional<RowError> {
                const Value& x = v[size_t(f)];
                if (x.kind == Value::Bool || x.kind == Value::Other)
                    return typeError(f, Tr::tr("text"));
                out = (x.kind == Value::Text || x.kind == Value::Number) ? x.text.trimmed() : QString();
                return std::nullopt;
            };
            auto integer = [&](Field f, qint64 min, qint64& out) -> std::optional<RowError> {
                const Value& x = v[size_t(f)];
                if (x.kind == Value::Missing || x.kind == Value::Null
                    || (x.kind == Value::Text && x.text.trimmed().isEmpty()))
                    return std::nullopt; // keep default
                if (x.kind != Value::Text && x.kind != Value::Number)
                    return typeError(f, Tr::tr("a whole number"));
                // counts written as "10.0" are whole numbers too, "10.0004" is not
                auto n = wholeNumber(x.text);
                if (!n)
                    return typeError(f, Tr::tr("a whole number"));
                if (*n < min)
                    return RowError { name(f), Tr::tr("must be at least %1, found %2.").arg(min).arg(*n) };
                out = *n;
                return std::nullopt;
            };

            const Value& t = v[size_t(Field::Time)];
            if (t.kind == Value::Missing || t.kind == Value::Null
                || (t.kind == Value::Text && t.text.trimmed().isEmpty()))
                return RowError { name(Field::Time), Tr::tr("is required.") };
            if (t.kind != Value::Text && t.kind != Value::Number)
                return typeError(Field::Time, Tr::tr("an ISO 8601 time or epoch number"));
            auto ms = TimeUtil::parse(t.text);
            if (!ms)
                return typeError(Field::Time, Tr::tr("an ISO 8601 time or epoch number"));
            e.timeMs = *ms;

            if (auto r = str(Field::Model, e.model))
                return r;
            if (e.model.isEmpty())
                return RowError { name(Field::Model), Tr::tr("is required.") };
            struct S
            {
                Field f;
                QString* out;
            };
            for (const S& s : { S { Field::Provider, &e.provider }, S { Field::CostCenter, &e.costCenter },
                     S { Field::Team, &e.team }, S { Field::Owner, &e.owner }, S { Field::ApiKey, &e.apiKey },
                     S { Field::Project, &e.project }, S { Field::TaskId, &e.taskId }, S { Field::AgentId, &e.agentId },
                     S { Field::CallId, &e.callId }, S { Field::ParentCallId, &e.parentCallId },
                     S { Field::Operation, &e.operation } })
                if (auto r = str(s.f, *s.out))
                    return r;
            e.provider = e.provider.toLower();

            qint64 attempt = 1, calls = 1, latency = -1;
            if (auto r = integer(Field::Attempt, 1, attempt))
                return r;
            if (auto r = integer(Field::Calls, 1, calls))
                return r;
            if (auto r = integer(Field::LatencyMs, 0, latency))
                return r;
            e.attempt = int(qMin<qint64>(attempt, 1'000'000));
            e.calls = calls;
            if (latency >= 0)
                e.latencyMs = latency;
            struct T
            {
                Field f;
                qint64* out;
            };
            for (const T& k : { T { Field::Uncached, &e.tokens.uncachedInput },
                     T { Field::CacheRead, &e.tokens.cacheRead }, T { Field::CacheWrite5m, &e.tokens.cacheWrite5m },
                     T { Field::CacheWrite1h, &e.tokens.cacheWrite1h }, T { Field::Output, &e.tokens.output },
                     T { Field::Reasoning, &e.tokens.reasoning } })
                if (auto r = integer(k.f, 0, *k.out))
                    return r;

            QString status;
            if (auto r = str(Field::Status, status))
                return r;
            if (status.isEmpty() || status.compare(u"ok", Qt::CaseInsensitive) == 0)
                e.error = false;
            else if (status.compare(u"error", Qt::CaseInsensitive) == 0)
                e.error = true;
            else
                return RowError { name(Field::Status),
                    Tr::tr("expected \"ok\" or \"error\", found \"%1\".").arg(status.left(40)) };

            QString outcome;
            if (auto r = str(Field::Outcome, outcome))
                return r;
            auto o = Events::parseOutcome(outcome);
            if (!o)
                return RowError { name(Field::Outcome),
                    Tr::tr("expected accepted, rework, rejected or unknown, found \"%1\".").arg(outcome.left(40)) };
            e.outcome = *o;

            const Value& rc = v[size_t(Field::ReportedCost)];
            if (rc.kind == Value::Text || rc.kind == Value::Number) {
                if (!rc.text.trimmed().isEmpty()) {
                    auto nano = Money::parseUsdToNano(rc.text);
                    if (!nano)
                        return typeError(Field::ReportedCost, Tr::tr("a decimal amount in USD"));
                    e.reportedCostNano = *nano;
                }
            } else if (rc.kind == Value::Bool || rc.kind == Value::Other) {
                return typeError(Field::ReportedCost, Tr::tr("a decimal amount in USD"));
            }

            const Value& b = v[size_t(Field::Batch)];
            if (b.kind == Value::Bool || b.kind == Value::Text || b.kind == Value::Number) {
                const QString s = b.text.trimmed().toLower();
                if (s == u"true" || s == u"1" || s == u"yes")
                    e.batch = true;
                else if (s.isEmpty() || s == u"false" || s == u"0" || s == u"no")
                    e.batch = false;
                else
                    return typeError(Field::Batch, Tr::tr("true or false"));
            } else if (b.kind == Value::Other) {
                return typeError(Field::Batch, Tr::tr("true or false"));
            }
            return std::nullopt;
        }
    };

    Value fromJson(const json& j)
    {
        Value v;
        if (j.is_null())
            v.kind = Value::Null;
        else if (j.is_string()) {
            v.kind = Value::Text;
            v.text = QString::fromStdString(j.get<std::string>());
        } else if (j.is_number()) {
            v.kind = Value::Number;
            if (j.is_number_float() && std::isfinite(j.get<double>()) && std::floor(j.get<double>()) == j.get<double>()
                && std::abs(j.get<double>()) < 1e15)
                v.text = QString::number(qint64(j.get<double>())) + QStringLiteral(".0");
            else
                v.text = QString::fromStdString(j.dump());
        } else if (j.is_boolean()) {
            v.kind = Value::Bool;
            v.text = j.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        } else
            v.kind = Value::Other;
        return v;
    }

    /** Builds events from field values and hands them to the shared collector. */
    class RowCollector : public Collector
    {
    public:
        using Collector::Collector;
        Result<void> accept(const std::array<Value, size_t(Field::Count)>& values, qint64 line)
        {
            UsageEvent e;
            if (auto err = m_builder.build(values, e)) {
                reject(line, err->field, err->message);
                return {};
            }
            return Collector::accept(std::move(e), line);
        }

    private:
        EventBuilder m_builder;
    };

    Result<ParseReport> parseJsonl(QIODevice& dev, const QString& path, const Sinks& sinks, TaskContext& ctx, int chunk)
    {
        RowCollector c(path, sinks, chunk);
        const qint64 size = dev.size();
        qint64 line = 0, bytes = 0;
        bool sawContent = false;
        std::array<Value, size_t(Field::Count)> values;
        while (!dev.atEnd()) {
            QByteArray raw = dev.readLine();
            bytes += raw.size();
            ++line;
            if ((line & 0x3ff) == 0) {
                if (ctx.isCanceled())
                    return Error { Error::Code::Canceled, Tr::tr("Import canceled."), path, line };
                ctx.setProgress(bytes, size);
            }
            if (line == 1 && raw.startsWith("\xEF\xBB\xBF"))
                raw.remove(0, 3);
            const QByteArray trimmed = raw.trimmed();
            if (trimmed.isEmpty())
                continue;
            sawContent = true;
            if (trimmed.contains('\0')) {
                c.reject(line, {}, Tr::tr("This line is binary data, not a JSON object."));
                continue;
            }
            if (JsonDepth::find(trimmed.begin(), trimmed.end())) {
                c.reject(line, {}, jsonLineTooDeepMessage());
                continue;
            }
            const json j = json::parse(trimmed.begin(), trimmed.end(), nullptr, false);
            if (j.is_discarded()) {
                c.reject(line, {},
                    raw.endsWith('\n') ? Tr::tr("This line is not valid JSON.")
                                       : Tr::tr("This line is not valid JSON (the file may be truncated)."));
                continue;
            }
            if (!j.is_object()) {
                c.reject(line, {}, Tr::tr("Each line must be one JSON object (one usage event)."));
                continue;
            }
            for (auto& v : values)
                v = Value {};
            const auto& idx = fieldIndex();
            for (auto it = j.begin(); it != j.end(); ++it) {
                auto f = idx.constFind(QString::fromStdString(it.key()));
                if (f != idx.cend())
                    values[size_t(*f)] = fromJson(*it);
            }
            if (auto r = c.accept(values, line); !r)
                return r.error();
        }
        if (!sawContent)
            return fileError(path, 1, Tr::tr("The file is empty: there is no usage event to import."));
        if (auto r = c.flush(); !r)
            return r.error();
        ctx.setProgress(size, size);
        return c.report;
    }

    Result<ParseReport> parseCsv(QIODevice& dev, const QString& path, const Sinks& sinks, TaskContext& ctx, int chunk)
    {
        RowCollector c(path, sinks, chunk);
        CsvReader reader(dev, path);
        QStringList header;
        if (!reader.next(header)) {
            if (reader.hasError())
                return reader.error();
            return fileError(
                path, 1, Tr::tr("The file is empty: there is no header row and no usage event to import."));
        }
        std::vector<int> map; // column → field index or -1
        QStringList unknown;
        const auto& idx = fieldIndex();
        for (const QString& h : header) {
            auto f = idx.constFind(h.trimmed().toLower());
            map.push_back(f == idx.cend() ? -1 : int(*f));
        }
        for (Field req : { Field::Time, Field::Model })
            if (std::find(map.begin(), map.end(), int(req)) == map.end())
                return Error { Error::Code::Parse,
                    Tr::tr("The header row has no \"%1\" column. Canonical CSV needs at least time and model; "
                           "columns found: %2.")
                        .arg(QString::fromLatin1(FieldNames[int(req)]), header.join(QStringLiteral(", ")).left(300)),
                    path, reader.recordLine(), QString::fromLatin1(FieldNames[int(req)]) };
        const qint64 size = dev.size();
        QStringList row;
        std::array<Value, size_t(Field::Count)> values;
        qint64 n = 0;
        while (reader.next(row)) {
            if ((++n & 0x3ff) == 0) {
                if (ctx.isCanceled())
                    return Error { Error::Code::Canceled, Tr::tr("Import canceled."), path, reader.recordLine() };
                ctx.setProgress(reader.bytesRead(), size);
            }
            if (row.size() != qsizetype(map.size())) {
                c.reject(reader.recordLine(), {},
                    Tr::tr("Expected %1 fields as in the header, found %2.").arg(map.size()).arg(row.size()));
                continue;
            }
            for (auto& v : values)
                v = Value {};
            for (size_t i = 0; i < map.size(); ++i)
                if (map[i] >= 0)
                    values[size_t(map[i])] = Value { Value::Text, row[qsizetype(i)] };
            if (auto r = c.accept(values, reader.recordLine()); !r)
                return r.error();
        }
        if (reader.hasError()) {
            const Error& e = reader.error();
            c.reject(e.line, {}, e.message);
        }
        if (auto r = c.flush(); !r)
            return r.error();
        if (c.report.rows == 0)
            return fileError(path, 2, Tr::tr("The file has a header row but no usage event."));
        ctx.setProgress(size, size);
        return c.report;
    }

} // namespace

QString formatName(Format f)
{
    switch (f) {
    case Format::Jsonl:
        return QStringLiteral("jsonl");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<Format> parseFormat(QStringView name)
{
    for (Format f : { Format::Auto, Format::Jsonl, Format::Csv })
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

const QStringList& canonicalFields()
{
    static const QStringList names = [] {
        QStringList l;
        for (const char* n : FieldNames)
            l.append(QString::fromLatin1(n));
        return l;
    }();
    return names;
}

Format detectFormat(const QByteArray& head)
{
    QByteArray h = head;
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    h = h.trimmed();
    if (h.startsWith('{'))
        return Format::Jsonl;
    const qsizetype nl = h.indexOf('\n');
    const QString first = QString::fromUtf8(nl < 0 ? h : h.left(nl)).trimmed().toLower();
    if (first.contains(QLatin1Char(','))) {
        const QStringList cols = first.split(QLatin1Char(','));
        int known = 0;
        for (QString c : cols) {
            c = c.trimmed();
            c.remove(QLatin1Char('"'));
            known += fieldIndex().contains(c);
        }
        if (known >= 2)
            return Format::Csv;
    }
    return Format::Auto;
}

Result<ParseReport> parseCanonical(
    QIODevice& device, const QString& path, Format format, const EventSink& sink, TaskContext& ctx, int chunkSize)
{
    if (format == Format::Auto) {
        format = detectFormat(device.peek(4096));
        if (format == Format::Auto) {
            if (device.peek(16).trimmed().isEmpty())
                return fileError(path, 1, Tr::tr("The file is empty: there is no usage event to import."));
            return fileError(path, 1,
                Tr::tr("The format of this file was not recognised. Tried: JSON Lines of usage events "
                       "(a JSON object per line) and CSV with a header of event fields (time, model, …)."));
        }
    }
    const Sinks sinks { sink, {} };
    return format == Format::Jsonl ? parseJsonl(device, path, sinks, ctx, chunkSize)
                                   : parseCsv(device, path, sinks, ctx, chunkSize);
}

namespace {

    class CanonicalFormat : public UsageFormat
    {
    public:
        explicit CanonicalFormat(Format f)
            : m_format(f)
        { }
        QString id() const override { return formatName(m_format); }
        QString title() const override
        {
            return m_format == Format::Jsonl ? Tr::tr("Usage events, JSON Lines (Inferometer fields)")
                                             : Tr::tr("Usage events, CSV (Inferometer fields)");
        }
        int detect(const QByteArray& head) const override
        {
            if (detectFormat(head) != m_format)
                return 0;
            // a JSON line with our own required fields is ours; any other JSON (OTLP metrics, a tool's own log) is
            // not, so that the user hears what was tried instead of "time is required"
            if (m_format == Format::Jsonl) {
                const qsizetype end = head.indexOf('\n');
                const QByteArray first = end < 0 ? head : head.left(end);
                return first.contains("\"time\"") && first.contains("\"model\"") ? 90 : 0;
            }
            return 80;
        }
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            return m_format == Format::Jsonl ? parseJsonl(device, path, sinks, ctx, 4096)
                                             : parseCsv(device, path, sinks, ctx, 4096);
        }

    private:
        Format m_format;
    };

} // namespace

const UsageFormat& canonicalJsonlFormat()
{
    static const CanonicalFormat f(Format::Jsonl);
    return f;
}

const UsageFormat& canonicalCsvFormat()
{
    static const CanonicalFormat f(Format::Csv);
    return f;
}

} // namespace Ingest
