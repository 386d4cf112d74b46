// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QColor>
#include <QString>

class QChart;

/**
 * Light or dark: the system's palette, or one chosen in Preferences and remembered. Widgets follow the application
 * palette by themselves; charts and the few colours we paint ourselves ask isDark().
 */
namespace Theme {

enum class Appearance { System, Light, Dark };

/** From QSettings ("appearance": system, light, dark); System when unset. */
Appearance chosen();
void setChosen(Appearance a);

/** Makes `a` the application's look now: palette and style, and restyles every chart on screen. */
void apply(Appearance a);

/** Whether the application palette is dark (a light text on a dark window), whichever way it came to be. */
bool isDark();

/** A new chart in the theme of the palette: call before adding series and axes, which then take its colours. */
QChart* newChart();

/** Background, titles, legend and axes of `chart` in the palette's colours; its series keep theirs. */
void restyle(QChart* chart);

/** `light` on a light palette; on a dark one the same hue, lighter, so that it reads on a dark background. */
QColor readable(const QColor& light);

} // namespace Theme
