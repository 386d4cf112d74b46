// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// OTLP trace import speed and memory: generates a collector file export (JSON Lines, ~20 spans per request: an
// invoke_agent span, chat spans with GenAI usage, tool spans) into a temporary directory, then times the parse alone
// (sinks that only count) and the full import into a fresh workspace (parse, price, insert in one transaction).
// A last phase repeats the import with a timer around each stage (parse, price, insert events, insert spans, derived
// tables, commit) to show where the time goes. Prints a table with wall and CPU seconds, spans per second and the
// peak RSS of each phase (VmHWM, reset between phases). Usage: bench_otlp [spans, default 1000000 [DIR]]
#include "core/import/fileimporter.h"
#include "core/ingest/otlpformat.h"
#include "core/pricing/costengine.h"
#include "core/store/usagerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QTemporaryDir>

#include <charconv>
#include <cstdio>
#include <ctime>
#include <string>

namespace {

/** CPU seconds of this process (the machine may be busy with other work: wall time alone would mislead). */
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/** Wall and CPU time of one phase. */
struct Timer
{
    QElapsedTimer wall;
    double cpu0 = 0;
    void start()
    {
        wall.start();
        cpu0 = cpuSeconds();
    }
    std::pair<double, double> elapsed() const { return { wall.nsecsElapsed() / 1e9, cpuSeconds() - cpu0 }; }
};

/** VmHWM of this process in MiB (peak resident set since start or the last reset). */
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0), so that each phase reports its own peak. */
bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

class Writer
{
public:
    std::string s;
    Writer& operator<<(const char* t)
    {
        s += t;
        return *this;
    }
    Writer& operator<<(const std::string& t)
    {
        s += t;
        return *this;
    }
    Writer& operator<<(quint64 v)
    {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        s.append(buf, size_t(r.ptr - buf));
        return *this;
    }
    Writer& hex(quint64 v, int digits)
    {
        static const char* d = "0123456789abcdef";
        for (int i = digits - 1; i >= 0; --i)
            s += d[(v >> (4 * (i % 16))) & 0xf];
        return *this;
    }
    void str(const char* key, const std::string& value)
    {
        *this << R"({"key":")" << key << R"(","value":{"stringValue":")" << value << R"("}})";
    }
    void num(const char* key, quint64 value)
    {
        *this << R"({"key":")" << key << R"(","value":{"intValue":")" << value << R"("}})";
    }
};

struct Rng
{
    quint64 x = 0x9E3779B97F4A7C15ULL;
    quint64 next()
    {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    }
    quint64 below(quint64 n) { return next() % n; }
};

struct Generated
{
    qint64 spans = 0;
    qint64 llm = 0;
    qint64 lines = 0;
    qint64 bytes = 0;
};

