// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/ingest/fields.h"

#include "core/common/jsondepth.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"

#include <QCoreApplication>

#include <cmath>

namespace Ingest {

namespace {
    /** This file's messages, in the translation context "Ingest" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Ingest)
    };
    const nlohmann::json EmptyObject = nlohmann::json::object();
} // namespace

nlohmann::json parseJsonOrDiscard(const char* begin, const char* end)
{
    if (JsonDepth::find(begin, end))
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return nlohmann::json::parse(begin, end, nullptr, false);
}

QString jsonLineTooDeepMessage()
{
    return Tr::tr("This line nests more than %1 levels deep; no usage export does, so it is not read.")
        .arg(JsonDepth::Max);
}

std::optional<nlohmann::json> parseJson(const QByteArray& text, const QString& path, qint64 firstLine, Error& error)
{
    if (const auto deep = JsonDepth::find(text.begin(), text.end())) {
        error = Error { Error::Code::Parse,
            Tr::tr("The JSON nests more than %1 levels deep here; no usage export does, so it is not read.")
                .arg(JsonDepth::Max),
            path, firstLine + deep->line - 1 };
        return std::nullopt;
    }
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!j.is_discarded())
        return j;
    // the non-throwing parse does not say where: parse again, catching here, for the byte offset of the fault
    qint64 offset = text.size();
    try {
        const auto probe = nlohmann::json::parse(text.begin(), text.end());
        Q_UNUSED(probe)
    } catch (const nlohmann::json::parse_error& e) {
        offset = qint64(e.byte) - 1;
    } catch (...) { }
    offset = qBound<qint64>(0, offset, text.size());
    const qint64 line = firstLine + text.left(offset).count('\n');
    const bool truncated = offset >= text.trimmed().size() - 1;
    error = Error { Error::Code::Parse,
        truncated ? Tr::tr("The JSON ends before it is complete (the file may be truncated).")
                  : Tr::tr("This is not valid JSON."),
        path, line };
    return std::nullopt;
}

std::optional<qint64> wholeNumber(QStringView text)
{
    text = text.trimmed();
    const qsizetype e = text.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    const QStringView mantissa = e < 0 ? text : text.left(e);
    const qsizetype dot = mantissa.indexOf(QLatin1Char('.'));
    if (e < 0 && dot >= 0) {
        for (QChar c : mantissa.mid(dot + 1))
            if (c != QLatin1Char('0'))
                return std::nullopt;
    }
    auto n = Money::parseDecimal(text, 0);
    if (!n || (e >= 0 && Money::parseDecimal(text, 9) != std::optional<qint64>(*n * 1'000'000'000)))
        return std::nullopt;
    return n;
}

std::optional<bool> parseBool(QStringView text)
{
    const QString s = text.trimmed().toString().toLower();
    if (s == u"true" || s == u"1" || s == u"yes")
        return true;
    if (s.isEmpty() || s == u"false" || s == u"0" || s == u"no")
        return false;
    return std::nullopt;
}

JsonFields::JsonFields(const nlohmann::json& object, QString prefix)
    : m_obj(object.is_object() ? object : EmptyObject)
    , m_prefix(std::move(prefix))
{ }

const nlohmann::json* JsonFields::find(const char* key) const
{
    auto it = m_obj.find(key);
    if (it == m_obj.end() || it->is_null())
        return nullptr;
    return &*it;
}

QString JsonFields::describe(const nlohmann::json& v) const
{
    if (v.is_string())
        return QStringLiteral("\"") + QString::fromStdString(v.get<std::string>()).left(40) + QStringLiteral("\"");
    if (v.is_boolean())
        return Tr::tr("a boolean");
    if (v.is_object() || v.is_array())
        return Tr::tr("an object or array");
    return QString::fromStdString(v.dump()).left(40);
}

void JsonFields::fail(const QString& key, const QString& message)
{
    if (m_field.isEmpty()) {
        m_field = m_prefix + key;
        m_message = message;
    }
}

qint64 JsonFields::count(const char* key, qint64 fallback)
{
    const nlohmann::json* v = find(key);
    if (!v)
        return fallback;
    std::optional<qint64> n;
    if (v->is_number_integer())
        n = v->get<qint64>();
    else if (v->is_number_float() && std::isfinite(v->get<double>()) && std::floor(v->get<double>()) == v->get<double>()
        && std::abs(v->get<double>()) < 9e15)
        n = qint64(v->get<double>());
    else if (v->is_string())
        n = wholeNumber(QString::fromStdString(v->get<std::string>()));
    if (!n || *n < 0) {
        fail(QString::fromLatin1(key), Tr::tr("expected a non-negative whole number, found %1.").arg(describe(*v)));
        return fallback;
    }
    return *n;
}

QString JsonFields::text(const char* key)
{
    const nlohmann::json* v = find(key);
    if (!v)
        return {};
    if (v->is_string())
        return QString::fromStdString(v->get<std::string>());
    if (v->is_number())
        return QString::fromStdString(v->dump());
    fail(QString::fromLatin1(key), Tr::tr("expected text, found %1.").arg(describe(*v)));
    return {};
}

std::optional<qint64> JsonFields::usdNano(const char* key)
{
    const nlohmann::json* v = find(key);
    if (!v)
        return std::nullopt;
    std::optional<qint64> n;
    if (v->is_number())
        n = Money::parseUsdToNano(QString::fromStdString(v->dump()));
    else if (v->is_string())
        n = Money::parseUsdToNano(QString::fromStdString(v->get<std::string>()));
    if (!n)
        fail(QString::fromLatin1(key), Tr::tr("expected an amount in USD, found %1.").arg(describe(*v)));
    return n;
}

std::optional<qint64> JsonFields::time(const char* key)
{
    const nlohmann::json* v = find(key);
    if (!v)
        return std::nullopt;
    std::optional<qint64> t;
    if (v->is_string())
        t = TimeUtil::parse(QString::fromStdString(v->get<std::string>()));
    else if (v->is_number())
        t = TimeUtil::parse(QString::fromStdString(v->dump()));
    if (!t)
        fail(
            QString::fromLatin1(key), Tr::tr("expected an ISO 8601 time or epoch number, found %1.").arg(describe(*v)));
    return t;
}

std::optional<bool> JsonFields::boolean(const char* key)
{
    const nlohmann::json* v = find(key);
    if (!v)
        return std::nullopt;
    std::optional<bool> b;
    if (v->is_boolean())
        b = v->get<bool>();
    else if (v->is_number_integer())
        b = v->get<qint64>() != 0;
    else if (v->is_string())
        b = parseBool(QString::fromStdString(v->get<std::string>()));
    if (!b)
        fail(QString::fromLatin1(key), Tr::tr("expected true or false, found %1.").arg(describe(*v)));
    return b;
}

const nlohmann::json& JsonFields::object(const char* key) const
{
    const nlohmann::json* v = find(key);
    return v && v->is_object() ? *v : EmptyObject;
}

void JsonFields::require(const char* key)
{
    const nlohmann::json* v = find(key);
    if (!v || (v->is_string() && v->get<std::string>().empty()))
        fail(QString::fromLatin1(key), Tr::tr("is required."));
}

} // namespace Ingest
