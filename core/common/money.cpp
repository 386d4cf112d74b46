// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/money.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace Money {

qint64 divRound(__int128 num, qint64 den)
{
    const bool neg = num < 0;
    __int128 a = neg ? -num : num;
    __int128 q = (a + den / 2) / den;
    return qint64(neg ? -q : q);
}

std::optional<qint64> parseDecimal(QStringView text, int scale)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool neg = false;
    if (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')) {
        neg = text[i] == QLatin1Char('-');
        ++i;
    }
    __int128 mantissa = 0;
    int fracDigits = 0;
    int digits = 0;
    bool inFrac = false;
    constexpr __int128 limit = __int128(1) << 100;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (mantissa < limit) {
                mantissa = mantissa * 10 + (c.unicode() - '0');
                if (inFrac)
                    ++fracDigits;
            } else if (!inFrac) {
                return std::nullopt; // integer part too large
            }
            ++digits;
        } else if (c == QLatin1Char('.') && !inFrac) {
            inFrac = true;
        } else if (c == QLatin1Char('e') || c == QLatin1Char('E')) {
            break;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    int exponent = 0;
    if (i < text.size()) { // exponent part
        bool ok = false;
        exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || exponent > 30 || exponent < -60)
            return std::nullopt;
    }
    // value = mantissa * 10^(exponent - fracDigits); we want value * 10^scale
    int shift = scale + exponent - fracDigits;
    __int128 v = mantissa;
    if (shift >= 0) {
        for (int k = 0; k < shift; ++k) {
            v *= 10;
            if (v > __int128(std::numeric_limits<qint64>::max()))
                return std::nullopt;
        }
    } else {
        __int128 den = 1;
        for (int k = 0; k < -shift && den < limit; ++k)
            den *= 10;
        v = (v + den / 2) / den;
    }
    if (v > __int128(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return neg ? -qint64(v) : qint64(v);
}

QString nanoToDecimalString(qint64 nano, int minDecimals)
{
    const bool neg = nano < 0;
    const quint64 a = neg ? quint64(-(nano + 1)) + 1 : quint64(nano);
    QString frac = QString::number(a % quint64(NanoPerUsd)).rightJustified(9, QLatin1Char('0'));
    while (frac.size() > minDecimals && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    QString s = QString::number(a / quint64(NanoPerUsd));
    if (!frac.isEmpty())
        s += QLatin1Char('.') + frac;
    return neg ? QLatin1Char('-') + s : s;
}

QString formatUsd(qint64 nano, const QLocale& locale)
{
    const bool neg = nano < 0;
    const double usd = std::abs(nanoToUsd(nano));
    // keep two significant digits of tiny amounts: $0.0042, $0.000001
    const int decimals = usd != 0 && usd < 0.01 ? qBound(4, 1 - int(std::floor(std::log10(usd))), 9) : 2;
    return formatUsdAmount(neg ? -usd : usd, decimals, locale);
}

QString formatUsdAmount(double usd, int decimals, const QLocale& locale)
{
    // the C locale would write "1234.50$": dollars lead in C and English
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return (usd < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + locale.toString(std::abs(usd), 'f', decimals);
    return locale.toCurrencyString(usd, QStringLiteral("$"), decimals); // "1.234,50 $" in German
}

QString formatUsd(qint64 nano)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return formatUsd(nano, english);
}

} // namespace Money
