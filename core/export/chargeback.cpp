// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/export/chargeback.h"

#include "core/common/csvfield.h"

#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

namespace Export {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Export::Chargeback)
    };

    constexpr qint64 NanoPerCent = 10'000'000;

    /**
     * Whole cents for exact amounts `nums` (in units of 1/`unit` cent) that add up to `target` cents: each its floor,
     * then one more cent for the largest remainders (the first listed on a tie) until the target is met.
     */
    std::vector<qint64> apportion(const std::vector<__int128>& nums, __int128 unit, qint64 target)
    {
        std::vector<qint64> out(nums.size());
        std::vector<__int128> rest(nums.size());
        qint64 given = 0;
        for (size_t i = 0; i < nums.size(); ++i) {
            __int128 q = nums[i] / unit, r = nums[i] % unit;
            if (r < 0) { // floor for negative amounts (credits)
                --q;
                r += unit;
            }
            out[i] = qint64(q);
            rest[i] = r;
            given += out[i];
        }
        std::vector<size_t> order(nums.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&rest](size_t a, size_t b) { return rest[a] > rest[b]; });
        for (size_t k = 0; given < target && !order.empty(); k = (k + 1) % order.size(), ++given)
            ++out[order[k]];
        return out;
    }

    qint64 roundCents(__int128 nano)
    {
        const __int128 half = NanoPerCent / 2;
        return qint64(nano >= 0 ? (nano + half) / NanoPerCent : -((-nano + half) / NanoPerCent));
    }

    /** Lines of `amounts` (nano) as cents adding up to `target`, largest first, then by name. */
    QList<AmountLine> lines(const std::map<QString, qint64>& amounts, qint64 target)
    {
        std::vector<__int128> nums;
        for (const auto& [item, nano] : amounts)
            nums.push_back(nano);
        const std::vector<qint64> cents = apportion(nums, NanoPerCent, target);
        QList<AmountLine> out;
        size_t i = 0;
        for (const auto& [item, nano] : amounts)
            out << AmountLine { item, cents[i++] };
        std::stable_sort(
            out.begin(), out.end(), [](const AmountLine& a, const AmountLine& b) { return a.cents > b.cents; });
        return out;
    }

    struct Range
    {
        qint64 from, to;
    };
    Range monthRange(int year, int month)
    {
        const QDate first(year, month, 1);
        return { QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
            QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() };
    }

    // what a call bills: the reported cost where a source stated one, else the list cost; neither: no spend
    const char* const SpendSql = "SELECT cost_center, team, model, provider, "
                                 "SUM(COALESCE(reported_cost_nusd, list_cost_nusd)) FROM events "
                                 "WHERE time_ms >= ? AND time_ms < ? "
                                 "AND (reported_cost_nusd IS NOT NULL OR list_cost_nusd IS NOT NULL) "
                                 "GROUP BY cost_center, team, model, provider";

} // namespace

