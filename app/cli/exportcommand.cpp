// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli export --focus FILE.csv: the workspace's calls as FOCUS 1.2 (core/export/focusexport.h).
#include "app/cli/clisupport.h"

#include "core/export/focusexport.h"
#include "core/store/usagerepository.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace Cli {

int cmdExport(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("workspace"), Tr::tr("Workspace file."), QStringLiteral("W") });
    p.addOption({ QStringLiteral("focus"), Tr::tr("Write FOCUS 1.2 CSV to this file."), QStringLiteral("FILE.csv") });
    p.addOption({ QStringLiteral("from"), Tr::tr("Export calls from this time, inclusive (default: the first call)."),
        QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("to"),
        Tr::tr("Export calls until this time; a date includes that day (default: the last call)."),
        QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("granularity"), Tr::tr("One charge period per day (default) or per hour."),
        QStringLiteral("day|hour"), QStringLiteral("day") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (!p.isSet(QStringLiteral("workspace")) || !p.isSet(QStringLiteral("focus")))
        return io.usage(Tr::tr("export needs --workspace W and --focus FILE.csv."));
    Export::FocusOptions options;
    const QString granularity = p.value(QStringLiteral("granularity")).toLower();
    if (granularity == QLatin1String("hour"))
        options.granularity = Export::Granularity::Hour;
    else if (granularity != QLatin1String("day"))
        return io.usage(
            Tr::tr("--granularity: \"%1\" is neither day nor hour.").arg(p.value(QStringLiteral("granularity"))));
    for (const char* bound : { "from", "to" }) {
        const QString name = QString::fromLatin1(bound);
        if (!p.isSet(name))
            continue;
        auto t = parseBound(p.value(name), name == QLatin1String("to"));
        if (!t)
            return io.usage(Tr::tr("--%1: \"%2\" is not a date or time.").arg(name, p.value(name)));
        (name == QLatin1String("from") ? options.fromMs : options.toMs) = *t;
    }
    if (options.fromMs && options.toMs && *options.toMs <= *options.fromMs)
        return io.usage(Tr::tr("--to must come after --from."));
    auto ws = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return io.fail(ws.error());
    auto catalog = Store::UsageRepository(*ws.value()).catalog();
    if (!catalog)
        return io.fail(catalog.error());
    const QString file = p.value(QStringLiteral("focus"));
    QSaveFile out(file); // all or nothing: a failed export leaves no half-written file
    if (!out.open(QIODevice::WriteOnly))
        return io.fail(Error { Error::Code::Io, Tr::tr("Cannot write: %1").arg(out.errorString()), file });
    PlainTaskContext ctx;
    auto summary = Export::writeFocus(*ws.value(), catalog.value(), options, out, ctx);
    if (!summary)
        return io.fail(summary.error());
    if (!out.commit())
        return io.fail(Error { Error::Code::Io, Tr::tr("Cannot write: %1").arg(out.errorString()), file });
    const Export::FocusSummary& s = summary.value();
    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json left = nlohmann::json::object();
        for (auto it = s.leftOutByModel.cbegin(); it != s.leftOutByModel.cend(); ++it)
            left[it.key().toStdString()] = it.value();
        const nlohmann::json j { { "file", file.toStdString() }, { "rows", s.rows }, { "calls", s.calls },
            { "list_cost_usd", Export::femtoDecimal(s.listCostFemto).toStdString() },
            { "billed_cost_usd", Export::femtoDecimal(s.billedCostFemto).toStdString() },
            { "left_out_calls", s.leftOutCalls }, { "left_out_models", left } };
        io.out << QString::fromStdString(j.dump()) << Qt::endl;
        return 0;
    }
    io.out << Tr::tr("%1: %2 FOCUS 1.2 rows for %3 calls; ListCost $%4, BilledCost $%5.")
                  .arg(file)
                  .arg(s.rows)
                  .arg(s.calls)
                  .arg(Export::femtoDecimal(s.listCostFemto), Export::femtoDecimal(s.billedCostFemto))
           << Qt::endl;
    if (s.leftOutCalls > 0) {
        QStringList models;
        for (auto it = s.leftOutByModel.cbegin(); it != s.leftOutByModel.cend(); ++it)
            models << Tr::tr("%1 (%2)").arg(it.key()).arg(it.value());
        io.out << Tr::tr(
            "Left out: %1 calls with neither a price nor a reported cost, which FOCUS cannot carry without "
            "inventing one: %2. Price them on the Prices page to include them.")
                      .arg(s.leftOutCalls)
                      .arg(models.join(QStringLiteral(", ")))
               << Qt::endl;
    }
    return 0;
}

} // namespace Cli
