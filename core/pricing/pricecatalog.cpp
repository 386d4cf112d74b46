// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/pricing/pricecatalog.h"

#include "core/common/jsondepth.h"
#include "core/common/logging.h"
#include "core/common/money.h"
#include "core/common/timeutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>

using nlohmann::json;

namespace Pricing {

namespace {

    /** This file's messages, in the translation context "Pricing" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Pricing)
    };

    Error parseError(const QString& source, const QString& field, const QString& message)
    {
        return Error { Error::Code::Parse, message, source, -1, field };
    }

    /** A document nested deeper than JsonDepth::Max, refused at the line where it goes too deep. */
    std::optional<Error> tooDeep(const QByteArray& bytes, const QString& source)
    {
        const auto deep = JsonDepth::find(bytes.begin(), bytes.end());
        if (!deep)
            return std::nullopt;
        return Error { Error::Code::Parse,
            Tr::tr("The JSON nests more than %1 levels deep here; no price file does, so it is not read.")
                .arg(JsonDepth::Max),
            source, deep->line };
    }

    /** A price field as µ$/1M: number or decimal string. */
    std::optional<qint64> priceField(const json& obj, const char* key, bool& bad)
    {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return std::nullopt;
        std::optional<qint64> v;
        if (it->is_string())
            v = Money::parseDecimal(QString::fromStdString(it->get<std::string>()), 6);
        else if (it->is_number())
            v = Money::parseDecimal(QString::fromStdString(it->dump()), 6);
        if (!v || *v < 0)
            bad = true;
        return v;
    }

    QString str(const json& obj, const char* key)
    {
        auto it = obj.find(key);
        return (it != obj.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>()) : QString();
    }

    std::string priceText(qint64 micro)
    {
        return Money::nanoToDecimalString(micro * 1000, 2).toStdString();
    }

} // namespace

struct PriceCatalog::ResolveCache
{
    QMutex mutex;
    QHash<QString, QString> family;
};

PriceCatalog::PriceCatalog(QList<PriceEntry> entries)
    : m_entries(std::move(entries))
{
    index();
}

void PriceCatalog::index()
{
    m_cache = std::make_shared<ResolveCache>();
    m_byFamily.clear();
    m_alias.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const PriceEntry& e = m_entries[i];
        const QString family = e.model.toLower();
        m_byFamily[family].append(i);
        m_alias.insert(family, family);
        for (const QString& a : e.aliases)
            m_alias.insert(a.toLower(), family);
    }
    for (auto it = m_byFamily.begin(); it != m_byFamily.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
            [this](int a, int b) { return m_entries[a].effectiveFromMs < m_entries[b].effectiveFromMs; });
    }
}

