// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/inference/ab/abrecord.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

/**
 * What an hour of the machine costs and how busy it is, turned into $ per 1M generated tokens for A and B (from their
 * median decode speed), beside the API output price of a catalog model the user picks. The price is typed or taken
 * from the dated list in resources/ab/gpu-prices.json. Remembered between runs.
 */
class AbCostBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit AbCostBox(QWidget* parent = nullptr);

    Ab::Cost cost() const;
    /** Recomputes the $ per 1M tokens from these decode speeds (tokens/s); 0 hides a figure. */
    void setDecodeSpeeds(double a, double b, const QString& typeA, const QString& typeB);
    /** For tests and exports: the three $ per 1M figures as shown. */
    QString usdText(int which) const; // 0: A, 1: B, 2: the API model

    QDoubleSpinBox* priceBox() const { return m_price; }
    QDoubleSpinBox* utilizationBox() const { return m_utilization; }
    QComboBox* apiModelBox() const { return m_apiModel; }

signals:
    /** The user changed the price, utilization or API model. */
    void costChanged();

private:
    void update();
    void remember() const;

    QComboBox* m_preset;
    QDoubleSpinBox* m_price;
    QDoubleSpinBox* m_utilization;
    QComboBox* m_apiModel;
    QLabel* m_usd[3];
    QLabel* m_note;
    double m_speed[2] = { 0, 0 };
};
