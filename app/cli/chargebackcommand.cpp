// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli chargeback: a month's statement per cost center (core/export/chargeback.h), printed, or written to a
// folder as one CSV and one PDF per cost center.
#include "app/cli/clisupport.h"

#include "core/export/chargeback.h"
#include "core/export/statementpdf.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace Cli {

int cmdChargeback(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("workspace"), Tr::tr("Workspace file."), QStringLiteral("W") });
    p.addOption({ QStringLiteral("month"), Tr::tr("The month, UTC."), QStringLiteral("YYYY-MM") });
    p.addOption({ QStringLiteral("allocate"),
        Tr::tr("How spend without a cost center is shared: proportional to direct spend (default), even, or "
               "fixed:CC=PCT,... adding up to 100."),
        QStringLiteral("RULE"), QStringLiteral("proportional") });
    p.addOption({ QStringLiteral("out"),
        Tr::tr("Write chargeback-YYYY-MM.csv and one PDF statement per cost center into this folder."),
        QStringLiteral("DIR") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (!p.isSet(QStringLiteral("workspace")) || !p.isSet(QStringLiteral("month")))
        return io.usage(Tr::tr("chargeback needs --workspace W and --month YYYY-MM."));
    static const QRegularExpression Month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = Month.match(p.value(QStringLiteral("month")));
    const int year = m.hasMatch() ? m.captured(1).toInt() : 0, month = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (!m.hasMatch() || month < 1 || month > 12)
        return io.usage(Tr::tr("--month: \"%1\" is not YYYY-MM.").arg(p.value(QStringLiteral("month"))));
    auto ws = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
    if (!ws)
        return io.fail(ws.error());
    auto centers = Export::costCentersWithSpend(*ws.value(), year, month);
    if (!centers)
        return io.fail(centers.error());
    auto rule = Export::parseAllocation(p.value(QStringLiteral("allocate")), centers.value());
    if (!rule)
        return io.usage(QStringLiteral("--allocate: ") + rule.error().message);
    auto c = Export::chargeback(*ws.value(), year, month, rule.value());
    if (!c)
        return io.fail(c.error());
    const Export::Chargeback& cb = c.value();
    if (p.isSet(QStringLiteral("out"))) {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return io.fail(Error { Error::Code::Unavailable, Tr::tr("PDF statements need the GUI libraries.") });
        const QDir dir(p.value(QStringLiteral("out")));
        if (!QDir().mkpath(dir.absolutePath()))
            return io.fail(Error { Error::Code::Io, Tr::tr("Cannot create the folder."), dir.absolutePath() });
        const QString csvPath
            = dir.filePath(QStringLiteral("chargeback-%1-%2.csv").arg(year).arg(month, 2, 10, QLatin1Char('0')));
        QSaveFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(Export::chargebackCsv(cb)) < 0 || !csv.commit())
            return io.fail(Error { Error::Code::Io, Tr::tr("Cannot write: %1").arg(csv.errorString()), csvPath });
        io.out << csvPath << '\n';
        for (const Export::Statement& s : cb.statements) {
            const QString pdf = dir.filePath(Export::statementFileName(cb, s));
            if (auto r = Export::writeStatementPdf(cb, s, pdf); !r)
                return io.fail(r.error());
            io.out << pdf << '\n';
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json statements = nlohmann::json::array();
        for (const Export::Statement& s : cb.statements) {
            nlohmann::json models = nlohmann::json::array();
            for (const Export::AmountLine& l : s.byModel)
                models.push_back({ { "model", l.item.toStdString() }, { "usd", double(l.cents) / 100 } });
            statements.push_back({ { "cost_center", s.costCenter.toStdString() },
                { "direct_usd", double(s.directCents) / 100 }, { "self_hosted_usd", double(s.selfHostedCents) / 100 },
                { "shared_usd", double(s.sharedCents) / 100 }, { "total_usd", double(s.totalCents()) / 100 },
                { "by_model", models } });
        }
        const nlohmann::json j { { "month", p.value(QStringLiteral("month")).toStdString() },
            { "rule", cb.rule.toString().toStdString() }, { "total_usd", double(cb.totalCents) / 100 },
            { "unowned_usd", double(cb.unownedCents) / 100 }, { "statements", statements } };
        io.out << QString::fromStdString(j.dump()) << Qt::endl;
        return 0;
    }
    io.out << Tr::tr("Chargeback %1, %2").arg(p.value(QStringLiteral("month")), cb.rule.description()) << "\n\n";
    io.out << Tr::tr("cost center").leftJustified(24) << Tr::tr("direct").rightJustified(14)
           << Tr::tr("self-hosted").rightJustified(14) << Tr::tr("shared").rightJustified(12)
           << Tr::tr("total").rightJustified(14) << '\n';
    for (const Export::Statement& s : cb.statements)
        io.out << s.costCenter.leftJustified(24) << Export::centsText(s.directCents).rightJustified(14)
               << Export::centsText(s.selfHostedCents).rightJustified(14)
               << Export::centsText(s.sharedCents).rightJustified(12)
               << Export::centsText(s.totalCents()).rightJustified(14) << '\n';
    io.out << Tr::tr("month total").leftJustified(24) << QString().rightJustified(40)
           << Export::centsText(cb.totalCents).rightJustified(14) << '\n'
           << Tr::tr("without a cost center (shared above): %1").arg(Export::centsText(cb.unownedCents)) << Qt::endl;
    return 0;
}

} // namespace Cli
