// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/live/exposition.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace Live {

namespace {

    /** This file's messages, in the translation context "Live" (lupdate reads Tr::tr). */
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(Live)
    };

    bool nameStart(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    }
    bool nameChar(char c)
    {
        return nameStart(c) || (c >= '0' && c <= '9');
    }
    bool space(char c)
    {
        return c == ' ' || c == '\t';
    }

    // QByteArrayView of Qt 6.4 has no mid() and left()
    QByteArrayView mid(QByteArrayView v, qsizetype pos)
    {
        return v.sliced(std::min(pos, v.size()));
    }
    QByteArrayView left(QByteArrayView v, qsizetype n)
    {
        return v.first(std::min(n, v.size()));
    }

    /** Reads a float as Go's ParseFloat does for the exposition format: NaN, ±Inf, decimals, exponents. */
    std::optional<double> parseValue(QByteArrayView t)
    {
        if (t.isEmpty())
            return std::nullopt;
        const QByteArray lower = t.toByteArray().toLower();
        if (lower == "nan")
            return std::numeric_limits<double>::quiet_NaN();
        if (lower == "+inf" || lower == "inf")
            return std::numeric_limits<double>::infinity();
        if (lower == "-inf")
            return -std::numeric_limits<double>::infinity();
        const char* b = t.data();
        const char* e = b + t.size();
        if (*b == '+')
            ++b;
        double v = 0;
        const auto r = std::from_chars(b, e, v);
        if (r.ec != std::errc() || r.ptr != e)
            return std::nullopt;
        return v;
    }

    std::optional<MetricType> parseType(QByteArrayView t)
    {
        if (t == "counter")
            return MetricType::Counter;
        if (t == "gauge")
            return MetricType::Gauge;
        if (t == "histogram")
            return MetricType::Histogram;
        if (t == "summary")
            return MetricType::Summary;
        if (t == "untyped")
            return MetricType::Untyped;
        return std::nullopt;
    }

    /** HELP text: \\ and \n escapes. */
    QString unescapeHelp(QByteArrayView t)
    {
        QByteArray out;
        out.reserve(t.size());
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t[i] == '\\' && i + 1 < t.size() && (t[i + 1] == '\\' || t[i + 1] == 'n')) {
                out += t[i + 1] == 'n' ? '\n' : '\\';
                ++i;
            } else {
                out += t[i];
            }
        }
        return QString::fromUtf8(out);
    }

    class Parser
    {
    public:
        Exposition out;

        void line(QByteArrayView l, qint64 number)
        {
            m_number = number;
            qsizetype i = 0;
            while (i < l.size() && space(l[i]))
                ++i;
            if (i == l.size())
                return;
            if (l[i] == '#')
                return comment(mid(l, i + 1));
            sample(mid(l, i));
        }

    private:
        void fail(const QString& message)
        {
            ++out.errorCount;
            if (out.errors.size() < 100)
                out.errors.append({ m_number, message });
        }

        Family& family(const QString& name)
        {
            auto it = m_index.constFind(name);
            if (it != m_index.cend())
                return out.families[*it];
            m_index.insert(name, out.families.size());
            out.families.append(Family { name, MetricType::Untyped, {}, {} });
            return out.families.last();
        }

        void comment(QByteArrayView c)
        {
            // "# HELP name text" / "# TYPE name type"; any other comment is ignored
            QByteArrayView rest = c.trimmed();
            const bool help = rest.startsWith("HELP") && (rest.size() == 4 || space(rest[4]));
            const bool type = rest.startsWith("TYPE") && (rest.size() == 4 || space(rest[4]));
            if (!help && !type)
                return;
            rest = mid(rest, 4).trimmed();
            qsizetype n = 0;
            while (n < rest.size() && nameChar(rest[n]))
                ++n;
            if (n == 0 || !nameStart(rest[0]) || (n < rest.size() && !space(rest[n])))
                return fail(Tr::tr("%1 line without a valid metric name.")
                                .arg(help ? QStringLiteral("HELP") : QStringLiteral("TYPE")));
            const QString name = QString::fromLatin1(rest.first(n));
            const QByteArrayView text = mid(rest, n).trimmed();
            if (help) {
                family(name).help = unescapeHelp(text);
                return;
            }
            const auto t = parseType(text);
            if (!t)
                return fail(Tr::tr("Unknown metric type \"%1\" for %2.").arg(QString::fromUtf8(left(text, 40)), name));
            Family& f = family(name);
            if (m_typed.contains(name))
                return fail(Tr::tr("Second TYPE line for %1.").arg(name));
            if (!f.samples.isEmpty())
                return fail(Tr::tr("TYPE line for %1 after its samples.").arg(name));
            m_typed.insert(name);
            f.type = *t;
        }

        /** The family a sample name belongs to: its own, or a typed family whose suffix it carries. */
        Family& familyOf(const QString& name)
        {
            if (m_index.contains(name))
                return family(name);
            struct Suffix
            {
                const char* text;
                std::initializer_list<MetricType> types;
            };
            static const Suffix suffixes[] = {
                { "_bucket", { MetricType::Histogram } },
                { "_sum", { MetricType::Histogram, MetricType::Summary } },
                { "_count", { MetricType::Histogram, MetricType::Summary } },
                { "_created", { MetricType::Histogram, MetricType::Summary, MetricType::Counter } },
                { "_total", { MetricType::Counter } },
            };
            for (const Suffix& s : suffixes) {
                const QLatin1StringView suffix(s.text);
                if (!name.endsWith(suffix))
                    continue;
                const QString base = name.chopped(suffix.size());
                auto it = m_index.constFind(base);
                if (it == m_index.cend())
                    continue;
                Family& f = out.families[*it];
                if (std::find(s.types.begin(), s.types.end(), f.type) != s.types.end())
                    return f;
            }
            return family(name);
        }

        void sample(QByteArrayView l)
        {
            Sample s;
            qsizetype i = 0;
            if (!nameStart(l[0]))
                return fail(Tr::tr("A sample line must start with a metric name."));
            while (i < l.size() && nameChar(l[i]))
                ++i;
            s.name = QString::fromLatin1(l.first(i));
            while (i < l.size() && space(l[i]))
                ++i;
            if (i < l.size() && l[i] == '{') {
                ++i;
                if (!labels(l, i, s.labels))
                    return;
            }
            // value, then an optional timestamp
            while (i < l.size() && space(l[i]))
                ++i;
            qsizetype end = i;
            while (end < l.size() && !space(l[end]))
                ++end;
            const auto v = parseValue(l.sliced(i, end - i));
            if (!v)
                return fail(end == i ? Tr::tr("%1 has no value.").arg(s.name)
                                     : Tr::tr("%1: \"%2\" is not a number.")
                                           .arg(s.name, QString::fromUtf8(left(l.sliced(i, end - i), 40))));
            s.value = *v;
            QByteArrayView rest = mid(l, end).trimmed();
            if (!rest.isEmpty()) {
                qint64 ts = 0;
                const auto r = std::from_chars(rest.data(), rest.data() + rest.size(), ts);
                if (r.ec != std::errc() || r.ptr != rest.data() + rest.size())
                    return fail(Tr::tr("%1: the timestamp \"%2\" is not whole milliseconds.")
                                    .arg(s.name, QString::fromUtf8(left(rest, 40))));
                s.timestampMs = ts;
            }
            ++out.sampleCount;
            familyOf(s.name).samples.append(std::move(s));
        }

        bool labels(QByteArrayView l, qsizetype& i, Labels& into)
        {
            for (;;) {
                while (i < l.size() && space(l[i]))
                    ++i;
                if (i < l.size() && l[i] == '}') {
                    ++i;
                    return true;
                }
                qsizetype n = i;
                while (n < l.size() && nameChar(l[n]) && l[n] != ':')
                    ++n;
                if (n == i || (l[i] >= '0' && l[i] <= '9')) {
                    fail(Tr::tr("Expected a label name or \"}\" at column %1.").arg(i + 1));
                    return false;
                }
                const QString name = QString::fromLatin1(l.sliced(i, n - i));
                i = n;
                while (i < l.size() && space(l[i]))
                    ++i;
                if (i >= l.size() || l[i] != '=') {
                    fail(Tr::tr("Expected \"=\" after label %1.").arg(name));
                    return false;
                }
                ++i;
                while (i < l.size() && space(l[i]))
                    ++i;
                if (i >= l.size() || l[i] != '"') {
                    fail(Tr::tr("The value of label %1 must be in double quotes.").arg(name));
                    return false;
                }
                ++i;
                QByteArray value;
                bool closed = false;
                while (i < l.size()) {
                    const char c = l[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\' && i < l.size()) {
                        const char e = l[i++];
                        value += e == 'n' ? '\n' : e; // \\ and \" stand for themselves
                        if (e != 'n' && e != '\\' && e != '"')
                            value.insert(value.size() - 1, '\\'); // unknown escape: kept as written
                        continue;
                    }
                    value += c;
                }
                if (!closed) {
                    fail(Tr::tr("The value of label %1 is not closed.").arg(name));
                    return false;
                }
                for (const auto& [k, v] : into) {
                    if (k == name) {
                        fail(Tr::tr("Label %1 appears twice.").arg(name));
                        return false;
                    }
                }
                into.append({ name, QString::fromUtf8(value) });
                while (i < l.size() && space(l[i]))
                    ++i;
                if (i < l.size() && l[i] == ',') {
                    ++i;
                    continue;
                }
                if (i < l.size() && l[i] == '}') {
                    ++i;
                    return true;
                }
                fail(Tr::tr("Expected \",\" or \"}\" after label %1.").arg(name));
                return false;
            }
        }

        qint64 m_number = 0;
        QHash<QString, qsizetype> m_index;
        QSet<QString> m_typed;
    };

} // namespace

