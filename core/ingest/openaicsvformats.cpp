// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/openaiformats.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/ingest/collector.h"
#include "core/ingest/csvreader.h"
#include "core/ingest/fields.h"
#include "core/ingest/usageformat.h"

#include <QCoreApplication>
#include <QHash>

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    struct RowError
    {
        QString field;
        QString message;
    };

    /** The header's column names (trimmed, lower case, quotes removed) from the first line of `head`. */
    QStringList headerNames(const QByteArray& head)
    {
        const qsizetype nl = head.indexOf('\n');
        const QString first = QString::fromUtf8(nl < 0 ? head : head.left(nl)).trimmed().toLower();
        QStringList names = first.split(QLatin1Char(','));
        for (QString& n : names) {
            n.remove(QLatin1Char('"'));
            n = n.trimmed();
        }
        return names;
    }

    /** One row's values by column name; a column the header lacks reads as empty. */
    class Row
    {
    public:
        explicit Row(const QStringList& header)
        {
            for (qsizetype i = 0; i < header.size(); ++i)
                m_index.insert(header[i].trimmed().toLower(), i);
        }
        bool has(const char* name) const { return m_index.contains(QLatin1String(name)); }
        void set(const QStringList* values) { m_values = values; }
        QString text(const char* name) const
        {
            const qsizetype i = m_index.value(QLatin1String(name), -1);
            return i < 0 || i >= m_values->size() ? QString() : m_values->at(i).trimmed();
        }
        /** A token or request count ("10", "10.0", ""); empty → nullopt, junk → an error naming the column. */
        std::optional<qint64> count(const char* name, std::optional<RowError>& error) const
        {
            const QString s = text(name);
            if (s.isEmpty())
                return std::nullopt;
            const std::optional<qint64> n = wholeNumber(s);
            if ((!n || *n < 0) && !error)
                error = RowError { QString::fromLatin1(name),
                    Tr::tr("expected a non-negative whole number, found \"%1\".").arg(s.left(40)) };
            return n && *n >= 0 ? n : std::nullopt;
        }
        /** The bucket start: start_time (epoch seconds) or else start_time_iso, in UTC ms. */
        std::optional<qint64> startTime(std::optional<RowError>& error) const
        {
            for (const char* name : { "start_time", "start_time_iso" }) {
                const QString s = text(name);
                if (s.isEmpty())
                    continue;
                const std::optional<qint64> t = TimeUtil::parse(s);
                if (!t)
                    error = RowError { QString::fromLatin1(name),
                        Tr::tr("expected an ISO 8601 time or epoch seconds, found \"%1\".").arg(s.left(40)) };
                return t;
            }
            error = RowError { QStringLiteral("start_time"), Tr::tr("is required.") };
            return std::nullopt;
        }

    private:
        QHash<QString, qsizetype> m_index;
        const QStringList* m_values = nullptr;
    };

    /**
     * A dashboard CSV export: header row, then one bucket per row. Subclasses name the columns they need and turn a
     * row into an event, or into nothing for a blank idle-day row.
     */
    class CsvExportFormat : public UsageFormat
    {
    public:
        int detect(const QByteArray& head) const override
        {
            const QStringList names = headerNames(head);
            int found = 0;
            for (const char* c : distinctive())
                found += names.contains(QLatin1String(c));
            return found == int(distinctive().size()) ? 95 : 0;
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
                return fileError(
                    path, 1, Tr::tr("The file is empty: there is no header row and no usage data to import."));
            }
            Row row(header);
            for (const char* name : required())
                if (!row.has(name))
                    return fileError(path, reader.recordLine(),
                        Tr::tr("The header row has no \"%1\" column, which the %2 has; columns found: %3.")
                            .arg(QString::fromLatin1(name), title(), header.join(QStringLiteral(", ")).left(300)),
                        QString::fromLatin1(name));
            if (!row.has("start_time") && !row.has("start_time_iso"))
                return fileError(path, reader.recordLine(),
                    Tr::tr("The header row has neither a \"start_time\" nor a \"start_time_iso\" column."),
                    QStringLiteral("start_time"));
            const qint64 size = device.size();
            QStringList values;
            qint64 records = 0;
            while (reader.next(values)) {
                if ((++records & 0xff) == 0) {
                    if (ctx.isCanceled())
                        return Error { Error::Code::Canceled, Tr::tr("Import canceled."), path, reader.recordLine() };
                    ctx.setProgress(reader.bytesRead(), size);
                }
                if (values.size() != header.size()) {
                    c.reject(reader.recordLine(), {},
                        Tr::tr("Expected %1 fields as in the header, found %2.").arg(header.size()).arg(values.size()));
                    continue;
                }
                row.set(&values);
                if (isIdle(row))
                    continue;
                UsageEvent e;
                e.provider = QStringLiteral("openai");
                std::optional<RowError> error;
                if (const std::optional<qint64> t = row.startTime(error))
                    e.timeMs = *t;
                if (!error)
                    error = read(row, e);
                if (error) {
                    c.reject(reader.recordLine(), error->field, error->message);
                    continue;
                }
                if (auto r = c.accept(std::move(e), reader.recordLine()); !r)
                    return r.error();
            }
            if (reader.hasError())
                c.reject(reader.error().line, {}, reader.error().message);
            if (auto r = c.flush(); !r)
                return r.error();
            if (records == 0 && c.report.rows == 0)
                return fileError(path, 2, Tr::tr("The file has a header row but no data rows."));
            ctx.setProgress(size, size);
            return c.report;
        }

    protected:
        /** Columns whose presence in the header makes the file ours. */
        virtual const std::vector<const char*>& distinctive() const = 0;
        /** Columns without which the file cannot be read (besides a start time). */
        virtual const std::vector<const char*>& required() const = 0;
        /** A blank row for a day without use: skipped, neither imported nor rejected. */
        virtual bool isIdle(const Row& row) const = 0;
        /** Fills `e` (time and provider already set) from the row. */
        virtual std::optional<RowError> read(const Row& row, UsageEvent& e) const = 0;
    };

    /** attributes[key] = value of `column`, when the row has one. */
    QString attribute(const Row& row, const char* column, UsageEvent& e, const char* key = nullptr)
    {
        const QString v = row.text(column);
        if (!v.isEmpty())
            e.attributes.insert(QString::fromLatin1(key ? key : column), v);
        return v;
    }

    class ActivityCsvFormat : public CsvExportFormat
    {
    public:
        QString id() const override { return QStringLiteral("openai-activity-csv"); }
        QString title() const override { return Tr::tr("OpenAI dashboard activity export (CSV)"); }

    protected:
        const std::vector<const char*>& distinctive() const override
        {
            static const std::vector<const char*> c { "start_time", "num_model_requests", "input_tokens",
                "output_tokens", "input_cached_tokens" };
            return c;
        }
        const std::vector<const char*>& required() const override
        {
            static const std::vector<const char*> c { "num_model_requests", "input_tokens", "output_tokens" };
            return c;
        }
        bool isIdle(const Row& row) const override
        {
            // idle days come as rows with the times only, or with zeros
            if (!row.text("model").isEmpty())
                return false;
            for (const char* n : { "num_model_requests", "input_tokens", "output_tokens", "input_cached_tokens",
                     "input_uncached_tokens" }) {
                const QString s = row.text(n);
                if (!s.isEmpty() && wholeNumber(s) != std::optional<qint64>(0))
                    return false;
            }
            return true;
        }
        std::optional<RowError> read(const Row& row, UsageEvent& e) const override
        {
            std::optional<RowError> err;
            const qint64 requests = row.count("num_model_requests", err).value_or(0);
            const qint64 input = row.count("input_tokens", err).value_or(0);
            const qint64 output = row.count("output_tokens", err).value_or(0);
            std::optional<qint64> cached = row.count("input_cached_tokens", err);
            const std::optional<qint64> uncached = row.count("input_uncached_tokens", err);
            // the breakdowns are inside the totals above; read them only to catch a damaged row
            for (const char* n :
                { "input_text_tokens", "output_text_tokens", "input_cached_text_tokens", "input_cached_audio_tokens",
                    "input_image_tokens", "input_cached_image_tokens", "output_image_tokens" })
                (void)row.count(n, err);
            const qint64 inputAudio = row.count("input_audio_tokens", err).value_or(0);
            const qint64 outputAudio = row.count("output_audio_tokens", err).value_or(0);
            const QString batchText = row.text("batch");
            const std::optional<bool> batch = parseBool(batchText);
            if (err)
                return err;
            if (!batch)
                return RowError { QStringLiteral("batch"),
                    Tr::tr("expected TRUE or FALSE, found \"%1\".").arg(batchText.left(40)) };
            // input_tokens INCLUDES the cached tokens; input_uncached_tokens is the rest
            if (!cached && uncached) {
                if (*uncached > input)
                    return RowError {
                        QStringLiteral("input_uncached_tokens"),
                        Tr::tr("%1 uncached input tokens are more than the %2 input tokens.").arg(*uncached).arg(input)
                    };
                cached = input - *uncached;
            }
            if (cached.value_or(0) > input)
                return RowError { QStringLiteral("input_cached_tokens"),
                    Tr::tr("%1 cached input tokens are more than the %2 input tokens that include them.")
                        .arg(*cached)
                        .arg(input) };
            if (uncached && *uncached + *cached != input)
                return RowError { QStringLiteral("input_uncached_tokens"),
                    Tr::tr("%1 uncached + %2 cached input tokens do not add up to the %3 input tokens.")
                        .arg(*uncached)
                        .arg(*cached)
                        .arg(input) };
            if (inputAudio > input)
                return RowError { QStringLiteral("input_audio_tokens"),
                    Tr::tr("%1 audio input tokens are more than the %2 input tokens that include them.")
                        .arg(inputAudio)
                        .arg(input) };
            if (outputAudio > output)
                return RowError { QStringLiteral("output_audio_tokens"),
                    Tr::tr("%1 audio output tokens are more than the %2 output tokens that include them.")
                        .arg(outputAudio)
                        .arg(output) };
            e.calls = requests;
            e.tokens.uncachedInput = input - cached.value_or(0);
            e.tokens.cacheRead = cached.value_or(0);
            e.tokens.output = output;
            e.model = row.text("model");
            e.project = attribute(row, "project_id", e);
            e.apiKey = attribute(row, "api_key_id", e);
            attribute(row, "user_id", e);
            const QString tier = attribute(row, "service_tier", e);
            e.batch = *batch || tier.compare(u"batch", Qt::CaseInsensitive) == 0;
            return std::nullopt;
        }
    };

    class CostCsvFormat : public CsvExportFormat
    {
    public:
        QString id() const override { return QStringLiteral("openai-cost-csv"); }
        QString title() const override { return Tr::tr("OpenAI dashboard cost export (CSV)"); }

    protected:
        const std::vector<const char*>& distinctive() const override
        {
            static const std::vector<const char*> c { "start_time", "amount_value", "amount_currency", "line_item" };
            return c;
        }
        const std::vector<const char*>& required() const override
        {
            static const std::vector<const char*> c { "amount_value" };
            return c;
        }
        bool isIdle(const Row& row) const override
        {
            return row.text("amount_value").isEmpty() && row.text("line_item").isEmpty();
        }
        std::optional<RowError> read(const Row& row, UsageEvent& e) const override
        {
            const QString value = row.text("amount_value");
            if (value.isEmpty())
                return RowError { QStringLiteral("amount_value"), Tr::tr("is required.") };
            const std::optional<qint64> nano = Money::parseUsdToNano(value);
            if (!nano)
                return RowError { QStringLiteral("amount_value"),
                    Tr::tr("expected a decimal amount, found \"%1\".").arg(value.left(40)) };
            const QString currency = row.text("amount_currency");
            if (!currency.isEmpty() && currency.compare(u"usd", Qt::CaseInsensitive) != 0)
                return RowError { QStringLiteral("amount_currency"),
                    Tr::tr("only amounts in USD can be imported, found \"%1\".").arg(currency.left(20)) };
            e.calls = 0;
            e.operation = QStringLiteral("cost");
            e.reportedCostNano = *nano;
            const QString lineItem = attribute(row, "line_item", e);
            e.model = openAiModelFromLineItem(lineItem);
            e.project = attribute(row, "project_id", e);
            attribute(row, "organization_id", e);
            return std::nullopt;
        }
    };

} // namespace

const UsageFormat& openAiActivityCsvFormat()
{
    static const ActivityCsvFormat f;
    return f;
}

const UsageFormat& openAiCostCsvFormat()
{
    static const CostCsvFormat f;
    return f;
}

} // namespace Ingest
