// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// inferometer-cli routing: routing and cascade what-ifs per task class (core/planning/routing.h) on the workspace's
// own monthly load (core/planning/traffic.h) or on the source article's case study (core/planning/scenarios.h).
#include "app/cli/clisupport.h"

#include "core/common/timeutil.h"
#include "core/planning/routing.h"
#include "core/planning/scenarios.h"
#include "core/planning/traffic.h"
#include "core/pricing/pricecatalog.h"
#include "core/store/usagerepository.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

namespace Cli {

namespace {

    /** A finite number, a trailing "%" allowed where `percent`. */
    std::optional<double> number(QString text, bool percent = false)
    {
        text = text.trimmed();
        if (percent && text.endsWith(QLatin1Char('%')))
            text.chop(1);
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }

    /** A percentage from 0 to 100 as a share; nullopt otherwise. */
    std::optional<double> share(const QString& text)
    {
        const auto v = number(text, true);
        return v && *v >= 0 && *v <= 100 ? std::optional<double>(*v / 100) : std::nullopt;
    }

    /** --route / --cascade: CLASS=PERCENT, repeated; the last value for a class counts. On a bad value `error` is
     * the usage message naming the option. */
    std::map<Planning::TaskClass, double> classShares(
        const QCommandLineParser& p, const QString& option, QString& error)
    {
        std::map<Planning::TaskClass, double> out;
        for (const QString& v : p.values(option)) {
            const qsizetype eq = v.indexOf(QLatin1Char('='));
            if (eq < 0) {
                error = Tr::tr("--%1: \"%2\" is not CLASS=PERCENT.").arg(option, v);
                return {};
            }
            const QString name = v.left(eq).trimmed();
            const auto cls = Planning::classFromId(name);
            if (!cls) {
                error = Tr::tr("--%1: unknown class \"%2\" (classification, extraction, support or reasoning).")
                            .arg(option, name);
                return {};
            }
            const auto s = share(v.mid(eq + 1));
            if (!s) {
                error = Tr::tr("--%1: \"%2\" is not a percentage from 0 to 100.").arg(option, v.mid(eq + 1).trimmed());
                return {};
            }
            out[*cls] = *s;
        }
        return out;
    }

    /** The option that set a plan's field, for validate()'s errors. */
    QString optionFor(const QString& field, const QCommandLineParser& p)
    {
        if (field == QLatin1String("routed-share"))
            return QStringLiteral("route");
        if (field == QLatin1String("escalation-rate"))
            return QStringLiteral("cascade");
        if (field == QLatin1String("small-price") && p.isSet(QStringLiteral("small-model")))
            return QStringLiteral("small-model");
        return field; // small-price, small-correction-rate and correction-cost are options of the same name
    }

    nlohmann::json numbers(const Planning::ClassProjection& c)
    {
        return { { "outcomes", c.outcomes }, { "today_usd", c.todayUsd }, { "projected_usd", c.projectedUsd },
            { "today_cpso_usd", c.todayCpso() }, { "projected_cpso_usd", c.projectedCpso() },
            { "today_correction_rate", c.todayCorrectionRate },
            { "projected_correction_rate", c.projectedCorrectionRate },
            { "today_correction_usd", c.todayCorrectionUsd }, { "projected_correction_usd", c.projectedCorrectionUsd },
            { "today_cpso_with_corrections_usd", c.todayCpsoWithCorrections() },
            { "projected_cpso_with_corrections_usd", c.projectedCpsoWithCorrections() },
            { "model_savings", c.modelSavings() } };
    }

    QString usd(double v, int decimals = 2)
    {
        return QStringLiteral("$") + QString::number(v, 'f', decimals);
    }

