// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/budgettablemodel.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace {

QString shortTime(qint64 ms)
{
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), Format::dayMonthPattern() + QStringLiteral(" HH:mm"));
}

QString shortDay(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), Format::dayMonthPattern());
}

QString usd(qint64 nano)
{
    return Format::money(nano);
}

QString wholeUsd(qint64 nano)
{
    return QStringLiteral("$") + QLocale().toString(qRound64(Money::nanoToUsd(nano)));
}

double maxPercentCrossed(const Budgets::BudgetStatus& s)
{
    double level = 0;
    for (const Budgets::AlertCrossing& a : s.alerts)
        if (a.kind == QLatin1String(Budgets::Kind::BudgetPercent))
            level = std::max(level, a.threshold);
    return level;
}

} // namespace

BudgetTableModel::BudgetTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BudgetTableModel::setReport(Budgets::BudgetReport report)
{
    beginResetModel();
    m_report = std::move(report);
    m_rows.clear();
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const Budgets::BudgetStatus& s = m_report.rows[i];
        m_rows << Row { s.costCenter, s.budgetNano, s.mtdNano, i };
    }
    for (const auto& [cc, spent] : m_report.unbudgeted)
        m_rows << Row { cc, 0, spent, -1 };
    endResetModel();
}

QList<Budgets::Budget> BudgetTableModel::budgets() const
{
    QList<Budgets::Budget> out;
    for (const Row& r : m_rows)
        if (r.budgetNano > 0)
            out << Budgets::Budget { r.costCenter, r.budgetNano };
    std::sort(out.begin(), out.end(),
        [](const Budgets::Budget& a, const Budgets::Budget& b) { return a.costCenter < b.costCenter; });
    return out;
}

void BudgetTableModel::setBudgets(const QList<Budgets::Budget>& budgets)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        qint64 amount = 0;
        for (const Budgets::Budget& b : budgets)
            if (b.costCenter == m_rows[i].costCenter)
                amount = b.monthlyNano;
        if (amount != m_rows[i].budgetNano) {
            m_rows[i].budgetNano = amount;
            emit dataChanged(index(i, 0), index(i, NUM_COLUMNS - 1));
        }
    }
}

const Budgets::BudgetStatus* BudgetTableModel::status(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].status < 0)
        return nullptr;
    // an edited amount is not evaluated yet: no stale alerts for it
    const Budgets::BudgetStatus& s = m_report.rows[m_rows[row].status];
    return s.budgetNano == m_rows[row].budgetNano ? &s : nullptr;
}

int BudgetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BudgetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant BudgetTableModel::display(const Row& r, int column) const
{
    const Budgets::BudgetStatus* s = status(int(&r - m_rows.constData()));
    switch (column) {
    case CostCenter:
        return Format::groupLabel(r.costCenter);
    case Budget:
        return r.budgetNano > 0 ? usd(r.budgetNano) : tr("— (double-click to set)");
    case MonthToDate:
        return usd(r.mtdNano);
    case Spent:
        return r.budgetNano > 0 ? Format::percent(double(r.mtdNano) / double(r.budgetNano)) : QString();
    case Forecast:
        if (!s)
            return QString();
        if (s->daysElapsed >= s->daysInMonth)
            return tr("%1 (month complete)").arg(usd(s->forecast.centralNano));
        return tr("%1 (%2 – %3)")
            .arg(usd(s->forecast.centralNano), wholeUsd(s->forecast.lowNano), wholeUsd(s->forecast.highNano));
    case Alerts: {
        if (!s)
            return QString();
        QStringList badges;
        for (const Budgets::AlertCrossing& a : s->alerts)
            badges << (a.kind == QLatin1String(Budgets::Kind::ForecastBreach)
                    ? tr("forecast")
                    : QStringLiteral("%1%").arg(qRound(a.threshold * 100)));
        return badges.isEmpty() ? tr("none") : badges.join(QStringLiteral(" · "));
    }
    case Breaker:
        if (!s)
            return QString();
        if (!s->breaker.tripped)
            return tr("not reached");
        if (s->breaker.blockedCalls == 0)
            return tr("reached 100 % %1; no later calls to block").arg(shortTime(s->breaker.atMs));
        return tr("would have stopped %1, blocking %2 of %3 calls")
            .arg(shortTime(s->breaker.atMs), usd(s->breaker.blockedNano), Format::count(s->breaker.blockedCalls));
    }
    return {};
}

