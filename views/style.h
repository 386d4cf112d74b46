// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "views/theme.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

/** The few looks the pages share: page titles and banners (error, warning, information). */
namespace Style {

inline QLabel* pageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    return title;
}

/** The top row of an analysis page: title, a grey subtitle (period, counts), a stretch, an idle busy bar. */
struct PageHeader
{
    QHBoxLayout* bar;
    QLabel* subtitle;
    QProgressBar* busy; // indeterminate; shown while the page loads
};

/** Makes the header row of `page`; add controls after it to `bar`, then add `bar` to the page's layout. */
inline PageHeader pageHeader(const QString& title, QWidget* page)
{
    auto* bar = new QHBoxLayout;
    bar->addWidget(pageTitle(title, page));
    bar->addSpacing(16);
    auto* subtitle = new QLabel(page);
    subtitle->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    bar->addWidget(subtitle);
    bar->addStretch();
    auto* busy = new QProgressBar(page);
    busy->setMaximum(0);
    busy->setMaximumWidth(120);
    busy->setTextVisible(false);
    busy->hide();
    bar->addWidget(busy);
    return { bar, subtitle, busy };
}

enum class Banner { Error, Warning, Info };

inline void setBanner(QLabel* label, Banner kind)
{
    static const char* const light[] = { "background: #fdecea; color: #611a15; padding: 6px; border-radius: 4px;",
        "background: #fff4e5; color: #663c00; padding: 6px; border-radius: 4px;",
        "background: #e8f4fd; color: #0d3c61; padding: 6px; border-radius: 4px;" };
    static const char* const dark[] = { "background: #4a1f1c; color: #f6c9c4; padding: 6px; border-radius: 4px;",
        "background: #4a3614; color: #fde2b0; padding: 6px; border-radius: 4px;",
        "background: #163650; color: #cfe6fb; padding: 6px; border-radius: 4px;" };
    label->setWordWrap(true);
    label->setStyleSheet(QString::fromLatin1((Theme::isDark() ? dark : light)[int(kind)]));
}

/** Shows `text` in `label` as a banner of `kind`. */
inline void showBanner(QLabel* label, Banner kind, const QString& text)
{
    label->setText(text);
    setBanner(label, kind);
    label->show();
}

} // namespace Style
