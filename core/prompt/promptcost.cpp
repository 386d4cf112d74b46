// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/promptcost.h"

#include <QHash>

#include "core/common/money.h"

namespace Prompt {

Cost callCost(const Pricing::PriceEntry& price, const CallTokens& t, qint64 callsPerMonth)
{
    const bool isLong = price.longContextThreshold && t.input > *price.longContextThreshold;
    const Pricing::Rates& r = isLong ? price.longRates : price.rates;
    const qint64 cached = qBound<qint64>(0, t.cachedInput, t.input);
    // tokens × µ$ per 1M tokens = pico-dollars
    const __int128 pico
        = __int128(t.input - cached) * r.input + __int128(cached) * r.cacheRead + __int128(t.output) * r.output;
    return { Money::divRound(pico, 1000), Money::divRound(pico * qMax<qint64>(0, callsPerMonth), 1000) };
}

bool countIsEstimate(const QString& encoding, const QString& provider)
{
    const bool openAiEncoding = encoding == QLatin1String("o200k_base") || encoding == QLatin1String("cl100k_base");
    return openAiEncoding && provider.compare(QLatin1String("openai"), Qt::CaseInsensitive) != 0;
}

QString providerName(const QString& provider)
{
    static const QHash<QString, QString> names { { QStringLiteral("openai"), QStringLiteral("OpenAI") },
        { QStringLiteral("anthropic"), QStringLiteral("Anthropic") }, { QStringLiteral("google"), QStringLiteral("Google") },
        { QStringLiteral("mistral"), QStringLiteral("Mistral") }, { QStringLiteral("deepseek"), QStringLiteral("DeepSeek") },
        { QStringLiteral("groq"), QStringLiteral("Groq") } };
    const QString known = names.value(provider.toLower());
    return known.isEmpty() && !provider.isEmpty() ? provider.at(0).toUpper() + provider.mid(1) : known;
}

} // namespace Prompt
