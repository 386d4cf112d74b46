// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/otlpreader.h"

#include <QCoreApplication>

#include <simdjson.h>

namespace od = simdjson::ondemand;

// Every simdjson call below reports through an error code (no exceptions); any error it reports is a JSON fault
// (syntax, truncation, UTF-8), because types are checked before values are read.
#define OTLP_TRY(expr)                                                                                                 \
    do {                                                                                                               \
        if ((expr) != simdjson::SUCCESS)                                                                               \
            return Outcome::Syntax;                                                                                    \
    } while (false)

namespace Ingest::Otlp {

namespace {

    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };

    QString typeName(od::json_type t)
    {
        switch (t) {
        case od::json_type::array:
            return Tr::tr("an array");
        case od::json_type::object:
            return Tr::tr("an object");
        case od::json_type::number:
            return Tr::tr("a number");
        case od::json_type::string:
            return Tr::tr("text");
        case od::json_type::boolean:
            return Tr::tr("a boolean");
        case od::json_type::null:
            break;
        }
        return Tr::tr("null");
    }

    std::string_view trimmed(std::string_view s)
    {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
            s.remove_suffix(1);
        return s;
    }

    using Outcome = RequestReader::Outcome;

} // namespace

QString RawSpan::path() const
{
    return QStringLiteral("resourceSpans[%1].scopeSpans[%2].spans[%3]")
        .arg(resourceIndex)
        .arg(scopeIndex)
        .arg(spanIndex);
}

struct RequestReader::Impl
{
    RequestReader& r;
    od::parser parser;
    const char* base = nullptr;
    int rs = 0, ss = 0;
    size_t lastOffset = 0;

    explicit Impl(RequestReader& reader)
        : r(reader)
    { }

    size_t offsetOf(od::value& v)
    {
        const char* p = nullptr;
        if (v.current_location().get(p) == simdjson::SUCCESS && p >= base)
            lastOffset = size_t(p - base);
        return lastOffset;
    }

    Outcome schema(const QString& field, od::json_type found, const QString& expected)
    {
        r.errorField = field;
        r.errorMessage = Tr::tr("expected %1, found %2.").arg(expected, typeName(found));
        r.errorOffset = lastOffset;
        return Outcome::Schema;
    }

    /** The value's type, or a syntax error. */
    static simdjson::error_code type(od::value& v, od::json_type& t) { return v.type().get(t); }

    /** An OTLP AnyValue object: {"stringValue": …} | {"intValue": …} | … */
    Outcome readAnyValue(od::value v, AnyValue& out)
    {
        od::json_type t;
        OTLP_TRY(type(v, t));
        out = AnyValue {};
        if (t == od::json_type::null)
            return Outcome::Ok;
        if (t != od::json_type::object) {
            out.kind = AnyValue::Other;
            return Outcome::Ok;
        }
        od::object o;
        OTLP_TRY(v.get_object().get(o));
        for (auto fr : o) {
            od::field f;
            OTLP_TRY(std::move(fr).get(f));
            std::string_view k;
            OTLP_TRY(f.unescaped_key().get(k));
            od::value x = f.value();
            od::json_type xt;
            OTLP_TRY(type(x, xt));
            if (k == "stringValue") {
                if (xt == od::json_type::string) {
                    out.kind = AnyValue::String;
                    OTLP_TRY(x.get_string().get(out.text));
                } else if (xt != od::json_type::null)
                    out.kind = AnyValue::Other;
            } else if (k == "intValue" || k == "doubleValue") {
                const AnyValue::Kind kind = k == "intValue" ? AnyValue::Int : AnyValue::Double;
                if (xt == od::json_type::string) {
                    out.kind = kind;
                    OTLP_TRY(x.get_string().get(out.text));
                } else if (xt == od::json_type::number) {
                    out.kind = kind;
                    out.text = trimmed(x.raw_json_token());
                } else if (xt != od::json_type::null)
                    out.kind = AnyValue::Other;
            } else if (k == "boolValue") {
                if (xt == od::json_type::boolean) {
                    out.kind = AnyValue::Bool;
                    OTLP_TRY(x.get_bool().get(out.boolean));
                } else if (xt != od::json_type::null)
                    out.kind = AnyValue::Other;
            } else if (k == "arrayValue" || k == "kvlistValue") {
                if (xt == od::json_type::object) {
                    od::object inner;
                    OTLP_TRY(x.get_object().get(inner));
                    out.kind = k == "arrayValue" ? AnyValue::Array : AnyValue::Kvlist;
                    OTLP_TRY(inner.raw_json().get(out.text));
                } else if (xt != od::json_type::null)
                    out.kind = AnyValue::Other;
            } else if (k == "bytesValue" && xt != od::json_type::null) {
                out.kind = AnyValue::Other;
            }
        }
        return Outcome::Ok;
    }

