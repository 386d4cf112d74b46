// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/costtreemodel.h"
#include "views/models/colors.h"

#include "core/common/csvfield.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

QString csvNumber(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}

QString levelTitle(const Analytics::TreeLevel& l)
{
    if (l.fallback == Analytics::Dimension::None)
        return Format::dimensionTitle(l.dimension);
    return QCoreApplication::translate("CostTreeModel", "%1 / %2")
        .arg(Format::dimensionTitle(l.dimension), Format::dimensionTitle(l.fallback));
}

} // namespace

CostTreeModel::CostTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void CostTreeModel::setTree(Analytics::CostTree tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_row.fill(0, m_tree.nodes.size());
    for (int r = 0; r < m_tree.roots.size(); ++r)
        m_row[m_tree.roots[r]] = r;
    for (const Analytics::CostNode& n : std::as_const(m_tree.nodes))
        for (int r = 0; r < n.children.size(); ++r)
            m_row[n.children[r]] = r;
    endResetModel();
}

QModelIndex CostTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= NUM_COLUMNS || row < 0)
        return {};
    const QList<int>& ids = parent.isValid() ? m_tree.nodes.at(nodeOf(parent)).children : m_tree.roots;
    if (row >= ids.size())
        return {};
    return createIndex(row, column, quintptr(ids[row]));
}

QModelIndex CostTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int p = m_tree.nodes.at(node).parent;
    if (p < 0)
        return {};
    return createIndex(m_row.at(p), 0, quintptr(p));
}

int CostTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_tree.roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_tree.nodes.at(nodeOf(parent)).children.size());
}

int CostTreeModel::columnCount(const QModelIndex&) const
{
    return NUM_COLUMNS;
}

int CostTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return int(index.internalId());
}

QString CostTreeModel::keyLabel(int node) const
{
    const Analytics::CostNode& n = m_tree.nodes.at(node);
    const Analytics::TreeLevel& l = m_tree.levels.at(n.level);
    if (n.keyDimension != l.dimension) // a project standing in for a missing API key
        return n.path.last().isEmpty() ? tr("No key, no project") : tr("%1 (project, no key)").arg(n.path.last());
    return Format::groupLabel(n.path.last());
}

QString CostTreeModel::pathLabel(int node) const
{
    QStringList parts;
    for (int p = node; p >= 0; p = m_tree.nodes.at(p).parent)
        parts.prepend(keyLabel(p));
    return parts.join(QStringLiteral(" › "));
}

QString CostTreeModel::definition(Columns column)
{
    switch (column) {
    case Name:
        return tr("Cost center › team › owner › API key (the project for calls made without a key) › model.");
    case Spend:
        return tr("List cost in the period: tokens in each of the six buckets × the price valid at the time of the "
                  "call. Calls to models without a known price are not counted (never as $0).");
    case Share:
        return tr("Share of the parent's spend (for a cost center: of the total) in the period.");
    case Delta:
        return tr("Change of spend against the previous period of the same length, just before this one. ▲ spends "
                  "more, ▼ less; \"new\" had no spend before.");
    case Trend:
        return tr("Spend per day over the period, each row on its own scale (the dot marks the last day).");
    case CostPerTask:
        return Format::definition(Format::Kpi::CostPerTask);
    case Cpso:
        return Format::definition(Format::Kpi::Cpso);
    case ReworkRate:
        return Format::definition(Format::Kpi::ReworkRate);
    case TokenEfficiency:
        return Format::definition(Format::Kpi::TokenEfficiency);
    case CacheHitRate:
        return Format::definition(Format::Kpi::CacheHitRate);
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QVariant CostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= NUM_COLUMNS)
        return {};
    if (role == Qt::ToolTipRole)
        return definition(Columns(section));
    if (role == Qt::TextAlignmentRole)
        return section == Name || section == Trend ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = { QT_TR_NOOP("Cost center › … › model"), QT_TR_NOOP("Spend"),
        QT_TR_NOOP("Share"), QT_TR_NOOP("Δ vs previous"), QT_TR_NOOP("Trend"), QT_TR_NOOP("Cost / task"),
        QT_TR_NOOP("CPSO"), QT_TR_NOOP("Rework"), QT_TR_NOOP("Token eff."), QT_TR_NOOP("Cache hits") };
    return tr(titles[section]);
}

