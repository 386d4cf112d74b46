// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/models/anomalymodel.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "views/models/format.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace {

QString minute(qint64 ms)
{
    return TimeUtil::toIso(ms).left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QColor severityColor(Anomalies::Severity s)
{
    switch (s) {
    case Anomalies::Severity::Critical:
        return QColor(0xC6, 0x28, 0x28);
    case Anomalies::Severity::High:
        return QColor(0xD5, 0x5E, 0x00);
    case Anomalies::Severity::Medium:
        return QColor(0xB0, 0x8A, 0x00);
    case Anomalies::Severity::Low:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QString severityTitle(Anomalies::Severity s)
{
    switch (s) {
    case Anomalies::Severity::Critical:
        return AnomalyModel::tr("Critical");
    case Anomalies::Severity::High:
        return AnomalyModel::tr("High");
    case Anomalies::Severity::Medium:
        return AnomalyModel::tr("Medium");
    case Anomalies::Severity::Low:
        break;
    }
    return AnomalyModel::tr("Low");
}

QString number(double v)
{
    return std::abs(v) >= 100 ? Format::count(qint64(std::llround(v))) : QString::number(v, 'g', 3);
}

} // namespace

AnomalyModel::AnomalyModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AnomalyModel::setAnomalies(QList<Anomalies::Anomaly> anomalies)
{
    beginResetModel();
    m_anomalies = std::move(anomalies);
    endResetModel();
}

int AnomalyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_anomalies.size());
}

int AnomalyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QString AnomalyModel::whereText(const Anomalies::Anomaly& a)
{
    QStringList parts;
    for (auto it = a.where.cbegin(); it != a.where.cend(); ++it)
        parts << tr("%1 = %2").arg(it.key(), it.value().isEmpty() ? tr("(none)") : it.value());
    return parts.join(QStringLiteral(", "));
}

QString AnomalyModel::observedText(const Anomalies::Anomaly& a)
{
    if (a.baseline <= 0)
        return tr("%1: %2").arg(a.metric, number(a.observed));
    return tr("%1: %2 against %3 (%4×)").arg(a.metric, number(a.observed), number(a.baseline), number(a.ratio()));
}

QVariant AnomalyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_anomalies.size())
        return {};
    const Anomalies::Anomaly& a = m_anomalies[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return Anomalies::kindTitle(a.kind);
        case Where:
            return whereText(a);
        case Start:
            return minute(a.startMs);
        case End:
            return minute(a.endMs);
        case Severity:
            return severityTitle(a.severity);
        case Excess:
            return a.excessCostNano ? Format::money(*a.excessCostNano) : tr("unknown");
        case Calls:
            return Format::count(a.evidenceCalls);
        case Observed:
            return observedText(a);
        }
    } else if (role == SortRole || role == RawValueRole) {
        switch (index.column()) {
        case Kind:
            return int(a.kind);
        case Where:
            return whereText(a);
        case Start:
            return a.startMs;
        case End:
            return a.endMs;
        case Severity:
            return int(a.severity);
        case Excess:
            return a.excessCostNano ? QVariant(*a.excessCostNano) : QVariant(qint64(-1));
        case Calls:
            return a.evidenceCalls;
        case Observed:
            return a.ratio();
        }
    } else if (role == Qt::ForegroundRole && index.column() == Severity) {
        return QBrush(severityColor(a.severity));
    } else if (role == Qt::TextAlignmentRole && (index.column() == Excess || index.column() == Calls)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Excess && !a.excessCostNano)
            return tr("The model has no price: its cost, and so the excess, is unknown (never counted as $0).");
        if (index.column() == Where) // the whole text: the column elides it in the middle
            return QStringLiteral("%1\n%2").arg(whereText(a), observedText(a));
        return observedText(a);
    }
    return {};
}

QVariant AnomalyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Kind:
            return tr("Kind");
        case Where:
            return tr("Where");
        case Start:
            return tr("Start (UTC)");
        case End:
            return tr("End (UTC)");
        case Severity:
            return tr("Severity");
        case Excess:
            return tr("Excess cost");
        case Calls:
            return tr("Calls");
        case Observed:
            return tr("Measured");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Kind:
            return tr("Which detector found it: spend spike, shadow spend, agent loop, retry storm, context bloat or "
                      "unpriced model.");
        case Where:
            return tr("The cost center, model, API key, project, task or agent the anomaly is about.");
        case Start:
            return tr("First day, or first call, of the anomaly (UTC).");
        case End:
            return tr("End of the last day, or just after the last call (UTC, exclusive).");
        case Severity:
            return tr("From the excess cost and the ratio to the baseline; the rule is in the method text.");
        case Excess:
            return tr("Estimated list cost above what the baseline expects (for shadow spend: all unowned spend).");
        case Calls:
            return tr("Calls behind the anomaly (the evidence).");
        case Observed:
            return tr("What the detector measured against its baseline.");
        }
    }
    return {};
}

EvidenceModel::EvidenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EvidenceModel::setCalls(QList<Anomalies::EvidenceCall> calls)
{
    beginResetModel();
    m_calls = std::move(calls);
    endResetModel();
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const Anomalies::EvidenceCall& c = m_calls[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return TimeUtil::toIso(c.timeMs).left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
        case Model:
            return c.model;
        case CostCenter:
            return Format::groupLabel(c.costCenter);
        case ApiKey:
            return c.apiKey;
        case Project:
            return c.project;
        case Task:
            return c.taskId;
        case Agent:
            return c.agentId;
        case Status:
            return c.status;
        case Calls:
            return Format::count(c.calls);
        case Input:
            return Format::count(c.inputTokens);
        case Output:
            return Format::count(c.outputTokens);
        case Cost:
            return c.listCostNano ? Format::money(*c.listCostNano) : tr("unpriced");
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case Time:
            return c.timeMs;
        case Calls:
            return c.calls;
        case Input:
            return c.inputTokens;
        case Output:
            return c.outputTokens;
        case Cost:
            return c.listCostNano.value_or(-1);
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= Calls) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && (index.column() == Task || index.column() == Agent)) {
        return c.parentCallId.isEmpty() ? tr("Call %1, no parent call").arg(c.callId)
                                        : tr("Call %1, child of %2").arg(c.callId, c.parentCallId);
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        static const char* const names[] = { QT_TR_NOOP("Time (UTC)"), QT_TR_NOOP("Model"), QT_TR_NOOP("Cost center"),
            QT_TR_NOOP("API key"), QT_TR_NOOP("Project"), QT_TR_NOOP("Task"), QT_TR_NOOP("Agent"), QT_TR_NOOP("Status"),
            QT_TR_NOOP("Calls"), QT_TR_NOOP("Input tok."), QT_TR_NOOP("Output tok."), QT_TR_NOOP("List cost") };
        return section >= 0 && section < NUM_COLUMNS ? tr(names[section]) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Input:
            return tr("Input tokens: uncached + cache reads + cache writes.");
        case Output:
            return tr("Output tokens, reasoning included.");
        case Cost:
            return tr("The call's list cost from the price catalog valid at its time.");
        default:
            break;
        }
    }
    return {};
}