    QString pct(double share)
    {
        return QString::number(share * 100, 'f', 1) + QLatin1Char('%');
    }

} // namespace

int cmdRouting(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("workspace"), Tr::tr("Plan on this workspace's own traffic, per task class."),
        QStringLiteral("W") });
    p.addOption({ QStringLiteral("days"),
        Tr::tr("With --workspace: the latest days read, as a monthly load (default 30)."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("case-study"),
        Tr::tr("Plan on the source article's case study instead: 1,000 descriptions a month on a frontier model (gpt), "
               "cascaded through a small API model (hybrid) or routed to a self-hosted one (slm)."),
        QStringLiteral("gpt|hybrid|slm") });
    p.addOption(
        { QStringLiteral("route"), Tr::tr("Send PERCENT of a class's work to the small model directly (repeatable)."),
            QStringLiteral("CLASS=PERCENT") });
    p.addOption({ QStringLiteral("cascade"),
        Tr::tr("Send all of a class's work to the small model first, PERCENT of it escalating to today's model "
               "(repeatable)."),
        QStringLiteral("CLASS=PERCENT") });
    p.addOption({ QStringLiteral("small-model"), Tr::tr("The small model: a catalog model whose prices apply."),
        QStringLiteral("M") });
    p.addOption({ QStringLiteral("small-price"),
        Tr::tr("The small model's price instead, USD per 1M input and output tokens (output defaults to input)."),
        QStringLiteral("IN[,OUT]") });
    p.addOption({ QStringLiteral("small-correction-rate"),
        Tr::tr("Percent of the small model's outcomes a human corrects (default 5; the case study's own otherwise)."),
        QStringLiteral("PERCENT") });
    p.addOption({ QStringLiteral("correction-cost"), Tr::tr("USD one human correction costs (default 5)."),
        QStringLiteral("USD"), QStringLiteral("5") });
    p.addOption({ QStringLiteral("classify"),
        Tr::tr("With --workspace: put a workflow (its project, else cost center) in a class (repeatable)."),
        QStringLiteral("WORKFLOW=CLASS") });
    addJson(p);
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    const bool fromWorkspace = p.isSet(QStringLiteral("workspace"));
    if (fromWorkspace == p.isSet(QStringLiteral("case-study")))
        return io.usage(Tr::tr("routing needs --workspace W or --case-study gpt|hybrid|slm (one of them)."));
    const QString caseStudy = p.value(QStringLiteral("case-study")).toLower();
    if (!fromWorkspace && caseStudy != QLatin1String("gpt") && caseStudy != QLatin1String("hybrid")
        && caseStudy != QLatin1String("slm"))
        return io.usage(
            Tr::tr("--case-study: \"%1\" is not gpt, hybrid or slm.").arg(p.value(QStringLiteral("case-study"))));
    for (const char* only : { "days", "classify" })
        if (!fromWorkspace && p.isSet(QString::fromLatin1(only)))
            return io.usage(Tr::tr("--%1 needs --workspace W.").arg(QString::fromLatin1(only)));
    int days = 30;
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 3660)
            return io.usage(Tr::tr("--days takes a whole number from 1 to 3,660."));
    }
    QString error;
    const auto routes = classShares(p, QStringLiteral("route"), error);
    if (!error.isEmpty())
        return io.usage(error);
    const auto cascades = classShares(p, QStringLiteral("cascade"), error);
    if (!error.isEmpty())
        return io.usage(error);
    for (const auto& [cls, s] : cascades)
        if (routes.count(cls))
            return io.usage(Tr::tr("--cascade: %1 is already routed by --route; give one strategy per class.")
                                .arg(Planning::classId(cls)));
    QMap<QString, Planning::TaskClass> overrides;
    for (const QString& v : p.values(QStringLiteral("classify"))) {
        const qsizetype eq = v.lastIndexOf(QLatin1Char('='));
        const auto cls = eq > 0 ? Planning::classFromId(v.mid(eq + 1)) : std::nullopt;
        if (eq <= 0 || v.left(eq).trimmed().isEmpty())
            return io.usage(Tr::tr("--classify: \"%1\" is not WORKFLOW=CLASS.").arg(v));
        if (!cls)
            return io.usage(
                Tr::tr("--classify: unknown class \"%1\" (classification, extraction, support or reasoning).")
                    .arg(v.mid(eq + 1).trimmed()));
        overrides.insert(v.left(eq).trimmed(), *cls);
    }
    const auto correctionUsd = number(p.value(QStringLiteral("correction-cost")));
    if (!correctionUsd)
        return io.usage(Tr::tr("--correction-cost takes USD, a number."));
    std::optional<double> smallCorrection;
    if (p.isSet(QStringLiteral("small-correction-rate"))) {
        smallCorrection = share(p.value(QStringLiteral("small-correction-rate")));
        if (!smallCorrection)
            return io.usage(Tr::tr("--small-correction-rate takes a percentage from 0 to 100."));
    }
    if (p.isSet(QStringLiteral("small-model")) && p.isSet(QStringLiteral("small-price")))
        return io.usage(Tr::tr("--small-price: give the small model's price or --small-model, not both."));
    std::optional<Planning::TokenPrices> smallPrice;
    if (p.isSet(QStringLiteral("small-price"))) {
        const QStringList parts = p.value(QStringLiteral("small-price")).split(QLatin1Char(','));
        const auto in = number(parts.value(0));
        const auto out = parts.size() > 1 ? number(parts.value(1)) : in;
        if (parts.size() > 2 || !in || !out)
            return io.usage(Tr::tr("--small-price takes USD per 1M tokens: IN or IN,OUT."));
        smallPrice = Planning::TokenPrices { *in, *out }; // negative prices: validate() names the option
    }

    // today's load per class, and the plan each class starts from
    std::map<Planning::TaskClass, Planning::ClassLoad> loads;
    std::map<Planning::TaskClass, Planning::ClassPlan> plans;
    std::optional<Planning::Traffic> traffic;
    std::unique_ptr<Store::Workspace> ws;
    if (fromWorkspace) {
        auto opened = openWorkspace(p, Store::Workspace::Mode::OpenExisting);
        if (!opened)
            return io.fail(opened.error());
        ws = std::move(opened).value();
        auto window = Planning::latestWindow(*ws, days);
        if (!window)
            return io.fail(window.error());
        if (!window.value())
            return io.fail(Error { Error::Code::Unavailable, Tr::tr("No calls to plan from: import usage first."),
                p.value(QStringLiteral("workspace")) });
        PlainTaskContext ctx;
        auto read = Planning::readTraffic(*ws, *window.value(), overrides, ctx);
        if (!read)
            return io.fail(read.error());
        traffic = std::move(read).value();
        for (const auto& [cls, c] : traffic->classes)
            loads[cls] = c.load;
        for (Planning::TaskClass c : Planning::AllTaskClasses) {
            plans[c] = Planning::defaultPlan(c);
            plans[c].correctionUsd = *correctionUsd;
        }
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            if (!traffic->workflowClass.contains(it.key()))
                io.err << Tr::tr("inferometer-cli: note: --classify: no workflow \"%1\" in the window.").arg(it.key())
                       << Qt::endl;
    } else {
        const Planning::RoutingScenario s = Planning::articleCaseStudy(caseStudy, *correctionUsd);
        loads = s.typedLoads;
        plans = s.plans;
    }

    if (p.isSet(QStringLiteral("small-model"))) {
        Result<Pricing::PriceCatalog> catalog = Pricing::PriceCatalog::builtin();
        if (ws) // the workspace's own prices (overrides, imports) where there is one, as `prices` shows them
            catalog = Store::UsageRepository(*ws).catalog();
        if (!catalog)
            return io.fail(catalog.error());
        const QString model = p.value(QStringLiteral("small-model"));
        const Pricing::PriceEntry* e = catalog.value().find(model, QDateTime::currentMSecsSinceEpoch());
        if (!e)
            return io.usage(
                Tr::tr("--small-model: no price for model \"%1\" in the catalog (see inferometer-cli prices).")
                    .arg(model));
        // micro-dollars per 1M tokens
        smallPrice = Planning::TokenPrices { double(e->rates.input) / 1e6, double(e->rates.output) / 1e6 };
    }
    auto planFor = [&](Planning::TaskClass cls) -> Planning::ClassPlan& {
        if (!plans.count(cls)) {
            plans[cls] = Planning::defaultPlan(cls);
            plans[cls].correctionUsd = *correctionUsd;
        }
        return plans[cls];
    };
    for (const auto& [cls, s] : routes) {
        Planning::ClassPlan& plan = planFor(cls);
        plan.strategy = Planning::Strategy::Route;
        plan.routedShare = s;
    }
    for (const auto& [cls, s] : cascades) {
        Planning::ClassPlan& plan = planFor(cls);
        plan.strategy = Planning::Strategy::Cascade;
        plan.escalationRate = s;
    }
    for (auto& [cls, plan] : plans) {
        if (smallPrice) {
            plan.small = *smallPrice;
            plan.smallLabel = p.isSet(QStringLiteral("small-model")) ? p.value(QStringLiteral("small-model"))
                                                                     : Tr::tr("small model");
        }
        if (smallCorrection)
            plan.smallCorrectionRate = *smallCorrection;
    }
    for (const auto& [cls, plan] : plans) {
        const std::vector<Planning::FieldError> errors = Planning::validate(plan);
        if (errors.empty())
            continue;
        const QString option = optionFor(errors.front().field, p);
        // --route and --cascade name a class; the other options apply to every class
        if (option == QLatin1String("route") || option == QLatin1String("cascade"))
            return io.usage(QStringLiteral("--%1: %2: %3").arg(option, Planning::classId(cls), errors.front().message));
        return io.usage(QStringLiteral("--%1: %2").arg(option, errors.front().message));
    }
    for (const auto& [cls, plan] : plans)
        if (plan.strategy != Planning::Strategy::Keep && !loads.count(cls))
            io.err << Tr::tr("inferometer-cli: note: no %1 work to plan on: its --%2 changes nothing.")
                          .arg(Planning::classId(cls),
                              plan.strategy == Planning::Strategy::Route ? QStringLiteral("route")
                                                                         : QStringLiteral("cascade"))
                   << Qt::endl;

    std::vector<Planning::ClassProjection> projections;
    for (Planning::TaskClass cls : Planning::AllTaskClasses)
        if (loads.count(cls))
            projections.push_back(Planning::project(loads.at(cls), plans.at(cls)));
    const Planning::ClassProjection sum = Planning::total(projections);

    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json classes = nlohmann::json::array();
        for (const Planning::ClassProjection& c : projections) {
            const Planning::ClassPlan& plan = plans.at(c.cls);
            nlohmann::json j { { "class", Planning::classId(c.cls).toStdString() },
                { "name", Planning::className(c.cls).toStdString() },
                { "strategy", Planning::strategyId(plan.strategy).toStdString() } };
            j.update(numbers(c));
            j["expected_low"] = plan.expected.low;
            j["expected_high"] = plan.expected.high;
            j["outside_expected"] = c.outsideExpected;
            if (traffic) {
                const Planning::ClassTraffic& t = traffic->classes.at(c.cls);
                j["top_model"] = t.topModel.toStdString();
                nlohmann::json flows = nlohmann::json::array();
                for (const QString& w : t.workflows)
                    flows.push_back(w.toStdString());
                j["workflows"] = flows;
            }
            classes.push_back(j);
        }
        nlohmann::json out { { "classes", classes }, { "total", numbers(sum) } };
        if (traffic) {
            out["from"] = TimeUtil::toIso(traffic->window.fromMs).toStdString();
            out["to"] = TimeUtil::toIso(traffic->window.toMs).toStdString();
        }
        io.out << QString::fromStdString(out.dump(2)) << Qt::endl;
        return 0;
    }

    if (traffic)
        io.out << Tr::tr("%1 to %2 (UTC), per month:")
                      .arg(TimeUtil::toDate(traffic->window.fromMs), TimeUtil::toDate(traffic->window.toMs - 1))
               << "\n\n";
    else
        io.out << Tr::tr("The article's case study, option %1, per month:").arg(caseStudy) << "\n\n";
    io.out << QString().leftJustified(16) << Tr::tr("strategy").leftJustified(9)
           << Tr::tr("outcomes").rightJustified(10) << Tr::tr("today").rightJustified(12)
           << Tr::tr("projected").rightJustified(12) << Tr::tr("CPSO").rightJustified(9)
           << Tr::tr("new CPSO").rightJustified(9) << Tr::tr("+ corr.").rightJustified(9)
           << Tr::tr("new").rightJustified(9) << Tr::tr("savings").rightJustified(9)
           << Tr::tr("expected").rightJustified(11) << '\n';
    auto row = [&](const QString& name, const QString& strategy, const Planning::ClassProjection& c,
                   const QString& expected) {
        io.out << name.leftJustified(16).left(16) << strategy.leftJustified(9)
               << QString::number(c.outcomes, 'f', 0).rightJustified(10) << usd(c.todayUsd).rightJustified(12)
               << usd(c.projectedUsd).rightJustified(12) << usd(c.todayCpso(), 4).rightJustified(9)
               << usd(c.projectedCpso(), 4).rightJustified(9) << usd(c.todayCpsoWithCorrections(), 4).rightJustified(9)
               << usd(c.projectedCpsoWithCorrections(), 4).rightJustified(9) << pct(c.modelSavings()).rightJustified(9)
               << expected.rightJustified(11) << '\n';
    };
    for (const Planning::ClassProjection& c : projections) {
        const Planning::ClassPlan& plan = plans.at(c.cls);
        row(Planning::classId(c.cls), Planning::strategyId(plan.strategy), c,
            QString::number(plan.expected.low * 100, 'f', 0) + QLatin1Char('-')
                + QString::number(plan.expected.high * 100, 'f', 0) + QLatin1Char('%')
                + (c.outsideExpected ? QStringLiteral(" !") : QStringLiteral("  ")));
    }
    row(Tr::tr("Total"), QString(), sum, QString());
    io.out << '\n'
           << Tr::tr("Corrections: %1 of outcomes today, %2 projected, at %3 each.")
                  .arg(pct(sum.todayCorrectionRate), pct(sum.projectedCorrectionRate), usd(*correctionUsd))
           << '\n';
    for (const Planning::ClassProjection& c : projections) {
        const Planning::ClassPlan& plan = plans.at(c.cls);
        if (c.outsideExpected)
            io.out << Tr::tr("%1: %2 model savings fall outside the article's %3 to %4 for this class: check the plan.")
                          .arg(Planning::className(c.cls), pct(c.modelSavings()), pct(plan.expected.low),
                              pct(plan.expected.high))
                   << '\n';
        if (traffic) {
            const Planning::ClassTraffic& t = traffic->classes.at(c.cls);
            io.out << Tr::tr("%1: mostly %2; workflows %3")
                          .arg(Planning::className(c.cls), t.topModel, t.workflows.join(QStringLiteral(", ")))
                   << '\n';
        }
    }
    io.out.flush();
    return 0;
}

} // namespace Cli
