// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/pricing/priceentry.h"
#include "core/tokenize/tokenizer.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

/**
 * The output-constraints helper: today's typical answer length, a max_tokens cap and a JSON schema give an estimate of
 * the output tokens saved per call and per month at the page's model (Prompt::estimateOutput; stated as an estimate,
 * its basis shown).
 */
class OutputConstraintsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit OutputConstraintsBox(QWidget* parent = nullptr);

    /** The tokenizer that counts the schema's instance, the model that prices the saving and the monthly calls. */
    void setContext(Tokenize::TokenizerPtr tokenizer, std::optional<Pricing::PriceEntry> price, qint64 callsPerMonth);

    QSpinBox* typical() const { return m_typical; }
    QSpinBox* maxTokens() const { return m_max; }
    QPlainTextEdit* schema() const { return m_schema; }
    QString resultText() const;
    QString basisText() const;

private:
    void update();
    QSpinBox* m_typical;
    QSpinBox* m_max;
    QPlainTextEdit* m_schema;
    QLabel* m_result;
    QLabel* m_basis;
    Tokenize::TokenizerPtr m_tokenizer;
    std::optional<Pricing::PriceEntry> m_price;
    qint64 m_callsPerMonth = 0;
};
