// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/columnmapping.h"

#include "core/common/jsondepth.h"
#include "core/common/timeutil.h"
#include "core/ingest/fields.h"
#include "core/ingest/collector.h"
#include "core/ingest/csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileDevice>
#include <QHash>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>

using nlohmann::json;

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    const QString TimeField = QStringLiteral("time");
    const QString ModelField = QStringLiteral("model");

    QByteArray withoutBom(QByteArray b)
    {
        if (b.startsWith("\xEF\xBB\xBF"))
            b.remove(0, 3);
        return b;
    }

    /** The problem with the start of a file, or nullopt when it has content to read. */
    std::optional<Error> checkHead(const QByteArray& head, const QString& path)
    {
        const QByteArray h = withoutBom(head).trimmed();
        if (h.isEmpty())
            return fileError(path, 1, Tr::tr("The file is empty: there is no usage event to import."));
        if (h.contains('\0'))
            return fileError(path, 1, Tr::tr("This is binary data, not CSV or JSON Lines."));
        return std::nullopt;
    }

    bool isJsonLines(const QByteArray& head)
    {
        return withoutBom(head).trimmed().startsWith('{');
    }

    /** The value at `path`: the key itself, else a dotted path through nested objects. */
    const json* lookup(const json& obj, const QString& path)
    {
        if (!obj.is_object())
            return nullptr;
        auto it = obj.find(path.toStdString());
        if (it != obj.end())
            return &*it;
        for (qsizetype dot = path.indexOf(QLatin1Char('.')); dot > 0; dot = path.indexOf(QLatin1Char('.'), dot + 1)) {
            auto head = obj.find(path.left(dot).toStdString());
            if (head != obj.end() && head->is_object())
                if (const json* v = lookup(*head, path.mid(dot + 1)))
                    return v;
        }
        return nullptr;
    }

    QString textOf(const json& v)
    {
        if (v.is_string())
            return QString::fromStdString(v.get<std::string>());
        if (v.is_null())
            return {};
        return QString::fromStdString(v.dump(-1, ' ', false, json::error_handler_t::replace));
    }

    /** Forwards cancellation; progress is reported by the mapped reader, over the whole file. */
    class InnerContext : public TaskContext
    {
    public:
        explicit InnerContext(TaskContext& outer)
            : m_outer(outer)
        { }
        bool isCanceled() const override { return m_outer.isCanceled(); }
        void setProgress(qint64, qint64) override { }

    private:
        TaskContext& m_outer;
    };

    /**
     * Rows renamed to canonical fields, handed in batches to the canonical JSONL parser so that validation is exactly
     * the canonical one; its lines and fields are mapped back to the source's.
     */
    class MappedReader
    {
    public:
        MappedReader(const ColumnMapping& m, const QString& path, const Sinks& sinks, TaskContext& ctx)
            : m_map(m)
            , m_path(path)
            , m_sinks(sinks)
            , m_ctx(ctx)
        { }

        /** A bad source row, found before the canonical checks. */
        void reject(qint64 line, const QString& field, const QString& message)
        {
            m_pending.append(Error { Error::Code::Parse, message, m_path, line, field });
        }

        /** One source row; `value(column)` gives a column's value (nullptr: absent). */
        Result<void> add(qint64 line, const std::function<json(const QString& column)>& value)
        {
            json row = json::object();
            for (auto it = m_map.fields.cbegin(); it != m_map.fields.cend(); ++it) {
                json v = value(it.value());
                if (!v.is_discarded())
                    row[it.key().toStdString()] = std::move(v);
            }
            if (!m_map.timeFormat.isEmpty() && row.contains("time")) {
                const QString text = textOf(row["time"]).trimmed();
                if (!text.isEmpty()) {
                    QDateTime t = QDateTime::fromString(text, m_map.timeFormat);
                    if (!t.isValid()) {
                        reject(line, m_map.describe(TimeField),
                            Tr::tr("expected a time like \"%1\", found \"%2\".").arg(m_map.timeFormat, text.left(40)));
                        return {};
                    }
                    if (t.timeSpec() == Qt::LocalTime) // the format has no zone: UTC, as everywhere in core
                        t = QDateTime(t.date(), t.time(), QTimeZone::utc());
                    row["time"] = TimeUtil::toIso(t.toMSecsSinceEpoch()).toStdString();
                }
            }
            m_text += QByteArray::fromStdString(row.dump(-1, ' ', false, json::error_handler_t::replace));
            m_text += '\n';
            m_lines.append(line);
            if (m_lines.size() >= ParseReport::MaxReported) // so that a batch lists all its rejects
                return flush();
            return {};
        }

        Result<void> flush()
        {
            ParseReport inner;
            if (!m_lines.isEmpty()) {
                QBuffer buf(&m_text);
                buf.open(QIODevice::ReadOnly);
                InnerContext ctx(m_ctx);
                const auto sink = [this](QList<UsageEvent>& chunk) -> Result<void> {
                    for (UsageEvent& e : chunk)
                        e.sourceLine = sourceLine(e.sourceLine);
                    return m_sinks.events(chunk);
                };
                auto r = parseCanonical(buf, m_path, Format::Jsonl, sink, ctx);
                if (!r)
                    return r.error();
                inner = r.value();
            }
            QList<Error> rejected = m_pending;
            for (Error e : inner.rejected) {
                e.line = sourceLine(e.line);
                if (!e.field.isEmpty())
                    e.field = m_map.describe(e.field);
                rejected.append(e);
            }
            std::stable_sort(
                rejected.begin(), rejected.end(), [](const Error& a, const Error& b) { return a.line < b.line; });
            report.rows += inner.rows + m_pending.size();
            report.accepted += inner.accepted;
            report.rejectedCount += inner.rejectedCount + m_pending.size();
            for (const Error& e : rejected)
                if (report.rejected.size() < ParseReport::MaxReported)
                    report.rejected.append(e);
            m_pending.clear();
            m_text.clear();
            m_lines.clear();
            if (m_ctx.isCanceled())
                return Error { Error::Code::Canceled, Tr::tr("Import canceled."), m_path };
            return {};
        }

        ParseReport report;

    private:
        qint64 sourceLine(qint64 batchLine) const
        {
            return batchLine >= 1 && batchLine <= m_lines.size() ? m_lines[batchLine - 1] : batchLine;
        }

        const ColumnMapping& m_map;
        QString m_path;
        const Sinks& m_sinks;
        TaskContext& m_ctx;
        QByteArray m_text;
        QList<qint64> m_lines;
        QList<Error> m_pending;
    };

    Result<ParseReport> readCsv(
        QIODevice& dev, const QString& path, const ColumnMapping& m, MappedReader& out, TaskContext& ctx)
    {
        CsvReader reader(dev, path, m.delimiter);
        QStringList header;
        if (!reader.next(header)) {
            if (reader.hasError())
                return reader.error();
            return fileError(
                path, 1, Tr::tr("The file is empty: there is no header row and no usage event to import."));
        }
        QHash<QString, qsizetype> index; // source column → its position in a row
        for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
            qsizetype at = -1;
            for (qsizetype i = 0; i < header.size() && at < 0; ++i)
                if (header[i].trimmed() == it.value().trimmed())
                    at = i;
            for (qsizetype i = 0; i < header.size() && at < 0; ++i)
                if (header[i].trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0)
                    at = i;
            if (at < 0)
                return fileError(path, reader.recordLine(),
                    Tr::tr("The header row has no column \"%1\" (mapped to the field %2). Columns found: %3.")
                        .arg(it.value(), it.key(), header.join(QStringLiteral(", ")).left(300)),
                    m.describe(it.key()));
            index.insert(it.value(), at);
        }
        const qint64 size = dev.size();
        QStringList cells;
        while (reader.next(cells)) {
            if (cells.size() != header.size()) {
                out.reject(reader.recordLine(), {},
                    Tr::tr("Expected %1 fields as in the header, found %2.").arg(header.size()).arg(cells.size()));
                continue;
            }
            auto r = out.add(reader.recordLine(),
                [&](const QString& column) { return json(cells[index.value(column)].toStdString()); });
            if (!r)
                return r.error();
            ctx.setProgress(reader.bytesRead(), size);
        }
        if (reader.hasError())
            out.reject(reader.error().line, {}, reader.error().message);
        if (auto r = out.flush(); !r)
            return r.error();
        if (out.report.rows == 0)
            return fileError(path, 2, Tr::tr("The file has a header row but no usage event."));
        return out.report;
    }

    Result<ParseReport> readJsonLines(QIODevice& dev, const QString& path, MappedReader& out, TaskContext& ctx)
    {
        const qint64 size = dev.size();
        qint64 line = 0, bytes = 0;
        bool sawContent = false;
        while (!dev.atEnd()) {
            QByteArray raw = dev.readLine();
            bytes += raw.size();
            if (++line == 1)
                raw = withoutBom(raw);
            const QByteArray text = raw.trimmed();
            if (text.isEmpty())
                continue;
            sawContent = true;
            if (text.contains('\0')) {
                out.reject(line, {}, Tr::tr("This line is binary data, not a JSON object."));
                continue;
            }
            if (JsonDepth::find(text.begin(), text.end())) {
                out.reject(line, {}, jsonLineTooDeepMessage());
                continue;
            }
            const json j = json::parse(text.begin(), text.end(), nullptr, false);
            if (j.is_discarded()) {
                out.reject(line, {},
                    raw.endsWith('\n') ? Tr::tr("This line is not valid JSON.")
                                       : Tr::tr("This line is not valid JSON (the file may be truncated)."));
                continue;
            }
            if (!j.is_object()) {
                out.reject(line, {}, Tr::tr("Each line must be one JSON object (one usage event)."));
                continue;
            }
            auto r = out.add(line, [&](const QString& column) {
                const json* v = lookup(j, column);
                return v ? *v : json(json::value_t::discarded);
            });
            if (!r)
                return r.error();
            ctx.setProgress(bytes, size);
        }
        if (!sawContent)
            return fileError(path, 1, Tr::tr("The file is empty: there is no usage event to import."));
        if (auto r = out.flush(); !r)
            return r.error();
        return out.report;
    }

    class MappedFormat : public UsageFormat
    {
    public:
        explicit MappedFormat(ColumnMapping m)
            : m_map(std::move(m))
        { }
        QString id() const override { return QStringLiteral("mapped"); }
        QString title() const override { return Tr::tr("Usage events through a column mapping (CSV or JSON Lines)"); }
        int detect(const QByteArray&) const override { return 0; } // a mapping is chosen, never detected
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            const QByteArray head = device.peek(DetectBytes);
            if (auto e = checkHead(head, path))
                return *e;
            for (const QString& f : { TimeField, ModelField })
                if (m_map.fields.value(f).trimmed().isEmpty())
                    return fileError(
                        path, 1, Tr::tr("The column mapping does not say which column holds the %1.").arg(f), f);
            MappedReader out(m_map, path, sinks, ctx);
            auto r = isJsonLines(head) ? readJsonLines(device, path, out, ctx) : readCsv(device, path, m_map, out, ctx);
            if (r)
                ctx.setProgress(1, 1);
            return r;
        }

    private:
        ColumnMapping m_map;
    };

    /** Nested objects as dotted keys (in the file's order: ordered_json); arrays and scalars as their text. */
    void flatten(
        const nlohmann::ordered_json& obj, const QString& prefix, QStringList& keys, QHash<QString, QString>& values)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = prefix + QString::fromStdString(it.key());
            if (it->is_object() && !it->empty()) {
                flatten(*it, key + QLatin1Char('.'), keys, values);
                continue;
            }
            if (!values.contains(key) && !keys.contains(key))
                keys.append(key);
            values.insert(key,
                it->is_string()     ? QString::fromStdString(it->template get<std::string>())
                    : it->is_null() ? QString()
                                    : QString::fromStdString(
                                        it->dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)));
        }
    }

} // namespace

