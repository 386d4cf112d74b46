// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/pricetablemodel.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

#include <QDateTime>
#include <QFont>
#include "views/models/snapshotcommand.h"

#include <algorithm>

namespace {

QString price(qint64 micro)
{
    return Money::nanoToDecimalString(micro * 1000, 2);
}

} // namespace

QUndoCommand* PriceTableModel::snapshot(
    const QList<Pricing::PriceEntry>& before, const QList<Pricing::PriceEntry>& after, const QString& text)
{
    return new SnapshotCommand<QList<Pricing::PriceEntry>>(
        [this](const QList<Pricing::PriceEntry>& entries) { applyWorkspace(entries); }, before, after, text);
}

PriceTableModel::PriceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PriceTableModel::setEntries(QList<Pricing::PriceEntry> builtin, QList<Pricing::PriceEntry> workspace)
{
    beginResetModel();
    m_builtin = std::move(builtin);
    m_workspace = std::move(workspace);
    endResetModel();
    m_undo.clear();
}

void PriceTableModel::applyWorkspace(const QList<Pricing::PriceEntry>& entries)
{
    beginResetModel();
    m_workspace = entries;
    endResetModel();
}

const Pricing::PriceEntry& PriceTableModel::entry(int row) const
{
    return row < m_builtin.size() ? m_builtin[row] : m_workspace[row - m_builtin.size()];
}

int PriceTableModel::addOverride(int row, const QString& model)
{
    Pricing::PriceEntry e;
    if (row >= 0 && row < rowCount()) {
        e = entry(row);
        e.note = tr("Workspace price");
    } else {
        e.model = model.isEmpty() ? tr("new-model") : model.toLower();
        e.provider = tr("self-hosted");
        e.longRates = e.rates;
    }
    e.origin = Pricing::Origin::Workspace;
    e.effectiveFromMs = TimeUtil::dayStart(QDateTime::currentMSecsSinceEpoch());
    QList<Pricing::PriceEntry> after = m_workspace;
    after.append(e);
    m_undo.push(snapshot(m_workspace, after, tr("Add price for %1").arg(e.model)));
    return int(m_builtin.size() + m_workspace.size() - 1);
}

void PriceTableModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    QList<Pricing::PriceEntry> after = m_workspace;
    int removed = 0;
    for (int r : rows)
        if (isWorkspaceRow(r) && r - m_builtin.size() < after.size()) {
            after.removeAt(r - m_builtin.size());
            ++removed;
        }
    if (removed)
        m_undo.push(snapshot(m_workspace, after, tr("Remove %n price(s)", nullptr, removed)));
}

void PriceTableModel::setWorkspaceEntries(const QList<Pricing::PriceEntry>& entries, const QString& undoText)
{
    m_undo.push(snapshot(m_workspace, entries, undoText));
}

int PriceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_builtin.size() + m_workspace.size());
}

int PriceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

Qt::ItemFlags PriceTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isWorkspaceRow(index.row()) && index.column() != Origin)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PriceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const titles[]
        = { QT_TR_NOOP("Model"), QT_TR_NOOP("Provider"), QT_TR_NOOP("From"), QT_TR_NOOP("Input"),
              QT_TR_NOOP("Cache read"), QT_TR_NOOP("Write 5m"), QT_TR_NOOP("Write 1h"), QT_TR_NOOP("Output"),
              QT_TR_NOOP("Batch ×"), QT_TR_NOOP("Long ctx >"), QT_TR_NOOP("Min cache"), QT_TR_NOOP("Origin") };
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EffectiveFrom:
            return tr("The price applies to calls from this date (UTC) until the next entry of the same model.");
        case Input:
        case CacheRead:
        case CacheWrite5m:
        case CacheWrite1h:
        case Output:
            return tr("USD per 1M tokens. Reasoning tokens are billed as output.");
        case Batch:
            return tr("Multiplier on every price for calls in the batch tier (0.5 = half price).");
        case LongThreshold:
            return tr("Input tokens per call above which the whole call is billed at the long-context prices.");
        case MinCacheable:
            return tr("Shortest prompt the provider caches; shorter prompts are silently not cached.");
        case Origin:
            return tr("Built-in prices ship with Inferometer; workspace prices override them for the same model.");
        }
    }
    return {};
}

