// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/maturitypage.h"
#include "views/theme.h"
#include "views/models/format.h"

#include "views/backgroundload.h"

#include "core/common/money.h"
#include "core/common/task.h"
#include "core/common/timeutil.h"
#include "views/periodbar.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>

namespace {

enum Column { Name, Measured, Threshold, Met, NUM_COLUMNS };

const QColor MetColor(0x00, 0x9E, 0x73); // Okabe–Ito green
const QColor UnmetColor(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion

QString formatValue(const Maturity::Criterion& c, std::optional<double> v)
{
    if (!v)
        return MaturityPage::tr("n/a");
    switch (c.unit) {
    case Maturity::Unit::Share:
        return QStringLiteral("%1%").arg(*v * 100.0, 0, 'f', 1);
    case Maturity::Unit::Count:
        return QString::number(qint64(*v));
    case Maturity::Unit::Change:
        return QStringLiteral("%1%2%").arg(*v > 0 ? QStringLiteral("+") : QString()).arg(*v * 100.0, 0, 'f', 1);
    }
    return QString();
}

QString tooltip(const Maturity::Criterion& c)
{
    QString html
        = QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(c.name.toHtmlEscaped(), c.definition.toHtmlEscaped());
    if (!c.measured)
        html += MaturityPage::tr("<p>Not measurable: the workspace holds no data for it.</p>");
    if (!c.evidence.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString& e : c.evidence)
            html += QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

MaturityPage::MaturityPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);

    const Style::PageHeader header = Style::pageHeader(tr("Maturity"), this);
    auto* bar = header.bar;
    m_period = header.subtitle;
    m_busy = header.busy;
    // results of the worker thread, newest only (views/backgroundload.h)
    m_load = std::make_unique<BackgroundLoad<Maturity::Diagnosis>>(
        this, m_busy,
        [this](const Result<Maturity::Diagnosis>& r) {
            if (!r) {
                Style::showBanner(
                    m_error, Style::Banner::Error, tr("Could not diagnose maturity: %1").arg(r.error().toString()));
                emit loadFailed(r.error());
                return;
            }
            m_error->hide();
            apply(r.value());
            emit loaded();
        },
        this);
    m_period->setToolTip(tr("Criteria are measured over the window's period, within the days that hold data; trends "
                            "compare three windows of its length. Savings per month = the period's amount × 30 / "
                            "its days."));
    m_periodBar = new PeriodBar(m_context, this);
    bar->addWidget(m_periodBar);
    root->addLayout(bar);

    m_error = new QLabel(this);
    Style::setBanner(m_error, Style::Banner::Error);
    m_error->hide();
    root->addWidget(m_error);
    root->addWidget(m_periodBar->emptyBanner());

    // the ladder: one box per level, the level reached highlighted
    auto* ladder = new QHBoxLayout;
    ladder->setSpacing(6);
    for (int level = Maturity::MinLevel; level <= Maturity::MaxLevel; ++level) {
        auto* box = new QLabel(this);
        box->setAlignment(Qt::AlignCenter);
        box->setMinimumHeight(54);
        box->setText(tr("<b>%1</b><br>%2").arg(level).arg(Maturity::levelName(level)));
        box->setToolTip(
            tr("Level %1, %2: %3").arg(level).arg(Maturity::levelName(level), Maturity::levelSummary(level)));
        ladder->addWidget(box, 1);
        m_ladder << box;
    }
    root->addLayout(ladder);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    root->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_checklist = new QTreeWidget(split);
    m_checklist->setAccessibleName(tr("Maturity checklist"));
    m_checklist->setColumnCount(NUM_COLUMNS);
    m_checklist->setHeaderLabels({ tr("Criterion"), tr("Measured"), tr("Threshold"), tr("Met") });
    m_checklist->headerItem()->setToolTip(Measured, tr("Value measured in this workspace"));
    m_checklist->headerItem()->setToolTip(Threshold, tr("What the level asks for"));
    m_checklist->setRootIsDecorated(false);
    m_checklist->setAlternatingRowColors(true);
    m_checklist->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklist->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c : { Measured, Threshold, Met })
        m_checklist->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_checklist->header()->setStretchLastSection(false);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_stepsTitle = new QLabel(right);
    QFont bold = m_stepsTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_stepsTitle->setFont(bold);
    rightLayout->addWidget(m_stepsTitle);
    auto* scroll = new QScrollArea(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stepsBox = new QWidget(scroll);
    m_steps = new QGridLayout(m_stepsBox);
    m_steps->setColumnStretch(0, 1);
    m_steps->setVerticalSpacing(10);
    scroll->setWidget(m_stepsBox);
    rightLayout->addWidget(scroll, 1);
    m_total = new QLabel(right);
    m_total->setFont(bold);
    m_total->setToolTip(tr("Sum of the savings estimated for the steps to the next level, per month (the window's "
                           "amount × 30 / its days). Steps without an estimate add visibility, not savings."));
    rightLayout->addWidget(m_total);
    split->addWidget(m_checklist);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 640, 720 });
    root->addWidget(split, 1);

    connect(m_context, &WorkspaceContext::workspaceChanged, this, &MaturityPage::reload);
    connect(m_context, &WorkspaceContext::periodChanged, this, &MaturityPage::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, &MaturityPage::reload);
}

