// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/openaiformats.h"

#include "core/ingest/collector.h"
#include "core/common/jsondepth.h"
#include "core/ingest/fields.h"
#include "core/ingest/jsondocuments.h"
#include "core/ingest/usageformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <vector>

using nlohmann::json;

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    QString join(const QString& base, const QString& key)
    {
        return base.isEmpty() ? key : base + QLatin1Char('.') + key;
    }

    struct RowError
    {
        QString field;
        QString message;
    };

    /** Where the results of one page are: its JSON path prefix and how to find a line for a path inside it. */
    struct PageAt
    {
        QString path; // "" for a single page, "[3]" in an array of pages
        qint64 line; // line of the page (JSON Lines: every result of the page is on it)
        JsonLineIndex* lines; // nullptr in JSON Lines
        QString pattern; // the page's path in `lines`: "" for a single page, "[]" in an array of pages
        /** The line of the next element of the page's `array` ("data[]", "data[].results[]"). */
        qint64 next(const QString& array, qint64 fallback) const
        {
            return lines ? lines->next(pattern + QLatin1Char('.') + array, fallback) : fallback;
        }
    };

    /**
     * The page structure both APIs share: `{"object":"page","data":[{"object":"bucket","start_time":…,"results":[…]}]}`
     * in a file of one page, an array of pages or one page per line. Subclasses read one result.
     */
    class PageFormat : public UsageFormat
    {
    public:
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override;

    protected:
        /** The result's "object" type: results of another type are rejected. */
        virtual QLatin1String resultObject() const = 0;
        /** Fills `e` (time and provider already set) from one result; `prefix` is its path ("data[0].results[2]."). */
        virtual std::optional<RowError> readResult(const json& result, const QString& prefix, UsageEvent& e) const = 0;

    private:
        /** Reads one page; an Error only when the sink fails or the first page shows the file is not ours. */
        Result<void> readPage(const json& page, const PageAt& at, bool first, Collector& c, TaskContext& ctx) const;
    };

    Result<void> PageFormat::readPage(
        const json& page, const PageAt& at, bool first, Collector& c, TaskContext& ctx) const
    {
        const QString dataPath = join(at.path, QStringLiteral("data"));
        if (!page.is_object() || !page.contains("data") || !page["data"].is_array()) {
            const QString message = Tr::tr("This is not a page of the %1: expected an object with a \"data\" array of "
                                           "buckets.")
                                        .arg(title());
            if (first)
                return fileError(c.path(), at.line, message, dataPath);
            c.reject(at.line, dataPath, message);
            return {};
        }
        const json& data = page["data"];
        const QString buckets = QStringLiteral("data[]"), rows = QStringLiteral("data[].results[]");
        for (size_t i = 0; i < data.size(); ++i) {
            if (ctx.isCanceled())
                return Error { Error::Code::Canceled, Tr::tr("Import canceled."), c.path(), at.line };
            const QString bucketPath = dataPath + QStringLiteral("[%1]").arg(i);
            const qint64 bucketLine = at.next(buckets, at.line);
            const json& bucket = data[i];
            if (!bucket.is_object()) {
                c.reject(bucketLine, bucketPath, Tr::tr("expected a bucket object."));
                continue;
            }
            JsonFields bf(bucket, bucketPath + QLatin1Char('.'));
            bf.require("start_time");
            const std::optional<qint64> start = bf.time("start_time");
            const auto results = bucket.find("results");
            const bool hasResults = results != bucket.end() && !results->is_null();
            if (hasResults && !results->is_array())
                bf.fail(QStringLiteral("results"), Tr::tr("expected an array of results."));
            if (!bf.ok()) {
                c.reject(bucketLine, bf.field(), bf.message());
                if (hasResults && results->is_array()) // keep the line index in step
                    for (size_t j = 0; j < results->size(); ++j)
                        at.next(rows, bucketLine);
                continue;
            }
            if (!hasResults)
                continue; // an idle bucket
            for (size_t j = 0; j < results->size(); ++j) {
                const QString resultPath = bucketPath + QStringLiteral(".results[%1]").arg(j);
                const qint64 line = at.next(rows, bucketLine);
                const json& result = (*results)[j];
                if (!result.is_object()) {
                    c.reject(line, resultPath, Tr::tr("expected a result object."));
                    continue;
                }
                const QString prefix = resultPath + QLatin1Char('.');
                JsonFields rf(result, prefix);
                const QString type = rf.text("object");
                if (rf.ok() && !type.isEmpty() && type != resultObject())
                    rf.fail(QStringLiteral("object"),
                        Tr::tr("expected \"%1\", found \"%2\": this file holds other results than the %3.")
                            .arg(resultObject(), type.left(60), title()));
                if (!rf.ok()) {
                    c.reject(line, rf.field(), rf.message());
                    continue;
                }
                UsageEvent e;
                e.timeMs = *start;
                e.provider = QStringLiteral("openai");
                if (auto err = readResult(result, prefix, e)) {
                    c.reject(line, err->field, err->message);
                    continue;
                }
                if (auto r = c.accept(std::move(e), line); !r)
                    return r.error();
            }
        }
        return {};
    }

    Result<ParseReport> PageFormat::parse(
        QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const
    {
        Collector c(path, sinks);
        QByteArray text = device.readAll();
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        if (text.trimmed().isEmpty())
            return fileError(path, 1, Tr::tr("The file is empty: there is no usage data to import."));
        if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
            return fileError(path, 1 + text.left(nul).count('\n'), Tr::tr("This file is binary data, not JSON."));
        qsizetype pos = 0;
        while (pos < text.size() && QChar::isSpace(uchar(text[pos])))
            ++pos;
        const qint64 firstLine = 1 + text.left(pos).count('\n');
        if (text[pos] != '{' && text[pos] != '[')
            return fileError(path, firstLine,
                Tr::tr("This is not JSON: the %1 comes as a page object, an array of pages or one page per line.")
                    .arg(title()));
        const qint64 size = text.size();

        // One page per line when the first line is a whole object and more follows; else one JSON document.
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = text.size();
        const QByteArray firstRow = text.mid(pos, eol - pos).trimmed();
        const json head = parseJsonOrDiscard(firstRow);
        const bool jsonLines = !head.is_discarded() && head.is_object() && !text.mid(eol).trimmed().isEmpty();

        if (jsonLines) {
            qint64 line = 0;
            qsizetype at = 0;
            bool first = true;
            while (at < text.size()) {
                qsizetype end = text.indexOf('\n', at);
                if (end < 0)
                    end = text.size();
                const QByteArray row = text.mid(at, end - at).trimmed();
                at = end + 1;
                ++line;
                if (row.isEmpty())
                    continue;
                ctx.setProgress(at, size);
                if (JsonDepth::find(row.begin(), row.end())) {
                    c.reject(line, {}, jsonLineTooDeepMessage());
                    first = false;
                    continue;
                }
                Error err;
                auto page = parseJson(row, path, line, err);
                if (!page) {
                    c.reject(line, {}, err.message);
                    first = false;
                    continue;
                }
                if (auto r = readPage(*page, PageAt { {}, line, nullptr, {} }, first, c, ctx); !r)
                    return r.error();
                first = false;
            }
        } else {
            Error err;
            auto doc = parseJson(text, path, 1, err);
            if (!doc)
                return err;
            JsonLineIndex lines(text, 1,
                { QStringLiteral("[]"), QStringLiteral(".data[]"), QStringLiteral(".data[].results[]"),
                    QStringLiteral("[].data[]"), QStringLiteral("[].data[].results[]") });
            if (doc->is_array()) {
                if (doc->empty())
                    return fileError(
                        path, firstLine, Tr::tr("The file holds an empty list: there are no pages to import."));
                for (size_t k = 0; k < doc->size(); ++k) {
                    const QString pagePath = QStringLiteral("[%1]").arg(k);
                    const PageAt pageAt { pagePath, lines.next(QStringLiteral("[]"), firstLine), &lines,
                        QStringLiteral("[]") };
                    if (auto r = readPage((*doc)[k], pageAt, k == 0, c, ctx); !r)
                        return r.error();
                }
            } else if (auto r = readPage(*doc, PageAt { {}, firstLine, &lines, {} }, true, c, ctx); !r) {
                return r.error();
            }
        }
        if (auto r = c.flush(); !r)
            return r.error();
        ctx.setProgress(size, size);
        return c.report;
    }

    /** Leading whitespace and the first '{' or '[': JSON. */
    bool looksLikeJson(const QByteArray& head)
    {
        const QByteArray h = head.trimmed();
        return h.startsWith('{') || h.startsWith('[');
    }

    class UsageApiFormat : public PageFormat
    {
    public:
        QString id() const override { return QStringLiteral("openai-usage"); }
        QString title() const override { return Tr::tr("OpenAI Usage API (completions)"); }
        int detect(const QByteArray& head) const override
        {
            if (!looksLikeJson(head))
                return 0;
            if (head.contains("\"organization.usage.completions.result\""))
                return 95;
            if (head.contains("\"num_model_requests\"") && head.contains("\"input_cached_tokens\""))
                return 80;
            // only idle buckets: nothing to tell the two APIs apart, and nothing to import either way
            if (head.contains("\"page\"") && head.contains("\"bucket\"") && !head.contains("\"organization."))
                return 50;
            return 0;
        }

    protected:
        QLatin1String resultObject() const override { return QLatin1String("organization.usage.completions.result"); }
        std::optional<RowError> readResult(const json& result, const QString& prefix, UsageEvent& e) const override
        {
            JsonFields f(result, prefix);
            f.require("num_model_requests");
            const qint64 input = f.count("input_tokens");
            const qint64 output = f.count("output_tokens");
            const qint64 cached = f.count("input_cached_tokens");
            const qint64 requests = f.count("num_model_requests");
            const qint64 inputAudio = f.count("input_audio_tokens");
            const qint64 outputAudio = f.count("output_audio_tokens");
            e.model = f.text("model");
            e.project = f.text("project_id");
            e.apiKey = f.text("api_key_id");
            const QString user = f.text("user_id");
            const QString tier = f.text("service_tier");
            const QString apiSource = f.text("api_source");
            const std::optional<bool> batch = f.boolean("batch");
            // input_tokens INCLUDES cached and audio input, output_tokens includes audio output
            if (cached > input)
                f.fail(QStringLiteral("input_cached_tokens"),
                    Tr::tr("%1 cached input tokens are more than the %2 input tokens that include them.")
                        .arg(cached)
                        .arg(input));
            if (inputAudio > input)
                f.fail(QStringLiteral("input_audio_tokens"),
                    Tr::tr("%1 audio input tokens are more than the %2 input tokens that include them.")
                        .arg(inputAudio)
                        .arg(input));
            if (outputAudio > output)
                f.fail(QStringLiteral("output_audio_tokens"),
                    Tr::tr("%1 audio output tokens are more than the %2 output tokens that include them.")
                        .arg(outputAudio)
                        .arg(output));
            if (!f.ok())
                return RowError { f.field(), f.message() };
            e.calls = requests;
            e.tokens.uncachedInput = input - cached;
            e.tokens.cacheRead = cached;
            e.tokens.output = output;
            e.batch = batch.value_or(false) || tier.compare(u"batch", Qt::CaseInsensitive) == 0;
            if (!e.project.isEmpty())
                e.attributes.insert(QStringLiteral("project_id"), e.project);
            if (!e.apiKey.isEmpty())
                e.attributes.insert(QStringLiteral("api_key_id"), e.apiKey);
            if (!user.isEmpty())
                e.attributes.insert(QStringLiteral("user_id"), user);
            if (!tier.isEmpty())
                e.attributes.insert(QStringLiteral("service_tier"), tier);
            if (!apiSource.isEmpty())
                e.attributes.insert(QStringLiteral("api_source"), apiSource);
            return std::nullopt;
        }
    };

    class CostsApiFormat : public PageFormat
    {
    public:
        QString id() const override { return QStringLiteral("openai-costs"); }
        QString title() const override { return Tr::tr("OpenAI Costs API"); }
        int detect(const QByteArray& head) const override
        {
            if (!looksLikeJson(head))
                return 0;
            if (head.contains("\"organization.costs.result\""))
                return 95;
            if (head.contains("\"amount\"") && head.contains("\"line_item\"") && head.contains("\"currency\""))
                return 80;
            return 0;
        }

    protected:
        QLatin1String resultObject() const override { return QLatin1String("organization.costs.result"); }
        std::optional<RowError> readResult(const json& result, const QString& prefix, UsageEvent& e) const override
        {
            JsonFields f(result, prefix);
            const QString lineItem = f.text("line_item");
            e.project = f.text("project_id");
            const QString org = f.text("organization_id");
            const auto amount = result.find("amount");
            if (amount == result.end() || amount->is_null())
                f.fail(QStringLiteral("amount"), Tr::tr("is required."));
            else if (!amount->is_object())
                f.fail(QStringLiteral("amount"), Tr::tr("expected an object with value and currency."));
            if (!f.ok())
                return RowError { f.field(), f.message() };
            JsonFields a(*amount, prefix + QStringLiteral("amount."));
            a.require("value");
            const std::optional<qint64> nano = a.usdNano("value");
            const QString currency = a.text("currency");
            if (!currency.isEmpty() && currency.compare(u"usd", Qt::CaseInsensitive) != 0)
                a.fail(QStringLiteral("currency"),
                    Tr::tr("only amounts in USD can be imported, found \"%1\".").arg(currency.left(20)));
            if (!a.ok())
                return RowError { a.field(), a.message() };
            e.calls = 0;
            e.operation = QStringLiteral("cost");
            e.reportedCostNano = *nano;
            e.model = openAiModelFromLineItem(lineItem);
            if (!lineItem.isEmpty())
                e.attributes.insert(QStringLiteral("line_item"), lineItem);
            if (!e.project.isEmpty())
                e.attributes.insert(QStringLiteral("project_id"), e.project);
            if (!org.isEmpty())
                e.attributes.insert(QStringLiteral("organization_id"), org);
            return std::nullopt;
        }
    };

} // namespace

QString openAiModelFromLineItem(QStringView lineItem)
{
    // "gpt-4o-2024-08-06, input", "o1-2024-12-17, cached input", "ft:gpt-4o-mini-2024-07-18:org::id, output":
    // the model is the part before the comma, one word with a digit or a dash
    static const QRegularExpression model(QStringLiteral("^[A-Za-z][A-Za-z0-9._:/-]*$"));
    const qsizetype comma = lineItem.indexOf(QLatin1Char(','));
    const QString head = (comma < 0 ? lineItem : lineItem.left(comma)).trimmed().toString();
    if (!model.match(head).hasMatch())
        return {};
    for (QChar ch : head)
        if (ch.isDigit() || ch == QLatin1Char('-'))
            return head;
    return {};
}

const UsageFormat& openAiUsageFormat()
{
    static const UsageApiFormat f;
    return f;
}

const UsageFormat& openAiCostsFormat()
{
    static const CostsApiFormat f;
    return f;
}

} // namespace Ingest
