// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/attribution/rules.h"

#include <QCoreApplication>

namespace Attribution {

QStringList ruleFields()
{
    return { QStringLiteral("api_key"), QStringLiteral("project"), QStringLiteral("model"), QStringLiteral("provider"),
        QStringLiteral("agent_id"), QStringLiteral("operation"), QStringLiteral("workspace_id"),
        QStringLiteral("user_id"), QStringLiteral("resource.service.name"),
        QStringLiteral("resource.deployment.environment") };
}

QString fieldValue(const UsageEvent& e, const QString& field)
{
    if (field == QLatin1String("api_key"))
        return e.apiKey;
    if (field == QLatin1String("project"))
        return e.project;
    if (field == QLatin1String("model"))
        return e.model;
    if (field == QLatin1String("provider"))
        return e.provider;
    if (field == QLatin1String("agent_id"))
        return e.agentId;
    if (field == QLatin1String("operation"))
        return e.operation;
    return e.attributes.value(field);
}

RuleSet::RuleSet(QList<Rule> rules)
    : m_rules(std::move(rules))
{
    for (const Rule& r : m_rules)
        m_patterns.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                                 r.pattern.trimmed(), QRegularExpression::UnanchoredWildcardConversion)
                                                 .prepend(QLatin1Char('^'))
                                                 .append(QLatin1Char('$')),
            QRegularExpression::CaseInsensitiveOption));
}

int RuleSet::match(const UsageEvent& event) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        const QString value = fieldValue(event, m_rules[i].field);
        if (!value.isEmpty() && m_patterns[i].isValid() && m_patterns[i].match(value).hasMatch())
            return i;
    }
    return -1;
}

int RuleSet::apply(UsageEvent& event) const
{
    if (!event.costCenter.isEmpty())
        return 0;
    const int i = match(event);
    if (i < 0)
        return 0;
    const Rule& r = m_rules[i];
    event.costCenter = r.costCenter;
    if (event.team.isEmpty())
        event.team = r.team;
    if (event.owner.isEmpty())
        event.owner = r.owner;
    return i + 1;
}

QString RuleSet::validate() const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        const Rule& r = m_rules[i];
        const QString where = QCoreApplication::translate("Attribution", "Rule %1: ").arg(i + 1);
        if (r.field.trimmed().isEmpty())
            return where + QCoreApplication::translate("Attribution", "choose the field to match.");
        if (r.pattern.trimmed().isEmpty())
            return where + QCoreApplication::translate("Attribution", "type a pattern, e.g. key_eng_* or *.");
        if (r.costCenter.trimmed().isEmpty())
            return where + QCoreApplication::translate("Attribution", "name the cost center it attributes to.");
        if (!m_patterns[i].isValid())
            return where + QCoreApplication::translate("Attribution", "the pattern is not valid.");
    }
    return {};
}

} // namespace Attribution