QString ColumnMapping::describe(const QString& field) const
{
    const QString column = fields.value(field);
    return column.isEmpty() ? field : column + QStringLiteral(" (") + field + QLatin1Char(')');
}

Result<ColumnMapping> parseMapping(const QStringList& specs)
{
    ColumnMapping m;
    const QStringList& known = canonicalFields();
    for (const QString& spec : specs) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        const QString field = spec.left(eq).trimmed().toLower();
        const QString column = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
        if (eq < 0 || field.isEmpty() || column.isEmpty())
            return Error { Error::Code::Parse,
                Tr::tr("\"%1\" is not a mapping: write FIELD=COLUMN, e.g. uncached_input_tokens=tokens_in.").arg(spec),
                QStringLiteral("mapping"), -1, field };
        if (!known.contains(field))
            return Error { Error::Code::Parse,
                Tr::tr("Unknown field \"%1\" in \"%2\"; the fields are: %3.")
                    .arg(field, spec, known.join(QStringLiteral(", "))),
                QStringLiteral("mapping"), -1, field };
        if (m.fields.contains(field))
            return Error { Error::Code::Parse,
                Tr::tr("The field \"%1\" is mapped twice (\"%2\" and \"%3\").")
                    .arg(field, m.fields.value(field), column),
                QStringLiteral("mapping"), -1, field };
        m.fields.insert(field, column);
    }
    for (const QString& f : { TimeField, ModelField })
        if (!m.fields.contains(f))
            return Error { Error::Code::Parse, Tr::tr("The mapping needs the \"%1\" field: add %1=COLUMN.").arg(f),
                QStringLiteral("mapping"), -1, f };
    return m;
}