Result<PriceCatalog> PriceCatalog::builtin()
{
    QFile f(QStringLiteral(":/pricing/catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error { Error::Code::Io, Tr::tr("The built-in price catalog is missing from this build."),
            f.fileName() };
    auto entries = parseCatalogJson(f.readAll(), f.fileName());
    if (!entries)
        return entries.error();
    return PriceCatalog(std::move(entries).value());
}

PriceCatalog PriceCatalog::withOverrides(const QList<PriceEntry>& overrides) const
{
    QList<PriceEntry> all;
    for (const PriceEntry& e : m_entries)
        if (e.origin == Origin::Builtin)
            all.append(e);
    for (PriceEntry e : overrides) {
        e.origin = Origin::Workspace;
        all.append(std::move(e));
    }
    return PriceCatalog(std::move(all));
}

QString PriceCatalog::normalize(QStringView model)
{
    static const QRegularExpression bedrockRegion(QStringLiteral("^(us|eu|apac|global|jp|au)\\."));
    static const QRegularExpression vendorDot(
        QStringLiteral("^(anthropic|meta|mistral|amazon|cohere|ai21|openai|deepseek|google)\\."));
    static const QRegularExpression suffix(
        QStringLiteral("(-v\\d+(:\\d+)?|:\\d+|@[0-9a-z.-]+|-\\d{4}-\\d{2}-\\d{2}|-\\d{8}|-\\d{4}|-\\d{3}|-latest|-("
                       "preview|exp)(-[0-9-]+)?)$"));
    QString s = model.trimmed().toString().toLower();
    const qsizetype slash = s.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        s = s.mid(slash + 1);
    s.remove(bedrockRegion);
    s.remove(vendorDot);
    for (;;) {
        const QString before = s;
        s.remove(suffix);
        if (s == before || s.isEmpty()) {
            if (s.isEmpty())
                s = before;
            break;
        }
    }
    return s;
}

QString PriceCatalog::resolveFamily(QStringView model) const
{
    const QString name = model.toString();
    if (m_cache) {
        QMutexLocker lock(&m_cache->mutex);
        if (auto it = m_cache->family.constFind(name); it != m_cache->family.cend())
            return *it;
    }
    QString family;
    const QString lower = model.trimmed().toString().toLower();
    if (auto it = m_alias.constFind(lower); it != m_alias.cend())
        family = *it;
    else if (auto n = m_alias.constFind(normalize(model)); n != m_alias.cend())
        family = *n;
    if (m_cache) {
        QMutexLocker lock(&m_cache->mutex);
        if (m_cache->family.size() < 100'000) // bounded: ids are few, but never trust a log
            m_cache->family.insert(name, family);
    }
    return family;
}

const PriceEntry* PriceCatalog::find(QStringView model, qint64 timeMs) const
{
    const QString family = resolveFamily(model);
    if (family.isEmpty())
        return nullptr;
    const QList<int>& idx = m_byFamily[family];
    const bool hasWorkspace
        = std::any_of(idx.begin(), idx.end(), [this](int i) { return m_entries[i].origin == Origin::Workspace; });
    const Origin want = hasWorkspace ? Origin::Workspace : Origin::Builtin;
    const PriceEntry* earliest = nullptr;
    const PriceEntry* best = nullptr;
    for (int i : idx) { // sorted by effective date
        const PriceEntry& e = m_entries[i];
        if (e.origin != want)
            continue;
        if (!earliest)
            earliest = &e;
        if (e.effectiveFromMs <= timeMs)
            best = &e;
    }
    return best ? best : earliest;
}

Result<QList<PriceEntry>> parseCatalogJson(const QByteArray& bytes, const QString& source)
{
    if (auto deep = tooDeep(bytes, source))
        return *deep;
    const json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return parseError(
            source, {}, Tr::tr("This is not a price catalog: expected a JSON object with a \"models\" array."));
    auto models = doc.find("models");
    if (models == doc.end() || !models->is_array())
        return parseError(source, QStringLiteral("models"), Tr::tr("The \"models\" array is missing."));
    QList<PriceEntry> out;
    int n = 0;
    for (const json& m : *models) {
        ++n;
        const QString where = Tr::tr("entry %1").arg(n);
        if (!m.is_object())
            return parseError(source, where, Tr::tr("Each model entry must be a JSON object."));
        PriceEntry e;
        e.model = str(m, "model").trimmed().toLower();
        if (e.model.isEmpty())
            return parseError(source, where + QStringLiteral(".model"), Tr::tr("The model name is missing."));
        e.provider = str(m, "provider");
        e.note = str(m, "note");
        const QString eff = str(m, "effective_from");
        if (!eff.isEmpty()) {
            auto t = TimeUtil::parse(eff);
            if (!t)
                return parseError(
                    source, e.model + QStringLiteral(".effective_from"), Tr::tr("\"%1\" is not a date.").arg(eff));
            e.effectiveFromMs = *t;
        }
        if (auto a = m.find("aliases"); a != m.end() && a->is_array())
            for (const json& s : *a)
                if (s.is_string())
                    e.aliases.append(QString::fromStdString(s.get<std::string>()).toLower());
        bool bad = false;
        auto readRates = [&](const json& obj, Rates& r, bool required) -> bool {
            auto in = priceField(obj, "input", bad);
            auto out = priceField(obj, "output", bad);
            if (required && (!in || !out))
                return false;
            r.input = in.value_or(0);
            r.output = out.value_or(0);
            r.cacheRead = priceField(obj, "cache_read", bad).value_or(r.input);
            r.cacheWrite5m = priceField(obj, "cache_write_5m", bad).value_or(r.input);
            r.cacheWrite1h = priceField(obj, "cache_write_1h", bad).value_or(r.cacheWrite5m);
            r.reasoning = priceField(obj, "reasoning", bad).value_or(r.output);
            return true;
        };
        if (!readRates(m, e.rates, true))
            return parseError(source, e.model, Tr::tr("Both \"input\" and \"output\" prices are required."));
        if (auto b = priceField(m, "batch_multiplier", bad))
            e.batchPermille = int(*b / 1000); // µ-units → permille
        if (auto it = m.find("long_context_threshold"); it != m.end() && it->is_number_integer())
            e.longContextThreshold = it->get<qint64>();
        if (auto it = m.find("long_context"); it != m.end() && it->is_object()) {
            if (!readRates(*it, e.longRates, true))
                return parseError(source, e.model + QStringLiteral(".long_context"),
                    Tr::tr("Both \"input\" and \"output\" prices are required."));
        } else {
            e.longRates = e.rates;
        }
        if (e.longContextThreshold && e.longRates == e.rates && m.find("long_context") == m.end())
            return parseError(source, e.model + QStringLiteral(".long_context"),
                Tr::tr("A long-context threshold needs long-context prices."));
        if (auto it = m.find("min_cacheable_tokens"); it != m.end() && it->is_number_integer())
            e.minCacheableTokens = it->get<qint64>();
        if (bad)
            return parseError(source, e.model, Tr::tr("A price is not a non-negative number."));
        out.append(std::move(e));
    }
    return out;
}

QByteArray toCatalogJson(const QList<PriceEntry>& entries)
{
    json models = json::array();
    auto rates = [](const Rates& r) {
        return json { { "input", priceText(r.input) }, { "cache_read", priceText(r.cacheRead) },
            { "cache_write_5m", priceText(r.cacheWrite5m) }, { "cache_write_1h", priceText(r.cacheWrite1h) },
            { "output", priceText(r.output) }, { "reasoning", priceText(r.reasoning) } };
    };
    for (const PriceEntry& e : entries) {
        json m = rates(e.rates);
        m["model"] = e.model.toStdString();
        m["provider"] = e.provider.toStdString();
        // a date when the price starts at midnight UTC (the usual case), the exact time otherwise
        m["effective_from"]
            = (TimeUtil::dayStart(e.effectiveFromMs) == e.effectiveFromMs ? TimeUtil::toDate(e.effectiveFromMs)
                                                                          : TimeUtil::toIso(e.effectiveFromMs))
                  .toStdString();
        json aliases = json::array();
        for (const QString& a : e.aliases)
            aliases.push_back(a.toStdString());
        m["aliases"] = aliases;
        m["batch_multiplier"] = Money::nanoToDecimalString(qint64(e.batchPermille) * 1'000'000, 1).toStdString();
        if (e.longContextThreshold) {
            m["long_context_threshold"] = *e.longContextThreshold;
            m["long_context"] = rates(e.longRates);
        }
        if (e.minCacheableTokens)
            m["min_cacheable_tokens"] = *e.minCacheableTokens;
        m["origin"] = e.origin == Origin::Workspace ? "workspace" : "builtin";
        if (!e.note.isEmpty())
            m["note"] = e.note.toStdString();
        models.push_back(std::move(m));
    }
    const json doc { { "version", 1 }, { "unit", "USD per 1M tokens" }, { "models", models } };
    return QByteArray::fromStdString(doc.dump(2));
}

Result<QList<PriceEntry>> parseLiteLlmJson(const QByteArray& bytes, const QString& source, qint64 effectiveFromMs)
{
    if (auto deep = tooDeep(bytes, source))
        return *deep;
    const json doc = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return parseError(
            source, {}, Tr::tr("This is not a LiteLLM price file: expected a JSON object keyed by model name."));
    // per-token USD → µ$/1M is a shift of 12 decimal places
    auto perToken = [](const json& obj, const char* key, bool& bad) -> std::optional<qint64> {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return std::nullopt;
        std::optional<qint64> v;
        if (it->is_number())
            v = Money::parseDecimal(QString::fromStdString(it->dump()), 12);
        else if (it->is_string())
            v = Money::parseDecimal(QString::fromStdString(it->get<std::string>()), 12);
        if (!v || *v < 0)
            bad = true;
        return v;
    };
    QList<PriceEntry> out;
    QHash<QString, std::pair<int, bool>> seen; // model → (index in out, came from a key without a provider prefix)
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() == "sample_spec" || !it->is_object())
            continue;
        const json& m = *it;
        bool bad = false;
        auto in = perToken(m, "input_cost_per_token", bad);
        auto outp = perToken(m, "output_cost_per_token", bad);
        const QString key = QString::fromStdString(it.key());
        if (bad)
            return parseError(source, key, Tr::tr("A price is not a non-negative number."));
        if (!in || !outp)
            continue;
        PriceEntry e;
        e.model = key.toLower();
        const qsizetype slash = e.model.lastIndexOf(QLatin1Char('/'));
        if (slash >= 0)
            e.model = e.model.mid(slash + 1);
        e.provider = str(m, "litellm_provider");
        e.effectiveFromMs = effectiveFromMs;
        e.origin = Origin::Workspace;
        e.note = QStringLiteral("LiteLLM");
        e.rates.input = *in;
        e.rates.output = *outp;
        e.rates.cacheRead = perToken(m, "cache_read_input_token_cost", bad).value_or(*in);
        e.rates.cacheWrite5m = perToken(m, "cache_creation_input_token_cost", bad).value_or(*in);
        e.rates.cacheWrite1h
            = perToken(m, "cache_creation_input_token_cost_above_1hr", bad).value_or(e.rates.cacheWrite5m);
        e.rates.reasoning = perToken(m, "output_cost_per_reasoning_token", bad).value_or(*outp);
        if (auto inB = perToken(m, "input_cost_per_token_batches", bad); inB && *in > 0)
            e.batchPermille = int(Money::divRound(__int128(*inB) * 1000, *in));
        if (auto inL = perToken(m, "input_cost_per_token_above_200k_tokens", bad)) {
            e.longContextThreshold = 200'000;
            e.longRates = e.rates;
            e.longRates.input = *inL;
            e.longRates.output = perToken(m, "output_cost_per_token_above_200k_tokens", bad).value_or(*outp);
            e.longRates.reasoning = e.longRates.output;
            e.longRates.cacheRead
                = perToken(m, "cache_read_input_token_cost_above_200k_tokens", bad).value_or(e.rates.cacheRead);
            e.longRates.cacheWrite5m
                = perToken(m, "cache_creation_input_token_cost_above_200k_tokens", bad).value_or(e.rates.cacheWrite5m);
            // LiteLLM has no long-context 1h write price: keep the 1h/5m ratio of the base prices (2× / 1.25× at
            // Anthropic)
            e.longRates.cacheWrite1h = e.rates.cacheWrite5m > 0
                ? Money::divRound(__int128(e.longRates.cacheWrite5m) * e.rates.cacheWrite1h, e.rates.cacheWrite5m)
                : e.longRates.cacheWrite5m;
        } else {
            e.longRates = e.rates;
        }
        if (auto mc = m.find("prompt_cache_min_tokens"); mc != m.end() && mc->is_number_integer())
            e.minCacheableTokens = mc->get<qint64>();
        if (bad)
            return parseError(source, key, Tr::tr("A price is not a non-negative number."));
        // "gpt-4o", "azure/gpt-4o" and "openrouter/openai/gpt-4o" name one model: the provider's own key wins
        const bool direct = slash < 0;
        if (auto s = seen.constFind(e.model); s != seen.cend()) {
            if (!direct || s->second)
                continue;
            out[s->first] = std::move(e);
            seen[out[s->first].model] = { s->first, true };
            continue;
        }
        seen.insert(e.model, { int(out.size()), direct });
        out.append(std::move(e));
    }
    if (out.isEmpty())
        return parseError(source, {}, Tr::tr("No model in this file has both an input and an output price per token."));
    return out;
}

} // namespace Pricing
