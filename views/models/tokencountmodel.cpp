// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/tokencountmodel.h"

#include "core/common/money.h"
#include "core/prompt/promptcost.h"
#include "views/models/format.h"

TokenCountModel::TokenCountModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TokenCountModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void TokenCountModel::setPricing(std::optional<Pricing::PriceEntry> price, qint64 outputTokens, qint64 callsPerMonth)
{
    m_price = std::move(price);
    m_outputTokens = outputTokens;
    m_callsPerMonth = callsPerMonth;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, PerCall), index(int(m_rows.size()) - 1, PerMonth));
}

void TokenCountModel::setChars(qint64 chars)
{
    m_chars = chars;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CharsPerToken), index(int(m_rows.size()) - 1, CharsPerToken));
}

int TokenCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

std::optional<qint64> TokenCountModel::costNano(const Row& row, bool perMonth) const
{
    if (!m_price || !row.tokens)
        return std::nullopt;
    const Prompt::Cost c = Prompt::callCost(*m_price, { *row.tokens, 0, m_outputTokens }, m_callsPerMonth);
    return perMonth ? c.perMonthNano : c.perCallNano;
}

QVariant TokenCountModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        if (col == Tokenizer)
            return r.name;
        if (!r.error.isEmpty())
            return col == Tokens ? tr("unavailable") : QVariant();
        if (r.loading || !r.tokens)
            return col == Tokens ? tr("…") : QVariant();
        switch (col) {
        case Tokens:
            return Format::count(*r.tokens);
        case StaticPrefix:
            return r.prefixTokens ? Format::count(*r.prefixTokens) : QString();
        case CharsPerToken:
            return *r.tokens > 0 ? QString::number(double(m_chars) / double(*r.tokens), 'f', 2) : QStringLiteral("—");
        case PerCall:
        case PerMonth: {
            const auto c = costNano(r, col == PerMonth);
            return c ? Format::money(*c) : QStringLiteral("—");
        }
        }
        return {};
    }
    if (role == RawValueRole) {
        switch (col) {
        case Tokenizer:
            return r.name;
        case Tokens:
            return r.tokens ? QVariant(*r.tokens) : QVariant();
        case StaticPrefix:
            return r.prefixTokens ? QVariant(*r.prefixTokens) : QVariant();
        case CharsPerToken:
            return r.tokens && *r.tokens > 0 ? QVariant(double(m_chars) / double(*r.tokens)) : QVariant();
        case PerCall:
        case PerMonth: {
            const auto c = costNano(r, col == PerMonth);
            return c ? QVariant(*c) : QVariant();
        }
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && col != Tokenizer)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (!r.error.isEmpty())
            return tr("%1 could not be loaded: %2").arg(r.name, r.error);
        if (col == Tokenizer)
            return r.source;
        return headerData(col, Qt::Horizontal, Qt::ToolTipRole);
    }
    return {};
}

QVariant TokenCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        static const char* const names[] = { QT_TR_NOOP("Tokenizer"), QT_TR_NOOP("Tokens"), QT_TR_NOOP("Static prefix"),
            QT_TR_NOOP("Chars/token"), QT_TR_NOOP("$ per call"), QT_TR_NOOP("$ per month") };
        return tr(names[section]);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Tokenizer:
            return tr("The vocabulary that counts: o200k_base (GPT-4o, GPT-4.1, GPT-5, o-series), cl100k_base (GPT-4, "
                      "GPT-3.5), or a tokenizer.json / GGUF file you added. Other providers' models have their own "
                      "tokenizers; their counts differ by a few percent.");
        case Tokens:
            return tr("Exact number of tokens the prompt is encoded to (ordinary text: special-token text counts as "
                      "text; no BOS/EOS added).");
        case StaticPrefix:
            return tr("Tokens before the first {{variable}}: the part that is identical on every call, which a "
                      "provider can cache. Without variables, the whole prompt.");
        case CharsPerToken:
            return tr("Characters of the prompt ÷ its tokens: how densely this tokenizer packs this text.");
        case PerCall:
            return tr("List cost of one call at the chosen model: tokens × input price + output tokens per call × "
                      "output price (no caching).");
        case PerMonth:
            return tr("$ per call × requests per day × %1 days, summed exactly and rounded once.")
                .arg(Prompt::DaysPerMonth);
        }
    }
    return {};
}
