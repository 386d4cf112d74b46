// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/anthropicformats.h"

#include "core/common/money.h"
#include "core/ingest/collector.h"
#include "core/ingest/fields.h"
#include "core/ingest/jsondocuments.h"
#include "core/ingest/usageformat.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <vector>

using nlohmann::json;

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

} // namespace

namespace {

    /** Is `"key"` followed by a colon somewhere in `head` (a key, not a value that happens to read the same)? */
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

    struct RowError
    {
        QString field;
        QString message;
    };

    /** Is `obj[key]` missing, null or an object? */
    bool objectOrAbsent(const json& obj, const char* key)
    {
        auto it = obj.find(key);
        return it == obj.end() || it->is_null() || it->is_object();
    }

    /** "0-200k" → 200'000, "200k-1M" → 1'000'000: the most input tokens one request of the tier can hold. */
    std::optional<qint64> tierUpperBound(const QString& contextWindow)
    {
        const qsizetype dash = contextWindow.lastIndexOf(QLatin1Char('-'));
        if (dash < 0)
            return std::nullopt;
        QString hi = contextWindow.mid(dash + 1).trimmed();
        qint64 unit = 1;
        if (hi.endsWith(QLatin1Char('k'), Qt::CaseInsensitive))
            unit = 1000;
        else if (hi.endsWith(QLatin1Char('m'), Qt::CaseInsensitive))
            unit = 1'000'000;
        if (unit > 1)
            hi.chop(1);
        auto n = wholeNumber(hi);
        return n && *n > 0 ? std::optional<qint64>(*n * unit) : std::nullopt;
    }

    enum class Kind { Usage, Cost };

    /** The fields both reports share: bucket time, model, workspace, service tier, context window. */
    void readCommon(JsonFields& f, UsageEvent& e)
    {
        e.provider = QStringLiteral("anthropic");
        e.model = f.text("model");
        const QString workspace = f.text("workspace_id");
        const QString tier = f.text("service_tier");
        const QString window = f.text("context_window");
        if (!workspace.isEmpty()) {
            e.project = workspace;
            e.attributes.insert(QStringLiteral("workspace_id"), workspace);
        }
        if (!tier.isEmpty())
            e.attributes.insert(QStringLiteral("service_tier"), tier);
        if (!window.isEmpty())
            e.attributes.insert(QStringLiteral("context_window"), window);
        e.batch = tier.compare(u"batch", Qt::CaseInsensitive) == 0;
    }