std::unique_ptr<UsageFormat> mappedFormat(const ColumnMapping& mapping)
{
    return std::make_unique<MappedFormat>(mapping);
}

Result<QList<QStringList>> previewRows(QIODevice& device, int n, QChar delimiter)
{
    auto r = readRawPreview(device, n, delimiter);
    if (!r)
        return r.error();
    QList<QStringList> rows { r.value().header };
    rows += r.value().rows;
    return rows;
}

Result<RawPreview> readRawPreview(QIODevice& device, int n, QChar delimiter)
{
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    const QString source = file ? file->fileName() : QString();
    const QByteArray head = device.peek(DetectBytes);
    if (auto e = checkHead(head, source))
        return *e;
    RawPreview p;
    const qint64 start = device.pos();
    if (!isJsonLines(head)) {
        CsvReader reader(device, source, delimiter);
        QStringList fields;
        if (reader.next(fields)) {
            p.header = fields;
            while (p.rows.size() < n && reader.next(fields)) {
                p.rows.append(fields);
                p.lines.append(reader.recordLine());
            }
        }
        if (reader.hasError())
            return reader.error();
        p.bytes = reader.bytesRead();
        return p;
    }
    p.jsonLines = true;
    QList<QHash<QString, QString>> values;
    qint64 line = 0;
    while (values.size() < n && !device.atEnd()) {
        QByteArray raw = device.readLine();
        if (++line == 1)
            raw = withoutBom(raw);
        const QByteArray text = raw.trimmed();
        if (text.isEmpty())
            continue;
        const auto j = JsonDepth::find(text.begin(), text.end())
            ? nlohmann::ordered_json(nlohmann::ordered_json::value_t::discarded)
            : nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return fileError(source, line, Tr::tr("This line is not a JSON object: the file is not JSON Lines."));
        values.append(QHash<QString, QString>());
        flatten(j, {}, p.header, values.last());
        p.lines.append(line);
    }
    for (const auto& v : values) {
        QStringList row;
        for (const QString& k : p.header)
            row.append(v.value(k));
        p.rows.append(row);
    }
    p.bytes = device.pos() - start;
    return p;
}

