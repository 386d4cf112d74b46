// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// FOCUS 1.2 export speed and memory (issue 17): generates the 90-day demo (374k calls), then exports its last 7, 30
// and 90 days to a file, by day and by hour, and prints each run's wall time (the 90 days by day against the 2 s
// target; by hour has 16 times the rows) and how much the
// process's peak resident memory rose while it ran (Linux: /proc/self/status VmHWM, reset through
// /proc/self/clear_refs). The export reads one charge period at a time, so the rise should not follow the number of
// calls. Usage: bench_export [--keep PATH]
#include "core/analytics/period.h"
#include "core/analytics/report.h"
#include "core/demo/demogenerator.h"
#include "core/export/focusexport.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {

qint64 peakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir tmp;
    const int keep = int(args.indexOf(QStringLiteral("--keep")));
    const QString demo = keep > 0 && keep + 1 < args.size() ? args[keep + 1] : tmp.filePath(QStringLiteral("demo.inferometer"));
    if (!QFileInfo::exists(demo)) {
        PlainTaskContext ctx;
        if (auto r = Demo::createWorkspace(demo, Demo::Options {}, ctx); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
    }
    auto ws = Store::Workspace::open(demo, Store::Workspace::Mode::OpenExisting);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    const auto catalog = Store::UsageRepository(*ws.value()).catalog().value();
    const auto span = Analytics::timeSpan(*ws.value()).value();
    std::printf("\nbench_export: FOCUS 1.2 export of the demo workspace; target 2000 ms for 90 days\n\n");
    std::printf("%-22s %10s %8s %10s %8s %14s %6s\n", "period", "calls", "rows", "wall ms", "cpu ms", "peak rise MB",
        "ok");
    {
        // one unmeasured export first, so that SQLite's page cache (64 MiB) is warm and its growth is not counted
        QFile warm(tmp.filePath(QStringLiteral("warm.csv")));
        warm.open(QIODevice::WriteOnly);
        PlainTaskContext ctx;
        (void)Export::writeFocus(*ws.value(), catalog, Export::FocusOptions {}, warm, ctx);
    }
    bool allOk = true;
    for (const auto granularity : { Export::Granularity::Day, Export::Granularity::Hour })
        for (int days : { 7, 30, 90 }) {
            const Analytics::Filter f = Analytics::lastDays(span->second, days);
            Export::FocusOptions options;
            options.fromMs = f.fromMs;
            options.toMs = f.toMs;
            options.granularity = granularity;
            QFile out(tmp.filePath(QStringLiteral("focus.csv")));
            out.open(QIODevice::WriteOnly | QIODevice::Truncate);
            resetPeak();
            const qint64 before = peakKb();
            QElapsedTimer t;
            t.start();
            const std::clock_t c0 = std::clock();
            PlainTaskContext ctx;
            const auto s = Export::writeFocus(*ws.value(), catalog, options, out, ctx);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double cpu = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
            const qint64 rise = peakKb() - before;
            if (!s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                return 1;
            }
            const bool ok = days != 90 || granularity == Export::Granularity::Hour || ms < 2000;
            allOk = allOk && ok;
            const QString label = QStringLiteral("%1 days, %2").arg(days).arg(
                granularity == Export::Granularity::Day ? QStringLiteral("daily") : QStringLiteral("hourly"));
            std::printf("%-22s %10lld %8lld %10.1f %8.1f %14.1f %6s\n", qPrintable(label),
                (long long)(s.value().calls + s.value().leftOutCalls), (long long)s.value().rows, ms, cpu,
                double(rise) / 1024.0, ok ? "yes" : "NO");
        }
    return allOk ? 0 : 1;
}