QVariant PriceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Pricing::PriceEntry& e = entry(index.row());
    if (role == IsWorkspaceRole)
        return isWorkspaceRow(index.row());
    if (role == Qt::ToolTipRole)
        return e.note.isEmpty() ? QVariant() : QVariant(e.note);
    if (role == Qt::FontRole && isWorkspaceRow(index.row())) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Input && index.column() <= MinCacheable ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Model:
            return e.model;
        case Provider:
            return e.provider;
        case EffectiveFrom:
            return TimeUtil::toDate(e.effectiveFromMs);
        case Input:
            return price(e.rates.input);
        case CacheRead:
            return price(e.rates.cacheRead);
        case CacheWrite5m:
            return price(e.rates.cacheWrite5m);
        case CacheWrite1h:
            return price(e.rates.cacheWrite1h);
        case Output:
            return price(e.rates.output);
        case Batch:
            return Money::nanoToDecimalString(qint64(e.batchPermille) * 1'000'000, 1);
        case LongThreshold:
            return e.longContextThreshold ? Format::count(*e.longContextThreshold) : QString();
        case MinCacheable:
            return e.minCacheableTokens ? Format::count(*e.minCacheableTokens) : QString();
        case Origin:
            return e.origin == Pricing::Origin::Workspace ? tr("workspace") : tr("built-in");
        }
    }
    if (role == SortRole || role == RawValueRole) {
        switch (index.column()) {
        case EffectiveFrom:
            return e.effectiveFromMs;
        case Input:
            return e.rates.input;
        case CacheRead:
            return e.rates.cacheRead;
        case CacheWrite5m:
            return e.rates.cacheWrite5m;
        case CacheWrite1h:
            return e.rates.cacheWrite1h;
        case Output:
            return e.rates.output;
        case Batch:
            return e.batchPermille;
        case LongThreshold:
            return e.longContextThreshold.value_or(-1);
        case MinCacheable:
            return e.minCacheableTokens.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

bool PriceTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isWorkspaceRow(index.row()))
        return false;
    QList<Pricing::PriceEntry> after = m_workspace;
    Pricing::PriceEntry& e = after[index.row() - m_builtin.size()];
    const QString text = value.toString().trimmed();
    auto priceValue = [&](qint64& out) {
        auto v = Money::parseDecimal(text, 6);
        if (!v || *v < 0) {
            emit editRejected(tr("\"%1\" is not a price: type USD per 1M tokens, e.g. 2.50.").arg(text));
            return false;
        }
        out = *v;
        return true;
    };
    auto optionalCount = [&](std::optional<qint64>& out) {
        QString digits = text;
        digits.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QChar(0x202F)).remove(QChar(0xA0));
        if (digits.isEmpty()) {
            out.reset();
            return true;
        }
        bool ok = false;
        const qint64 n = digits.toLongLong(&ok);
        if (!ok || n < 0) {
            emit editRejected(tr("\"%1\" is not a token count.").arg(text));
            return false;
        }
        out = n;
        return true;
    };
    bool ok = true;
    switch (index.column()) {
    case Model:
        if (text.isEmpty()) {
            emit editRejected(tr("A price needs a model name."));
            return false;
        }
        e.model = text.toLower();
        break;
    case Provider:
        e.provider = text;
        break;
    case EffectiveFrom: {
        auto t = TimeUtil::parse(text);
        if (!t) {
            emit editRejected(tr("\"%1\" is not a date: use YYYY-MM-DD.").arg(text));
            return false;
        }
        e.effectiveFromMs = *t;
        break;
    }
    case Input:
        ok = priceValue(e.rates.input);
        break;
    case CacheRead:
        ok = priceValue(e.rates.cacheRead);
        break;
    case CacheWrite5m:
        ok = priceValue(e.rates.cacheWrite5m);
        break;
    case CacheWrite1h:
        ok = priceValue(e.rates.cacheWrite1h);
        break;
    case Output: {
        const bool reasoningFollows = e.rates.reasoning == e.rates.output;
        ok = priceValue(e.rates.output);
        if (ok && reasoningFollows)
            e.rates.reasoning = e.rates.output;
        break;
    }
    case Batch: {
        auto v = Money::parseDecimal(text, 3);
        if (!v || *v <= 0 || *v > 1000) {
            emit editRejected(tr("\"%1\" is not a multiplier: use e.g. 0.5 for half price.").arg(text));
            return false;
        }
        e.batchPermille = int(*v);
        break;
    }
    case LongThreshold:
        ok = optionalCount(e.longContextThreshold);
        break;
    case MinCacheable:
        ok = optionalCount(e.minCacheableTokens);
        break;
    default:
        return false;
    }
    if (!ok)
        return false;
    if (!e.longContextThreshold)
        e.longRates = e.rates;
    if (after == m_workspace)
        return true;
    m_undo.push(snapshot(
        m_workspace, after, tr("Edit %1 of %2").arg(headerData(index.column(), Qt::Horizontal).toString(), e.model)));
    return true;
}
