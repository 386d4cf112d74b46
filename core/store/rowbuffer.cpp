// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/store/rowbuffer.h"

#include <QList>

#include <sqlite3.h>

namespace Store {

void RowBuffer::clear()
{
    m_cells.clear();
    m_arena.clear();
    m_textStart = -1;
}

void RowBuffer::reserve(qsizetype rows, qsizetype textBytes)
{
    m_cells.reserve(size_t(rows * m_columns));
    m_arena.reserve(textBytes);
}

void RowBuffer::text(QStringView s)
{
    const qsizetype start = m_arena.size();
    const char16_t* p = s.utf16();
    const qsizetype n = s.size();
    // ASCII, the common case, byte by byte; anything else through Qt's encoder
    qsizetype i = 0;
    m_arena.resize(start + n);
    char* out = m_arena.data() + start;
    for (; i < n && p[i] < 0x80; ++i)
        out[i] = char(p[i]);
    if (i < n) {
        m_arena.resize(start + i);
        m_arena += s.mid(i).toUtf8();
    }
    m_cells.push_back({ start, qint32(m_arena.size() - start), Kind::Text });
}

void RowBuffer::utf8(QByteArrayView s)
{
    const qsizetype start = m_arena.size();
    m_arena.append(s.data(), s.size());
    m_cells.push_back({ start, qint32(s.size()), Kind::Text });
}

QByteArray& RowBuffer::beginText()
{
    m_textStart = m_arena.size();
    return m_arena;
}

void RowBuffer::endText()
{
    m_cells.push_back({ m_textStart, qint32(m_arena.size() - m_textStart), Kind::Text });
    m_textStart = -1;
}

int RowBuffer::bind(sqlite3_stmt* st, qsizetype first, qsizetype count) const
{
    const Cell* c = m_cells.data() + first * m_columns;
    const int n = int(count * m_columns);
    const char* arena = m_arena.constData();
    for (int i = 0; i < n; ++i, ++c) {
        int rc = SQLITE_OK;
        switch (c->kind) {
        case Kind::Integer:
            rc = sqlite3_bind_int64(st, i + 1, c->value);
            break;
        case Kind::Null:
            rc = sqlite3_bind_null(st, i + 1);
            break;
        case Kind::Text: // "" binds as empty text, never NULL: the columns are NOT NULL
            rc = sqlite3_bind_text(st, i + 1, c->length ? arena + c->value : "", c->length, SQLITE_STATIC);
            break;
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

QByteArray multiRowInsert(const char* table, const QList<const char*>& columns, int rows, const char* tail)
{
    QByteArray sql = QByteArray("INSERT INTO ") + table + " (";
    QByteArray one = "(";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        sql += (i ? ", " : "") + QByteArray(columns[i]);
        one += i ? ",?" : "?";
    }
    one += ')';
    sql += ") VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += (r ? "," : "") + one;
    return sql + ' ' + tail;
}

} // namespace Store
