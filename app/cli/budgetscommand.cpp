// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clisupport.h"

#include "core/analytics/report.h"
#include "core/budgets/budgetrepository.h"
#include "core/budgets/budgetstatus.h"
#include "core/budgets/prometheusrules.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

namespace Cli {

namespace {

    QString percent(double fraction)
    {
        return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
    }

    QString hhmm(qint64 ms)
    {
        return TimeUtil::toIso(ms).mid(11, 5);
    }

    QString alertText(const Budgets::AlertCrossing& a)
    {
        const QString day = TimeUtil::toDate(a.dayMs);
        if (a.kind == QLatin1String(Budgets::Kind::ForecastBreach))
            return Tr::tr("forecast > %1 on %2").arg(percent(a.threshold), day);
        return Tr::tr("%1 on %2 %3").arg(percent(a.threshold), day, a.atMs ? hhmm(*a.atMs) : QString());
    }

    void printText(const Budgets::BudgetReport& rep, Io& io)
    {
        if (rep.rows.isEmpty()) {
            io.out << Tr::tr("No budgets. Set one with --set COST_CENTER=USD.") << '\n';
            return;
        }
        const Budgets::BudgetStatus& first = rep.rows.first();
        io.out << Tr::tr(
            "Budgets as of %1 (UTC): month %2, day %3 of %4. Spend is list cost; calls without a price are "
            "not counted.")
                      .arg(TimeUtil::toDate(rep.asOfDayMs), TimeUtil::toDate(first.monthStartMs).left(7))
                      .arg(first.daysElapsed)
                      .arg(first.daysInMonth)
               << "\n\n";
        for (const Budgets::BudgetStatus& s : rep.rows) {
            io.out << (s.costCenter.isEmpty() ? Tr::tr("(unattributed)") : s.costCenter) << "  "
                   << Tr::tr("budget %1, spent %2 (%3) in %4 calls")
                          .arg(Money::formatUsd(s.budgetNano), Money::formatUsd(s.mtdNano), percent(s.spentFraction()))
                          .arg(s.mtdCalls);
            if (s.unpricedCalls)
                io.out << Tr::tr(", %1 unpriced").arg(s.unpricedCalls);
            io.out << '\n';
            io.out << "  "
                   << Tr::tr("forecast  %1 (10-90%: %2 - %3), %4 of budget")
                          .arg(Money::formatUsd(s.forecast.centralNano), Money::formatUsd(s.forecast.lowNano),
                              Money::formatUsd(s.forecast.highNano), percent(s.forecastFraction()))
                   << '\n';
            QStringList alerts;
            for (const Budgets::AlertCrossing& a : s.alerts)
                alerts << alertText(a);
            io.out << "  "
                   << Tr::tr("alerts    %1").arg(alerts.isEmpty() ? Tr::tr("none") : alerts.join(QStringLiteral("; ")))
                   << '\n';
            if (s.breaker.tripped)
                io.out << "  "
                       << Tr::tr("breaker   would have stopped on %1 %2, blocking %3 of %4 calls")
                              .arg(TimeUtil::toDate(s.breaker.atMs), hhmm(s.breaker.atMs),
                                  Money::formatUsd(s.breaker.blockedNano))
                              .arg(s.breaker.blockedCalls)
                       << '\n';
            else
                io.out << "  " << Tr::tr("breaker   not reached") << '\n';
        }
    }

} // namespace

int cmdBudgets(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("workspace"), Tr::tr("Workspace file."), QStringLiteral("W") });
    p.addOption({ QStringLiteral("set"), Tr::tr("Set a monthly budget in USD (0 removes it); repeatable."),
        QStringLiteral("COST_CENTER=USD") });
    p.addOption({ QStringLiteral("as-of"), Tr::tr("Last day counted (default: the last event's day)."),
        QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("export-rules"), Tr::tr("Write Prometheus alerting rules (YAML) to FILE."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("rules-metric"),
        Tr::tr("Spend counter (USD) the rules query (default litellm_spend_metric_total)."), QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("rules-label"), Tr::tr("Label that holds the cost center (default team_alias)."),
        QStringLiteral("LABEL") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (!p.isSet(QStringLiteral("workspace")))
        return io.usage(Tr::tr("budgets needs --workspace W."));

    QList<Budgets::Budget> changes;
    for (const QString& s : p.values(QStringLiteral("set"))) {
        const qsizetype eq = s.lastIndexOf(QLatin1Char('='));
        const auto nano = eq > 0 ? Money::parseUsdToNano(QStringView(s).mid(eq + 1).trimmed()) : std::nullopt;
        if (!nano || *nano < 0)
            return io.usage(Tr::tr("--set: \"%1\" is not COST_CENTER=USD (a non-negative amount).").arg(s));
        changes << Budgets::Budget { s.left(eq).trimmed(), *nano };
    }
    std::optional<qint64> asOf;
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = TimeUtil::parse(p.value(QStringLiteral("as-of")));
        if (!asOf)
            return io.usage(Tr::tr("--as-of: \"%1\" is not a date or time.").arg(p.value(QStringLiteral("as-of"))));
    }

    auto ws = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return io.fail(ws.error());
    Budgets::BudgetRepository repo(*ws.value());
    if (!changes.isEmpty()) { // a budget is for a cost center the workspace knows: its calls' or an existing budget's
        auto byCenter = Analytics::report(*ws.value(), {}, Analytics::Dimension::CostCenter);
        if (!byCenter)
            return io.fail(byCenter.error());
        auto existing = repo.budgets();
        if (!existing)
            return io.fail(existing.error());
        QStringList known;
        for (const Analytics::Group& g : byCenter.value().groups)
            if (!g.key.isEmpty())
                known << g.key;
        for (const Budgets::Budget& b : existing.value())
            if (!known.contains(b.costCenter))
                known << b.costCenter;
        known.sort(Qt::CaseInsensitive);
        for (const Budgets::Budget& b : changes)
            if (!known.contains(b.costCenter))
                return io.fail(Error { Error::Code::Schema,
                    known.isEmpty()
                        ? Tr::tr("--set: no cost center \"%1\" in this workspace, which has no cost centers yet.")
                              .arg(b.costCenter)
                        : Tr::tr("--set: no cost center \"%1\" in this workspace; its cost centers: %2.")
                              .arg(b.costCenter, known.join(QStringLiteral(", "))),
                    ws.value()->path() });
    }
    for (const Budgets::Budget& b : changes)
        if (auto r = repo.setBudget(b.costCenter, b.monthlyNano); !r)
            return io.fail(r.error());

    if (p.isSet(QStringLiteral("export-rules"))) {
        auto budgets = repo.budgets();
        if (!budgets)
            return io.fail(budgets.error());
        auto rules = repo.alertRules();
        if (!rules)
            return io.fail(rules.error());
        Budgets::RulesOptions o;
        o.source = QFileInfo(ws.value()->path()).fileName();
        if (p.isSet(QStringLiteral("rules-metric")))
            o.spendMetric = p.value(QStringLiteral("rules-metric"));
        if (p.isSet(QStringLiteral("rules-label")))
            o.label = p.value(QStringLiteral("rules-label"));
        const QString file = p.value(QStringLiteral("export-rules"));
        QSaveFile f(file);
        const QByteArray yaml = Budgets::prometheusRules(
            budgets.value(), rules.value(), Budgets::AnomalyThresholds {}.withRules(rules.value()), o)
                                    .toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(yaml) != yaml.size() || !f.commit())
            return io.fail(
                Error { Error::Code::Io, Tr::tr("Cannot write the alert rules: %1").arg(f.errorString()), file });
        io.err << Tr::tr("Wrote %1 alert rules to %2.").arg(yaml.count("- alert: ")).arg(file) << Qt::endl;
    }

    PlainTaskContext ctx;
    auto rep = Budgets::evaluate(*ws.value(), asOf, ctx);
    if (!rep)
        return io.fail(rep.error());
    if (p.isSet(QStringLiteral("json")))
        io.out << QString::fromUtf8(Budgets::reportToJson(rep.value())) << Qt::endl;
    else
        printText(rep.value(), io);
    io.out.flush();
    return 0;
}

} // namespace Cli
