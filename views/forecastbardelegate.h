// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QStyledItemDelegate>

/**
 * Paints BudgetTableModel's forecast column as a bar: month-to-date (dark), forecast (light), whiskers from the low
 * to the high end of the interval and a red mark at the budget, all on one scale per row; the text follows the bar.
 */
class ForecastBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
