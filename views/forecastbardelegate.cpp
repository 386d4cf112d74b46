// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/forecastbardelegate.h"
#include "views/theme.h"

#include "views/models/budgettablemodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int BarWidth = 140;
}

void ForecastBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariantList v = index.data(BudgetTableModel::ForecastRole).toList();
    if (v.size() != 5) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double budget = v[0].toDouble(), mtd = v[1].toDouble(), low = v[2].toDouble(), central = v[3].toDouble(),
                 high = v[4].toDouble();
    const double scale = std::max({ budget, high, 1e-9 }) * 1.05;
    const QRect r = option.rect.adjusted(6, 6, 0, -6);
    const QRectF bar(r.left(), r.top(), BarWidth, r.height());
    auto x = [&](double usd) { return bar.left() + bar.width() * usd / scale; };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(bar, Theme::isDark() ? QColor(0x3a, 0x3d, 0x41) : QColor(0xee, 0xee, 0xee));
    const bool over = central > budget;
    const QColor strong = over ? QColor(0xc6, 0x28, 0x28) : QColor(0x1e, 0x6f, 0xb8);
    QColor light = strong;
    light.setAlpha(70);
    painter->fillRect(QRectF(bar.left(), bar.top() + 2, x(central) - bar.left(), bar.height() - 4), light);
    painter->fillRect(QRectF(bar.left(), bar.top() + 2, x(mtd) - bar.left(), bar.height() - 4), strong);
    // whiskers: low .. high with end caps
    const double mid = bar.center().y();
    painter->setPen(QPen(Theme::isDark() ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x33, 0x33, 0x33), 1.2));
    painter->drawLine(QPointF(x(low), mid), QPointF(x(high), mid));
    painter->drawLine(QPointF(x(low), bar.top() + 3), QPointF(x(low), bar.bottom() - 3));
    painter->drawLine(QPointF(x(high), bar.top() + 3), QPointF(x(high), bar.bottom() - 3));
    // the budget
    painter->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
    painter->drawLine(QPointF(x(budget), bar.top()), QPointF(x(budget), bar.bottom()));
    painter->restore();

    painter->save();
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(option.rect.adjusted(BarWidth + 14, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize ForecastBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + BarWidth + 14);
    s.setHeight(std::max(s.height(), 26));
    return s;
}
