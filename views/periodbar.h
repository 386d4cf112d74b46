// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/analytics/period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class WorkspaceContext;

/**
 * The window's one period, as every analysis page shows it in its header: a preset (last 7, 30 or 90 days, the last
 * calendar month, all data) or custom dates. A change here changes the period of every page (WorkspaceContext). A
 * page reports what it showed through showResult(); when the period holds no calls but the workspace does,
 * emptyBanner() says so with a one-click "Show all data". GUI thread only.
 */
class PeriodBar : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodBar(WorkspaceContext* context, QWidget* parent = nullptr);

    /** The banner shown when the period is empty; the page puts it in its layout. */
    QLabel* emptyBanner() const { return m_empty; }
    QComboBox* presets() const { return m_preset; }

    /**
     * What the page computed: the period it applied (open ends: all data), how many events fell in it, and the
     * workspace's first and last event. Keeps the custom dates on the shown period and shows or hides the banner.
     */
    void showResult(const Analytics::Filter& applied, qint64 eventsInPeriod, const Analytics::TimeSpan& span);

    /** The period as shown, for a report's header: "Last 30 days: 2026-11-01 to 2026-11-30 (UTC)". */
    QString describe() const;

private:
    void syncFromContext();
    void presetChosen(int index);
    void datesEdited();

    WorkspaceContext* m_context;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_empty;
};
