// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/anomalies/anomalies.h"

#include <QAbstractTableModel>

/** Anomalies as a table: kind, where, start–end, severity, excess, evidence calls. Swaps its snapshot whole. */
class AnomalyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { Kind, Where, Start, End, Severity, Excess, Calls, Observed, NUM_COLUMNS };
    enum Roles { SortRole = Qt::UserRole, RawValueRole };

    explicit AnomalyModel(QObject* parent = nullptr);

    void setAnomalies(QList<Anomalies::Anomaly> anomalies);
    const QList<Anomalies::Anomaly>& anomalies() const { return m_anomalies; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "cost_center = Engineering, model = o3"; an empty value reads "(none)". */
    static QString whereText(const Anomalies::Anomaly& a);
    /** The measured value against its baseline, e.g. "60 calls per 10 min against 3 (20×)". */
    static QString observedText(const Anomalies::Anomaly& a);

private:
    QList<Anomalies::Anomaly> m_anomalies;
};

/** The calls behind one anomaly. */
class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        Time,
        Model,
        CostCenter,
        ApiKey,
        Project,
        Task,
        Agent,
        Status,
        Calls,
        Input,
        Output,
        Cost,
        NUM_COLUMNS
    };
    enum Roles { SortRole = Qt::UserRole };

    explicit EvidenceModel(QObject* parent = nullptr);
    void setCalls(QList<Anomalies::EvidenceCall> calls);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Anomalies::EvidenceCall> m_calls;
};
