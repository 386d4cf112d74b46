// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/templatevars.h"

namespace Prompt {

namespace {

    bool isNameStart(QChar c)
    {
        return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetter());
    }

    bool isNameChar(QChar c)
    {
        return isNameStart(c) || (c.unicode() < 128 && c.isDigit()) || c == QLatin1Char('.') || c == QLatin1Char('-');
    }

} // namespace

QStringList TemplateInfo::names() const
{
    QStringList out;
    for (const Variable& v : variables)
        if (!out.contains(v.name))
            out << v.name;
    return out;
}

TemplateInfo parseTemplate(QStringView text)
{
    TemplateInfo info;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), i);
        if (open < 0)
            break;
        qsizetype j = open + 2;
        while (j < n && text[j] == QLatin1Char(' '))
            ++j;
        const qsizetype nameStart = j;
        if (j < n && isNameStart(text[j])) {
            ++j;
            while (j < n && isNameChar(text[j]))
                ++j;
        }
        const qsizetype nameEnd = j;
        while (j < n && text[j] == QLatin1Char(' '))
            ++j;
        if (nameEnd > nameStart && j + 1 < n && text[j] == QLatin1Char('}') && text[j + 1] == QLatin1Char('}')) {
            info.variables.append({ text.mid(nameStart, nameEnd - nameStart).toString(), open, j + 2 - open });
            i = j + 2;
        } else {
            i = open + 1; // "{{{x}}": the placeholder may start at the next brace
        }
    }
    info.staticPrefixLength = info.variables.isEmpty() ? n : info.variables.first().start;
    return info;
}

} // namespace Prompt
