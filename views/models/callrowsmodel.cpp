// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/callrowsmodel.h"
#include "views/models/colors.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QTimeZone>

CallRowsModel::CallRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CallRowsModel::setRows(QList<Analytics::CallRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CallRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant CallRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= NUM_COLUMNS)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= InputTokens && section <= Cost ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case InputTokens:
            return tr("Uncached input tokens, at the input price. Input, Cached, Write 5m, Write 1h and Output do not "
                      "overlap: each is priced on its own, and together they make the call's cost.");
        case CachedTokens:
            return tr("Input tokens read from the provider's prompt cache, at the cache-read price");
        case CacheWrite5m:
            return tr("Input tokens written to the prompt cache for 5 minutes, at the 5-minute write price");
        case CacheWrite1h:
            return tr("Input tokens written to the prompt cache for 1 hour, at the 1-hour write price");
        case OutputTokens:
            return tr("Output tokens, reasoning included");
        case Cost:
            return tr("List cost of the call (unpriced: the model has no known price)");
        case Task:
            return tr("Task id and attempt (1 = first try)");
        case Outcome:
            return tr("The call's own outcome; the task's final outcome in brackets when it differs");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = { QT_TR_NOOP("Time (UTC)"), QT_TR_NOOP("Model"), QT_TR_NOOP("Input"),
        QT_TR_NOOP("Cached"), QT_TR_NOOP("Write 5m"), QT_TR_NOOP("Write 1h"), QT_TR_NOOP("Output"), QT_TR_NOOP("Cost"),
        QT_TR_NOOP("Task"), QT_TR_NOOP("Outcome"), QT_TR_NOOP("Status"), QT_TR_NOOP("Call id") };
    return tr(titles[section]);
}

QVariant CallRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Analytics::CallRow& c = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= InputTokens && index.column() <= Cost ? int(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && c.status != QLatin1String("ok"))
        return QBrush(Colors::readable(QColor(0xC6, 0x28, 0x28)));
    if (role == SortRole || role == RawValueRole) {
        switch (index.column()) {
        case Time:
            return c.timeMs;
        case InputTokens:
            return c.tokens.uncachedInput;
        case CachedTokens:
            return c.tokens.cacheRead;
        case CacheWrite5m:
            return c.tokens.cacheWrite5m;
        case CacheWrite1h:
            return c.tokens.cacheWrite1h;
        case OutputTokens:
            return c.tokens.output + c.tokens.reasoning;
        case Cost:
            return c.listCostNano ? QVariant(*c.listCostNano) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Model)
        return tr("%1 · %2\nCost center %3 · team %4 · owner %5\nAPI key %6 · project %7")
            .arg(c.provider, c.model, Format::groupLabel(c.costCenter), Format::groupLabel(c.team),
                Format::groupLabel(c.owner), Format::groupLabel(c.apiKey), Format::groupLabel(c.project));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(c.timeMs, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Model:
        return c.model;
    case InputTokens:
        return Format::count(c.tokens.uncachedInput);
    case CachedTokens:
        return Format::count(c.tokens.cacheRead);
    case CacheWrite5m:
        return Format::count(c.tokens.cacheWrite5m);
    case CacheWrite1h:
        return Format::count(c.tokens.cacheWrite1h);
    case OutputTokens:
        return Format::count(c.tokens.output + c.tokens.reasoning);
    case Cost: // exact, to the nano-dollar: the figure a row's buckets are checked against
        return c.listCostNano ? QStringLiteral("$") + Money::nanoToDecimalString(*c.listCostNano) : tr("unpriced");
    case Task:
        return c.taskId.isEmpty() ? QStringLiteral("—") : tr("%1 #%2").arg(c.taskId).arg(c.attempt);
    case Outcome:
        if (!c.taskFinal.isEmpty() && c.taskFinal != c.outcome)
            return tr("%1 (task: %2)").arg(c.outcome, c.taskFinal);
        return c.outcome;
    case Status:
        return c.calls != 1 ? tr("%1 (%2 calls)").arg(c.status).arg(c.calls) : c.status;
    case CallId:
        return c.callId;
    }
    return {};
}