    /**
     * A list of {"key": …, "value": AnyValue}, handed one by one to `add`. A list or entry of the wrong type goes to
     * `bad` with its field name ("attributes", "attributes[3]") and what was found.
     */
    template <typename Add, typename Bad>
    Outcome readKeyValues(od::value v, Add&& add, Bad&& bad)
    {
        od::json_type t;
        OTLP_TRY(type(v, t));
        if (t == od::json_type::null)
            return Outcome::Ok;
        if (t != od::json_type::array)
            return bad(QStringLiteral("attributes"), t, Tr::tr("an array"));
        od::array a;
        OTLP_TRY(v.get_array().get(a));
        int i = 0;
        for (auto er : a) {
            od::value e;
            OTLP_TRY(er.get(e));
            od::json_type et;
            OTLP_TRY(type(e, et));
            if (et != od::json_type::object) {
                if (auto o = bad(QStringLiteral("attributes[%1]").arg(i), et, Tr::tr("an object")); o != Outcome::Ok)
                    return o;
                ++i;
                continue;
            }
            od::object kv;
            OTLP_TRY(e.get_object().get(kv));
            std::string_view key;
            AnyValue value;
            for (auto fr : kv) {
                od::field f;
                OTLP_TRY(std::move(fr).get(f));
                std::string_view k;
                OTLP_TRY(f.unescaped_key().get(k));
                od::value x = f.value();
                if (k == "key") {
                    od::json_type xt;
                    OTLP_TRY(type(x, xt));
                    if (xt == od::json_type::string)
                        OTLP_TRY(x.get_string().get(key));
                } else if (k == "value") {
                    if (auto o = readAnyValue(x, value); o != Outcome::Ok)
                        return o;
                }
            }
            if (!key.empty())
                add(key, value);
            ++i;
        }
        return Outcome::Ok;
    }

    Outcome readSpan(od::value v, RawSpan& s)
    {
        od::object o;
        OTLP_TRY(v.get_object().get(o));
        auto bad = [&s](const QString& field, od::json_type t, const QString& expected) {
            if (s.badField.isEmpty()) {
                s.badField = field;
                s.badMessage = Tr::tr("expected %1, found %2.").arg(expected, typeName(t));
            }
            return Outcome::Ok;
        };
        for (auto fr : o) {
            od::field f;
            OTLP_TRY(std::move(fr).get(f));
            std::string_view k;
            OTLP_TRY(f.unescaped_key().get(k));
            od::value x = f.value();
            if (k == "attributes") {
                if (auto r = readKeyValues(
                        x, [&s](std::string_view key, const AnyValue& value) { s.attributes.add(key, value); }, bad);
                    r != Outcome::Ok)
                    return r;
                continue;
            }
            std::string_view* text = k == "traceId" ? &s.traceId
                : k == "spanId"                     ? &s.spanId
                : k == "parentSpanId"               ? &s.parentSpanId
                : k == "name"                       ? &s.name
                : k == "startTimeUnixNano"          ? &s.start
                : k == "endTimeUnixNano"            ? &s.end
                                                    : nullptr;
            const bool isStatus = !text && k == "status";
            if (!text && !isStatus)
                continue; // kind, events, links, traceState, flags, dropped counts: not needed
            od::json_type t;
            OTLP_TRY(type(x, t));
            if (t == od::json_type::null)
                continue;
            if (isStatus) {
                if (t != od::json_type::object) {
                    bad(QStringLiteral("status"), t, Tr::tr("an object"));
                    continue;
                }
                od::object so;
                OTLP_TRY(x.get_object().get(so));
                for (auto sr : so) {
                    od::field sf;
                    OTLP_TRY(std::move(sr).get(sf));
                    std::string_view sk;
                    OTLP_TRY(sf.unescaped_key().get(sk));
                    if (sk != "code")
                        continue;
                    od::value c = sf.value();
                    od::json_type ct;
                    OTLP_TRY(type(c, ct));
                    if (ct == od::json_type::string)
                        OTLP_TRY(c.get_string().get(s.status));
                    else if (ct == od::json_type::number)
                        s.status = trimmed(c.raw_json_token());
                    else if (ct != od::json_type::null)
                        bad(QStringLiteral("status.code"), ct, Tr::tr("a number or status name"));
                }
                continue;
            }
            const bool isTime = text == &s.start || text == &s.end;
            if (t == od::json_type::string)
                OTLP_TRY(x.get_string().get(*text));
            else if (isTime && t == od::json_type::number)
                *text = trimmed(x.raw_json_token());
            else
                bad(QString::fromUtf8(k.data(), qsizetype(k.size())), t,
                    isTime ? Tr::tr("nanoseconds as a decimal string") : Tr::tr("text"));
        }
        return Outcome::Ok;
    }

    /** An array of `name` whose elements are objects, each handed to `each`. */
    template <typename Each>
    Outcome readArray(od::value v, const QString& path, Each&& each)
    {
        od::json_type t;
        OTLP_TRY(type(v, t));
        if (t == od::json_type::null)
            return Outcome::Ok;
        if (t != od::json_type::array)
            return schema(path, t, Tr::tr("an array"));
        od::array a;
        OTLP_TRY(v.get_array().get(a));
        int i = 0;
        for (auto er : a) {
            od::value e;
            OTLP_TRY(er.get(e));
            offsetOf(e);
            od::json_type et;
            OTLP_TRY(type(e, et));
            if (et != od::json_type::object)
                return schema(path + QStringLiteral("[%1]").arg(i), et, Tr::tr("an object"));
            if (auto o = each(e, i); o != Outcome::Ok)
                return o;
            ++i;
        }
        return Outcome::Ok;
    }