QString AllocationRule::toString() const
{
    switch (kind) {
    case Kind::Even:
        return QStringLiteral("even");
    case Kind::Fixed: {
        QStringList parts;
        for (auto it = basisPoints.cbegin(); it != basisPoints.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + centsText(it.value()); // basis points read as percent
        return QStringLiteral("fixed:") + parts.join(QLatin1Char(','));
    }
    case Kind::Proportional:
        break;
    }
    return QStringLiteral("proportional");
}

QString AllocationRule::description() const
{
    switch (kind) {
    case Kind::Even:
        return Text::tr("Spend without a cost center is split evenly between the cost centers with spend this month.");
    case Kind::Fixed: {
        QStringList parts;
        for (auto it = basisPoints.cbegin(); it != basisPoints.cend(); ++it)
            parts << Text::tr("%1 %2%").arg(it.key(), centsText(it.value()));
        return Text::tr("Spend without a cost center is split by fixed shares: %1.")
            .arg(parts.join(QStringLiteral(", ")));
    }
    case Kind::Proportional:
        break;
    }
    return Text::tr("Spend without a cost center is split in proportion to each cost center's direct spend.");
}

Result<AllocationRule> parseAllocation(const QString& text, const QStringList& costCenters)
{
    AllocationRule r;
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("proportional"), Qt::CaseInsensitive) == 0)
        return r;
    if (t.compare(QLatin1String("even"), Qt::CaseInsensitive) == 0) {
        r.kind = AllocationRule::Kind::Even;
        return r;
    }
    auto bad = [&text](const QString& why) {
        Error e { Error::Code::Parse, why };
        e.field = QStringLiteral("allocate");
        e.source = text;
        return e;
    };
    if (!t.startsWith(QLatin1String("fixed:"), Qt::CaseInsensitive))
        return bad(Text::tr("The rule is proportional, even or fixed:COST_CENTER=PERCENT,…"));
    r.kind = AllocationRule::Kind::Fixed;
    qint64 sum = 0;
    for (const QString& part : t.mid(6).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.lastIndexOf(QLatin1Char('='));
        const QString cc = part.left(eq).trimmed();
        bool ok = false;
        const double pct = eq > 0 ? part.mid(eq + 1).trimmed().toDouble(&ok) : 0;
        if (eq <= 0 || !ok || !(pct > 0) || pct > 100)
            return bad(Text::tr("“%1” is not COST_CENTER=PERCENT with a percent above 0 and at most 100.").arg(part));
        if (!costCenters.contains(cc))
            return bad(Text::tr("“%1” is not a cost center with spend this month (%2).")
                           .arg(cc, costCenters.join(QStringLiteral(", "))));
        if (r.basisPoints.contains(cc))
            return bad(Text::tr("“%1” is named twice.").arg(cc));
        const qint64 bp = qRound64(pct * 100);
        if (std::abs(pct * 100 - double(bp)) > 1e-6)
            return bad(Text::tr("“%1”: shares are given to 1/100 of a percent at most.").arg(part));
        r.basisPoints.insert(cc, bp);
        sum += bp;
    }
    if (r.basisPoints.isEmpty())
        return bad(Text::tr("A fixed rule names at least one cost center."));
    if (sum != 10'000)
        return bad(Text::tr("The shares add up to %1%, not 100%.").arg(centsText(sum)));
    return r;
}

