// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/tokenize/tokenizer.h"

#include <QCoreApplication>

namespace Tokenize {

Result<TokenizerPtr> loadHuggingFaceTokenizer(const QString& path)
{
    return Error { Error::Code::Unavailable, QCoreApplication::translate("Tokenize", "not implemented yet"), path };
}

} // namespace Tokenize
