// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QStringView>

namespace Prompt {

/** A paragraph: a run of non-blank lines. The range starts at its first line and ends before its last newline. */
struct Paragraph
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const Paragraph&) const = default;
};

/** The paragraphs of `text`, separated by blank lines (empty or only spaces, tabs and '\r'). */
QList<Paragraph> splitParagraphs(QStringView text);

} // namespace Prompt