QString centsText(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 a = negative ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

Result<QStringList> costCentersWithSpend(Store::Workspace& ws, int year, int month)
{
    const Range m = monthRange(year, month);
    QSqlQuery q(ws.db());
    if (auto r = Store::runQuery(ws, q, QString::fromLatin1(SpendSql), { m.from, m.to }); !r)
        return r.error();
    QStringList out;
    while (q.next())
        if (const QString cc = q.value(0).toString(); !cc.isEmpty() && !out.contains(cc))
            out << cc;
    out.sort();
    return out;
}

Result<Chargeback> chargeback(Store::Workspace& ws, int year, int month, const AllocationRule& rule)
{
    Chargeback c;
    c.year = year;
    c.month = month;
    const Range m = monthRange(year, month);
    c.fromMs = m.from;
    c.toMs = m.to;
    c.rule = rule;
    QSqlQuery q(ws.db());
    if (auto r = Store::runQuery(ws, q, QString::fromLatin1(SpendSql), { m.from, m.to }); !r)
        return r.error();
    struct Direct
    {
        qint64 nano = 0, selfHosted = 0;
        std::map<QString, qint64> byModel, byTeam;
    };
    std::map<QString, Direct> direct;
    std::map<QString, qint64> unownedByModel;
    qint64 unowned = 0, total = 0;
    while (q.next()) {
        const QString cc = q.value(0).toString(), team = q.value(1).toString(), model = q.value(2).toString();
        const qint64 nano = q.value(4).toLongLong();
        total += nano;
        if (cc.isEmpty()) {
            unowned += nano;
            unownedByModel[model] += nano;
            continue;
        }
        Direct& d = direct[cc];
        d.nano += nano;
        d.byModel[model] += nano;
        d.byTeam[team.isEmpty() ? Text::tr("(no team)") : team] += nano;
        if (q.value(3).toString().compare(QLatin1String("self-hosted"), Qt::CaseInsensitive) == 0)
            d.selfHosted += nano;
    }
    c.totalCents = roundCents(total);
    c.unownedCents = roundCents(unowned);
    c.unownedByModel = lines(unownedByModel, c.unownedCents);
    if (rule.kind == AllocationRule::Kind::Fixed)
        for (auto it = rule.basisPoints.cbegin(); it != rule.basisPoints.cend(); ++it)
            direct.try_emplace(it.key()); // a share for a cost center without direct spend
    if (direct.empty())
        return c; // nobody to charge: nothing but the unowned total to show

    // each cost center's direct spend plus its exact share, over a common denominator
    qint64 directTotal = 0;
    for (const auto& [cc, d] : direct)
        directTotal += d.nano;
    AllocationRule::Kind kind = rule.kind;
    if (kind == AllocationRule::Kind::Proportional && directTotal <= 0)
        kind = AllocationRule::Kind::Even; // nothing to be proportional to
    const __int128 den = kind == AllocationRule::Kind::Proportional ? __int128(directTotal)
        : kind == AllocationRule::Kind::Even                        ? __int128(direct.size())
                                                                    : __int128(10'000);
    std::vector<__int128> totalNum, directNum, shareNum;
    for (const auto& [cc, d] : direct) {
        const __int128 w = kind == AllocationRule::Kind::Proportional ? __int128(d.nano)
            : kind == AllocationRule::Kind::Even                      ? __int128(1)
                                                                      : __int128(rule.basisPoints.value(cc));
        directNum.push_back(__int128(d.nano) * den);
        shareNum.push_back(__int128(unowned) * w);
        totalNum.push_back(directNum.back() + shareNum.back());
    }
    const __int128 unit = den * NanoPerCent;
    const std::vector<qint64> totals = apportion(totalNum, unit, c.totalCents);
    size_t i = 0;
    for (const auto& [cc, d] : direct) {
        Statement s;
        s.costCenter = cc;
        const std::vector<qint64> parts = apportion({ directNum[i], shareNum[i] }, unit, totals[i]);
        s.directCents = parts[0];
        s.sharedCents = parts[1];
        s.byModel = lines(d.byModel, s.directCents);
        s.byTeam = lines(d.byTeam, s.directCents);
        s.selfHostedCents = roundCents(d.selfHosted);
        c.statements << s;
        ++i;
    }
    return c;
}

QByteArray chargebackCsv(const Chargeback& c)
{
    QString out = QStringLiteral("cost_center,section,item,usd\n");
    auto row = [&](const QString& cc, const char* section, const QString& item, qint64 cents) {
        out += csvField(cc) + QLatin1Char(',') + QLatin1String(section) + QLatin1Char(',') + csvField(item)
            + QLatin1Char(',') + centsText(cents) + QLatin1Char('\n');
    };
    for (const Statement& s : c.statements) {
        for (const AmountLine& l : s.byModel)
            row(s.costCenter, "direct-model", l.item, l.cents);
        for (const AmountLine& l : s.byTeam)
            row(s.costCenter, "direct-team", l.item, l.cents);
        row(s.costCenter, "self-hosted", QString(), s.selfHostedCents);
        row(s.costCenter, "shared", c.rule.toString(), s.sharedCents);
        row(s.costCenter, "total", QString(), s.totalCents());
    }
    row(QString(), "month-total", QStringLiteral("%1-%2").arg(c.year).arg(c.month, 2, 10, QLatin1Char('0')),
        c.totalCents);
    row(QString(), "unowned", QString(), c.unownedCents);
    return out.toUtf8();
}

} // namespace Export
