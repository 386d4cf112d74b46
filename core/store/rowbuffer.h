// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace Store {

/**
 * Rows of SQL parameters, encoded ahead of the insert: integers, NULLs and UTF-8 text kept in one arena. Filled on any
 * thread (an import encodes on its parser thread), bound on the workspace's thread without copying or converting:
 * the text is already in the database's encoding, and a whole multi-row statement binds in one pass.
 */
class RowBuffer
{
public:
    explicit RowBuffer(int columns = 1)
        : m_columns(columns)
    { }

    int columns() const { return m_columns; }
    /** Complete rows so far. */
    qsizetype rows() const { return qsizetype(m_cells.size()) / m_columns; }
    bool isEmpty() const { return m_cells.empty(); }
    void clear();
    void reserve(qsizetype rows, qsizetype textBytes);

    void integer(qint64 v) { m_cells.push_back({ v, 0, Kind::Integer }); }
    void null() { m_cells.push_back({ 0, 0, Kind::Null }); }
    void optional(const std::optional<qint64>& v) { v ? integer(*v) : null(); }
    /** UTF-16 text, encoded to UTF-8 into the arena. */
    void text(QStringView s);
    /** Text that is UTF-8 already. */
    void utf8(QByteArrayView s);
    /** The arena, to append one text value in place; finish it with endText(). */
    QByteArray& beginText();
    void endText();

    /**
     * Binds rows [first, first + count) to the parameters of `st` from 1, row after row (a multi-row VALUES list).
     * The buffer must outlive the statement's step. Returns an SQLite result code.
     */
    int bind(sqlite3_stmt* st, qsizetype first, qsizetype count) const;


private:
    enum class Kind : quint8 { Integer, Null, Text };
    struct Cell
    {
        qint64 value; // integer, or the text's offset in the arena
        qint32 length;
        Kind kind;
    };
    int m_columns;
    std::vector<Cell> m_cells;
    QByteArray m_arena;
    qsizetype m_textStart = -1;
};

/** "INSERT INTO table (c1, …) VALUES (?, …), (?, …) …" for `rows` rows, followed by `tail`. */
QByteArray multiRowInsert(const char* table, const QList<const char*>& columns, int rows, const char* tail);

} // namespace Store