/** A collector file export of `total` spans: 20 per request (1 agent, 9 chat, 10 tools). */
Generated generate(const QString& path, qint64 total)
{
    Generated g;
    FILE* f = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!f)
        return g;
    Rng rng;
    const char* services[] = { "support-bot", "code-review", "search-api", "summariser", "triage" };
    struct Model
    {
        const char* provider;
        const char* request;
        const char* response;
    };
    const Model models[] = { { "openai", "gpt-4o", "gpt-4o-2024-08-06" }, { "openai", "o3", "o3" },
        { "anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929" },
        { "gcp.gemini", "gemini-2.5-flash", "gemini-2.5-flash" }, { "openai", "gpt-4.1-mini", "gpt-4.1-mini" } };
    const char* tools[] = { "search_docs", "lookup_order", "run_sql", "send_email", "read_file" };
    const quint64 t0 = 1'772'323'200'000'000'000ULL; // 2026-03-01T00:00:00Z
    quint64 spanCounter = 1;
    Writer w;
    for (qint64 r = 0; g.spans < total; ++r) {
        w.s.clear();
        const int n = int(std::min<qint64>(20, total - g.spans));
        const quint64 trace = rng.next();
        const quint64 start = t0 + quint64(r) * 1'700'000'000ULL;
        w << R"({"resourceSpans":[{"resource":{"attributes":[)";
        w.str("service.name", services[r % 5]);
        w << ",";
        w.str("service.version", "2.3.1");
        w << ",";
        w.str("deployment.environment", r % 7 == 0 ? "staging" : "prod");
        w << ",";
        w.str("telemetry.sdk.name", "opentelemetry");
        w << ",";
        w.str("telemetry.sdk.language", "python");
        w << ",";
        w.str("telemetry.sdk.version", "1.37.0");
        w << R"(]},"scopeSpans":[{"scope":{"name":"opentelemetry.instrumentation.openai_agents","version":"0.2.0"},)"
          << R"("spans":[)";
        const quint64 root = spanCounter;
        quint64 at = start;
        for (int i = 0; i < n; ++i) {
            const quint64 id = spanCounter++;
            const bool agent = i == 0;
            const bool chat = !agent && i % 2 == 1 && i < 19;
            const quint64 duration = agent ? 1'600'000'000ULL
                : chat                     ? 200'000'000ULL + rng.below(900'000'000ULL)
                                           : 5'000'000ULL + rng.below(50'000'000ULL);
            if (i > 0)
                w << ",";
            w << R"({"traceId":")";
            w.hex(trace, 16).hex(quint64(r), 16);
            w << R"(","spanId":")";
            w.hex(id, 16);
            w << R"(","parentSpanId":")";
            if (!agent)
                w.hex(root, 16);
            w << R"(","flags":256,"name":")";
            const Model& m = models[(quint64(r) + quint64(i)) % 5];
            if (agent)
                w << "invoke_agent support";
            else if (chat)
                w << "chat " << m.request;
            else
                w << "execute_tool " << tools[i % 5];
            w << R"(","kind":)" << quint64(chat ? 3 : 1) << R"(,"startTimeUnixNano":")" << at
              << R"(","endTimeUnixNano":")" << at + duration << R"(","attributes":[)";
            if (agent) {
                w.str("gen_ai.operation.name", "invoke_agent");
                w << ",";
                w.str("gen_ai.agent.name", "support");
                w << ",";
                w.str("gen_ai.agent.id", "asst_5f1c2d");
                w << ",";
                w.str("gen_ai.provider.name", "openai");
            } else if (chat) {
                const quint64 input = 500 + rng.below(20000);
                const quint64 read = rng.below(input);
                const quint64 output = 50 + rng.below(2000);
                w.str("gen_ai.operation.name", "chat");
                w << ",";
                w.str("gen_ai.provider.name", m.provider);
                w << ",";
                w.str("gen_ai.request.model", m.request);
                w << ",";
                w.str("gen_ai.response.model", m.response);
                w << ",";
                w << R"({"key":"gen_ai.request.temperature","value":{"doubleValue":0.2}},)";
                w.num("gen_ai.request.max_tokens", 4096);
                w << ",";
                w << R"({"key":"gen_ai.response.id","value":{"stringValue":"chatcmpl-)";
                w.hex(rng.next(), 16);
                w << R"("}},)";
                w << R"({"key":"gen_ai.response.finish_reasons","value":{"arrayValue":{"values":[{"stringValue":)"
                     R"("stop"}]}}},)";
                w.str("server.address", "api.example.com");
                w << ",";
                w.num("gen_ai.usage.input_tokens", input);
                w << ",";
                w.num("gen_ai.usage.output_tokens", output);
                w << ",";
                w.num("gen_ai.usage.cache_read.input_tokens", read);
                if (m.request[0] == 'o') {
                    w << ",";
                    w.num("gen_ai.usage.reasoning.output_tokens", output / 2);
                }
                ++g.llm;
            } else {
                w.str("gen_ai.operation.name", "execute_tool");
                w << ",";
                w.str("gen_ai.tool.name", tools[i % 5]);
                w << ",";
                w.str("gen_ai.tool.type", "function");
                w << ",";
                w << R"({"key":"gen_ai.tool.call.id","value":{"stringValue":"call_)";
                w.hex(rng.next(), 16);
                w << R"("}})";
            }
            w << R"(],"status":)" << (rng.below(50) == 0 ? R"({"code":2,"message":"failed"})" : "{}") << "}";
            at += duration / 4;
        }
        w << "]}]}]}\n";
        std::fwrite(w.s.data(), 1, w.s.size(), f);
        g.spans += n;
        g.bytes += qint64(w.s.size());
        ++g.lines;
    }
    std::fclose(f);
    return g;
}

