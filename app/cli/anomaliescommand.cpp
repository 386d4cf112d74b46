// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clisupport.h"

#include "core/anomalies/anomalies.h"
#include "core/common/money.h"

#include <QCommandLineParser>

namespace Cli {

int cmdAnomalies(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("workspace"), Tr::tr("Workspace file."), QStringLiteral("W") });
    p.addOption({ QStringLiteral("from"),
        Tr::tr("Report anomalies from this time, inclusive (default: the first call)."), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("to"),
        Tr::tr("Report anomalies until this time; a date includes that day (default: the last call)."),
        QStringLiteral("DATE") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (!p.isSet(QStringLiteral("workspace")))
        return io.usage(Tr::tr("anomalies needs --workspace W."));
    Anomalies::Options options;
    for (const char* bound : { "from", "to" }) {
        const QString name = QString::fromLatin1(bound);
        if (!p.isSet(name))
            continue;
        auto t = parseBound(p.value(name), name == QLatin1String("to"));
        if (!t)
            return io.usage(Tr::tr("--%1: \"%2\" is not a date or time.").arg(name, p.value(name)));
        (name == QLatin1String("from") ? options.fromMs : options.toMs) = *t;
    }
    auto ws = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return io.fail(ws.error());
    PlainTaskContext ctx;
    auto found = Anomalies::detect(*ws.value(), options, ctx);
    if (!found)
        return io.fail(found.error());
    if (p.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(Anomalies::toJson(found.value())) << Qt::endl;
        return 0;
    }
    const QList<Anomalies::Anomaly>& list = found.value();
    if (list.isEmpty()) {
        io.out << Tr::tr("No anomalies found.") << Qt::endl;
        return 0;
    }
    io.out << Tr::tr("kind").leftJustified(15) << Tr::tr("severity").leftJustified(10)
           << Tr::tr("start (UTC)").leftJustified(18) << Tr::tr("end (UTC)").leftJustified(18)
           << Tr::tr("excess").rightJustified(14) << Tr::tr("calls").rightJustified(9) << "  " << Tr::tr("where")
           << '\n';
    auto minute = [](qint64 ms) { return TimeUtil::toIso(ms).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')); };
    for (const Anomalies::Anomaly& a : list) {
        QStringList where;
        for (auto it = a.where.cbegin(); it != a.where.cend(); ++it)
            where << it.key() + QLatin1Char('=') + (it.value().isEmpty() ? Tr::tr("(none)") : it.value());
        io.out << Anomalies::kindName(a.kind).leftJustified(15) << Anomalies::severityName(a.severity).leftJustified(10)
               << minute(a.startMs).leftJustified(18) << minute(a.endMs).leftJustified(18)
               << (a.excessCostNano ? Money::formatUsd(*a.excessCostNano) : Tr::tr("unknown")).rightJustified(14)
               << QString::number(a.evidenceCalls).rightJustified(9) << "  " << where.join(QStringLiteral(", "))
               << '\n';
    }
    io.out << '\n' << Tr::tr("%1 anomalies.").arg(list.size()) << Qt::endl;
    return 0;
}

} // namespace Cli