QVariant CostTreeModel::data(const QModelIndex& index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return {};
    const Analytics::CostNode& n = m_tree.nodes.at(node);
    const Analytics::Kpis& k = n.current;
    const auto delta = m_tree.spendDelta(node);
    const int col = index.column();

    if (role == NodeRole)
        return node;
    if (role == KeyRole)
        return n.path.last();
    if (role == SeriesRole)
        return QVariant::fromValue(n.daily);
    if (role == Qt::TextAlignmentRole)
        return col == Name || col == Trend ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                           : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && col == Delta && m_tree.previousPeriod) {
        if (delta && std::abs(*delta) >= 0.005) // spending more is the alarming direction
            return QBrush(Colors::readable(*delta > 0 ? QColor(0xC6, 0x28, 0x28) : QColor(0x2E, 0x7D, 0x32)));
        return {};
    }
    if (role == Qt::ForegroundRole && k.listCostNano == 0 && k.events == 0)
        return QBrush(QColor(0x80, 0x80, 0x80)); // spent only in the previous period

    if (role == SortRole || role == RawValueRole) {
        auto opt = [&](const std::optional<double>& v) -> QVariant { return v ? QVariant(*v) : QVariant(); };
        switch (col) {
        case Name:
            return role == SortRole ? keyLabel(node) : n.path.last();
        case Spend:
        case Trend:
            return k.listCostNano;
        case Share:
            return opt(m_tree.shareOfParent(node));
        case Delta:
            return role == SortRole ? QVariant(double(k.listCostNano - n.previous.listCostNano)) : opt(delta);
        case CostPerTask:
            return opt(k.costPerTaskUsd());
        case Cpso:
            return opt(k.cpsoUsd());
        case ReworkRate:
            return opt(k.reworkRate());
        case TokenEfficiency:
            return opt(k.tokenEfficiency());
        case CacheHitRate:
            return opt(k.cacheHitRate());
        }
        return {};
    }

    if (role == Qt::DisplayRole) {
        switch (col) {
        case Name:
            return keyLabel(node);
        case Spend:
            return Format::money(k.listCostNano);
        case Share:
            return Format::optionalPercent(m_tree.shareOfParent(node));
        case Delta:
            if (!m_tree.previousPeriod)
                return QString();
            if (!delta) // "new" only where something else spent before: a period before the data says nothing
                return k.listCostNano > 0 && m_tree.previousTotal.listCostNano > 0 ? tr("new") : QStringLiteral("—");
            if (std::abs(*delta) < 0.0005)
                return QStringLiteral("± 0.0%");
            return QString(
                (*delta > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + Format::percent(std::abs(*delta)));
        case Trend:
            return {};
        case CostPerTask:
            return Format::optionalUsd(k.costPerTaskUsd());
        case Cpso:
            return Format::optionalUsd(k.cpsoUsd());
        case ReworkRate:
            return Format::optionalPercent(k.reworkRate());
        case TokenEfficiency:
            return Format::optionalPercent(k.tokenEfficiency());
        case CacheHitRate:
            return Format::optionalPercent(k.cacheHitRate());
        }
        return {};
    }

    if (role == Qt::ToolTipRole) {
        switch (col) {
        case Name:
            return tr("%1: %2\n%3 calls · %4 events")
                .arg(levelTitle(m_tree.levels.at(n.level)), pathLabel(node), Format::count(k.calls),
                    Format::count(k.events));
        case Spend:
            return k.unpricedCalls > 0
                ? tr("%1 list cost; %n call(s) without a known price are not included.", nullptr, int(k.unpricedCalls))
                      .arg(Format::money(k.listCostNano))
                : tr("%1 list cost").arg(Format::money(k.listCostNano));
        case Delta:
            if (!m_tree.previousPeriod)
                return definition(Delta);
            return tr("Previous period %1 – %2: %3\nThis period: %4")
                .arg(TimeUtil::toDate(*m_tree.previousPeriod->fromMs),
                    TimeUtil::toDate(*m_tree.previousPeriod->toMs - 1), Format::money(n.previous.listCostNano),
                    Format::money(k.listCostNano));
        case Trend: {
            if (n.daily.isEmpty())
                return definition(Trend);
            const auto peak = std::max_element(n.daily.cbegin(), n.daily.cend());
            return tr("Spend per day, %1 – %2; peak %3 on %4")
                .arg(TimeUtil::toDate(m_tree.days.first()), TimeUtil::toDate(m_tree.days.last()), Format::money(*peak),
                    TimeUtil::toDate(m_tree.days.at(int(peak - n.daily.cbegin()))));
        }
        case CostPerTask:
            return tr("%1\n%2 tasks").arg(definition(CostPerTask), Format::count(k.tasks));
        case Cpso:
            return tr("%1\n%2 accepted tasks").arg(definition(Cpso), Format::count(k.acceptedTasks));
        default:
            return definition(Columns(col));
        }
    }
    return {};
}

QByteArray CostTreeModel::toCsv(const QList<int>& nodes) const
{
    QStringList header;
    for (const Analytics::TreeLevel& l : m_tree.levels)
        header << levelTitle(l);
    header << tr("Spend (USD)") << tr("Share of parent") << tr("Previous spend (USD)") << tr("Change vs previous")
           << tr("Cost per task (USD)") << tr("CPSO (USD)") << tr("Rework rate") << tr("Token efficiency")
           << tr("Cache hit rate") << tr("Calls") << tr("Tasks");
    QStringList lines;
    QStringList fields;
    for (const QString& h : std::as_const(header))
        fields << csvField(h);
    lines << fields.join(QLatin1Char(','));
    for (int id : nodes) {
        const Analytics::CostNode& n = m_tree.nodes.at(id);
        const Analytics::Kpis& k = n.current;
        fields.clear();
        for (int l = 0; l < m_tree.levels.size(); ++l) {
            QString key;
            if (l < n.path.size()) {
                int a = id; // the ancestor at level l names the key as shown
                while (m_tree.nodes.at(a).level > l)
                    a = m_tree.nodes.at(a).parent;
                key = keyLabel(a);
            }
            fields << csvField(key);
        }
        fields << Money::nanoToDecimalString(k.listCostNano, 2) << csvNumber(m_tree.shareOfParent(id))
               << (m_tree.previousPeriod ? Money::nanoToDecimalString(n.previous.listCostNano, 2) : QString())
               << csvNumber(m_tree.spendDelta(id)) << csvNumber(k.costPerTaskUsd()) << csvNumber(k.cpsoUsd())
               << csvNumber(k.reworkRate()) << csvNumber(k.tokenEfficiency()) << csvNumber(k.cacheHitRate())
               << QString::number(k.calls) << QString::number(k.tasks);
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}