QChar guessDelimiter(const QByteArray& head)
{
    const QByteArray h = withoutBom(head).trimmed();
    if (h.startsWith('{'))
        return QLatin1Char(',');
    const QByteArray first = h.left(h.indexOf('\n') < 0 ? h.size() : h.indexOf('\n'));
    QChar best = QLatin1Char(',');
    qsizetype most = first.count(',');
    for (char c : { ';', '\t' })
        if (first.count(c) > most) {
            most = first.count(c);
            best = QLatin1Char(c);
        }
    return best;
}

ColumnMapping guessMapping(const RawPreview& preview, QChar delimiter)
{
    // the names a column of another tool's export has for each field, most telling first; compared normalised
    static const QList<std::pair<const char*, QList<const char*>>> aliases = {
        { "time",
            { "timestamp", "datetime", "date", "created_at", "created", "start_time", "starttime", "ts", "when",
                "request_time", "occurred_at", "event_time" } },
        { "model", { "model_name", "model_id", "modelname", "llm", "engine", "deployment", "model_group" } },
        { "provider", { "vendor", "custom_llm_provider", "llm_provider", "api_provider" } },
        { "uncached_input_tokens",
            { "input_tokens", "prompt_tokens", "tokens_in", "in_tokens", "input", "prompt", "uncached_input" } },
        { "cache_read_tokens",
            { "cached_tokens", "cache_read_input_tokens", "cached_input_tokens", "cache_hit_tokens", "cached" } },
        { "cache_write_5m_tokens",
            { "cache_write_tokens", "cache_creation_input_tokens", "cache_creation_tokens", "cache_write" } },
        { "cache_write_1h_tokens", {} },
        { "output_tokens",
            { "completion_tokens", "tokens_out", "out_tokens", "output", "completion", "generated_tokens" } },
        { "reasoning_tokens", { "thinking_tokens", "reasoning" } },
        { "reported_cost_usd",
            { "cost_usd", "cost", "spend", "spend_usd", "total_cost", "amount", "amount_usd", "price", "usd" } },
        { "cost_center", { "costcentre", "cost_centre", "department", "dept", "business_unit" } },
        { "team", { "team_name", "team_alias", "team_id", "group" } },
        { "owner", { "user", "user_id", "user_email", "email", "end_user", "username" } },
        { "api_key", { "api_key_id", "key_alias", "key_name", "key_id", "api_key_name", "key" } },
        { "project", { "project_id", "project_name", "application", "app" } },
        { "task_id", { "task", "ticket", "ticket_id", "job_id" } },
        { "attempt", { "retry", "attempt_number" } },
        { "agent_id", { "agent", "agent_name" } },
        { "call_id", { "request_id", "requestid", "id", "span_id" } },
        { "parent_call_id", { "parent_id", "parent_request_id", "parent_span_id" } },
        { "operation", { "endpoint", "call_type", "operation_name", "api" } },
        { "calls", { "requests", "num_requests", "request_count", "num_model_requests", "api_requests" } },
        { "latency_ms", { "latency", "duration_ms", "response_time_ms", "duration" } },
        { "status", { "status_code" } },
        { "outcome", { "result" } },
        { "batch", { "is_batch" } },
    };
    const auto norm = [](QStringView s) {
        QString out;
        for (QChar c : s)
            if (c.isLetterOrNumber())
                out += c.toLower();
        return out;
    };
    QList<QString> full, last; // each column's normalised name, and that of its last JSON path segment
    for (const QString& h : preview.header) {
        full.append(norm(h));
        last.append(preview.jsonLines ? norm(QStringView(h).mid(h.lastIndexOf(QLatin1Char('.')) + 1)) : full.last());
    }
    ColumnMapping m;
    m.delimiter = delimiter;
    QList<bool> used(preview.header.size(), false);
    // pass 1: a column named like the field itself, pass 2: like an alias; the whole name before its last segment
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& [field, names] : aliases) {
            const QString f = QString::fromLatin1(field);
            if (m.fields.contains(f))
                continue;
            QStringList wanted;
            if (pass == 0)
                wanted.append(norm(f));
            else
                for (const char* a : names)
                    wanted.append(norm(QString::fromLatin1(a)));
            for (const QList<QString>* columns : { &full, &last })
                for (qsizetype w = 0; w < wanted.size() && !m.fields.contains(f); ++w)
                    for (qsizetype i = 0; i < columns->size(); ++i)
                        if (!used[i] && (*columns)[i] == wanted[w]) {
                            m.fields.insert(f, preview.header[i]);
                            used[i] = true;
                            break;
                        }
        }
    // an odd time column: the first of a few common layouts that reads every sample
    const qsizetype timeColumn = preview.header.indexOf(m.fields.value(TimeField));
    if (timeColumn >= 0) {
        QStringList samples;
        for (const QStringList& row : preview.rows)
            if (timeColumn < row.size() && !row[timeColumn].trimmed().isEmpty())
                samples.append(row[timeColumn].trimmed());
        if (!samples.isEmpty() && !TimeUtil::parse(samples.first())) {
            static const char* const layouts[] = { "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy",
                "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm", "MM/dd/yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
                "dd/MM/yyyy", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/MM/dd" };
            for (const char* l : layouts) {
                const QString layout = QString::fromLatin1(l);
                if (std::all_of(samples.cbegin(), samples.cend(),
                        [&](const QString& v) { return QDateTime::fromString(v, layout).isValid(); })) {
                    m.timeFormat = layout;
                    break;
                }
            }
        }
    }
    return m;
}

} // namespace Ingest
