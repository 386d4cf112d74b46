// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "views/outputconstraintsbox.h"

#include "core/common/money.h"
#include "core/prompt/outputconstraints.h"
#include "core/prompt/promptcost.h"
#include "views/models/format.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

OutputConstraintsBox::OutputConstraintsBox(QWidget* parent)
    : QGroupBox(tr("Output constraints"), parent)
{
    setToolTip(tr("\"The cheapest token is the one never generated\": a length cap or a JSON schema stops the model "
                  "from writing explanations around the answer. The saving is an estimate."));
    auto* form = new QFormLayout(this);
    m_typical = new QSpinBox(this);
    m_typical->setRange(0, 1'000'000);
    m_typical->setValue(400);
    m_typical->setSuffix(tr(" tokens"));
    m_typical->setToolTip(tr("How long the answers run today, per call (from your logs, or a guess)."));
    form->addRow(tr("Answers today"), m_typical);
    m_max = new QSpinBox(this);
    m_max->setRange(0, 1'000'000);
    m_max->setSpecialValueText(tr("none"));
    m_max->setToolTip(tr("A max_tokens cap on every answer (0: none). An answer cut off mid-way may need a retry."));
    form->addRow(tr("max_tokens"), m_max);
    m_schema = new QPlainTextEdit(this);
    m_schema->setPlaceholderText(tr("JSON schema of the answer (structured output), e.g. "
                                    "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\","
                                    "\"maxLength\":300}}}"));
    m_schema->setMaximumHeight(90);
    m_schema->setToolTip(tr("The schema the answer must follow. Its size is estimated from a compact instance of it "
                            "counted with the pricing tokenizer."));
    form->addRow(tr("JSON schema"), m_schema);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_result);
    m_basis = new QLabel(this);
    m_basis->setWordWrap(true);
    m_basis->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    form->addRow(m_basis);
    connect(m_typical, &QSpinBox::valueChanged, this, &OutputConstraintsBox::update);
    connect(m_max, &QSpinBox::valueChanged, this, &OutputConstraintsBox::update);
    connect(m_schema, &QPlainTextEdit::textChanged, this, &OutputConstraintsBox::update);
    update();
}

void OutputConstraintsBox::setContext(
    Tokenize::TokenizerPtr tokenizer, std::optional<Pricing::PriceEntry> price, qint64 callsPerMonth)
{
    m_tokenizer = std::move(tokenizer);
    m_price = std::move(price);
    m_callsPerMonth = callsPerMonth;
    update();
}

QString OutputConstraintsBox::resultText() const
{
    return m_result->text();
}

QString OutputConstraintsBox::basisText() const
{
    return m_basis->text();
}

void OutputConstraintsBox::update()
{
    if (!m_tokenizer) {
        m_result->setText(tr("Waiting for a tokenizer…"));
        m_basis->clear();
        return;
    }
    Prompt::OutputConstraints c;
    c.typicalOutputTokens = m_typical->value();
    if (m_max->value() > 0)
        c.maxTokens = m_max->value();
    c.jsonSchema = m_schema->toPlainText();
    auto r = Prompt::estimateOutput(c, *m_tokenizer);
    if (!r) {
        m_result->setText(r.error().message);
        m_basis->clear();
        return;
    }
    const Prompt::OutputEstimate& e = r.value();
    QString text = tr("Estimate: %1 → %2 output tokens per call (−%3)")
                       .arg(Format::count(e.typicalTokens), Format::count(e.constrainedTokens),
                           Format::count(e.savedTokensPerCall));
    if (m_price) {
        const qint64 saved = Prompt::callCost(*m_price, { 0, 0, e.savedTokensPerCall }, m_callsPerMonth).perMonthNano;
        text += tr(", ≈ %1 per month at %2").arg(Format::money(saved), m_price->model);
    }
    m_result->setText(text + QLatin1Char('.'));
    m_result->setToolTip(tr("Saved output tokens × output price × requests per month. An estimate: answers are not "
                            "known in advance."));
    m_basis->setText(e.basis);
}
