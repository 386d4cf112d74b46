// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

SparklineDelegate::SparklineDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{ }

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // background, selection and focus as for any cell, without text
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* w = option.widget;
    QStyle* style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const QList<qint64> series = index.data(m_role).value<QList<qint64>>();
    const QRectF r = QRectF(option.rect).adjusted(6, 4, -6, -4);
    if (r.width() < 8 || r.height() < 4)
        return;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor line = selected ? option.palette.color(QPalette::HighlightedText) : QColor(0x00, 0x72, 0xB2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qint64 max = series.isEmpty() ? 0 : *std::max_element(series.cbegin(), series.cend());
    if (series.size() < 2 || max <= 0) {
        painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
        painter->drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
        painter->restore();
        return;
    }
    const double dx = r.width() / double(series.size() - 1);
    auto point
        = [&](int i) { return QPointF(r.left() + i * dx, r.bottom() - r.height() * double(series[i]) / double(max)); };
    QPainterPath path(point(0));
    for (int i = 1; i < series.size(); ++i)
        path.lineTo(point(i));
    QPainterPath area = path;
    area.lineTo(r.right(), r.bottom());
    area.lineTo(r.left(), r.bottom());
    area.closeSubpath();
    QColor fill = line;
    fill.setAlpha(selected ? 70 : 45);
    painter->fillPath(area, fill);
    painter->setPen(QPen(line, 1.3));
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(line);
    painter->drawEllipse(point(int(series.size()) - 1), 2.2, 2.2);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize s = QStyledItemDelegate::sizeHint(option, index);
    return { std::max(s.width(), 120), std::max(s.height(), 22) };
}
