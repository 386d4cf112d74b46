// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Store {

/**
 * Each distinct text once, as a small id, for passes over many rows read straight from SQLite: a row touches bytes
 * and a hash lookup, and makes a QString only for a text it has not seen (QString per row costs microseconds).
 */
class TextInterner
{
public:
    int id(const QByteArray& utf8) { return id(std::string_view(utf8.constData(), size_t(utf8.size()))); }
    /** Column `column` of the row `st` is on. */
    int id(sqlite3_stmt* st, int column)
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
        return id(std::string_view(p ? p : "", size_t(sqlite3_column_bytes(st, column))));
    }
    const QString& text(int id) const { return m_texts[size_t(id)]; }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view> {}(s); }
    };
    int id(std::string_view bytes)
    {
        if (const auto it = m_ids.find(bytes); it != m_ids.end())
            return it->second;
        const int next = int(m_texts.size());
        m_ids.emplace(std::string(bytes), next);
        m_texts.push_back(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        return next;
    }
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_ids;
    std::vector<QString> m_texts;
};

} // namespace Store
