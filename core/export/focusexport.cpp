// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/export/focusexport.h"

#include "core/common/csvfield.h"

#include "core/store/textinterner.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Export {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Export::Focus)
    };

    // FOCUS 1.2 columns this export fills (the spec's order as its sample data uses it), then custom x_ columns.
    // Conditional columns without a use here (commitment discounts, capacity reservations, a pricing currency other
    // than the billing currency, regions, resources, availability zones) are left out, as the spec allows.
    const char* const Columns[] = { "ProviderName", "PublisherName", "InvoiceIssuerName", "InvoiceId",
        "BillingAccountId", "BillingAccountName", "SubAccountId", "SubAccountName", "SubAccountType",
        "BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd", "ChargeCategory",
        "ChargeClass", "ChargeDescription", "ChargeFrequency", "BilledCost", "EffectiveCost", "ListCost",
        "ContractedCost", "ListUnitPrice", "ContractedUnitPrice", "PricingCategory", "PricingQuantity", "PricingUnit",
        "BillingCurrency", "ConsumedQuantity", "ConsumedUnit", "ServiceName", "ServiceCategory", "ServiceSubcategory",
        "SkuId", "SkuMeter", "SkuPriceId", "SkuPriceDetails", "Tags", "x_Model", "x_TokenKind", "x_PriceTier",
        "x_ApiKey", "x_Workflow", "x_Calls" };

    /** How a row's tokens are billed. */
    enum Kind { Input, CacheRead, CacheWrite5m, CacheWrite1h, Output, Reasoning, Unpriced, NumKinds };
    const char* const KindIds[NumKinds]
        = { "input", "cache-read", "cache-write-5m", "cache-write-1h", "output", "reasoning", "all" };
    const char* const KindMeters[NumKinds] = { "Input Tokens", "Cached Input Tokens", "Cache Write Tokens (5m)",
        "Cache Write Tokens (1h)", "Output Tokens", "Reasoning Tokens", "Tokens" };

    /** One output row's identity within a charge period. */
    struct Key
    {
        int provider, model, costCenter, team, owner, project, apiKey;
        int kind;
        int tier; // bit 0: long-context rates, bit 1: batch
        const Pricing::PriceEntry* price; // nullptr: unpriced (a reported cost only)
        auto tie() const
        {
            return std::tie(provider, model, costCenter, team, owner, project, apiKey, kind, tier, price);
        }
        bool operator<(const Key& o) const { return tie() < o.tie(); }
    };

    struct Sums
    {
        qint64 tokens = 0;
        qint64 calls = 0;
        __int128 listFemto = 0;
        __int128 billedFemto = 0;
        qint64 unitFemtoPerToken = 0; // rate (µ$ per 1M = pico-$ per token) × permille
    };

    QString iso(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    }

    qint64 monthStart(qint64 ms)
    {
        const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
        return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    qint64 nextMonthStart(qint64 ms)
    {
        const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
        return QDateTime(QDate(d.year(), d.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }

    /** A decimal with `scale` digits after the point, from an integer count of 10^-scale units, trailing zeros cut. */
    QString scaled(__int128 units, int scale)
    {
        const bool negative = units < 0;
        unsigned __int128 v = negative ? (unsigned __int128)(-units) : (unsigned __int128)units;
        std::string digits;
        do {
            digits.insert(digits.begin(), char('0' + int(v % 10)));
            v /= 10;
        } while (v > 0);
        if (int(digits.size()) <= scale)
            digits.insert(0, size_t(scale + 1 - int(digits.size())), '0');
        std::string whole = digits.substr(0, digits.size() - size_t(scale));
        std::string frac = digits.substr(digits.size() - size_t(scale));
        while (!frac.empty() && frac.back() == '0')
            frac.pop_back();
        std::string out = (negative ? "-" : "") + whole + (frac.empty() ? "" : "." + frac);
        if (out == "-0")
            out = "0";
        return QString::fromStdString(out);
    }

    bool selfHosted(const QString& provider)
    {
        return provider.compare(QLatin1String("self-hosted"), Qt::CaseInsensitive) == 0;
    }

    QString providerDisplay(const QString& provider)
    {
        static const std::pair<const char*, const char*> Names[]
            = { { "openai", "OpenAI" }, { "anthropic", "Anthropic" }, { "google", "Google" }, { "gemini", "Google" },
                  { "mistral", "Mistral AI" }, { "deepseek", "DeepSeek" }, { "groq", "Groq" } };
        for (const auto& [id, name] : Names)
            if (provider.compare(QLatin1String(id), Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(name);
        if (selfHosted(provider))
            return Text::tr("Self-hosted (workspace TCO)");
        return provider.isEmpty() ? Text::tr("Unknown provider") : provider;
    }

    /** Splits `total` nano-dollars over `weights` in proportion, whole nano-dollars, largest remainder first. */
    std::array<qint64, NumKinds> apportion(qint64 total, const std::array<__int128, NumKinds>& weights)
    {
        std::array<qint64, NumKinds> out {};
        __int128 sum = 0;
        for (__int128 w : weights)
            sum += w;
        if (sum <= 0)
            return out;
        const bool negative = total < 0;
        const __int128 t = negative ? -__int128(total) : __int128(total);
        std::array<__int128, NumKinds> rest {};
        __int128 given = 0;
        for (int k = 0; k < NumKinds; ++k) {
            out[size_t(k)] = qint64(t * weights[size_t(k)] / sum);
            rest[size_t(k)] = t * weights[size_t(k)] % sum;
            given += out[size_t(k)];
        }
        for (__int128 left = t - given; left > 0; --left) {
            int best = -1;
            for (int k = 0; k < NumKinds; ++k)
                if (weights[size_t(k)] > 0 && (best < 0 || rest[size_t(k)] > rest[size_t(best)]))
                    best = k;
            ++out[size_t(best)];
            rest[size_t(best)] = -1;
        }
        if (negative)
            for (qint64& v : out)
                v = -v;
        return out;
    }

} // namespace

QString femtoDecimal(__int128 femto)
{
    return scaled(femto, 15);
}

QStringList focusColumns()
{
    QStringList out;
    for (const char* c : Columns)
        out << QString::fromLatin1(c);
    return out;
}

Result<FocusSummary> writeFocus(Store::Workspace& ws, const Pricing::PriceCatalog& catalog, const FocusOptions& options,
    QIODevice& out, TaskContext& ctx)
{
    sqlite3* h = Store::sqliteHandle(ws.db());
    if (!h)
        return Store::sqlError(ws.path(), QStringLiteral("FOCUS export"), QStringLiteral("no SQLite handle"));
    const char* sql = "SELECT time_ms, provider, model, cost_center, team, owner, project, api_key, calls, "
                      "uncached_input_tokens, cache_read_tokens, cache_write_5m_tokens, cache_write_1h_tokens, "
                      "output_tokens, reasoning_tokens, batch, reported_cost_nusd "
                      "FROM events WHERE time_ms >= ?1 AND time_ms < ?2 ORDER BY time_ms, id";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return Store::sqlError(ws.path(), QStringLiteral("FOCUS export"), QString::fromUtf8(sqlite3_errmsg(h)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
    const qint64 from = options.fromMs.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = options.toMs.value_or(std::numeric_limits<qint64>::max());
    sqlite3_bind_int64(st, 1, from);
    sqlite3_bind_int64(st, 2, to);
    const qint64 periodMs = options.granularity == Granularity::Hour ? 3'600'000 : 86'400'000;

    FocusSummary summary;
    Store::TextInterner names;
    std::map<Key, Sums> rows; // of the charge period being read
    qint64 period = std::numeric_limits<qint64>::min();

    auto write = [&out](const QString& line) { return out.write(line.toUtf8()) >= 0; };
    if (!write(focusColumns().join(QLatin1Char(',')) + QLatin1Char('\n')))
        return Error { Error::Code::Io, Text::tr("Could not write the export: %1").arg(out.errorString()) };

    auto flush = [&]() -> bool {
        if (rows.empty())
            return true;
        // rows in a stable, readable order: by the names, not by when they were first seen
        std::vector<std::pair<const Key*, const Sums*>> sorted;
        sorted.reserve(rows.size());
        for (const auto& [k, s] : rows)
            sorted.emplace_back(&k, &s);
        auto nameKey = [&names](const Key& k) {
            return std::make_tuple(names.text(k.provider), names.text(k.model), names.text(k.costCenter),
                names.text(k.team), names.text(k.owner), names.text(k.project), names.text(k.apiKey), k.tier,
                k.price ? k.price->effectiveFromMs : -1, k.kind); // a group's token kinds one after the other
        };
        std::sort(sorted.begin(), sorted.end(),
            [&](const auto& a, const auto& b) { return nameKey(*a.first) < nameKey(*b.first); });
        const QString periodStart = iso(period), periodEnd = iso(period + periodMs);
        const QString billingStart = iso(monthStart(period)), billingEnd = iso(nextMonthStart(period));
        QString block;
        for (const auto& [k, s] : sorted) {
            const QString& provider = names.text(k->provider);
            const QString& model = names.text(k->model);
            const QString& apiKey = names.text(k->apiKey);
            const QString display = providerDisplay(provider);
            const bool priced = k->price != nullptr;
            const QString family = priced ? k->price->model : model;
            const QString kind = QString::fromLatin1(KindIds[k->kind]);
            const QString tier = QString::fromLatin1(k->tier == 0 ? "standard"
                    : k->tier == 1                                ? "long-context"
                    : k->tier == 2                                ? "batch"
                                                                  : "batch-long-context");
            const QString providerId = provider.isEmpty() ? QStringLiteral("unknown") : provider.toLower();
            const QString skuId = providerId + QLatin1Char('/') + family + QLatin1Char('/') + kind;
            const QString skuPriceId = priced ? skuId + QLatin1Char('/') + tier + QLatin1Char('@')
                    + QDateTime::fromMSecsSinceEpoch(k->price->effectiveFromMs, Qt::UTC)
                          .toString(QStringLiteral("yyyy-MM-dd"))
                                              : QString();
            // per 1,000,000 tokens, as providers publish their prices: unit price = femto per token × 1e6 / 1e15
            const QString unitPrice = priced ? scaled(__int128(s->unitFemtoPerToken), 9) : QString();
            const QString quantity = scaled(s->tokens, 6);
            QJsonObject tags;
            const std::pair<const char*, int> tagFields[] = { { "cost_center", k->costCenter }, { "team", k->team },
                { "owner", k->owner }, { "project", k->project } };
            for (const auto& [tagKey, id] : tagFields)
                if (!names.text(id).isEmpty())
                    tags.insert(QLatin1String(tagKey), names.text(id));
            const QString tagsJson
                = tags.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact));
            const QJsonObject details { { QStringLiteral("x_TokenKind"), kind },
                { QStringLiteral("x_PriceTier"), tier } };
            const QString workflow
                = !names.text(k->project).isEmpty() ? names.text(k->project) : names.text(k->costCenter);
            const QString list = femtoDecimal(s->listFemto), billed = femtoDecimal(s->billedFemto);
            const QString description = priced
                ? Text::tr("%1 %2 (%3 price)").arg(family, QString::fromLatin1(KindMeters[k->kind]).toLower(), tier)
                : Text::tr("%1 tokens at the cost the source reported (no list price)").arg(model);
            const QString fields[] = { display, // ProviderName
                selfHosted(provider) ? Text::tr("Self-hosted") : display, // PublisherName
                display, // InvoiceIssuerName
                QString(), // InvoiceId: not on an invoice this workspace knows
                providerId, // BillingAccountId
                Text::tr("%1 account").arg(display), // BillingAccountName
                apiKey, apiKey, apiKey.isEmpty() ? QString() : Text::tr("API Key"), // SubAccountId, Name, Type
                billingStart, billingEnd, periodStart, periodEnd,
                QStringLiteral("Usage"), // ChargeCategory
                QString(), // ChargeClass: every export restates its period whole, so nothing corrects an invoice
                description, QStringLiteral("Usage-Based"), // ChargeDescription, ChargeFrequency
                billed, billed, list, list, // BilledCost, EffectiveCost, ListCost, ContractedCost
                unitPrice, unitPrice, priced ? QStringLiteral("Standard") : QString(), // List/ContractedUnitPrice, cat.
                quantity, QStringLiteral("1000000 Tokens"), QStringLiteral("USD"), // PricingQuantity, Unit, currency
                QString::number(s->tokens), QStringLiteral("Tokens"), // ConsumedQuantity, ConsumedUnit
                selfHosted(provider) ? Text::tr("Self-hosted inference") : Text::tr("%1 API").arg(display),
                QStringLiteral("AI and Machine Learning"), QStringLiteral("Generative AI"), skuId,
                QString::fromLatin1(KindMeters[k->kind]), skuPriceId,
                priced ? QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) : QString(), tagsJson,
                model, kind, tier, apiKey, workflow, QString::number(s->calls) };
            QStringList cells;
            for (const QString& f : fields)
                cells << csvField(f);
            block += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
            summary.listCostFemto += s->listFemto;
            summary.billedCostFemto += s->billedFemto;
            ++summary.rows;
        }
        rows.clear();
        return write(block);
    };

    qint64 read = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const qint64 t = sqlite3_column_int64(st, 0);
        if (++read % 8192 == 0) {
            if (ctx.isCanceled())
                return Error { Error::Code::Canceled, Text::tr("Canceled.") };
            if (options.fromMs && options.toMs)
                ctx.setProgress(t - *options.fromMs, *options.toMs - *options.fromMs);
        }
        const qint64 p = t - ((t % periodMs) + periodMs) % periodMs;
        if (p != period) {
            if (!flush())
                return Error { Error::Code::Io, Text::tr("Could not write the export: %1").arg(out.errorString()) };
            period = p;
        }
        Key key {};
        key.provider = names.id(st, 1);
        key.model = names.id(st, 2);
        key.costCenter = names.id(st, 3);
        key.team = names.id(st, 4);
        key.owner = names.id(st, 5);
        key.project = names.id(st, 6);
        key.apiKey = names.id(st, 7);
        const qint64 calls = std::max<qint64>(1, sqlite3_column_int64(st, 8));
        const std::array<qint64, NumKinds> tokens { sqlite3_column_int64(st, 9), sqlite3_column_int64(st, 10),
            sqlite3_column_int64(st, 11), sqlite3_column_int64(st, 12), sqlite3_column_int64(st, 13),
            sqlite3_column_int64(st, 14), 0 };
        const bool batch = sqlite3_column_int64(st, 15) != 0;
        const std::optional<qint64> reported = sqlite3_column_type(st, 16) == SQLITE_NULL
            ? std::nullopt
            : std::optional<qint64>(sqlite3_column_int64(st, 16));
        const Pricing::PriceEntry* price = catalog.find(names.text(key.model), t);
        qint64 all = 0;
        for (qint64 n : tokens)
            all += n;
        if (!price && !reported) {
            ++summary.leftOutCalls;
            summary.leftOutByModel[names.text(key.model)] += calls;
            continue;
        }
        summary.calls += calls;
        if (!price) { // a reported cost without a list price: one row, its cost as billed, nothing invented
            key.kind = Unpriced;
            key.tier = batch ? 2 : 0;
            key.price = nullptr;
            Sums& s = rows[key];
            s.tokens += all;
            s.calls += calls;
            s.listFemto += __int128(*reported) * 1'000'000;
            s.billedFemto += __int128(*reported) * 1'000'000;
            continue;
        }
        const qint64 input = tokens[Input] + tokens[CacheRead] + tokens[CacheWrite5m] + tokens[CacheWrite1h];
        const bool isLong = price->longContextThreshold && input > *price->longContextThreshold * calls;
        const Pricing::Rates& r = isLong ? price->longRates : price->rates;
        const qint64 rates[NumKinds]
            = { r.input, r.cacheRead, r.cacheWrite5m, r.cacheWrite1h, r.output, r.reasoning, 0 };
        const int permille = batch ? price->batchPermille : 1000;
        std::array<__int128, NumKinds> femto {};
        for (int k = 0; k < NumKinds; ++k)
            femto[size_t(k)] = __int128(tokens[size_t(k)]) * rates[k] * permille;
        // a reported cost is shared over the kinds in proportion to their list cost, to the nano-dollar
        std::array<qint64, NumKinds> billedNano {};
        if (reported) {
            std::array<__int128, NumKinds> weights = femto;
            bool any = false;
            for (__int128 w : weights)
                any = any || w > 0;
            if (!any) // no list cost to go by: the tokens say where
                for (int k = 0; k < NumKinds; ++k)
                    weights[size_t(k)] = tokens[size_t(k)];
            billedNano = apportion(*reported, weights);
        }
        key.tier = (isLong ? 1 : 0) | (batch ? 2 : 0);
        key.price = price;
        for (int k = 0; k < Unpriced; ++k) {
            if (tokens[size_t(k)] == 0 && billedNano[size_t(k)] == 0)
                continue;
            key.kind = k;
            Sums& s = rows[key];
            s.tokens += tokens[size_t(k)];
            s.calls += calls;
            s.unitFemtoPerToken = rates[k] * permille;
            s.listFemto += femto[size_t(k)];
            s.billedFemto += reported ? __int128(billedNano[size_t(k)]) * 1'000'000 : femto[size_t(k)];
        }
    }
    if (rc != SQLITE_DONE)
        return Store::sqlError(ws.path(), QStringLiteral("FOCUS export"), QString::fromUtf8(sqlite3_errmsg(h)));
    if (!flush())
        return Error { Error::Code::Io, Text::tr("Could not write the export: %1").arg(out.errorString()) };
    return summary;
}

} // namespace Export
