// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/error.h"

#include <QString>
#include <QStringView>

#include <nlohmann/json.hpp>

#include <optional>

namespace Ingest {

/**
 * Parses one JSON document (a whole file, or one line of JSON Lines starting at `firstLine`). On a syntax error,
 * `error` names the file and the line of the fault ("not valid JSON" / "truncated" when it ends early); a document
 * nested deeper than JsonDepth::Max is refused at the line where it goes too deep, before it is parsed.
 */
std::optional<nlohmann::json> parseJson(const QByteArray& text, const QString& path, qint64 firstLine, Error& error);

/** "This line nests more than 512 levels deep": a JSON Lines reader's reason to reject such a line. */
QString jsonLineTooDeepMessage();

/** json::parse without exceptions for a probe or a cell: discarded when the text is not JSON or nests too deep. */
nlohmann::json parseJsonOrDiscard(const char* begin, const char* end);
template <typename Bytes>
nlohmann::json parseJsonOrDiscard(const Bytes& bytes)
{
    return parseJsonOrDiscard(bytes.data(), bytes.data() + bytes.size());
}

/** "10", "10.0", "1e3" → the number; a non-zero fraction or anything else → nullopt. Exports write counts as 10.0. */
std::optional<qint64> wholeNumber(QStringView text);

/** "TRUE", "true", "1", "yes" / "FALSE", "false", "0", "no", "" → the value; anything else → nullopt. */
std::optional<bool> parseBool(QStringView text);

/**
 * Reads typed fields from a JSON object (a row of a provider export) and remembers the first one that is wrong, so a
 * parser can read a whole row and then reject it once, naming the field. Field names in errors are `prefix` + key,
 * e.g. "results[2].input_tokens". Missing and null fields yield the default and are not errors.
 */
class JsonFields
{
public:
    explicit JsonFields(const nlohmann::json& object, QString prefix = {});

    /** Non-negative whole number: a JSON integer, a float without fraction (10.0) or a string of one ("1024"). */
    qint64 count(const char* key, qint64 fallback = 0);
    /** A string (numbers are accepted as their text); empty when missing. */
    QString text(const char* key);
    /** USD as a JSON number or decimal string, exact to the nano-dollar; nullopt when missing. */
    std::optional<qint64> usdNano(const char* key);
    /** ISO 8601 / RFC 3339 string or epoch number (s, ms, µs, ns by magnitude) → UTC ms; nullopt when missing. */
    std::optional<qint64> time(const char* key);
    /** true/false, "TRUE"/"FALSE", 0/1; nullopt when missing. */
    std::optional<bool> boolean(const char* key);
    /** The nested object at `key` (an empty object when missing or not an object). */
    const nlohmann::json& object(const char* key) const;

    /** Marks `key` as required: an error when it is missing, null or an empty string. */
    void require(const char* key);

    bool ok() const { return m_field.isEmpty(); }
    const QString& field() const { return m_field; }
    const QString& message() const { return m_message; }
    /** Records an error found by the caller (only the first one is kept). */
    void fail(const QString& key, const QString& message);

private:
    const nlohmann::json* find(const char* key) const;
    QString describe(const nlohmann::json& v) const;
    const nlohmann::json& m_obj;
    QString m_prefix;
    QString m_field;
    QString m_message;
};

} // namespace Ingest