QVariant BudgetTableModel::toolTip(const Row& r, int column) const
{
    const Budgets::BudgetStatus* s = status(int(&r - m_rows.constData()));
    switch (column) {
    case Budget:
        return tr("Monthly budget of %1 in USD of list cost. Double-click to change; 0 removes it. Setting a budget "
                  "adds alert rules at 80 %, 90 % and 100 % and on a forecast breach.")
            .arg(Format::groupLabel(r.costCenter));
    case MonthToDate:
        return tr("List cost of the month's calls from its first day through the as-of day (UTC); calls without a "
                  "known price are not counted.");
    case Forecast:
        if (!s)
            return {};
        return tr("Month-end forecast of %1 days after %2 elapsed: month-to-date plus each remaining day at the "
                  "mean of its kind so far (working days or weekend days, UTC) = %3.\nInterval (10th–90th "
                  "percentile): ± 1.28 × standard deviation of the daily spend around its kind's mean (%4/day) × "
                  "√%5 remaining days.")
            .arg(s->daysInMonth)
            .arg(s->daysElapsed)
            .arg(usd(s->forecast.centralNano), usd(qint64(s->forecast.dailySigmaNano)))
            .arg(s->daysInMonth - s->daysElapsed);
    case Alerts: {
        if (!s)
            return {};
        QStringList lines { tr("Alert rules that fired this month:") };
        for (const Budgets::AlertCrossing& a : s->alerts)
            lines << (a.kind == QLatin1String(Budgets::Kind::ForecastBreach)
                    ? tr("forecast above %1 of the budget on %2 (judged from day 7)")
                          .arg(Format::percent(a.threshold), shortDay(a.dayMs))
                    : tr("%1 of the budget spent at %2").arg(Format::percent(a.threshold), shortTime(*a.atMs)));
        if (s->alerts.isEmpty())
            lines << tr("none");
        return lines.join(QLatin1Char('\n'));
    }
    case Breaker:
        return tr("Circuit breaker: replaying the month's calls in time order, the call that took spend to 100 % of "
                  "the budget still runs; a hard stop would have blocked every later call (their list cost and "
                  "count shown).");
    case Spent:
        return tr("Month-to-date as a share of the budget.");
    }
    return {};
}

QVariant BudgetTableModel::sortValue(const Row& r, int column) const
{
    const Budgets::BudgetStatus* s = status(int(&r - m_rows.constData()));
    switch (column) {
    case CostCenter:
        return r.costCenter;
    case Budget:
        return r.budgetNano;
    case MonthToDate:
        return r.mtdNano;
    case Spent:
        return r.budgetNano > 0 ? double(r.mtdNano) / double(r.budgetNano) : -1.0;
    case Forecast:
        return s ? s->forecastFraction() : -1.0;
    case Alerts:
        return s ? maxPercentCrossed(*s) + 0.001 * s->alerts.size() : -1.0;
    case Breaker:
        return s && s->breaker.tripped ? double(s->breaker.atMs) : 1e18;
    }
    return {};
}

QVariant BudgetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    const Budgets::BudgetStatus* s = status(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::EditRole:
        return index.column() == Budget ? QVariant(Money::nanoToUsd(r.budgetNano)) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Budget || index.column() == MonthToDate || index.column() == Spent
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Budget && r.budgetNano <= 0)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case SortRole:
    case RawValueRole:
        return sortValue(r, index.column());
    case ForecastRole:
        if (!s)
            return {};
        return QVariantList { Money::nanoToUsd(s->budgetNano), Money::nanoToUsd(s->mtdNano),
            Money::nanoToUsd(s->forecast.lowNano), Money::nanoToUsd(s->forecast.centralNano),
            Money::nanoToUsd(s->forecast.highNano) };
    case AlertLevelRole:
        return s ? maxPercentCrossed(*s) : 0.0;
    }
    return {};
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char* const names[]
        = { QT_TR_NOOP("Cost center"), QT_TR_NOOP("Monthly budget"), QT_TR_NOOP("Month to date"), QT_TR_NOOP("Spent"),
              QT_TR_NOOP("Month-end forecast (10–90 %)"), QT_TR_NOOP("Alerts"), QT_TR_NOOP("Circuit breaker") };
    if (role == Qt::DisplayRole && section >= 0 && section < NUM_COLUMNS)
        return tr(names[section]);
    if (role == Qt::ToolTipRole) {
        if (section == Forecast)
            return tr("Bar: month-to-date (dark) and forecast (light) with whiskers at the 10th and 90th percentile; "
                      "the red mark is the budget.");
        if (section == Alerts)
            return tr("Budget alert rules that fired this month: 80 %, 90 %, 100 % of the budget spent, and the "
                      "forecast above the budget.");
        if (section == Breaker)
            return tr("What a hard stop at 100 % of the budget would have blocked this month.");
    }
    return {};
}

bool BudgetTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Budget || index.row() >= m_rows.size())
        return false;
    bool ok = false;
    const double usdValue = value.toDouble(&ok);
    if (!ok || usdValue < 0)
        return false;
    const auto nano = Money::parseUsdToNano(QString::number(usdValue, 'f', 2));
    if (!nano || *nano == m_rows[index.row()].budgetNano)
        return false;
    const QList<Budgets::Budget> before = budgets();
    QList<Budgets::Budget> after;
    for (const Budgets::Budget& b : before)
        if (b.costCenter != m_rows[index.row()].costCenter)
            after << b;
    if (*nano > 0)
        after << Budgets::Budget { m_rows[index.row()].costCenter, *nano };
    std::sort(after.begin(), after.end(),
        [](const Budgets::Budget& a, const Budgets::Budget& b) { return a.costCenter < b.costCenter; });
    emit budgetsEdited(before, after);
    return true;
}

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Budget)
        f |= Qt::ItemIsEditable;
    return f;
}