QString typeName(MetricType t)
{
    switch (t) {
    case MetricType::Counter:
        return QStringLiteral("counter");
    case MetricType::Gauge:
        return QStringLiteral("gauge");
    case MetricType::Histogram:
        return QStringLiteral("histogram");
    case MetricType::Summary:
        return QStringLiteral("summary");
    case MetricType::Untyped:
        break;
    }
    return QStringLiteral("untyped");
}

QString Sample::label(QStringView name) const
{
    for (const auto& [k, v] : labels)
        if (k == name)
            return v;
    return {};
}

const Family* Exposition::family(QStringView name) const
{
    for (const Family& f : families)
        if (f.name == name)
            return &f;
    return nullptr;
}

Result<Exposition> parseExposition(QByteArrayView text, const QString& source)
{
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) // the line of the first NUL byte
        return Error { Error::Code::Parse, Tr::tr("Binary data, not the Prometheus text format."), source,
            qint64(text.first(nul).count('\n')) + 1 };
    const QByteArrayView head = left(text, 512).trimmed();
    if (head.startsWith('<'))
        return Error { Error::Code::Parse,
            Tr::tr("HTML or XML, not the Prometheus text format (is this the /metrics path?)."), source, 1 };
    Parser p;
    qint64 number = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        QByteArrayView l = text.sliced(at, end - at);
        if (l.endsWith('\r'))
            l.chop(1);
        p.line(l, ++number);
        at = end + 1;
    }
    if (p.out.sampleCount == 0 && p.out.errorCount > 0)
        return Error { Error::Code::Parse,
            Tr::tr("Not the Prometheus text format: no line could be read (first problem: %1).")
                .arg(p.out.errors.first().message),
            source, p.out.errors.first().line };
    return std::move(p.out);
}

