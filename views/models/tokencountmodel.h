// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/pricing/priceentry.h"

#include <QAbstractTableModel>

#include <optional>

/**
 * The prompt editor's counts, one row per tokenizer: tokens of the whole prompt and of its static prefix, characters
 * per token, and the cost of one call and of a month of calls at the chosen model (each tokenizer's count priced at
 * that model's rates). Snapshots are swapped whole.
 */
class TokenCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Tokenizer, Tokens, StaticPrefix, CharsPerToken, PerCall, PerMonth, NUM_COLUMNS };
    enum Roles { RawValueRole = Qt::UserRole };

    struct Row
    {
        QString name; // "o200k_base" or the file name
        QString source; // "built in" or the file path
        QString error; // could not load
        bool loading = false;
        std::optional<qint64> tokens;
        std::optional<qint64> prefixTokens;
    };

    explicit TokenCountModel(QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row>& rows() const { return m_rows; }
    /** The model whose rates price the rows (nullopt: no cost columns), output tokens per call, calls per month. */
    void setPricing(std::optional<Pricing::PriceEntry> price, qint64 outputTokens, qint64 callsPerMonth);
    void setChars(qint64 chars);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::optional<qint64> costNano(const Row& row, bool perMonth) const;
    QList<Row> m_rows;
    std::optional<Pricing::PriceEntry> m_price;
    qint64 m_outputTokens = 0;
    qint64 m_callsPerMonth = 0;
    qint64 m_chars = 0;
};