    std::optional<RowError> usageRow(const json& row, const QString& prefix, UsageEvent& e)
    {
        JsonFields f(row, prefix);
        f.require("uncached_input_tokens");
        f.require("output_tokens");
        readCommon(f, e);
        e.tokens.uncachedInput = f.count("uncached_input_tokens");
        e.tokens.cacheRead = f.count("cache_read_input_tokens");
        e.tokens.output = f.count("output_tokens"); // thinking is billed as output and reported in it
        const QString apiKey = f.text("api_key_id");
        if (!apiKey.isEmpty()) {
            e.apiKey = apiKey;
            e.attributes.insert(QStringLiteral("api_key_id"), apiKey);
        }
        if (!objectOrAbsent(row, "cache_creation"))
            f.fail(QStringLiteral("cache_creation"), Tr::tr("expected an object of cache write counts."));
        if (!objectOrAbsent(row, "server_tool_use"))
            f.fail(QStringLiteral("server_tool_use"), Tr::tr("expected an object of server tool counts."));
        // a request count, where a report carries one; else the tier's bound below
        std::optional<qint64> requests;
        for (const char* key : { "request_count", "num_model_requests" })
            if (row.contains(key) && !row[key].is_null() && !requests) {
                requests = f.count(key);
                if (f.ok() && *requests < 1)
                    f.fail(QString::fromLatin1(key), Tr::tr("must be at least 1, found 0."));
            }
        if (!f.ok())
            return RowError { f.field(), f.message() };

        JsonFields cache(f.object("cache_creation"), prefix + QStringLiteral("cache_creation."));
        if (row.contains("cache_creation") && !row["cache_creation"].is_null()) {
            e.tokens.cacheWrite5m = cache.count("ephemeral_5m_input_tokens");
            e.tokens.cacheWrite1h = cache.count("ephemeral_1h_input_tokens");
        } else {
            // older reports: one count of cache writes, at the default (5 minute) lifetime
            e.tokens.cacheWrite5m = f.count("cache_creation_input_tokens");
        }
        JsonFields tools(f.object("server_tool_use"), prefix + QStringLiteral("server_tool_use."));
        const qint64 searches = tools.count("web_search_requests");
        for (const JsonFields* x : { &f, &cache, &tools })
            if (!x->ok())
                return RowError { x->field(), x->message() };
        if (searches > 0)
            e.attributes.insert(QStringLiteral("web_search_requests"), QString::number(searches));

        // Without a request count, a row counts as the fewest requests its context-window tier allows: one, unless
        // the row holds more input than one request of the tier can. The cost engine applies long-context prices by
        // input per call, so a busy "0-200k" row must not look like one huge call, while a "200k-1M" row stays above
        // the threshold (each of its requests is).
        if (requests) {
            e.calls = *requests;
        } else {
            e.calls = 1;
            if (auto bound = tierUpperBound(e.attributes.value(QStringLiteral("context_window"))))
                e.calls = qMax<qint64>(1, (e.tokens.input() + *bound - 1) / *bound);
        }
        return std::nullopt;
    }

    std::optional<RowError> costRow(const json& row, const QString& prefix, UsageEvent& e)
    {
        JsonFields f(row, prefix);
        f.require("amount");
        readCommon(f, e);
        e.calls = 0;
        e.operation = QStringLiteral("cost");
        for (const char* key : { "cost_type", "token_type", "description" }) {
            const QString v = f.text(key);
            if (!v.isEmpty())
                e.attributes.insert(QString::fromLatin1(key), v);
        }
        const QString currency = f.text("currency");
        if (!currency.isEmpty() && currency.compare(u"USD", Qt::CaseInsensitive) != 0)
            f.fail(QStringLiteral("currency"),
                Tr::tr("only USD amounts are supported, found \"%1\".").arg(currency.left(20)));
        const QString amount = f.text("amount");
        if (!f.ok())
            return RowError { f.field(), f.message() };
        // cents: 1 cent = 10^7 nano-dollars, so a cents string at scale 7 is nano-dollars, exactly
        auto nano = Money::parseDecimal(amount, 7);
        if (!nano)
            return RowError { prefix + QStringLiteral("amount"),
                Tr::tr("expected an amount in US cents such as \"123.45\", found \"%1\".").arg(amount.left(40)) };
        e.reportedCostNano = *nano;
        return std::nullopt;
    }

    struct Pending
    {
        UsageEvent event;
        qint64 line;
    };

    /** Adds `b` into `a` (same event key): tokens, calls and cost add up; differing attributes are listed. */
    void combine(UsageEvent& a, const UsageEvent& b)
    {
        TokenBuckets& t = a.tokens;
        t.uncachedInput += b.tokens.uncachedInput;
        t.cacheRead += b.tokens.cacheRead;
        t.cacheWrite5m += b.tokens.cacheWrite5m;
        t.cacheWrite1h += b.tokens.cacheWrite1h;
        t.output += b.tokens.output;
        t.reasoning += b.tokens.reasoning;
        a.calls += b.calls;
        if (b.reportedCostNano)
            a.reportedCostNano = a.reportedCostNano.value_or(0) + *b.reportedCostNano;
        for (auto it = b.attributes.cbegin(); it != b.attributes.cend(); ++it) {
            QString& v = a.attributes[it.key()];
            if (it.key() == u"web_search_requests") {
                v = QString::number(v.toLongLong() + it.value().toLongLong());
            } else if (v != it.value()) {
                QStringList values = v.isEmpty() ? QStringList() : v.split(QLatin1Char(','));
                values.append(it.value());
                values.removeDuplicates();
                values.sort();
                v = values.join(QLatin1Char(','));
            }
        }
    }

