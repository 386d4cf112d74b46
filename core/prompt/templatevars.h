// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Prompt {

/** One `{{name}}` placeholder: its name and its character range in the prompt (braces included). */
struct Variable
{
    QString name;
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const Variable&) const = default;
};

/**
 * The template structure of a prompt. Providers cache the longest identical prefix of a request, so only the text
 * before the first variable can be cached across calls: `staticPrefixLength` characters (the whole text when there is
 * no variable).
 */
struct TemplateInfo
{
    QList<Variable> variables;
    qsizetype staticPrefixLength = 0;
    /** Distinct variable names in order of first use. */
    QStringList names() const;
};

/**
 * Finds `{{name}}` and `{{ name }}` placeholders; a name starts with a letter or '_' and holds letters, digits, '_',
 * '.' and '-'. Anything else between double braces (`{{ }}`, `{{1x}}`) is text. Linear in the text size.
 */
TemplateInfo parseTemplate(QStringView text);

} // namespace Prompt
