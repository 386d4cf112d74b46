// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "app/cli/clisupport.h"

#include "core/common/money.h"
#include "core/pricing/pricecatalog.h"
#include "core/prompt/promptcost.h"
#include "core/prompt/rewrites.h"
#include "core/prompt/templatevars.h"
#include "core/tokenize/tokenizer.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <nlohmann/json.hpp>

namespace Cli {

namespace {

    struct Counts
    {
        qint64 tokens = 0;
        qint64 chars = 0;
        qint64 prefixTokens = 0; // before the first {{variable}}
    };

    Counts countText(const Tokenize::Tokenizer& t, const QString& text)
    {
        const Prompt::TemplateInfo info = Prompt::parseTemplate(text);
        Counts c;
        c.tokens = qint64(t.count(QStringView(text)));
        c.chars = text.size();
        c.prefixTokens
            = info.variables.isEmpty() ? c.tokens : qint64(t.count(QStringView(text).left(info.staticPrefixLength)));
        return c;
    }

    double percent(qint64 part, qint64 whole)
    {
        return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
    }

    std::string utf8(const QString& s)
    {
        return s.toStdString();
    }

} // namespace

int cmdCompress(const QStringList& args, Io& io)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("encoding"),
        Tr::tr("o200k_base (default), cl100k_base, or a .tiktoken, tokenizer.json or .gguf file."), QStringLiteral("E"),
        QStringLiteral("o200k_base") });
    p.addOption({ QStringLiteral("rules"),
        Tr::tr("Rules to apply, comma-separated: dedupe, filler, reorder, whitespace "
               "(default: all)."),
        QStringLiteral("R") });
    p.addOption({ QStringLiteral("model"), Tr::tr("Price the saving at this catalog model."), QStringLiteral("M") });
    p.addOption({ QStringLiteral("requests-per-day"), Tr::tr("Calls per day for the monthly saving (default 10000)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("output-tokens"), Tr::tr("Output tokens per call, for the cost per call (default 0)."),
        QStringLiteral("N") });
    p.addOption({ QStringLiteral("out"), Tr::tr("Write the rewritten prompt to this file instead of stdout."),
        QStringLiteral("FILE") });
    addJson(p);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The prompt (UTF-8 text)."));
    if (const auto exit = parseArgs(p, args, io))
        return *exit;
    if (p.positionalArguments().size() != 1)
        return io.usage(Tr::tr("compress needs one FILE."));
    QList<Prompt::Rule> rules = Prompt::allRules();
    if (p.isSet(QStringLiteral("rules"))) {
        rules.clear();
        for (const QString& id : p.value(QStringLiteral("rules")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto rule = Prompt::ruleFromId(id.trimmed());
            if (!rule) {
                QStringList known;
                for (Prompt::Rule r : Prompt::allRules())
                    known << Prompt::ruleId(r);
                return io.usage(
                    Tr::tr("Unknown rule \"%1\"; rules: %2.").arg(id.trimmed(), known.join(QStringLiteral(", "))));
            }
            rules << *rule;
        }
    }
    qint64 perDay = 10000, outputTokens = 0;
    bool ok = true;
    if (p.isSet(QStringLiteral("requests-per-day")))
        perDay = p.value(QStringLiteral("requests-per-day")).toLongLong(&ok);
    if (ok && p.isSet(QStringLiteral("output-tokens")))
        outputTokens = p.value(QStringLiteral("output-tokens")).toLongLong(&ok);
    if (!ok || perDay < 0 || outputTokens < 0)
        return io.usage(Tr::tr("--requests-per-day and --output-tokens take whole numbers ≥ 0."));

    const QString file = p.positionalArguments().first();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return io.fail(Error { Error::Code::Io, Tr::tr("Cannot read the prompt: %1").arg(f.errorString()), file });
    const QString before = QString::fromUtf8(f.readAll());

    const Pricing::PriceEntry* price = nullptr;
    Pricing::PriceCatalog catalog;
    if (p.isSet(QStringLiteral("model"))) {
        auto builtin = Pricing::PriceCatalog::builtin();
        if (!builtin)
            return io.fail(builtin.error());
        catalog = builtin.value();
        price = catalog.find(p.value(QStringLiteral("model")), QDateTime::currentMSecsSinceEpoch());
        if (!price)
            return io.usage(Tr::tr("No price for model \"%1\" in the catalog (see inferometer-cli prices).")
                                .arg(p.value(QStringLiteral("model"))));
    }
    auto tokenizer = Tokenize::loadTokenizer(p.value(QStringLiteral("encoding")));
    if (!tokenizer)
        return io.fail(tokenizer.error());
    const Tokenize::Tokenizer& tok = *tokenizer.value();

    const Prompt::Rewrite rewritten = Prompt::rewrite(before, rules);
    const Counts a = countText(tok, before);
    const Counts b = countText(tok, rewritten.text);
    const qint64 perMonth = perDay * Prompt::DaysPerMonth;
    std::optional<Prompt::Cost> costBefore, costAfter;
    if (price) {
        costBefore = Prompt::callCost(*price, { a.tokens, 0, outputTokens }, perMonth);
        costAfter = Prompt::callCost(*price, { b.tokens, 0, outputTokens }, perMonth);
    }

    if (p.isSet(QStringLiteral("out"))) {
        QFile out(p.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(rewritten.text.toUtf8()) < 0)
            return io.fail(Error {
                Error::Code::Io, Tr::tr("Cannot write: %1").arg(out.errorString()), p.value(QStringLiteral("out")) });
    }

    if (p.isSet(QStringLiteral("json"))) {
        nlohmann::json applied = nlohmann::json::array();
        for (const Prompt::RuleEdits& r : rewritten.applied) {
            nlohmann::json notes = nlohmann::json::array();
            for (const Prompt::Edit& e : r.edits)
                notes.push_back(utf8(e.note));
            applied.push_back({ { "id", utf8(Prompt::ruleId(r.rule)) }, { "name", utf8(Prompt::ruleName(r.rule)) },
                { "edits", r.edits.size() }, { "notes", notes } });
        }
        auto counts = [](const Counts& c) {
            return nlohmann::json { { "tokens", c.tokens }, { "chars", c.chars },
                { "static_prefix_tokens", c.prefixTokens } };
        };
        nlohmann::json j { { "file", utf8(file) }, { "encoding", utf8(tok.name()) }, { "rules", applied },
            { "before", counts(a) }, { "after", counts(b) }, { "saved_tokens", a.tokens - b.tokens },
            { "saved_percent", percent(a.tokens - b.tokens, a.tokens) } };
        if (!p.isSet(QStringLiteral("out")))
            j["text"] = utf8(rewritten.text);
        if (price) {
            j["cost"] = { { "model", utf8(price->model) }, { "requests_per_day", perDay },
                { "requests_per_month", perMonth }, { "output_tokens", outputTokens },
                { "before_usd_per_call", Money::nanoToUsd(costBefore->perCallNano) },
                { "after_usd_per_call", Money::nanoToUsd(costAfter->perCallNano) },
                { "before_usd_per_month", Money::nanoToUsd(costBefore->perMonthNano) },
                { "after_usd_per_month", Money::nanoToUsd(costAfter->perMonthNano) },
                { "savings_usd_per_month", Money::nanoToUsd(costBefore->perMonthNano - costAfter->perMonthNano) } };
        }
        io.out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }

    if (!p.isSet(QStringLiteral("out"))) {
        io.out << rewritten.text;
        if (!rewritten.text.endsWith(QLatin1Char('\n')))
            io.out << '\n';
        io.out << "----\n";
    }
    if (rewritten.applied.isEmpty())
        io.out << Tr::tr("No rule changed the prompt.") << '\n';
    for (const Prompt::RuleEdits& r : rewritten.applied) {
        io.out
            << Tr::tr("%1 (%2): %3 edit(s)").arg(Prompt::ruleName(r.rule), Prompt::ruleId(r.rule)).arg(r.edits.size())
            << '\n';
        for (const Prompt::Edit& e : r.edits)
            io.out << "  - " << e.note << '\n';
    }
    io.out << Tr::tr("Tokens (%1): %2 → %3, %4 saved (%5%)")
                  .arg(tok.name())
                  .arg(a.tokens)
                  .arg(b.tokens)
                  .arg(a.tokens - b.tokens)
                  .arg(percent(a.tokens - b.tokens, a.tokens), 0, 'f', 1)
           << '\n'
           << Tr::tr("Characters: %1 → %2").arg(a.chars).arg(b.chars) << '\n'
           << Tr::tr("Static prefix (before the first {{variable}}, cacheable): %1 → %2 tokens")
                  .arg(a.prefixTokens)
                  .arg(b.prefixTokens)
           << '\n';
    if (price) {
        io.out << Tr::tr("At %1, %2 requests/day (× %3 days), %4 output tokens per call: %5 → %6 per month, saves %7 "
                         "per month (list input price, no caching)")
                      .arg(price->model)
                      .arg(perDay)
                      .arg(Prompt::DaysPerMonth)
                      .arg(outputTokens)
                      .arg(Money::formatUsd(costBefore->perMonthNano), Money::formatUsd(costAfter->perMonthNano),
                          Money::formatUsd(costBefore->perMonthNano - costAfter->perMonthNano))
               << '\n';
    }
    io.out.flush();
    return 0;
}

} // namespace Cli