    /** Rows the event key cannot tell apart are one event: summed, so that the importer drops none as a duplicate. */
    void mergeSameKey(QList<Pending>& rows)
    {
        for (bool merged = true; merged;) {
            merged = false;
            QHash<qint64, qsizetype> at;
            QList<Pending> out;
            out.reserve(rows.size());
            for (Pending& p : rows) {
                const qint64 key = p.event.eventKey();
                auto it = at.constFind(key);
                if (it == at.cend()) {
                    at.insert(key, out.size());
                    out.append(std::move(p));
                } else {
                    combine(out[*it].event, p.event);
                    merged = true; // a usage row's key changes with its tokens: look again
                }
            }
            rows = std::move(out);
        }
    }

    class ReportReader
    {
    public:
        ReportReader(Kind kind, Collector& c)
            : m_kind(kind)
            , m_c(c)
        { }

        /** False when a single document is not a report at all: then `error` says so. */
        bool readDocument(const JsonDocument& doc, bool single, TaskContext& ctx, Error& error)
        {
            JsonLineIndex idx(doc.text, doc.firstLine,
                { QStringLiteral("[]"), QStringLiteral(".data[]"), QStringLiteral(".data[].results[]"),
                    QStringLiteral("[].data[]"), QStringLiteral("[].data[].results[]") });
            if (doc.value.is_array()) {
                for (size_t i = 0; i < doc.value.size(); ++i)
                    readPage(doc.value[i], QStringLiteral("[%1]").arg(i), idx, QStringLiteral("[]"),
                        idx.next(QStringLiteral("[]"), doc.firstLine), ctx);
                return true;
            }
            if (single && (!doc.value.is_object() || !doc.value.contains("data"))) {
                error = fileError(m_c.path(), doc.firstLine,
                    m_kind == Kind::Usage
                        ? Tr::tr("This is not an Anthropic usage report: there is no \"data\" array of time buckets.")
                        : Tr::tr("This is not an Anthropic cost report: there is no \"data\" array of time buckets."),
                    QStringLiteral("data"));
                return false;
            }
            readPage(doc.value, {}, idx, {}, doc.firstLine, ctx);
            return true;
        }

        Result<ParseReport> finish()
        {
            const qsizetype valid = m_pending.size();
            mergeSameKey(m_pending);
            for (Pending& p : m_pending)
                if (auto r = m_c.accept(std::move(p.event), p.line); !r)
                    return r.error();
            if (auto r = m_c.flush(); !r)
                return r.error();
            m_c.report.rows += valid - m_pending.size(); // rows seen, not events made
            return m_c.report;
        }

