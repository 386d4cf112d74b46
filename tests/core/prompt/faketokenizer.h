// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/tokenize/tokenizer.h"

/** One token per UTF-8 byte: counts anyone can work out by hand (tests of the arithmetic around a tokenizer). */
class ByteTokenizer : public Tokenize::Tokenizer
{
public:
    QString name() const override { return QStringLiteral("bytes"); }
    Tokenize::Kind kind() const override { return Tokenize::Kind::Tiktoken; }
    size_t vocabSize() const override { return 256; }
    std::vector<uint32_t> encode(std::string_view utf8) const override
    {
        std::vector<uint32_t> ids;
        for (char c : utf8)
            ids.push_back(uint8_t(c));
        return ids;
    }
    std::string tokenBytes(uint32_t id) const override { return std::string(1, char(id)); }
};