void row(const char* phase, std::pair<double, double> t, qint64 spans, double rssMb)
{
    std::printf("| %-48s | %7.2f | %7.2f | %12.0f | %11.0f | %11.0f |\n", phase, t.first, t.second, spans / t.first,
        spans / t.second, rssMb);
}

/** The importer's sinks again, with a timer around each stage (same calls, same transaction). */
struct Stages
{
    double parse = 0, price = 0, events = 0, spans = 0, derived = 0, commit = 0;
    double rssBeforeDerived = 0; // peak RSS of parse and inserts, before the derived tables
};

bool timedImport(Store::Workspace& ws, const QString& path, Stages& st)
{
    Store::UsageRepository repo(ws);
    auto catalog = repo.catalog();
    if (!catalog)
        return false;
    Store::Transaction tx(ws);
    if (!tx.begin())
        return false;
    Store::ChangeSet changes;
    const double start = cpuSeconds();
    double inSinks = 0;
    Ingest::Sinks sinks;
    sinks.events = [&](QList<UsageEvent>& chunk) -> Result<void> {
        const double t0 = cpuSeconds();
        Pricing::priceEvents(catalog.value(), chunk);
        const double t1 = cpuSeconds();
        auto n = repo.insert(chunk, &changes);
        const double t2 = cpuSeconds();
        st.price += t1 - t0;
        st.events += t2 - t1;
        inSinks += t2 - t0;
        return n ? Result<void> {} : Result<void>(n.error());
    };
    sinks.spans = [&](QList<TraceSpan>& chunk) -> Result<void> {
        const double t0 = cpuSeconds();
        auto n = repo.insertSpans(chunk, QStringLiteral("traces.jsonl"));
        st.spans += cpuSeconds() - t0;
        inSinks += cpuSeconds() - t0;
        return n ? Result<void> {} : Result<void>(n.error());
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    PlainTaskContext ctx;
    auto parsed = Ingest::otlpFormat().parse(file, path, sinks, ctx);
    st.parse = cpuSeconds() - start - inSinks;
    if (!parsed || parsed.value().rejectedCount > 0)
        return false;
    st.rssBeforeDerived = peakRssMb();
    double t0 = cpuSeconds();
    if (!repo.refreshDerived(changes))
        return false;
    st.derived = cpuSeconds() - t0;
    t0 = cpuSeconds();
    const bool ok = tx.commit().ok();
    st.commit = cpuSeconds() - t0;
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    // with a directory, the file and the workspaces stay there for a look (sqlite3, EXPLAIN QUERY PLAN)
    QTemporaryDir tmp;
    const QDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path());
    if (!tmp.isValid() || total <= 0 || !dir.exists()) {
        std::fprintf(stderr, "usage: bench_otlp [spans [existing directory to keep the files in]]\n");
        return 2;
    }
    const QString path = dir.filePath(QStringLiteral("traces.jsonl"));
    const bool perPhase = resetPeakRss();

    Timer t;
    t.start();
    const Generated g = generate(path, total);
    const auto genS = t.elapsed();
    const double genRss = peakRssMb();
    if (g.spans != total) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return 1;
    }

    // parse alone: the sinks only count
    resetPeakRss();
    qint64 events = 0, spans = 0;
    Ingest::Sinks sinks;
    sinks.events = [&events](QList<UsageEvent>& chunk) -> Result<void> {
        events += chunk.size();
        return {};
    };
    sinks.spans = [&spans](QList<TraceSpan>& chunk) -> Result<void> {
        spans += chunk.size();
        return {};
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    PlainTaskContext ctx;
    t.start();
    auto parsed = Ingest::otlpFormat().parse(file, path, sinks, ctx);
    const auto parseS = t.elapsed();
    const double parseRss = peakRssMb();
    file.close();
    if (!parsed.ok() || parsed.value().rejectedCount > 0 || events != g.llm || events + spans != g.spans) {
        std::fprintf(stderr, "parse failed: %s\n",
            parsed.ok() ? qPrintable(parsed.value().rejected.value(0).toString())
                        : qPrintable(parsed.error().toString()));
        return 1;
    }

    // full import into a fresh workspace
    resetPeakRss();
    auto ws = Store::Workspace::open(dir.filePath(QStringLiteral("bench.inferometer")));
    if (!ws.ok())
        return 1;
    t.start();
    auto imported = Import::importFile(*ws.value(), path, QStringLiteral("otlp"), ctx);
    const auto importS = t.elapsed();
    const double importRss = peakRssMb();
    if (!imported.ok() || !imported.value().committed || imported.value().imported != g.llm
        || imported.value().spans != g.spans - g.llm) {
        std::fprintf(stderr, "import failed: %s\n",
            imported.ok() ? qPrintable(imported.value().rejected.value(0).toString())
                          : qPrintable(imported.error().toString()));
        return 1;
    }

    const qint64 dbBytes = QFileInfo(dir.filePath(QStringLiteral("bench.inferometer"))).size();
    std::move(ws).value().reset(); // close it: its page cache must not count in the next phase

    Stages st;
    resetPeakRss();
    auto ws2 = Store::Workspace::open(dir.filePath(QStringLiteral("stages.inferometer")));
    if (!ws2.ok() || !timedImport(*ws2.value(), path, st)) {
        std::fprintf(stderr, "timed import failed\n");
        return 1;
    }
    const double stagesRss = peakRssMb();

    std::printf("OTLP JSON Lines: %lld spans (%lld LLM calls, %lld tool/agent spans) in %lld requests, %.0f MB\n",
        qlonglong(g.spans), qlonglong(g.llm), qlonglong(g.spans - g.llm), qlonglong(g.lines), g.bytes / 1e6);
    std::printf("| %-48s | %7s | %7s | %12s | %11s | %11s |\n", "phase", "wall s", "CPU s", "spans/s wall",
        "spans/s CPU", perPhase ? "peak RSS MB" : "VmHWM MB");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(50, '-').c_str(), std::string(9, '-').c_str(),
        std::string(9, '-').c_str(), std::string(14, '-').c_str(), std::string(13, '-').c_str(),
        std::string(13, '-').c_str());
    row("generate the file", genS, g.spans, genRss);
    row("parse only (simdjson On-Demand, counting sinks)", parseS, g.spans, parseRss);
    row("import (parse, price, insert; one transaction)", importS, g.spans, importRss);
    std::printf("workspace after the import: %.0f MB\n", dbBytes / 1e6);
    std::printf("\nwhere the import's CPU time goes (second import into a new workspace, timed by stage; peak RSS "
                "%.0f MB, %.0f MB before the derived tables):\n",
        stagesRss, st.rssBeforeDerived);
    const double all = st.parse + st.price + st.events + st.spans + st.derived + st.commit;
    auto stage = [&](const char* name, double s, qint64 rows) {
        std::printf("  %-44s %7.2f s  %5.1f %%", name, s, 100 * s / all);
        if (rows > 0)
            std::printf("  %9.0f rows/s", rows / s);
        std::printf("\n");
    };
    stage("parse (read, simdjson, build events)", st.parse, g.spans);
    stage("price events (Pricing::priceEvents)", st.price, g.llm);
    stage("insert events (UsageRepository::insert)", st.events, g.llm);
    stage("insert spans (UsageRepository::insertSpans)", st.spans, g.spans - g.llm);
    stage("derived tables (refreshDerived)", st.derived, 0);
    stage("commit", st.commit, 0);
    if (!perPhase)
        std::printf("(VmHWM could not be reset: peaks are cumulative)\n");
    return 0;
}
