// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/litellmformats.h"

#include "core/common/timeutil.h"
#include "core/ingest/collector.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/fields.h"

#include <QBuffer>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

using nlohmann::json;

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    /** What an export of one LiteLLM table looks like. */
    struct Table
    {
        QString title;
        /** Known column names: CSV headers are matched case-insensitively (startTime / starttime) and renamed. */
        QStringList columns;
        /** A CSV header must have these; the first JSON row must have the first. */
        QStringList required;
    };

    using RowFn = std::function<Result<void>(const json& row, qint64 line, const QString& prefix)>;

    QByteArray withoutBom(QByteArray b)
    {
        if (b.startsWith("\xEF\xBB\xBF"))
            b.remove(0, 3);
        return b;
    }

    Result<void> checkFirstRow(const json& row, const Table& t, const QString& path, qint64 line, const QString& prefix)
    {
        const std::string key = t.required.first().toStdString();
        if (row.contains(key))
            return {};
        return fileError(path, line,
            Tr::tr("This is not a %1 export: its first row has no \"%2\" key.").arg(t.title, t.required.first()),
            prefix + t.required.first());
    }

    Result<void> progress(TaskContext& ctx, const QString& path, qint64 line, qint64 done, qint64 total)
    {
        if (ctx.isCanceled())
            return Error { Error::Code::Canceled, Tr::tr("Import canceled."), path, line };
        ctx.setProgress(done, total);
        return {};
    }

    Result<void> readCsv(
        QIODevice& dev, const QString& path, const Table& t, Collector& c, TaskContext& ctx, const RowFn& fn)
    {
        CsvReader reader(dev, path);
        QStringList header;
        if (!reader.next(header)) {
            if (reader.hasError())
                return reader.error();
            return fileError(path, 1, Tr::tr("The file is empty: there is no header row and no usage to import."));
        }
        std::vector<std::string> keys;
        for (const QString& h : header) {
            QString k = h.trimmed();
            for (const QString& known : t.columns)
                if (k.compare(known, Qt::CaseInsensitive) == 0)
                    k = known;
            keys.push_back(k.toStdString());
        }
        for (const QString& req : t.required)
            if (std::find(keys.begin(), keys.end(), req.toStdString()) == keys.end())
                return fileError(path, reader.recordLine(),
                    Tr::tr("The header row has no \"%1\" column, so this is not a %2 export. Columns found: %3.")
                        .arg(req, t.title, header.join(QStringLiteral(", ")).left(300)),
                    req);
        const qint64 size = dev.size();
        QStringList cells;
        qint64 n = 0;
        while (reader.next(cells)) {
            if ((++n & 0x3ff) == 0)
                if (auto r = progress(ctx, path, reader.recordLine(), reader.bytesRead(), size); !r)
                    return r;
            if (cells.size() != header.size()) {
                c.reject(reader.recordLine(), {},
                    Tr::tr("Expected %1 fields as in the header, found %2.").arg(header.size()).arg(cells.size()));
                continue;
            }
            json row = json::object();
            for (qsizetype i = 0; i < cells.size(); ++i)
                row[keys[size_t(i)]] = cells[i].trimmed().isEmpty() ? json(nullptr) : json(cells[i].toStdString());
            if (auto r = fn(row, reader.recordLine(), {}); !r)
                return r;
        }
        if (reader.hasError())
            c.reject(reader.error().line, {}, reader.error().message);
        if (c.report.rows == 0)
            return fileError(path, 2, Tr::tr("The file has a header row but no rows."));
        return {};
    }

    Result<void> readJsonLines(
        QIODevice& dev, const QString& path, const Table& t, Collector& c, TaskContext& ctx, const RowFn& fn)
    {
        const qint64 size = dev.size();
        qint64 line = 0, bytes = 0;
        bool first = true;
        while (!dev.atEnd()) {
            QByteArray raw = dev.readLine();
            bytes += raw.size();
            if (++line == 1)
                raw = withoutBom(raw);
            if ((line & 0x3ff) == 0)
                if (auto r = progress(ctx, path, line, bytes, size); !r)
                    return r;
            const QByteArray text = raw.trimmed();
            if (text.isEmpty())
                continue;
            if (text.contains('\0')) {
                c.reject(line, {}, Tr::tr("This line is binary data, not a JSON object."));
                continue;
            }
            Error err;
            const auto j = parseJson(text, path, line, err);
            if (!j) {
                c.reject(line, {},
                    raw.endsWith('\n') ? err.message
                                       : Tr::tr("This line is not valid JSON (the file may be truncated)."));
                continue;
            }
            if (!j->is_object()) {
                c.reject(line, {}, Tr::tr("Each line must be one JSON object (one row of the table)."));
                continue;
            }
            if (first) {
                first = false;
                if (auto r = checkFirstRow(*j, t, path, line, {}); !r)
                    return r;
            }
            if (auto r = fn(*j, line, {}); !r)
                return r;
        }
        if (c.report.rows == 0)
            return fileError(path, 1, Tr::tr("The file is empty: there is no usage to import."));
        return {};
    }

    /**
     * The 1-based lines on which the elements of the row array start: the top-level array, or the array under `key`
     * of a top-level object. The text is valid JSON (already parsed), so a plain scan for brackets suffices.
     */
    QList<qint64> elementLines(const QByteArray& text, const QByteArray& key)
    {
        QList<qint64> lines;
        qint64 line = 1;
        int depth = 0, arrayDepth = -1;
        bool inString = false, escape = false, topObject = false, expect = false;
        QByteArray str, lastString, lastKey;
        for (const char ch : text) {
            if (ch == '\n')
                ++line;
            if (inString) {
                if (escape)
                    escape = false;
                else if (ch == '\\')
                    escape = true;
                else if (ch == '"')
                    inString = false, lastString = str;
                else if (depth == 1)
                    str += ch;
                continue;
            }
            if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
                continue;
            if (expect && ch != ']')
                lines.append(line);
            expect = false;
            switch (ch) {
            case '"':
                inString = true;
                str.clear();
                break;
            case '{':
            case '[':
                if (++depth == 1)
                    topObject = ch == '{';
                if (ch == '[' && arrayDepth == -1 && (depth == 1 || (depth == 2 && topObject && lastKey == key)))
                    arrayDepth = depth, expect = true;
                break;
            case '}':
            case ']':
                if (depth-- == arrayDepth)
                    arrayDepth = -2; // done: nested arrays of the same depth elsewhere are not rows
                break;
            case ',':
                expect = depth == arrayDepth;
                break;
            case ':':
                if (depth == 1)
                    lastKey = lastString;
                break;
            default:
                break;
            }
        }
        return lines;
    }

    Result<void> readJsonDocument(
        const QByteArray& text, const QString& path, const Table& t, Collector& c, TaskContext& ctx, const RowFn& fn)
    {
        Error err;
        const auto doc = parseJson(text, path, 1, err);
        if (!doc)
            return err;
        const json* rows = nullptr;
        QString prefix;
        if (doc->is_array()) {
            rows = &*doc;
        } else if (doc->is_object() && doc->contains("data") && (*doc)["data"].is_array()) {
            rows = &(*doc)["data"];
            prefix = QStringLiteral("data");
        }
        if (!rows)
            return fileError(path, 1,
                Tr::tr("This is not a %1 export: expected a JSON array of rows, an object with a \"data\" array of "
                       "rows, or JSON Lines.")
                    .arg(t.title));
        if (rows->empty())
            return fileError(path, 1, Tr::tr("The file holds no rows: there is no usage to import."));
        const QList<qint64> lines = elementLines(text, "data");
        for (size_t i = 0; i < rows->size(); ++i) {
            const qint64 line = qsizetype(i) < lines.size() ? lines[qsizetype(i)] : 1;
            if ((i & 0x3ff) == 0x3ff)
                if (auto r = progress(ctx, path, line, qint64(i), qint64(rows->size())); !r)
                    return r;
            const QString here = prefix + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            const json& row = (*rows)[i];
            if (!row.is_object()) {
                c.reject(line, here, Tr::tr("Expected a JSON object (one row of the table)."));
                continue;
            }
            if (i == 0)
                if (auto r = checkFirstRow(row, t, path, line, here + QLatin1Char('.')); !r)
                    return r;
            if (auto r = fn(row, line, here + QLatin1Char('.')); !r)
                return r;
        }
        return {};
    }

    QByteArray firstLine(const QByteArray& text)
    {
        const qsizetype nl = text.indexOf('\n');
        return nl < 0 ? text : text.left(nl);
    }

    json parseLine(const QByteArray& line)
    {
        return parseJsonOrDiscard(line);
    }

    bool isRow(const QByteArray& line, const Table& t)
    {
        const json j = parseLine(line);
        return j.is_object() && j.contains(t.required.first().toStdString());
    }

    /** CSV, a JSON document or JSON Lines, told apart by the content. */
    Result<ParseReport> parseTable(QIODevice& dev, const QString& path, const Sinks& sinks, TaskContext& ctx,
        const Table& t, const std::function<Result<void>(const json&, qint64, const QString&, Collector&)>& build)
    {
        Collector c(path, sinks);
        const RowFn row = [&](const json& r, qint64 line, const QString& prefix) { return build(r, line, prefix, c); };
        const QByteArray head = withoutBom(dev.peek(DetectBytes)).trimmed();
        if (head.isEmpty())
            return fileError(path, 1, Tr::tr("The file is empty: there is no usage to import."));
        if (head.contains('\0'))
            return fileError(path, 1, Tr::tr("This is binary data, not a %1 export (CSV or JSON).").arg(t.title));
        Result<void> r;
        if (head.startsWith('[')) {
            r = readJsonDocument(withoutBom(dev.readAll()), path, t, c, ctx, row);
        } else if (head.startsWith('{')) {
            // JSON Lines, unless the first line is not a row on its own (a pretty-printed or {"data": […]} document)
            if (isRow(firstLine(head), t)) {
                r = readJsonLines(dev, path, t, c, ctx, row);
            } else {
                QByteArray all = withoutBom(dev.readAll());
                const json whole = parseJsonOrDiscard(all);
                const json first = parseLine(firstLine(all.trimmed()));
                if (whole.is_discarded() && first.is_object()) {
                    QBuffer buf(&all);
                    buf.open(QIODevice::ReadOnly);
                    r = readJsonLines(buf, path, t, c, ctx, row);
                } else {
                    r = readJsonDocument(all, path, t, c, ctx, row);
                }
            }
        } else {
            r = readCsv(dev, path, t, c, ctx, row);
        }
        if (!r)
            return r.error();
        if (auto f = c.flush(); !f)
            return f.error();
        ctx.setProgress(1, 1);
        return c.report;
    }

    /** Text of a scalar for an attribute; nullopt for null, objects and arrays. */
    std::optional<QString> scalarText(const json& v)
    {
        if (v.is_string())
            return QString::fromStdString(v.get<std::string>());
        if (v.is_boolean())
            return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.is_number())
            return QString::fromStdString(v.dump());
        return std::nullopt;
    }

    /** An object or array that arrives as itself (JSON) or as JSON text (a CSV cell); null when missing or empty. */
    json embedded(const json& row, const char* key, bool array, JsonFields& f)
    {
        auto it = row.find(key);
        if (it == row.end() || it->is_null())
            return nullptr;
        json v = *it;
        if (v.is_string()) {
            const QByteArray text = QByteArray::fromStdString(v.get<std::string>()).trimmed();
            if (text.isEmpty())
                return nullptr;
            v = parseJsonOrDiscard(text);
        }
        if (v.is_null() || (array ? v.is_array() : v.is_object()))
            return v;
        f.fail(QString::fromLatin1(key),
            array ? Tr::tr("expected a JSON array of tags.") : Tr::tr("expected a JSON object."));
        return nullptr;
    }

    /** Reads a nested count, reporting its full path in `f`. */
    qint64 nestedCount(const json& object, const char* key, const QString& path, JsonFields& f)
    {
        JsonFields sub(object);
        const qint64 n = sub.count(key);
        if (!sub.ok())
            f.fail(path + sub.field(), sub.message());
        return n;
    }

    void setAttribute(UsageEvent& e, const QString& key, const QString& value)
    {
        if (!value.trimmed().isEmpty())
            e.attributes.insert(key, value);
    }

    QStringList names(const char* commaSeparated)
    {
        return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
    }

    const Table& spendLogsTable()
    {
        static const Table t { QStringLiteral("LiteLLM SpendLogs"),
            names("request_id,call_type,api_key,spend,total_tokens,prompt_tokens,completion_tokens,startTime,endTime,"
                  "request_duration_ms,completionStartTime,model,model_id,model_group,custom_llm_provider,api_base,"
                  "user,metadata,cache_hit,cache_key,request_tags,team_id,organization_id,end_user,"
                  "requester_ip_address,session_id,status,agent_id"),
            names("request_id,startTime") };
        return t;
    }

    Result<void> buildSpendLog(const json& row, qint64 line, const QString& prefix, Collector& c)
    {
        JsonFields f(row, prefix);
        f.require("request_id");
        f.require("startTime");
        UsageEvent e;
        e.callId = f.text("request_id").trimmed();
        const auto start = f.time("startTime");
        const auto end = f.time("endTime");
        e.timeMs = start.value_or(0);
        e.model = f.text("model").trimmed();
        const QString group = f.text("model_group").trimmed();
        if (e.model.isEmpty())
            e.model = group;
        e.provider = f.text("custom_llm_provider").trimmed().toLower();
        e.apiKey = f.text("api_key").trimmed();
        e.operation = f.text("call_type").trimmed();
        e.agentId = f.text("agent_id").trimmed();
        e.reportedCostNano = f.usdNano("spend");
        const qint64 prompt = f.count("prompt_tokens");
        const qint64 completion = f.count("completion_tokens");
        const bool hasDuration = row.contains("request_duration_ms") && !row["request_duration_ms"].is_null();
        const qint64 duration = f.count("request_duration_ms");
        // a text column in LiteLLM ("True", "False"; "None" or empty when unknown), a boolean in some JSON
        bool cacheHit = false;
        if (auto it = row.find("cache_hit"); it != row.end() && it->is_boolean()) {
            cacheHit = it->get<bool>();
        } else {
            const QString hit = f.text("cache_hit").trimmed().toLower();
            cacheHit = hit == u"true" || hit == u"1";
            if (!cacheHit && !hit.isEmpty() && hit != u"false" && hit != u"0" && hit != u"none" && hit != u"null")
                f.fail(QStringLiteral("cache_hit"), Tr::tr("expected True or False, found \"%1\".").arg(hit.left(40)));
        }
        const QString status = f.text("status").trimmed().toLower();
        if (status == u"failure")
            e.error = true;
        else if (!status.isEmpty() && status != u"success")
            f.fail(QStringLiteral("status"),
                Tr::tr("expected \"success\" or \"failure\", found \"%1\".").arg(status.left(40)));

        // Token counts beyond prompt/completion live only in metadata.usage_object (the provider usage as LiteLLM
        // normalised it, OpenAI convention): prompt_tokens includes cached_tokens, completion_tokens includes
        // reasoning_tokens.
        const json meta = embedded(row, "metadata", false, f);
        const json usage = meta.is_object() && meta.contains("usage_object") && meta["usage_object"].is_object()
            ? meta["usage_object"]
            : json::object();
        const json promptDetails = usage.contains("prompt_tokens_details") && usage["prompt_tokens_details"].is_object()
            ? usage["prompt_tokens_details"]
            : json::object();
        const json completionDetails
            = usage.contains("completion_tokens_details") && usage["completion_tokens_details"].is_object()
            ? usage["completion_tokens_details"]
            : json::object();
        const QString usagePath = QStringLiteral("metadata.usage_object.");
        qint64 cached
            = nestedCount(promptDetails, "cached_tokens", usagePath + QStringLiteral("prompt_tokens_details."), f);
        QString cachedField = usagePath + QStringLiteral("prompt_tokens_details.cached_tokens");
        if (!promptDetails.contains("cached_tokens") || promptDetails["cached_tokens"].is_null()) {
            cached = nestedCount(usage, "cache_read_input_tokens", usagePath, f);
            cachedField = usagePath + QStringLiteral("cache_read_input_tokens");
        }
        const qint64 creation = nestedCount(usage, "cache_creation_input_tokens", usagePath, f);
        const qint64 reasoning = nestedCount(
            completionDetails, "reasoning_tokens", usagePath + QStringLiteral("completion_tokens_details."), f);
        if (f.ok() && cached > prompt)
            f.fail(cachedField,
                Tr::tr("%1 cached tokens cannot be part of prompt_tokens (%2): cached tokens are counted in "
                       "prompt_tokens.")
                    .arg(cached)
                    .arg(prompt));
        if (f.ok() && reasoning > completion)
            f.fail(usagePath + QStringLiteral("completion_tokens_details.reasoning_tokens"),
                Tr::tr("%1 reasoning tokens cannot be part of completion_tokens (%2).").arg(reasoning).arg(completion));
        if (!f.ok()) {
            c.reject(line, f.field(), f.message());
            return {};
        }
        e.tokens.cacheRead = cached;
        e.tokens.uncachedInput = prompt - cached;
        // Cache writes are in prompt_tokens in LiteLLM's newer Anthropic usage and not in older; take them out only
        // where they fit (as for the daily tables).
        e.tokens.cacheWrite5m = creation;
        if (creation <= e.tokens.uncachedInput)
            e.tokens.uncachedInput -= creation;
        e.tokens.reasoning = reasoning;
        e.tokens.output = completion - reasoning;
        if (cacheHit) {
            // served from LiteLLM's own response cache: the provider was not called and bills nothing
            e.tokens = TokenBuckets {};
            e.attributes.insert(QStringLiteral("cache_hit"), QStringLiteral("1"));
        }
        if (hasDuration)
            e.latencyMs = duration;
        else if (start && end && *end >= *start)
            e.latencyMs = *end - *start;

        setAttribute(e, QStringLiteral("team_id"), f.text("team_id"));
        setAttribute(e, QStringLiteral("user_id"), f.text("user"));
        setAttribute(e, QStringLiteral("end_user"), f.text("end_user"));
        setAttribute(e, QStringLiteral("organization_id"), f.text("organization_id"));
        setAttribute(e, QStringLiteral("session_id"), f.text("session_id"));
        if (group != e.model)
            setAttribute(e, QStringLiteral("model_group"), group);
        const json tags = embedded(row, "request_tags", true, f);
        for (const json& tag : tags.is_array() ? tags : json::array())
            if (auto t = scalarText(tag); t && !t->trimmed().isEmpty())
                e.attributes.insert(QStringLiteral("tag:") + t->trimmed(), QStringLiteral("1"));
        // the caller's own metadata sits in metadata.spend_logs_metadata; top-level keys win on a clash
        if (meta.is_object()) {
            const json& own = meta.contains("spend_logs_metadata") ? meta["spend_logs_metadata"] : json();
            for (const json* m : { &own, &meta })
                if (m->is_object())
                    for (auto it = m->begin(); it != m->end(); ++it)
                        if (auto v = scalarText(*it))
                            e.attributes.insert(QStringLiteral("metadata.") + QString::fromStdString(it.key()), *v);
        }
        if (!f.ok()) {
            c.reject(line, f.field(), f.message());
            return {};
        }
        return c.accept(std::move(e), line);
    }

    const Table& dailyTable()
    {
        static const Table t { QStringLiteral("LiteLLM daily spend"),
            names("date,user_id,team_id,tag,organization_id,end_user_id,agent_id,api_key,model,model_group,"
                  "custom_llm_provider,prompt_tokens,completion_tokens,cache_read_input_tokens,"
                  "cache_creation_input_tokens,spend,api_requests,successful_requests,failed_requests"),
            names("date,api_requests") };
        return t;
    }

    Result<void> buildDaily(const json& row, qint64 line, const QString& prefix, Collector& c)
    {
        JsonFields f(row, prefix);
        f.require("date");
        UsageEvent e;
        e.timeMs = TimeUtil::dayStart(f.time("date").value_or(0));
        e.model = f.text("model").trimmed();
        const QString group = f.text("model_group").trimmed();
        if (e.model.isEmpty())
            e.model = group;
        e.provider = f.text("custom_llm_provider").trimmed().toLower();
        e.apiKey = f.text("api_key").trimmed();
        e.agentId = f.text("agent_id").trimmed();
        e.reportedCostNano = f.usdNano("spend");
        const qint64 prompt = f.count("prompt_tokens");
        const qint64 read = f.count("cache_read_input_tokens");
        const qint64 creation = f.count("cache_creation_input_tokens");
        e.tokens.output = f.count("completion_tokens");
        e.calls = f.count("api_requests");
        const qint64 failed = f.count("failed_requests");
        f.count("successful_requests"); // validated only: api_requests is the count
        if (!f.ok()) {
            c.reject(line, f.field(), f.message());
            return {};
        }
        // The daily tables are filled from the spend logs, whose prompt_tokens count cached tokens (OpenAI
        // convention), but LiteLLM does not document whether prompt_tokens there includes cache_read_input_tokens
        // and cache_creation_input_tokens (formats.md: "not stated"). Both readings are accepted: when read +
        // creation fit in prompt_tokens they are taken out of it; otherwise prompt_tokens is the uncached count.
        // Creation tokens are billed as 5-minute writes (the table does not tell 5m from 1h).
        e.tokens.cacheRead = read;
        e.tokens.cacheWrite5m = creation;
        e.tokens.uncachedInput = read + creation <= prompt ? prompt - read - creation : prompt;
        if (e.calls == 0 && e.tokens.total() == 0)
            e.operation = QStringLiteral("cost");
        if (failed > 0) {
            e.attributes.insert(QStringLiteral("failed_requests"), QString::number(failed));
            e.error = failed >= e.calls && e.calls > 0; // a bucket of failures only
        }
        setAttribute(e, QStringLiteral("user_id"), f.text("user_id"));
        setAttribute(e, QStringLiteral("team_id"), f.text("team_id"));
        setAttribute(e, QStringLiteral("organization_id"), f.text("organization_id"));
        setAttribute(e, QStringLiteral("end_user"), f.text("end_user_id"));
        if (group != e.model)
            setAttribute(e, QStringLiteral("model_group"), group);
        const QString tag = f.text("tag").trimmed();
        if (!tag.isEmpty())
            e.attributes.insert(QStringLiteral("tag:") + tag, QStringLiteral("1"));
        if (!f.ok()) {
            c.reject(line, f.field(), f.message());
            return {};
        }
        return c.accept(std::move(e), line);
    }

    /**
     * Content evidence: a CSV header, or the JSON text of the first rows, with every name of `all` and one of `any`.
     */
    int detectTable(const QByteArray& head, const QStringList& all, const QStringList& any)
    {
        const QByteArray h = withoutBom(head).trimmed();
        if (h.isEmpty())
            return 0;
        auto has = [&](const QString& name) {
            if (h.startsWith('[') || h.startsWith('{'))
                return h.contains(QByteArray(QByteArray("\"") + name.toUtf8() + QByteArray("\"")));
            const qsizetype nl = h.indexOf('\n');
            QStringList cols = QString::fromUtf8(nl < 0 ? h : h.left(nl)).split(QLatin1Char(','));
            for (QString& col : cols) {
                col = col.trimmed();
                col.remove(QLatin1Char('"'));
                if (col.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        };
        for (const QString& n : all)
            if (!has(n))
                return 0;
        for (const QString& n : any)
            if (has(n))
                return 95; // beats the canonical CSV (80) and JSONL (90) claims on the shared "model"/"api_key"
        return 0;
    }

    class SpendLogsFormat : public UsageFormat
    {
    public:
        QString id() const override { return QStringLiteral("litellm-spendlogs"); }
        QString title() const override { return Tr::tr("LiteLLM SpendLogs (CSV or JSON)"); }
        int detect(const QByteArray& head) const override
        {
            return detectTable(head, { QStringLiteral("request_id"), QStringLiteral("spend") },
                { QStringLiteral("call_type"), QStringLiteral("startTime") });
        }
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            return parseTable(device, path, sinks, ctx, spendLogsTable(), buildSpendLog);
        }
    };

    class DailyFormat : public UsageFormat
    {
    public:
        QString id() const override { return QStringLiteral("litellm-daily"); }
        QString title() const override { return Tr::tr("LiteLLM daily spend tables (CSV or JSON)"); }
        int detect(const QByteArray& head) const override
        {
            return detectTable(head, { QStringLiteral("date"), QStringLiteral("api_requests") },
                { QStringLiteral("successful_requests"), QStringLiteral("prompt_tokens"), QStringLiteral("spend") });
        }
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            return parseTable(device, path, sinks, ctx, dailyTable(), buildDaily);
        }
    };

} // namespace

const UsageFormat& liteLlmSpendLogsFormat()
{
    static const SpendLogsFormat f;
    return f;
}

const UsageFormat& liteLlmDailyFormat()
{
    static const DailyFormat f;
    return f;
}

} // namespace Ingest
