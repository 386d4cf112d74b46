// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

/** Colours the models hand to views that read on the application palette, light or dark (Theme chooses it). */
namespace Colors {

/** Whether the application palette is dark: a light text on a dark window. */
inline bool isDark()
{
    const QPalette p = QGuiApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

/** `light` on a light palette; on a dark one the same hue, lighter, so that it reads on a dark background. */
inline QColor readable(const QColor& light)
{
    if (!isDark())
        return light;
    const QColor c = light.toHsl();
    return QColor::fromHsl(c.hslHue(), c.hslSaturation(), std::max(c.lightness(), 170));
}

} // namespace Colors
