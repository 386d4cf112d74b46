// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QStringView>

namespace Tokenize {
class Tokenizer;
}

namespace Prompt {

/** A token's character range in a QString (UTF-16 units). */
struct TokenRange
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TokenRange&) const = default;
};

/**
 * The tokens of `text` as character ranges, for showing token boundaries: the tokenizer's byte spans mapped from
 * UTF-8 to UTF-16. A token that ends inside a character (part of an emoji's bytes) is widened to whole characters, so
 * neighbouring ranges may share a character; empty ranges (a SentencePiece space prefix) are kept. At most
 * `maxTokens` ranges (the first ones).
 */
QList<TokenRange> tokenRanges(const Tokenize::Tokenizer& tokenizer, QStringView text, qsizetype maxTokens = -1);

} // namespace Prompt
