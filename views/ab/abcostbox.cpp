// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/ab/abcostbox.h"

#include "core/inference/ab/gpuprices.h"
#include "core/pricing/pricecatalog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMap>
#include <QSettings>
#include <QSignalBlocker>

namespace {

QString usd(double v)
{
    return v > 0 ? QStringLiteral("$") + QString::number(v, 'f', v < 1 ? 4 : 2) : QStringLiteral("–");
}

} // namespace

AbCostBox::AbCostBox(QWidget* parent)
    : QGroupBox(tr("Cost per 1M generated tokens"), parent)
{
    auto* form = new QFormLayout(this);
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Typed price"));
    if (auto prices = Ab::gpuPrices()) {
        for (const Ab::GpuPrice& p : prices.value())
            m_preset->addItem(tr("%1 – %2, $%3/h (%4)")
                                  .arg(p.gpu, p.offer, QString::number(p.usdPerHour, 'f', 2), p.asOf),
                p.usdPerHour);
    }
    m_preset->setToolTip(tr("Typical on-demand prices of one GPU, dated; spot and committed prices are lower"));
    form->addRow(tr("Machine:"), m_preset);
    m_price = new QDoubleSpinBox(this);
    m_price->setRange(0, 1000);
    m_price->setDecimals(3);
    m_price->setPrefix(QStringLiteral("$"));
    m_price->setSuffix(tr(" per hour"));
    m_price->setToolTip(tr("What an hour of the machine that runs the model costs you"));
    form->addRow(tr("Price:"), m_price);
    m_utilization = new QDoubleSpinBox(this);
    m_utilization->setRange(1, 100);
    m_utilization->setDecimals(0);
    m_utilization->setSuffix(QStringLiteral(" %"));
    m_utilization->setToolTip(tr("Share of the paid hours the machine spends generating at the measured speed; idle "
                                 "hours are paid too"));
    form->addRow(tr("Utilization:"), m_utilization);
    m_apiModel = new QComboBox(this);
    if (auto catalog = Pricing::PriceCatalog::builtin()) {
        QMap<QString, const Pricing::PriceEntry*> newest; // each model's price today, by name
        for (const Pricing::PriceEntry& e : catalog.value().entries())
            if (e.rates.output > 0 && (!newest.contains(e.model) || newest[e.model]->effectiveFromMs < e.effectiveFromMs))
                newest[e.model] = &e;
        for (const Pricing::PriceEntry* e : std::as_const(newest))
            m_apiModel->addItem(e->model, double(e->rates.output) / 1e6);
    }
    m_apiModel->setToolTip(tr("An API model to compare with: its list price per 1M output tokens"));
    form->addRow(tr("API model:"), m_apiModel);
    const QString labels[3] = { tr("A:"), tr("B:"), tr("API:") };
    for (int i = 0; i < 3; ++i) {
        m_usd[i] = new QLabel(this);
        m_usd[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(labels[i], m_usd[i]);
    }
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_note->setText(tr("$ per 1M = price per hour ÷ (decode tokens/s × utilization × 3,600) × 1,000,000, for one "
                       "stream at batch size 1"));
    form->addRow(m_note);

    QSettings s;
    m_price->setValue(s.value(QStringLiteral("ab/gpuUsdPerHour"), 0.71).toDouble());
    m_utilization->setValue(s.value(QStringLiteral("ab/utilizationPercent"), 100).toDouble());
    m_preset->setCurrentIndex(std::max(0, m_preset->findText(s.value(QStringLiteral("ab/gpuPreset")).toString())));
    const int api = m_apiModel->findText(s.value(QStringLiteral("ab/apiModel"), QStringLiteral("gpt-4o-mini")).toString());
    m_apiModel->setCurrentIndex(std::max(0, api));

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i > 0) {
            const QSignalBlocker block(m_price);
            m_price->setValue(m_preset->itemData(i).toDouble());
        }
        update();
        emit costChanged();
    });
    connect(m_price, &QDoubleSpinBox::valueChanged, this, [this] {
        // a typed price is no longer the list's
        if (m_preset->currentIndex() > 0 && m_preset->currentData().toDouble() != m_price->value()) {
            const QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(0);
        }
        update();
        emit costChanged();
    });
    const auto changed = [this] {
        update();
        emit costChanged();
    };
    connect(m_utilization, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_apiModel, &QComboBox::currentIndexChanged, this, changed);
    update();
}

Ab::Cost AbCostBox::cost() const
{
    Ab::Cost c;
    c.gpuUsdPerHour = m_price->value();
    c.gpuLabel = m_preset->currentIndex() > 0 ? m_preset->currentText() : QString();
    c.utilization = m_utilization->value() / 100.0;
    c.apiModel = m_apiModel->currentText();
    c.apiUsdPerMillionOutput = m_apiModel->currentData().toDouble();
    return c;
}

void AbCostBox::setDecodeSpeeds(double a, double b, const QString& typeA, const QString& typeB)
{
    m_speed[0] = a;
    m_speed[1] = b;
    static_cast<QLabel*>(static_cast<QFormLayout*>(layout())->labelForField(m_usd[0]))
        ->setText(typeA.isEmpty() ? tr("A:") : tr("A (%1):").arg(typeA.toUpper()));
    static_cast<QLabel*>(static_cast<QFormLayout*>(layout())->labelForField(m_usd[1]))
        ->setText(typeB.isEmpty() ? tr("B:") : tr("B (%1):").arg(typeB.toUpper()));
    update();
}

QString AbCostBox::usdText(int which) const
{
    return m_usd[which]->text();
}

void AbCostBox::update()
{
    const Ab::Cost c = cost();
    for (int i = 0; i < 2; ++i)
        m_usd[i]->setText(usd(Ab::usdPerMillionTokens(c.gpuUsdPerHour, m_speed[i], c.utilization)));
    m_usd[2]->setText(c.apiModel.isEmpty() ? QStringLiteral("–")
                                           : tr("%1 (%2 list price)").arg(usd(c.apiUsdPerMillionOutput), c.apiModel));
    remember();
}

void AbCostBox::remember() const
{
    QSettings s;
    s.setValue(QStringLiteral("ab/gpuUsdPerHour"), m_price->value());
    s.setValue(QStringLiteral("ab/utilizationPercent"), m_utilization->value());
    s.setValue(QStringLiteral("ab/gpuPreset"), m_preset->currentIndex() > 0 ? m_preset->currentText() : QString());
    s.setValue(QStringLiteral("ab/apiModel"), m_apiModel->currentText());
}
