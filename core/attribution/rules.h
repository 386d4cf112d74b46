// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/usageevent.h"

#include <QList>
#include <QMetaType>
#include <QRegularExpression>

namespace Attribution {

/**
 * "Calls whose `field` matches `pattern` belong to this cost center, team and owner." `field` is an event field
 * (api_key, project, model, provider, agent_id, operation) or a source attribute (workspace_id, tag:<name>,
 * metadata.<key>, resource.service.name, …). `pattern` is a case-insensitive glob (`key_eng_*`, `*-prod`).
 */
struct Rule
{
    QString field;
    QString pattern;
    QString costCenter;
    QString team;
    QString owner;
    bool operator==(const Rule&) const = default;
};

/** The fields a rule can test besides source attributes, for editors. */
QStringList ruleFields();

/**
 * Ordered rules; the first that matches a call attributes it. Only calls that the source did not attribute (empty
 * cost center) are touched, so a log that names its cost center is never overridden. Immutable, thread-safe.
 */
class RuleSet
{
public:
    RuleSet() = default;
    explicit RuleSet(QList<Rule> rules);

    const QList<Rule>& rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    /** Index of the first rule matching `event`, or -1. */
    int match(const UsageEvent& event) const;
    /**
     * Attributes `event` when its cost center is empty and a rule matches; returns the rule's index + 1 (0 when
     * nothing changed), which the store keeps so that re-applying edited rules can undo it.
     */
    int apply(UsageEvent& event) const;

    /** A rule that is invalid (no field, no pattern, or nothing to assign), with the reason; empty when all are valid.
     */
    QString validate() const;

private:
    QList<Rule> m_rules;
    QList<QRegularExpression> m_patterns;
};

/** The value of `field` on `event`: an event field or a source attribute; empty when absent. */
QString fieldValue(const UsageEvent& event, const QString& field);

} // namespace Attribution

Q_DECLARE_METATYPE(Attribution::Rule)
