// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * Exact money. Amounts are integer nano-dollars (1e-9 USD) in qint64, which holds ±9.2 billion dollars; sums of
 * integers never drift. Prices are integer micro-dollars per 1M tokens, so that tokens × price is an exact count of
 * pico-dollars (see Pricing::CostEngine).
 */
namespace Money {

constexpr qint64 NanoPerUsd = 1'000'000'000;

/**
 * Parses a plain decimal ("12", "-0.8958740000000000", "1e-3", "10.") into units of 10^-scale USD, exactly for up to
 * `scale` decimals and rounded half away from zero beyond. Returns nullopt for anything that is not a number or that
 * overflows. `scale` is 9 for nano-dollars, 6 for micro-dollars.
 */
std::optional<qint64> parseDecimal(QStringView text, int scale);

inline std::optional<qint64> parseUsdToNano(QStringView text)
{
    return parseDecimal(text, 9);
}

/** Rounds `num / den` half away from zero (den > 0). */
qint64 divRound(__int128 num, qint64 den);

/** Exact decimal text of nano-dollars with at least `minDecimals` and trailing zeros trimmed beyond: "12.5",
 * "0.000000001". */
QString nanoToDecimalString(qint64 nano, int minDecimals = 2);

/** For files and the CLI, the same in every locale: "$1,234.57", "$0.0042" (four significant decimals below a cent),
 * "-$3.00". */
QString formatUsd(qint64 nano);
/** The same for people, in `locale`'s way: "$1,234.50" in English, "1.234,50 $" in German. */
QString formatUsd(qint64 nano, const QLocale& locale);
/** `usd` dollars with `decimals` in `locale`'s way ("$1,234.50", "1.234,50 $"); C and English put the "$" first. */
QString formatUsdAmount(double usd, int decimals, const QLocale& locale);
/** For messages people read, in the default locale: the window's language in the GUI, US English in the CLI. */
inline QString displayUsd(qint64 nano)
{
    return formatUsd(nano, QLocale());
}

inline double nanoToUsd(qint64 nano)
{
    return double(nano) / double(NanoPerUsd);
}

} // namespace Money
