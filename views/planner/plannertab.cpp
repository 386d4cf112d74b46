// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/planner/plannertab.h"
#include "views/theme.h"

#include "views/chartaxes.h"
#include "views/style.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QTableWidgetItem>
#include <QLabel>

bool FieldMarks::mark(const std::vector<Planning::FieldError>& errors, QLabel* banner)
{
    for (auto it = m_tooltips.cbegin(); it != m_tooltips.cend(); ++it) {
        it.key()->setStyleSheet(QString());
        it.key()->setToolTip(it.value());
    }
    m_tooltips.clear();
    QStringList lines;
    for (const Planning::FieldError& e : errors) {
        lines << e.message.toHtmlEscaped();
        QWidget* w = m_widgets.value(e.field);
        if (!w || m_tooltips.contains(w))
            continue;
        m_tooltips.insert(w, w->toolTip());
        w->setStyleSheet(QStringLiteral("border: 2px solid #D55E00;"));
        w->setToolTip(QStringLiteral("<p><b>%1</b></p>%2").arg(e.message.toHtmlEscaped(), w->toolTip()));
    }
    if (lines.isEmpty()) {
        banner->hide();
        return true;
    }
    Style::showBanner(banner, Style::Banner::Error, lines.join(QStringLiteral("<br>")));
    return false;
}

namespace PlannerUi {

QDoubleSpinBox* spin(QWidget* parent, double value, int decimals, const QString& prefix, const QString& suffix,
    const QString& tooltip, double min, double max)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setPrefix(prefix);
    s->setSuffix(suffix);
    s->setGroupSeparatorShown(true);
    s->setKeyboardTracking(false);
    s->setValue(value);
    s->setToolTip(tooltip);
    s->setAccelerated(true);
    return s;
}

QChartView* chartView(const QString& title, QWidget* parent, bool legend)
{
    auto* chart = Theme::newChart();
    chart->setTitle(title);
    chart->legend()->setVisible(legend);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

void clearChart(QChart* chart)
{
    ChartAxes::clear(chart);
}

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace PlannerUi
