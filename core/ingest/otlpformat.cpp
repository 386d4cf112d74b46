// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/otlpformat.h"

#include "core/ingest/collector.h"
#include "core/ingest/fields.h"
#include "core/ingest/otlpreader.h"

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace Ingest {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    QString qs(std::string_view s)
    {
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }

    std::string_view trim(std::string_view s)
    {
        auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
        while (!s.empty() && space(s.front()))
            s.remove_prefix(1);
        while (!s.empty() && space(s.back()))
            s.remove_suffix(1);
        return s;
    }

    /**
     * Reads a device in large blocks and hands out lines as views into its buffer, each followed by the padding that
     * simdjson reads past a document's end. Memory is the longest line (at least the block size), not the file.
     */
    class LineReader
    {
    public:
        LineReader(QIODevice& dev, size_t padding)
            : m_dev(dev)
            , m_padding(padding)
            , m_buf(Block + padding)
        { }

        /** The next line without its '\n'; false at the end. `terminated`: it ended with '\n'. */
        bool next(std::string_view& line, bool& terminated)
        {
            for (;;) {
                const char* start = m_buf.data() + m_begin;
                if (const void* nl = std::memchr(start, '\n', m_end - m_begin)) {
                    const char* p = static_cast<const char*>(nl);
                    line = std::string_view(start, size_t(p - start));
                    m_begin += line.size() + 1;
                    terminated = true;
                    return true;
                }
                if (m_eof) {
                    if (m_begin == m_end)
                        return false;
                    line = std::string_view(start, m_end - m_begin);
                    m_begin = m_end;
                    terminated = false;
                    return true;
                }
                fill();
            }
        }

        /** Everything from `from` (a view handed out by next()) to the end of the device, in one padded block. */
        std::string_view rest(std::string_view from)
        {
            m_begin = size_t(from.data() - m_buf.data());
            while (!m_eof)
                fill(); // moves the text to the front of the buffer
            const std::string_view all(m_buf.data() + m_begin, m_end - m_begin);
            m_begin = m_end;
            return all;
        }

        qint64 bytesRead() const { return m_read; }

    private:
        static constexpr size_t Block = 1 << 20;

        void fill()
        {
            if (m_begin > 0) {
                std::memmove(m_buf.data(), m_buf.data() + m_begin, m_end - m_begin);
                m_end -= m_begin;
                m_begin = 0;
            }
            size_t capacity = m_buf.size() - m_padding;
            if (m_end == capacity) {
                capacity *= 2;
                m_buf.resize(capacity + m_padding);
            }
            const qint64 n = m_dev.read(m_buf.data() + m_end, qint64(capacity - m_end));
            if (n <= 0)
                m_eof = true;
            else {
                m_end += size_t(n);
                m_read += n;
            }
        }

        QIODevice& m_dev;
        size_t m_padding;
        std::vector<char> m_buf;
        size_t m_begin = 0, m_end = 0;
        qint64 m_read = 0;
        bool m_eof = false;
    };

    /** Decimal nanoseconds (a string or a JSON number); nullopt for anything else. */
    std::optional<quint64> nanos(std::string_view s)
    {
        if (s.empty() || s.size() > 19)
            return std::nullopt;
        quint64 n = 0;
        for (char c : s) {
            if (c < '0' || c > '9')
                return std::nullopt;
            n = n * 10 + quint64(c - '0');
        }
        return n;
    }

    /** status.code: 0/1/2 or the enum names; true for an error, nullopt for a code that OTLP does not define. */
    std::optional<bool> statusError(std::string_view code)
    {
        if (code.empty() || code == "0" || code == "1" || code == "STATUS_CODE_UNSET" || code == "STATUS_CODE_OK"
            || code == "UNSET" || code == "OK")
            return false;
        if (code == "2" || code == "STATUS_CODE_ERROR" || code == "ERROR")
            return true;
        return std::nullopt;
    }

    /** Turns the requests of one file into events and spans, tracking lines. */
    class OtlpParser
    {
    public:
        OtlpParser(const QString& path, const Sinks& sinks)
            : m_collector(path, sinks)
        { }

        /**
         * One request in [doc, doc + size) starting on `line`. `whole`: the request is the whole file (span lines
         * are counted inside it). `first`: the first request of the file, which decides whether it is OTLP at all.
         * A file-level fault comes back as an Error; a bad line or span is rejected and parsing goes on.
         */
        Result<void> request(std::string_view doc, qint64 line, bool whole, bool first, bool terminated)
        {
            m_doc = doc;
            m_docLine = line;
            m_countedOffset = 0;
            m_countedLine = line;
            const QString& path = m_collector.path();
            using Outcome = Otlp::RequestReader::Outcome;
            switch (m_reader.read(doc.data(), doc.size())) {
            case Outcome::Syntax: {
                Error e = syntaxError(doc, line);
                if (first || whole || !terminated)
                    return e;
                m_collector.reject(e.line, {}, e.message);
                return {};
            }
            case Outcome::NotTraces:
                if (first)
                    return fileError(path, line,
                        Tr::tr("This is not an OpenTelemetry trace export: the JSON object has no \"resourceSpans\"."));
                m_collector.reject(line, QStringLiteral("resourceSpans"),
                    Tr::tr("This line is not a trace request: it has no \"resourceSpans\" (metrics or logs?)."));
                return {};
            case Outcome::Schema:
                m_collector.reject(lineAt(m_reader.errorOffset), m_reader.errorField, m_reader.errorMessage);
                return {};
            case Outcome::Ok:
                break;
            }
            for (const Otlp::RawSpan& s : m_reader.spans())
                if (auto r = span(s, whole ? lineAt(s.offset) : line); !r)
                    return r;
            return {};
        }

        Result<void> flush() { return m_collector.flush(); }
        void rejectLine(qint64 line, const QString& message) { m_collector.reject(line, {}, message); }
        const ParseReport& report() const { return m_collector.report; }

    private:
        Error syntaxError(std::string_view doc, qint64 line) const
        {
            Error e;
            // simdjson does not say where; nlohmann does (a bad request is rare, so parsing it twice costs nothing)
            if (!parseJson(QByteArray::fromRawData(doc.data(), qsizetype(doc.size())), m_collector.path(), line, e))
                return e;
            return fileError(m_collector.path(), line, Tr::tr("This is not valid JSON in UTF-8."));
        }

        /** The line of byte `offset` of the current document. */
        qint64 lineAt(size_t offset)
        {
            if (offset < m_countedOffset) {
                m_countedOffset = 0;
                m_countedLine = m_docLine;
            }
            offset = std::min(offset, m_doc.size());
            const char* p = m_doc.data() + m_countedOffset;
            const char* end = m_doc.data() + offset;
            while ((p = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)))) != nullptr) {
                ++m_countedLine;
                ++p;
            }
            m_countedOffset = offset;
            return m_countedLine;
        }

        Result<void> span(const Otlp::RawSpan& s, qint64 line)
        {
            auto reject = [&](const QString& field, const QString& message) {
                m_collector.reject(line, s.path() + QLatin1Char('.') + field, message);
                return Result<void> {};
            };
            if (!s.badField.isEmpty())
                return reject(s.badField, s.badMessage);
            if (!s.attributes.badKey.empty())
                return reject(QStringLiteral("attributes[") + qs(s.attributes.badKey) + QLatin1Char(']'),
                    s.attributes.badMessage);
            auto id = [&](std::string_view text, int bytes, const char* field, bool required,
                          IdCache* cache) -> std::optional<QString> {
                if (cache && !text.empty() && cache->raw == text)
                    return cache->id;
                if (text.empty()) {
                    if (!required)
                        return QString();
                    (void)reject(QString::fromLatin1(field), Tr::tr("is required."));
                    return std::nullopt;
                }
                if (!required && text.find_first_not_of('0') == std::string_view::npos)
                    return QString(); // an all-zero parent is how some exporters write "none"
                auto n = Otlp::normaliseId(text, bytes);
                if (!n)
                    (void)reject(QString::fromLatin1(field),
                        Tr::tr("expected a %1-byte id in hex or base64, found \"%2\".")
                            .arg(bytes)
                            .arg(qs(text).left(40)));
                else if (cache)
                    *cache = IdCache { std::string(text), *n };
                return n;
            };
            const auto traceId = id(s.traceId, 16, "traceId", true, &m_traceIds);
            if (!traceId)
                return {};
            const auto spanId = id(s.spanId, 8, "spanId", true, nullptr);
            if (!spanId)
                return {};
            const auto parentId = id(s.parentSpanId, 8, "parentSpanId", false, &m_parentIds);
            if (!parentId)
                return {};
            const auto start = nanos(s.start);
            if (s.start.empty() || !start || *start == 0)
                return reject(QStringLiteral("startTimeUnixNano"),
                    s.start.empty() ? Tr::tr("is required.")
                                    : Tr::tr("expected nanoseconds since 1970 as a whole number, found \"%1\".")
                                          .arg(qs(s.start).left(40)));
            quint64 end = 0; // 0: not ended when exported, or no end time
            if (!s.end.empty()) {
                const auto n = nanos(s.end);
                if (!n)
                    return reject(QStringLiteral("endTimeUnixNano"),
                        Tr::tr("expected nanoseconds since 1970 as a whole number, found \"%1\".")
                            .arg(qs(s.end).left(40)));
                end = *n;
                if (end != 0 && end < *start)
                    return reject(QStringLiteral("endTimeUnixNano"), Tr::tr("the span ends before it starts."));
            }
            const auto error = statusError(s.status);
            if (!error)
                return reject(QStringLiteral("status.code"),
                    Tr::tr("expected 0, 1, 2 or STATUS_CODE_UNSET, STATUS_CODE_OK, STATUS_CODE_ERROR, found \"%1\".")
                        .arg(qs(s.status).left(40)));
            const qint64 startMs = qint64(*start / 1'000'000);
            const Otlp::Resource& resource = m_reader.resources()[size_t(s.resource)];
            if (!s.attributes.hasUsage())
                return m_collector.acceptSpan(
                    TraceSpan { *traceId, *spanId, *parentId, qs(s.name), Otlp::spanOperation(s.attributes),
                        resource.service, startMs, end ? qint64(end / 1'000'000) : startMs, *error });
            UsageEvent e;
            if (auto bad = Otlp::fillEvent(s.attributes, resource, e))
                return reject(QStringLiteral("attributes[") + bad->key + QLatin1Char(']'), bad->message);
            e.timeMs = startMs;
            if (end)
                e.latencyMs = qint64((end - *start) / 1'000'000);
            e.callId = *spanId;
            e.parentCallId = *parentId;
            e.error = *error;
            return m_collector.accept(std::move(e), line);
        }

        /** The last id seen and its normal form: the spans of a request share their trace and often their parent. */
        struct IdCache
        {
            std::string raw;
            QString id;
        };

        Collector m_collector;
        Otlp::RequestReader m_reader;
        IdCache m_traceIds, m_parentIds;
        std::string_view m_doc;
        qint64 m_docLine = 1;
        size_t m_countedOffset = 0;
        qint64 m_countedLine = 1;
    };

    Result<ParseReport> parseOtlp(QIODevice& dev, const QString& path, const Sinks& sinks, TaskContext& ctx)
    {
        OtlpParser parser(path, sinks);
        LineReader reader(dev, Otlp::RequestReader::padding());
        const qint64 size = dev.size();
        std::string_view line;
        bool terminated = false;
        qint64 lineNo = 0;
        bool first = true;
        while (reader.next(line, terminated)) {
            ++lineNo;
            if (lineNo == 1 && line.substr(0, 3) == "\xEF\xBB\xBF")
                line.remove_prefix(3);
            if ((lineNo & 0xff) == 0) {
                if (ctx.isCanceled())
                    return Error { Error::Code::Canceled, Tr::tr("Import canceled."), path, lineNo };
                ctx.setProgress(reader.bytesRead(), size);
            }
            const std::string_view content = trim(line);
            if (content.empty())
                continue;
            if (std::memchr(content.data(), '\0', content.size())) {
                if (first)
                    return fileError(path, lineNo, Tr::tr("This is binary data, not OpenTelemetry JSON."));
                parser.rejectLine(lineNo, Tr::tr("This line is binary data, not JSON."));
                continue;
            }
            if (first && !(content.front() == '{' && content.back() == '}')) {
                // not one request per line: a pretty-printed request, read whole
                if (auto r = parser.request(reader.rest(line), lineNo, true, true, true); !r)
                    return r.error();
                first = false;
                break;
            }
            if (auto r = parser.request(line, lineNo, false, first, terminated); !r)
                return r.error();
            first = false;
        }
        if (first)
            return fileError(path, 1, Tr::tr("The file is empty: there is no trace to import."));
        if (auto r = parser.flush(); !r)
            return r.error();
        ctx.setProgress(size, size);
        return parser.report();
    }

    class OtlpFormat : public UsageFormat
    {
    public:
        QString id() const override { return QStringLiteral("otlp"); }
        QString title() const override
        {
            return Tr::tr("OpenTelemetry traces, OTLP/JSON (GenAI and OpenInference spans; collector file export)");
        }
        int detect(const QByteArray& head) const override
        {
            // "resourceSpans" as a key is OTLP's own top-level name; nothing else writes it
            for (const char* key : { "\"resourceSpans\"", "\"scopeSpans\"" }) {
                qsizetype at = head.indexOf(key);
                while (at >= 0) {
                    qsizetype p = at + qsizetype(std::strlen(key));
                    while (p < head.size() && (head[p] == ' ' || head[p] == '\t' || head[p] == '\r' || head[p] == '\n'))
                        ++p;
                    if (p < head.size() && head[p] == ':')
                        return 95;
                    at = head.indexOf(key, at + 1);
                }
            }
            return 0;
        }
        Result<ParseReport> parse(
            QIODevice& device, const QString& path, const Sinks& sinks, TaskContext& ctx) const override
        {
            return parseOtlp(device, path, sinks, ctx);
        }
    };

} // namespace

namespace Otlp {

    std::optional<QString> normaliseId(std::string_view text, int bytes)
    {
        QByteArray raw;
        bool hex = text.size() == size_t(bytes) * 2;
        bool lower = true;
        for (char c : text) {
            if (!hex)
                break;
            if (c >= 'A' && c <= 'F')
                lower = false;
            else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                hex = false;
        }
        if (hex) {
            if (text.find_first_not_of('0') == std::string_view::npos)
                return std::nullopt;
            const QString s = QString::fromLatin1(text.data(), qsizetype(text.size()));
            return lower ? s : s.toLower();
        }
        // protobuf bytes in base64, as the JSON mapping of the protocol writes them
        const QByteArray in = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
        for (auto alphabet : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
            auto decoded = QByteArray::fromBase64Encoding(in, alphabet | QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && decoded.decoded.size() == bytes) {
                if (decoded.decoded.count('\0') == bytes)
                    return std::nullopt;
                return QString::fromLatin1(decoded.decoded.toHex());
            }
        }
        return std::nullopt;
    }

} // namespace Otlp

const UsageFormat& otlpFormat()
{
    static const OtlpFormat f;
    return f;
}

} // namespace Ingest
