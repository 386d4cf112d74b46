// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/common/timeutil.h"

#include <QDateTime>
#include <QTimeZone>

namespace TimeUtil {

namespace {

    bool allDigits(QStringView s)
    {
        if (s.isEmpty())
            return false;
        for (QChar c : s)
            if (!c.isDigit())
                return false;
        return true;
    }

    int num(QStringView s, bool& ok)
    {
        bool good = allDigits(s);
        const int v = good ? s.toInt(&good) : 0;
        ok = ok && good; // sticky: one bad part fails the whole time
        return v;
    }

} // namespace

std::optional<qint64> parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // epoch numbers: seconds (≤ 11 integer digits), ms (≤ 14), µs (≤ 17), ns
    {
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        const QStringView ip = dot < 0 ? text : text.left(dot);
        const QStringView fp = dot < 0 ? QStringView() : text.mid(dot + 1);
        if (allDigits(ip) && (dot < 0 || fp.isEmpty() || allDigits(fp))) {
            bool ok = false;
            const qint64 whole = ip.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            const int n = int(ip.size());
            if (n <= 11) {
                const QString frac = QString(fp.toString() + QStringLiteral("000")).left(3);
                return whole * 1000 + frac.toLongLong();
            }
            if (n <= 14)
                return whole;
            if (n <= 17)
                return whole / 1000;
            return whole / 1'000'000;
        }
    }

    // ISO 8601: YYYY-MM-DD[(T| )hh:mm[:ss[.fff…]]][Z|±hh[:]mm]
    if (text.size() < 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    bool ok = true;
    const int y = num(text.mid(0, 4), ok), mo = num(text.mid(5, 2), ok), d = num(text.mid(8, 2), ok);
    if (!ok)
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    int h = 0, mi = 0, s = 0;
    qint64 fracMs = 0;
    qint64 offsetSec = 0;
    qsizetype i = 10;
    if (i < text.size()) {
        if (text[i] != QLatin1Char('T') && text[i] != QLatin1Char('t') && text[i] != QLatin1Char(' '))
            return std::nullopt;
        ++i;
        if (i + 5 > text.size() || text[i + 2] != QLatin1Char(':'))
            return std::nullopt;
        h = num(text.mid(i, 2), ok);
        mi = num(text.mid(i + 3, 2), ok);
        i += 5;
        if (i < text.size() && text[i] == QLatin1Char(':')) {
            if (i + 3 > text.size())
                return std::nullopt;
            s = num(text.mid(i + 1, 2), ok);
            i += 3;
            if (i < text.size() && (text[i] == QLatin1Char('.') || text[i] == QLatin1Char(','))) {
                qsizetype j = i + 1;
                while (j < text.size() && text[j].isDigit())
                    ++j;
                if (j == i + 1)
                    return std::nullopt;
                fracMs = QString(text.mid(i + 1, j - i - 1).toString() + QStringLiteral("00")).left(3).toLongLong();
                i = j;
            }
        }
        if (!ok || h > 23 || mi > 59 || s > 60)
            return std::nullopt;
        if (i < text.size()) {
            const QChar z = text[i];
            if ((z == QLatin1Char('Z') || z == QLatin1Char('z')) && i + 1 == text.size()) {
                // UTC
            } else if (z == QLatin1Char('+') || z == QLatin1Char('-')) {
                QString rest = text.mid(i + 1).toString();
                rest.remove(QLatin1Char(':'));
                if (rest.size() != 4 && rest.size() != 2)
                    return std::nullopt;
                const int oh = num(QStringView(rest).left(2), ok);
                const int om = rest.size() == 4 ? num(QStringView(rest).mid(2, 2), ok) : 0;
                if (!ok || oh > 23 || om > 59)
                    return std::nullopt;
                offsetSec = (oh * 3600 + om * 60) * (z == QLatin1Char('-') ? -1 : 1);
            } else {
                return std::nullopt;
            }
        }
    }
    const qint64 days = QDate(1970, 1, 1).daysTo(date);
    return (days * 86400 + h * 3600 + mi * 60 + qMin(s, 59) - offsetSec) * 1000 + fracMs;
}

QString toIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString toDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date().toString(Qt::ISODate);
}

} // namespace TimeUtil
