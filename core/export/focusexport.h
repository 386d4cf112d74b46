// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

// FOCUS 1.2 export (issue 17, part 1): the workspace's calls as the FinOps Foundation's cost-and-usage format, one row
// per charge period (UTC day or hour) × provider × model × token kind × price tier × cost center, team, owner, project
// and API key, so that ListUnitPrice × PricingQuantity = ListCost holds on every priced row. Costs are exact: token
// counts times integer rates, in femto-dollars, written as plain decimals. Calls with neither a price nor a reported
// cost are left out and counted, never written as $0. Read in time order, one charge period at a time: memory holds
// one period's rows, whatever the number of calls.
#include "core/common/result.h"
#include "core/common/task.h"
#include "core/pricing/pricecatalog.h"

#include <QIODevice>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Store {
class Workspace;
}

namespace Export {

enum class Granularity { Day, Hour };

struct FocusOptions
{
    std::optional<qint64> fromMs, toMs; // [from, to); none: all of the workspace
    Granularity granularity = Granularity::Day;
};

struct FocusSummary
{
    qint64 rows = 0;
    qint64 calls = 0; // written
    qint64 leftOutCalls = 0; // neither a price nor a reported cost
    QMap<QString, qint64> leftOutByModel;
    __int128 listCostFemto = 0; // the sum of ListCost
    __int128 billedCostFemto = 0; // the sum of BilledCost
};

/** The FOCUS 1.2 columns this export writes, in order (the header line). */
QStringList focusColumns();

/** Writes the workspace's calls in `options`' period as FOCUS 1.2 CSV to `out`. */
Result<FocusSummary> writeFocus(Store::Workspace& ws, const Pricing::PriceCatalog& catalog, const FocusOptions& options,
    QIODevice& out, TaskContext& ctx);

/** A femto-dollar amount as a plain decimal ("0.0025", "12", "-3.5"): no exponent, no trailing zeros. */
QString femtoDecimal(__int128 femto);

} // namespace Export

Q_DECLARE_METATYPE(Export::FocusSummary)
