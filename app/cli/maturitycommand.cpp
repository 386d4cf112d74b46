// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clisupport.h"

#include "core/common/money.h"
#include "core/common/timeutil.h"
#include "core/maturity/maturity.h"

#include <QCommandLineParser>

namespace Cli {

namespace {

    QString value(const Maturity::Criterion& c, std::optional<double> v)
    {
        if (!v)
            return Tr::tr("n/a");
        switch (c.unit) {
        case Maturity::Unit::Share:
            return QStringLiteral("%1%").arg(*v * 100.0, 0, 'f', 1);
        case Maturity::Unit::Count:
            return QString::number(qint64(*v));
        case Maturity::Unit::Change:
            return QStringLiteral("%1%2%").arg(*v > 0 ? QStringLiteral("+") : QString()).arg(*v * 100.0, 0, 'f', 1);
        }
        return QString();
    }

} // namespace

int cmdMaturity(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("workspace"), Tr::tr("Workspace file."), QStringLiteral("W") });
    p.addOption({ QStringLiteral("window"), Tr::tr("Days measured, ending on the last day of data (default 30)."),
        QStringLiteral("DAYS") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (!p.isSet(QStringLiteral("workspace")))
        return io.usage(Tr::tr("maturity needs --workspace W."));
    Maturity::Options opt;
    if (p.isSet(QStringLiteral("window"))) {
        bool ok = false;
        opt.windowDays = p.value(QStringLiteral("window")).toInt(&ok);
        if (!ok || opt.windowDays < 1)
            return io.usage(Tr::tr("--window takes a positive whole number of days."));
    }
    auto ws = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return io.fail(ws.error());
    PlainTaskContext ctx;
    auto result = Maturity::diagnose(*ws.value(), opt, ctx);
    if (!result)
        return io.fail(result.error());
    const Maturity::Diagnosis& d = result.value();
    if (p.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(Maturity::toJson(d)) << Qt::endl;
        return 0;
    }
    io.out
        << Tr::tr("Maturity level %1 of %2: %3").arg(d.level).arg(Maturity::MaxLevel).arg(Maturity::levelName(d.level))
        << '\n'
        << QCoreApplication::translate("Cli",
               "Measured over %1 to %2 (UTC, %n day(s)); savings per month = window × 30 / days.", nullptr, d.days)
               .arg(TimeUtil::toDate(d.fromMs), TimeUtil::toDate(d.toMs - 1))
        << "\n";
    int level = 0;
    for (const Maturity::Criterion& c : d.criteria) {
        if (c.level != level) {
            level = c.level;
            io.out << '\n' << Tr::tr("Level %1 %2").arg(level).arg(Maturity::levelName(level)) << '\n';
        }
        io.out << "  " << (c.met ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) << c.name.leftJustified(40)
               << value(c, c.measured).rightJustified(10) << "  "
               << (c.comparison == Maturity::Comparison::Falling ? Tr::tr("falling")
                          : c.comparison == Maturity::Comparison::AtMostOrFalling
                          ? Tr::tr("<= %1 or falling").arg(value(c, c.threshold))
                          : Maturity::comparisonSymbol(c.comparison) + QLatin1Char(' ') + value(c, c.threshold))
               << '\n';
    }
    const QList<Maturity::Step> next = d.nextSteps();
    if (!next.isEmpty()) {
        qint64 total = 0;
        io.out << '\n' << Tr::tr("Next level (%1): steps").arg(Maturity::levelName(d.level + 1)) << '\n';
        for (const Maturity::Step& s : next) {
            io.out << "  - " << s.text;
            if (s.savingsNanoPerMonth) {
                io.out << ' ' << Tr::tr("[saves %1/month]").arg(Money::formatUsd(*s.savingsNanoPerMonth));
                total += *s.savingsNanoPerMonth;
            }
            io.out << '\n';
        }
        io.out << Tr::tr("  Total estimated savings: %1/month").arg(Money::formatUsd(total)) << '\n';
    }
    io.out.flush();
    return 0;
}

} // namespace Cli
