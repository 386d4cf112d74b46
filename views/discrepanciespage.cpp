// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/discrepanciespage.h"
#include "views/models/format.h"

#include "views/backgroundload.h"

#include "core/common/money.h"
#include "views/models/discrepancymodel.h"
#include "views/style.h"
#include "views/workspacecontext.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DiscrepanciesPage::DiscrepanciesPage(WorkspaceContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    root->addWidget(Style::pageTitle(tr("Billing check"), this));
    auto* intro = new QLabel(tr("Where a source states what calls cost (a provider's cost export beside its usage "
                                "export, a gateway's spend, a tracer's cost attribute), Inferometer compares it with "
                                "the list cost of the same model on the same day. A difference means a wrong or "
                                "missing price, a discount, or a change in how the provider bills."),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);

    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    bar->addWidget(m_summary, 1);
    bar->addWidget(new QLabel(tr("Show differences above"), this));
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setAccessibleName(tr("Show differences above"));
    m_threshold->setRange(0.0, 100.0);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(0.5);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setValue(QSettings().value(QStringLiteral("billingCheck/thresholdPercent"), 1.0).toDouble());
    m_threshold->setToolTip(tr("Relative difference between reported and list cost that counts as a discrepancy"));
    bar->addWidget(m_threshold);
    root->addLayout(bar);

    m_model = new DiscrepancyModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(DiscrepancyModel::SortRole);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Billing discrepancies"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    root->addWidget(m_view, 1);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        QSettings().setValue(QStringLiteral("billingCheck/thresholdPercent"), v);
        reload();
    });
    connect(m_context, &WorkspaceContext::workspaceChanged, this, &DiscrepanciesPage::reload);
    connect(m_context, &WorkspaceContext::contentChanged, this, &DiscrepanciesPage::reload);
    m_load = std::make_unique<BackgroundLoad<QList<Analytics::Discrepancy>>>(
        this, nullptr,
        [this](const Result<QList<Analytics::Discrepancy>>& r) {
            if (!r) {
                m_summary->setText(r.error().toString());
                return;
            }
            m_model->setDiscrepancies(r.value());
            qint64 list = 0, reported = 0;
            for (const auto& d : r.value()) {
                list += d.listCostNano;
                reported += d.reportedCostNano;
            }
            m_summary->setText(
                r.value().isEmpty() ? tr(
                    "<b>No discrepancies</b> above the threshold (or no source in this workspace states its costs).")
                                    : tr("<b>%n model-day(s)</b> differ: reported %1 against %2 at list prices.",
                                        nullptr, int(r.value().size()))
                                          .arg(Format::money(reported), Format::money(list)));
            emit loaded();
        },
        this);
}

DiscrepanciesPage::~DiscrepanciesPage() = default;

void DiscrepanciesPage::reload()
{
    if (!m_context->isOpen())
        return;
    const QString path = m_context->path();
    const double threshold = m_threshold->value() / 100.0;
    m_load->start([path, threshold](TaskContext&) -> Result<QList<Analytics::Discrepancy>> {
        auto ws = Store::Workspace::open(path, Store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        return Analytics::discrepancies(*ws.value(), {}, threshold);
    });
}
