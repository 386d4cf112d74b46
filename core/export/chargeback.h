// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// Chargeback and showback (issue 17, part 4): a month's statement per cost center, its direct spend by model and team
// (self-hosted spend named apart) and its share of the spend nobody owns (calls without a cost center: unattributed
// keys, shared platform calls), allocated by a rule the user picks. Spend is what the FOCUS export bills: the cost a
// source reported, else the list cost; calls with neither are not spend. The statements add up to the month's total
// exactly: every amount is exact in nano-dollars (an allocated share as an exact fraction) until one largest-remainder
// rounding to the cent, so no cent is lost or invented.
#include "core/common/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Store {
class Workspace;
}

namespace Export {

struct AllocationRule
{
    enum class Kind { Proportional, Even, Fixed };
    Kind kind = Kind::Proportional;
    QMap<QString, qint64> basisPoints; // Fixed: cost center → share in 1/100 of a percent (10,000 in all)
    /** "proportional", "even" or "fixed:Engineering=50,Support=50". */
    QString toString() const;
    /** How the statement states it, for people. */
    QString description() const;
};
/** Parses toString()'s form; a fixed rule must name known cost centers only, each share > 0, adding up to 100. */
Result<AllocationRule> parseAllocation(const QString& text, const QStringList& costCenters);

struct AmountLine
{
    QString item;
    qint64 cents = 0;
};

struct Statement
{
    QString costCenter;
    qint64 directCents = 0;
    qint64 sharedCents = 0;
    qint64 totalCents() const { return directCents + sharedCents; }
    qint64 selfHostedCents = 0; // of the direct spend
    QList<AmountLine> byModel; // of the direct spend, largest first; adds up to directCents
    QList<AmountLine> byTeam; // of the direct spend, largest first; adds up to directCents
};

struct Chargeback
{
    int year = 0, month = 0;
    qint64 fromMs = 0, toMs = 0; // the month, [from, to)
    AllocationRule rule;
    qint64 totalCents = 0; // the month's spend
    qint64 unownedCents = 0; // of which nobody's: what the rule shares out
    QList<AmountLine> unownedByModel;
    QList<Statement> statements; // by cost center name; their totals add up to totalCents
};

/** The statements of `year`-`month` (UTC) under `rule`. */
Result<Chargeback> chargeback(Store::Workspace& ws, int year, int month, const AllocationRule& rule);

/** The cost centers with spend in the month (for a fixed rule's check). */
Result<QStringList> costCentersWithSpend(Store::Workspace& ws, int year, int month);

/** "12.34" from 1234 cents. */
QString centsText(qint64 cents);

/** The statements as CSV: cost_center,section,item,usd (sections: direct-model, direct-team, self-hosted, shared,
 * total), the month and rule in the first rows. */
QByteArray chargebackCsv(const Chargeback& c);

} // namespace Export