    Outcome readScopeSpans(od::value v, int resource)
    {
        od::object o;
        OTLP_TRY(v.get_object().get(o));
        for (auto fr : o) {
            od::field f;
            OTLP_TRY(std::move(fr).get(f));
            std::string_view k;
            OTLP_TRY(f.unescaped_key().get(k));
            if (k != "spans")
                continue; // scope {name, version}, schemaUrl
            const QString path = QStringLiteral("resourceSpans[%1].scopeSpans[%2].spans").arg(rs).arg(ss);
            auto r = readArray(f.value(), path, [&](od::value e, int i) {
                RawSpan& s = r_spans().emplace_back();
                s.resource = resource;
                s.resourceIndex = rs;
                s.scopeIndex = ss;
                s.spanIndex = i;
                s.offset = lastOffset;
                return readSpan(e, s);
            });
            if (r != Outcome::Ok)
                return r;
        }
        return Outcome::Ok;
    }

    std::vector<RawSpan>& r_spans() { return r.m_spans; }

    Outcome readResourceSpans(od::value v)
    {
        od::object o;
        OTLP_TRY(v.get_object().get(o));
        const int resource = int(r.m_resources.size());
        r.m_resources.emplace_back();
        for (auto fr : o) {
            od::field f;
            OTLP_TRY(std::move(fr).get(f));
            std::string_view k;
            OTLP_TRY(f.unescaped_key().get(k));
            od::value x = f.value();
            if (k == "resource") {
                od::json_type t;
                OTLP_TRY(type(x, t));
                if (t == od::json_type::null)
                    continue;
                if (t != od::json_type::object)
                    return schema(QStringLiteral("resourceSpans[%1].resource").arg(rs), t, Tr::tr("an object"));
                od::object ro;
                OTLP_TRY(x.get_object().get(ro));
                for (auto rr : ro) {
                    od::field rf;
                    OTLP_TRY(std::move(rr).get(rf));
                    std::string_view rk;
                    OTLP_TRY(rf.unescaped_key().get(rk));
                    if (rk != "attributes")
                        continue;
                    auto add = [this, resource](std::string_view key, const AnyValue& value) {
                        r.m_resources[size_t(resource)].add(key, value);
                    };
                    auto bad = [this](const QString& field, od::json_type t, const QString& expected) {
                        return schema(QStringLiteral("resourceSpans[%1].resource.").arg(rs) + field, t, expected);
                    };
                    if (auto res = readKeyValues(rf.value(), add, bad); res != Outcome::Ok)
                        return res;
                }
            } else if (k == "scopeSpans" || k == "instrumentationLibrarySpans") {
                const QString path
                    = QStringLiteral("resourceSpans[%1].").arg(rs) + QString::fromUtf8(k.data(), qsizetype(k.size()));
                auto res = readArray(x, path, [&](od::value e, int i) {
                    ss = i;
                    return readScopeSpans(e, resource);
                });
                if (res != Outcome::Ok)
                    return res;
            }
        }
        return Outcome::Ok;
    }

    Outcome read(const char* data, size_t len)
    {
        base = data;
        lastOffset = 0;
        rs = ss = 0;
        od::document doc;
        OTLP_TRY(parser.iterate(data, len, len + simdjson::SIMDJSON_PADDING).get(doc));
        od::json_type t;
        OTLP_TRY(doc.type().get(t));
        if (t != od::json_type::object)
            return Outcome::NotTraces;
        od::object root;
        OTLP_TRY(doc.get_object().get(root));
        bool traces = false, other = false;
        for (auto fr : root) {
            od::field f;
            OTLP_TRY(std::move(fr).get(f));
            std::string_view k;
            OTLP_TRY(f.unescaped_key().get(k));
            if (k != "resourceSpans") {
                other = true;
                continue;
            }
            traces = true;
            auto res = readArray(f.value(), QStringLiteral("resourceSpans"), [&](od::value e, int i) {
                rs = i;
                return readResourceSpans(e);
            });
            if (res != Outcome::Ok)
                return res;
        }
        // anything after the request's closing brace is not JSON Lines
        const char* rest = nullptr;
        if (doc.current_location().get(rest) == simdjson::SUCCESS)
            return Outcome::Syntax;
        return !traces && other ? Outcome::NotTraces : Outcome::Ok;
    }
};

RequestReader::RequestReader()
    : d(std::make_unique<Impl>(*this))
{ }

RequestReader::~RequestReader() = default;

size_t RequestReader::padding()
{
    return simdjson::SIMDJSON_PADDING;
}

RequestReader::Outcome RequestReader::read(const char* data, size_t len)
{
    m_spans.clear();
    m_resources.clear();
    errorField.clear();
    errorMessage.clear();
    errorOffset = 0;
    return d->read(data, len);
}

} // namespace Ingest::Otlp
