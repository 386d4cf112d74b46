// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a series of numbers (a QList<qint64> under `role`) as a small line with a lightly filled area, scaled to
 * the series' own maximum; a dot marks the last value. Empty or all-zero series draw a flat baseline.
 */
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SparklineDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};
