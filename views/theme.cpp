// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/theme.h"

#include "views/models/colors.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Theme {

namespace {

    const QString Key = QStringLiteral("appearance");

    /** The look the platform gave us before anything was chosen, to go back to. */
    struct Platform
    {
        QString style;
        QPalette palette;
    };

    const Platform& platform()
    {
        static const Platform p { QApplication::style()->name(), QApplication::palette() };
        return p;
    }

    QPalette darkPalette()
    {
        const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xea, 0xed), button(0x3a, 0x3d, 0x41);
        const QColor disabled(0x80, 0x84, 0x8a), highlight(0x3a, 0x7b, 0xd5);
        QPalette p;
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
        p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x43));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa4));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, button);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
        p.setColor(QPalette::Light, button.lighter(140));
        p.setColor(QPalette::Midlight, button.lighter(120));
        p.setColor(QPalette::Mid, button.darker(120));
        p.setColor(QPalette::Dark, button.darker(160));
        p.setColor(QPalette::Shadow, Qt::black);
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
        p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
        for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, disabled);
        p.setColor(QPalette::Disabled, QPalette::Base, window);
        p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x54, 0x5a));
        return p;
    }

} // namespace

Appearance chosen()
{
    const QString v = QSettings().value(Key).toString();
    return v == QLatin1String("dark") ? Appearance::Dark
        : v == QLatin1String("light") ? Appearance::Light
                                      : Appearance::System;
}

void setChosen(Appearance a)
{
    QSettings s;
    if (a == Appearance::System)
        s.remove(Key);
    else
        s.setValue(Key, a == Appearance::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void apply(Appearance a)
{
    const Platform& p = platform();
    if (a == Appearance::System) {
        QApplication::setStyle(QStyleFactory::create(p.style));
        QApplication::setPalette(p.palette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(a == Appearance::Dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    // the new palette reaches the widgets through posted events; deliver them now, then re-read every style sheet,
    // whose palette(...) colours were fixed when it was applied
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::PaletteChange);
    for (QWidget* w : QApplication::allWidgets()) {
        if (!w->styleSheet().isEmpty())
            w->setStyleSheet(w->styleSheet());
        if (auto* view = qobject_cast<QChartView*>(w); view && view->chart())
            restyle(view->chart());
    }
}

bool isDark()
{
    return Colors::isDark();
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setTheme(isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // axis numbers the locale's way ("1.234,5"); the axes' printf formats give only precision, prefix and suffix
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    restyle(chart);
    return chart;
}

void restyle(QChart* chart)
{
    const QPalette p = QApplication::palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    if (isDark())
        grid = grid.lighter(130);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

QColor readable(const QColor& light)
{
    return Colors::readable(light);
}

} // namespace Theme
