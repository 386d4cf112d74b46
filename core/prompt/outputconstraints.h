// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

namespace Tokenize {
class Tokenizer;
}

namespace Prompt {

/** What the user states about the answers today and the constraints they would add. */
struct OutputConstraints
{
    qint64 typicalOutputTokens = 0; // what answers run to today (from logs or a guess)
    std::optional<qint64> maxTokens; // a max_tokens cap
    QString jsonSchema; // a JSON Schema the answer must follow (structured output); empty: none
};

/**
 * An estimate, never a measurement: the model's answers are not known in advance. `basis` says how the numbers were
 * reached so the user can judge them.
 */
struct OutputEstimate
{
    qint64 typicalTokens = 0;
    std::optional<qint64> schemaTokens; // estimated size of one answer that follows the schema
    qint64 constrainedTokens = 0; // min(typical, max_tokens, schema estimate)
    qint64 savedTokensPerCall = 0; // typical − constrained
    QString basis;
};

/** Tokens assumed for a free-text string value without maxLength (a short phrase). */
constexpr qint64 FreeStringTokens = 8;
/** Items assumed for an array without maxItems / minItems. */
constexpr int DefaultArrayItems = 3;

/**
 * Estimates the output tokens the constraints save per call. The schema estimate is the token count (with
 * `tokenizer`) of a compact JSON instance of the schema whose strings are empty, plus per string value
 * ceil(maxLength / 4) tokens, or the longest enum value's tokens, or FreeStringTokens; arrays hold maxItems (else
 * minItems, else DefaultArrayItems) items; numbers are written as one digit, booleans as false. A schema that is not
 * JSON is an error naming the offset.
 */
Result<OutputEstimate> estimateOutput(const OutputConstraints& constraints, const Tokenize::Tokenizer& tokenizer);

} // namespace Prompt