MaturityPage::~MaturityPage() { }

bool MaturityPage::isLoading() const
{
    return m_load->isRunning();
}

QString MaturityPage::stepsTotalText() const
{
    return m_total->text();
}

void MaturityPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    const Analytics::PeriodChoice period = m_context->period();
    m_load->start([path, period](TaskContext& ctx) -> Result<Maturity::Diagnosis> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Maturity::Options options;
        options.period = period;
        return Maturity::diagnose(*ws.value(), options, ctx);
    });
}

void MaturityPage::apply(const Maturity::Diagnosis& d)
{
    m_diagnosis = d;
    Analytics::Filter shown;
    shown.fromMs = d.fromMs;
    shown.toMs = d.toMs;
    m_periodBar->showResult(shown, d.calls, d.span);
    m_period->setText(d.days > 0 ? tr("Measured %1 – %2 (UTC), %n day(s)", nullptr, d.days)
                                       .arg(TimeUtil::toDate(d.fromMs), TimeUtil::toDate(d.toMs - 1))
            : d.span ? tr("No calls in this period")
                     : tr("No calls in this workspace yet"));
    for (int i = 0; i < m_ladder.size(); ++i) {
        const int level = i + Maturity::MinLevel;
        const bool reached = level <= d.level;
        const bool current = level == d.level;
        m_ladder[i]->setStyleSheet(current
                ? QStringLiteral("background: #0072B2; color: white; border-radius: 6px; border: 2px solid #004a75;")
                : reached
                ? (Theme::isDark() ? QStringLiteral("background: #1d3a52; color: #cfe6fb; border-radius: 6px;")
                                   : QStringLiteral("background: #cfe3f1; color: #0d3c61; border-radius: 6px;"))
                : QStringLiteral("background: palette(alternate-base); color: palette(placeholder-text); "
                                 "border-radius: 6px; border: 1px dashed palette(mid);"));
    }
    int nextMet = 0, nextAll = 0;
    for (const Maturity::Criterion& c : d.criteria)
        if (c.level == d.level + 1) {
            ++nextAll;
            nextMet += c.met ? 1 : 0;
        }
    m_summary->setText(d.level < Maturity::MaxLevel
            ? tr("Level %1 reached, <b>%2</b>: %3 Next: %4, %5 of %6 criteria met.")
                  .arg(d.level)
                  .arg(Maturity::levelName(d.level), Maturity::levelSummary(d.level), Maturity::levelName(d.level + 1))
                  .arg(nextMet)
                  .arg(nextAll)
            : tr("Level %1 reached, <b>%2</b>: %3")
                  .arg(d.level)
                  .arg(Maturity::levelName(d.level), Maturity::levelSummary(d.level)));

    m_checklist->clear();
    QFont bold = m_checklist->font();
    bold.setBold(true);
    for (int level = Maturity::MinLevel + 1; level <= Maturity::MaxLevel; ++level) {
        int met = 0, all = 0;
        for (const Maturity::Criterion& c : d.criteria)
            if (c.level == level) {
                ++all;
                met += c.met ? 1 : 0;
            }
        auto* header = new QTreeWidgetItem(m_checklist);
        header->setText(Name, tr("Level %1 · %2").arg(level).arg(Maturity::levelName(level)));
        header->setText(Met, tr("%1 / %2").arg(met).arg(all));
        header->setToolTip(Name, Maturity::levelSummary(level));
        header->setToolTip(Met, tr("Criteria of this level met"));
        for (int col = 0; col < NUM_COLUMNS; ++col) {
            header->setFont(col, bold);
            header->setBackground(col,
                Theme::isDark() ? (level == d.level + 1 ? QColor(0x1d, 0x3a, 0x52) : QColor(0x36, 0x39, 0x3d))
                                : (level == d.level + 1 ? QColor(0xe8, 0xf4, 0xfd) : QColor(0xf2, 0xf2, 0xf2)));
        }
        header->setTextAlignment(Met, Qt::AlignCenter);
        for (const Maturity::Criterion& c : d.criteria) {
            if (c.level != level)
                continue;
            auto* item = new QTreeWidgetItem(m_checklist);
            item->setText(Name, QStringLiteral("    ") + c.name);
            item->setText(Measured, formatValue(c, c.measured));
            item->setText(Threshold,
                c.comparison == Maturity::Comparison::Falling ? tr("falling")
                    : c.comparison == Maturity::Comparison::AtMostOrFalling
                    ? tr("≤ %1 or falling").arg(formatValue(c, c.threshold))
                    : Maturity::comparisonSymbol(c.comparison) + QLatin1Char(' ') + formatValue(c, c.threshold));
            item->setText(Met, c.met ? QStringLiteral("✓") : QStringLiteral("✗"));
            item->setForeground(Met, c.met ? MetColor : UnmetColor);
            item->setForeground(Measured, c.met ? MetColor : UnmetColor);
            QFont f = item->font(Met);
            f.setBold(true);
            item->setFont(Met, f);
            item->setTextAlignment(Measured, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(Threshold, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(Met, Qt::AlignCenter);
            const QString tip = tooltip(c);
            for (int col = 0; col < NUM_COLUMNS; ++col)
                item->setToolTip(col, tip);
            item->setData(Name, Qt::UserRole, c.id);
        }
    }
    fillSteps(d);
}

void MaturityPage::fillSteps(const Maturity::Diagnosis& d)
{
    while (QLayoutItem* it = m_steps->takeAt(0)) {
        delete it->widget();
        delete it;
    }
    if (d.level >= Maturity::MaxLevel) {
        m_stepsTitle->setText(tr("Top level reached"));
        m_total->clear();
        return;
    }
    m_stepsTitle->setText(tr("Next level: %1 — steps").arg(Maturity::levelName(d.level + 1)));
    const QList<Maturity::Step> steps = d.nextSteps();
    qint64 total = 0;
    int row = 0;
    for (const Maturity::Step& s : steps) {
        auto* text = new QLabel(QStringLiteral("• ") + s.text, m_stepsBox);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* saving = new QLabel(m_stepsBox);
        saving->setAlignment(Qt::AlignRight | Qt::AlignTop);
        if (s.savingsNanoPerMonth) {
            saving->setText(tr("%1/mo").arg(Format::money(*s.savingsNanoPerMonth)));
            saving->setStyleSheet(QStringLiteral("color: #009E73; font-weight: bold;"));
            saving->setToolTip(
                tr("Savings per month estimated from this workspace's last %n day(s) × 30 / days", nullptr, d.days));
            total += *s.savingsNanoPerMonth;
        } else {
            saving->setText(tr("visibility"));
            saving->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
            saving->setToolTip(tr("No direct savings: this step makes spend measurable or governed"));
        }
        m_steps->addWidget(text, row, 0);
        m_steps->addWidget(saving, row, 1);
        ++row;
    }
    if (steps.isEmpty()) {
        auto* none = new QLabel(tr("No steps: every criterion of the next level is met."), m_stepsBox);
        m_steps->addWidget(none, row++, 0, 1, 2);
    }
    m_steps->setRowStretch(row, 1);
    m_total->setText(tr("Estimated savings: %1 per month").arg(Format::money(total)));
}
