// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/periodbar.h"

#include "core/common/timeutil.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

namespace {

enum Preset { Last7, Last30, Last90, CalendarMonth, AllData, Custom };

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

qint64 msOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

PeriodBar::PeriodBar(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox(this);
    m_preset->setToolTip(tr("Period shown on every analysis page; relative periods end on the day of the "
                            "workspace's last call. Remembered for each workspace."));
    m_preset->addItem(tr("Last 7 days"));
    m_preset->addItem(tr("Last 30 days"));
    m_preset->addItem(tr("Last 90 days"));
    m_preset->addItem(tr("Last month (calendar)"));
    m_preset->addItem(tr("All data"));
    m_preset->addItem(tr("Custom…"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setTimeSpec(Qt::UTC);
        d->setKeyboardTracking(false); // typed dates apply when complete, not at every digit
    }
    m_from->setToolTip(tr("First day (UTC), included"));
    m_to->setToolTip(tr("Last day (UTC), included"));
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(m_to);

    m_empty = new QLabel(parent); // the page puts it in its layout
    m_empty->setTextFormat(Qt::RichText);
    Style::setBanner(m_empty, Style::Banner::Info);
    m_empty->hide();
    connect(
        m_empty, &QLabel::linkActivated, this, [this] { m_context->setPeriod(Analytics::PeriodChoice::allTime()); });

    syncFromContext();
    connect(m_preset, &QComboBox::activated, this, &PeriodBar::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodBar::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodBar::datesEdited);
    connect(m_context, &WorkspaceContext::periodChanged, this, &PeriodBar::syncFromContext);
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &PeriodBar::syncFromContext);
}

void PeriodBar::syncFromContext()
{
    const Analytics::PeriodChoice& p = m_context->period();
    int index = AllData;
    switch (p.kind) {
    case Analytics::PeriodChoice::Kind::LastDays:
        index = p.days == 7 ? Last7 : p.days == 90 ? Last90 : Last30;
        break;
    case Analytics::PeriodChoice::Kind::CalendarMonth:
        index = CalendarMonth;
        break;
    case Analytics::PeriodChoice::Kind::Custom: {
        index = Custom;
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(dayOf(p.custom.fromMs.value_or(0)));
        m_to->setDate(dayOf(p.custom.toMs.value_or(TimeUtil::MsPerDay) - 1));
        break;
    }
    case Analytics::PeriodChoice::Kind::AllTime:
        break;
    }
    m_preset->setCurrentIndex(index);
    m_from->setVisible(index == Custom);
    m_to->setVisible(index == Custom);
}

void PeriodBar::presetChosen(int index)
{
    switch (index) {
    case Last7:
        return m_context->setPeriod(Analytics::PeriodChoice::lastDays(7));
    case Last30:
        return m_context->setPeriod(Analytics::PeriodChoice::lastDays(30));
    case Last90:
        return m_context->setPeriod(Analytics::PeriodChoice::lastDays(90));
    case CalendarMonth:
        return m_context->setPeriod(Analytics::PeriodChoice::calendarMonth());
    case AllData:
        return m_context->setPeriod(Analytics::PeriodChoice::allTime());
    default:
        // custom starts from the dates shown last (showResult keeps them on the period shown)
        m_from->show();
        m_to->show();
        datesEdited();
    }
}

void PeriodBar::datesEdited()
{
    if (m_preset->currentIndex() != Custom)
        return;
    QDate from = m_from->date(), to = m_to->date();
    if (to < from)
        std::swap(from, to);
    m_context->setPeriod(Analytics::PeriodChoice::customDays(msOf(from), msOf(to)));
}

void PeriodBar::showResult(const Analytics::Filter& applied, qint64 eventsInPeriod, const Analytics::TimeSpan& span)
{
    if (span && m_preset->currentIndex() != Custom) {
        // keep the custom editors on the shown period, so "Custom…" starts from it
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(dayOf(applied.fromMs.value_or(span->first)));
        m_to->setDate(dayOf(applied.toMs ? *applied.toMs - 1 : span->second));
    }
    if (span && eventsInPeriod == 0) {
        const QString from = applied.fromMs ? TimeUtil::toDate(*applied.fromMs) : TimeUtil::toDate(span->first);
        const QString to = applied.toMs ? TimeUtil::toDate(*applied.toMs - 1) : TimeUtil::toDate(span->second);
        m_empty->setText(tr("<b>No calls from %1 to %2.</b> This workspace's calls run from %3 to %4 (UTC). "
                            "<a href=\"all\">Show all data</a>")
                             .arg(from, to, TimeUtil::toDate(span->first), TimeUtil::toDate(span->second)));
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

QString PeriodBar::describe() const
{
    return tr("%1: %2 to %3 (UTC)")
        .arg(m_preset->currentText(), m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
}