    private:
        void readPage(const json& page, const QString& where, JsonLineIndex& idx, const QString& base, qint64 line,
            TaskContext& ctx)
        {
            const QString dot = where.isEmpty() ? QString() : where + QLatin1Char('.');
            if (!page.is_object()) {
                m_c.reject(line, where, Tr::tr("expected a report page: an object with a \"data\" array."));
                return;
            }
            auto data = page.find("data");
            if (data == page.end() || !data->is_array()) {
                m_c.reject(line, dot + QStringLiteral("data"), Tr::tr("expected an array of time buckets."));
                return;
            }
            const QString bucketPath = base + QStringLiteral(".data[]");
            const QString rowPath = bucketPath + QStringLiteral(".results[]");
            for (size_t i = 0; i < data->size(); ++i) {
                if (ctx.isCanceled())
                    return;
                const json& bucket = (*data)[i];
                const QString b = dot + QStringLiteral("data[%1]").arg(i);
                const qint64 bucketLine = idx.next(bucketPath, line);
                if (!bucket.is_object()) {
                    m_c.reject(
                        bucketLine, b, Tr::tr("expected a time bucket: an object with starting_at and results."));
                    continue;
                }
                JsonFields fields(bucket, b + QLatin1Char('.'));
                fields.require("starting_at");
                const qint64 start = fields.time("starting_at").value_or(0);
                auto results = bucket.find("results");
                const bool hasRows = results != bucket.end() && results->is_array();
                if (results != bucket.end() && !results->is_null() && !hasRows)
                    fields.fail(QStringLiteral("results"), Tr::tr("expected an array of result rows."));
                if (!fields.ok()) {
                    m_c.reject(bucketLine, fields.field(), fields.message());
                    if (hasRows) // keep the line index in step
                        for (size_t k = 0; k < results->size(); ++k)
                            idx.next(rowPath, bucketLine);
                    continue;
                }
                if (!hasRows)
                    continue;
                for (size_t k = 0; k < results->size(); ++k) {
                    const json& row = (*results)[k];
                    const QString r = b + QStringLiteral(".results[%1]").arg(k);
                    const qint64 rowLine = idx.next(rowPath, bucketLine);
                    if (!row.is_object()) {
                        m_c.reject(rowLine, r, Tr::tr("expected a result row object."));
                        continue;
                    }
                    UsageEvent e;
                    e.timeMs = start;
                    const QString prefix = r + QLatin1Char('.');
                    auto err = m_kind == Kind::Usage ? usageRow(row, prefix, e) : costRow(row, prefix, e);
                    if (err)
                        m_c.reject(rowLine, err->field, err->message);
                    else
                        m_pending.append(Pending { std::move(e), rowLine });
                }
            }
        }

        Kind m_kind;
        Collector& m_c;
        QList<Pending> m_pending;
    };

    class AnthropicReportFormat : public UsageFormat
    {
    public:
        explicit AnthropicReportFormat(Kind kind)
            : m_kind(kind)
        { }
        QString id() const override
        {
            return m_kind == Kind::Usage ? QStringLiteral("anthropic-usage") : QStringLiteral("anthropic-cost");
        }
        QString title() const override
        {
            return m_kind == Kind::Usage ? Tr::tr("Anthropic usage report (Admin API, messages)")
                                         : Tr::tr("Anthropic cost report (Admin API)");
        }
        int detect(const QByteArray& head) const override
        {
            const QByteArray h = head.trimmed();
            if (!h.startsWith('{') && !h.startsWith('['))
                return 0;
            if (!hasKey(h, "starting_at"))
                return 0;
            if (m_kind == Kind::Usage) {
                if (hasKey(h, "uncached_input_tokens") || hasKey(h, "cache_creation"))
                    return 95;
                return hasKey(h, "cache_read_input_tokens") && hasKey(h, "output_tokens") ? 60 : 0;
            }
            if (hasKey(h, "amount") && (hasKey(h, "cost_type") || hasKey(h, "token_type")))
                return 95;
            return hasKey(h, "amount") && hasKey(h, "currency") ? 60 : 0;
        }
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            Collector c(path, sinks);
            ReportReader reader(m_kind, c);
            auto r = readJsonDocuments(device, c, ctx, [&](const JsonDocument& doc, bool single) -> Result<void> {
                // one whole document that is no report is another kind of file; a bad line is a bad row
                Error notOurs;
                if (!reader.readDocument(doc, single, ctx, notOurs))
                    return notOurs;
                if (ctx.isCanceled())
                    return Error { Error::Code::Canceled, Tr::tr("Import canceled."), path, doc.firstLine };
                return {};
            });
            if (!r)
                return r.error();
            ctx.setProgress(1, 1);
            return reader.finish();
        }

    private:
        Kind m_kind;
    };

} // namespace

const UsageFormat& anthropicUsageFormat()
{
    static const AnthropicReportFormat f(Kind::Usage);
    return f;
}

const UsageFormat& anthropicCostFormat()
{
    static const AnthropicReportFormat f(Kind::Cost);
    return f;
}

} // namespace Ingest
