// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QFrame>

class QLabel;

/** A KPI tile: title, big value, one line of context; the tooltip defines the metric. */
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    KpiCard(const QString& title, const QString& definition, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail = {});
    QString value() const;

private:
    QLabel* m_value;
    QLabel* m_detail;
};
