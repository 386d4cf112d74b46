// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/ab/abhistory.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

AbHistory::AbHistory(QWidget* parent)
    : QWidget(parent)
{
    auto* root = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    root->addWidget(m_note);
    m_runs = new QTableWidget(0, 5, this);
    m_runs->setAccessibleName(tr("Earlier A/B runs"));
    m_runs->setHorizontalHeaderLabels({ tr("Date (UTC)"), tr("A"), tr("B"), tr("Device"), tr("Verdict") });
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->verticalHeader()->hide();
    root->addWidget(m_runs, 2);
    auto* buttons = new QHBoxLayout;
    m_show = new QPushButton(tr("Show"), this);
    m_show->setToolTip(tr("Show the selected run on the Result tab (Enter)"));
    m_compare = new QPushButton(tr("Compare Two"), this);
    m_compare->setToolTip(tr("Compare the two selected runs' figures side by side"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the selected run from the workspace"));
    buttons->addWidget(m_show);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    root->addLayout(buttons);
    m_comparison = new QTableWidget(0, 3, this);
    m_comparison->setAccessibleName(tr("Comparison of two runs"));
    m_comparison->setHorizontalHeaderLabels({ tr("Older run"), tr("Newer run"), tr("Change") });
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->hide();
    root->addWidget(m_comparison, 3);

    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &AbHistory::updateButtons);
    connect(m_runs, &QTableWidget::cellDoubleClicked, this,
        [this](int row, int) { emit showRequested(m_list.value(row).id); });
    connect(
        m_runs, &QTableWidget::cellActivated, this, [this](int row, int) { emit showRequested(m_list.value(row).id); });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (selectedIds().size() == 1)
            emit showRequested(selectedIds().first());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 2) // the list is newest first
            emit compareRequested(std::min(ids[0], ids[1]), std::max(ids[0], ids[1]));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() != 1)
            return;
        if (QMessageBox::question(this, tr("Delete Run"), tr("Delete the selected A/B run from the workspace?"))
            == QMessageBox::Yes)
            emit deleteRequested(ids.first());
    });
    updateButtons();
}

void AbHistory::setRuns(const QList<Ab::SavedRun>& runs)
{
    m_list = runs;
    m_note->setText(runs.isEmpty() ? tr("No saved runs yet: every finished run is saved in the workspace.")
                                   : tr("Every finished run is saved in the workspace. Select one to show it, or two "
                                        "to compare them (for instance before and after a driver update)."));
    m_runs->setEnabled(true);
    m_runs->setRowCount(int(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const Ab::SavedRun& r = runs[i];
        const QString cells[] = { QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            r.modelA, r.modelB, r.device, r.verdict };
        for (int c = 0; c < 5; ++c)
            m_runs->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_runs->resizeColumnsToContents();
    if (runs.isEmpty())
        m_comparison->hide();
    updateButtons();
}

void AbHistory::setUnavailable(const QString& why)
{
    m_list.clear();
    m_runs->setRowCount(0);
    m_runs->setEnabled(false);
    m_note->setText(why);
    updateButtons();
}

QList<qint64> AbHistory::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_runs->selectionModel()->selectedRows())
        ids << m_list.value(i.row()).id;
    return ids;
}

void AbHistory::updateButtons()
{
    const qsizetype n = selectedIds().size();
    m_show->setEnabled(n == 1);
    m_delete->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
}

void AbHistory::showComparison(const Ab::Record& older, const Ab::Record& newer)
{
    struct Row
    {
        QString label;
        std::function<QString(const Ab::Record&)> text;
        std::function<double(const Ab::Record&)> value; // for the change; null: none
    };
    auto n = [](double v, int p) -> QString { return QLocale().toString(v, 'f', p); };
    auto median = [](const std::vector<double>& v) -> double { return Ab::stats(v).median; };
    const QList<Row> rows {
        { tr("Date"), [](const Ab::Record& r) -> QString { return r.date; }, {} },
        { tr("Device"), [](const Ab::Record& r) -> QString { return r.device; }, {} },
        { tr("Driver"), [](const Ab::Record& r) -> QString { return r.driver; }, {} },
        { tr("A"),
            [](const Ab::Record& r) -> QString {
                return QFileInfo(r.a.file).fileName() + QStringLiteral(" ") + r.a.sha256.left(12);
            },
            {} },
        { tr("B"),
            [](const Ab::Record& r) -> QString {
                return QFileInfo(r.b.file).fileName() + QStringLiteral(" ") + r.b.sha256.left(12);
            },
            {} },
        { tr("A decode, t/s (median)"), [&](const Ab::Record& r) -> QString { return n(median(r.a.decode), 1); },
            [&](const Ab::Record& r) -> double { return median(r.a.decode); } },
        { tr("B decode, t/s (median)"), [&](const Ab::Record& r) -> QString { return n(median(r.b.decode), 1); },
            [&](const Ab::Record& r) -> double { return median(r.b.decode); } },
        { tr("A prefill, t/s (median)"), [&](const Ab::Record& r) -> QString { return n(median(r.a.prefill), 1); },
            [&](const Ab::Record& r) -> double { return median(r.a.prefill); } },
        { tr("B prefill, t/s (median)"), [&](const Ab::Record& r) -> QString { return n(median(r.b.prefill), 1); },
            [&](const Ab::Record& r) -> double { return median(r.b.prefill); } },
        { tr("A perplexity"), [&](const Ab::Record& r) -> QString { return n(r.a.perplexity, 4); },
            [](const Ab::Record& r) -> double { return r.a.perplexity; } },
        { tr("B perplexity"), [&](const Ab::Record& r) -> QString { return n(r.b.perplexity, 4); },
            [](const Ab::Record& r) -> double { return r.b.perplexity; } },
        { tr("KL divergence, mean"), [&](const Ab::Record& r) -> QString { return n(r.kldMean, 6); },
            [](const Ab::Record& r) -> double { return r.kldMean; } },
        { tr("Top-1 agreement"),
            [&](const Ab::Record& r) -> QString { return n(r.top1Agreement * 100, 2) + QStringLiteral("%"); },
            [](const Ab::Record& r) -> double { return r.top1Agreement; } },
        { tr("Verdict"), [](const Ab::Record& r) -> QString { return Ab::verdict(r); }, {} },
    };
    m_comparison->setRowCount(int(rows.size()));
    QStringList labels;
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        labels << row.label;
        m_comparison->setItem(i, 0, new QTableWidgetItem(row.text(older)));
        m_comparison->setItem(i, 1, new QTableWidgetItem(row.text(newer)));
        QString change;
        if (row.value) {
            const double a = row.value(older), b = row.value(newer);
            const double pct = a != 0 ? (b / a - 1) * 100 : 0;
            if (a != 0)
                change = std::abs(pct) < 0.05
                    ? tr("same")
                    : (pct > 0 ? QStringLiteral("+") : QString()) + n(pct, 1) + QStringLiteral("%");
        } else if (row.text(older) != row.text(newer)) {
            change = tr("changed");
        }
        m_comparison->setItem(i, 2, new QTableWidgetItem(change));
    }
    m_comparison->setVerticalHeaderLabels(labels);
    m_comparison->show();
}