double counterIncrease(const QList<Point>& points)
{
    double total = 0;
    for (qsizetype i = 1; i < points.size(); ++i)
        total += counterStep(points[i - 1].value, points[i].value);
    return total;
}

double counterStep(double prev, double v)
{
    // NaN and ±Inf say nothing about growth (Inf − Inf would poison every sum after it)
    if (!std::isfinite(v) || !std::isfinite(prev))
        return 0;
    if (v >= prev)
        return v - prev;
    // a drop is a restart from zero (PromQL's rate()); a counter is never negative, so neither is what it adds
    return std::max(v, 0.0);
}

std::optional<double> counterRate(const QList<Point>& points)
{
    if (points.size() < 2 || points.last().timeMs <= points.first().timeMs)
        return std::nullopt;
    // in double: timestamps from a server may lie anywhere in qint64, and their difference overflow it
    return counterIncrease(points) * 1000.0 / (double(points.last().timeMs) - double(points.first().timeMs));
}

std::optional<double> histogramQuantile(double q, Buckets b)
{
    std::sort(b.begin(), b.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    if (b.isEmpty() || !std::isinf(b.last().first) || b.last().second <= 0)
        return std::nullopt;
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    // counts must not fall (a scrape between bucket updates): as PromQL, make them monotonic
    for (qsizetype i = 1; i < b.size(); ++i)
        b[i].second = std::max(b[i].second, b[i - 1].second);
    const double rank = q * b.last().second;
    qsizetype i = 0;
    while (i < b.size() - 1 && b[i].second < rank)
        ++i;
    if (i == b.size() - 1) // in the +Inf bucket
        return b.size() >= 2 ? b[b.size() - 2].first : std::numeric_limits<double>::quiet_NaN();
    const double upper = b[i].first;
    double lower = 0, below = 0;
    if (i > 0) {
        lower = b[i - 1].first;
        below = b[i - 1].second;
    } else if (upper <= 0) {
        return upper;
    }
    const double inBucket = b[i].second - below;
    if (inBucket <= 0)
        return upper;
    return lower + (upper - lower) * (rank - below) / inBucket;
}

std::optional<double> parseSampleValue(QByteArrayView text)
{
    return parseValue(text);
}

Buckets bucketsOf(const Family& f, const Labels& match)
{
    Buckets out;
    const QString bucket = f.name + QStringLiteral("_bucket");
    for (const Sample& s : f.samples) {
        if (s.name != bucket)
            continue;
        bool ok = true;
        for (const auto& [k, v] : match)
            ok = ok && s.label(k) == v;
        if (!ok)
            continue;
        const auto le = parseValue(s.label(u"le").toUtf8());
        if (le)
            out.append({ *le, s.value });
    }
    return out;
}

} // namespace Live
