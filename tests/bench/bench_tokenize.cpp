// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Tokenizer speed, side by side with OpenAI's tiktoken (npm `tiktoken` 1.0.22, the WASM build of its Rust core, run
// by node in the same run on the same bytes):
//   - o200k_base and cl100k_base on 1 MB of English prose (target: o200k at 3x tiktoken's throughput or more);
//   - one 1,000,000-character piece ('x', ' ', 'X' and '\n' repeated; target < 1 s each);
//   - re-counting a 3,000-token prompt after a one-character edit with IncrementalCounter (target < 0.2 ms).
// The prose: the paragraphs of ../shared/article.txt (an English article on LLM cost) in a seeded random order,
// repeated until 1,000,000 bytes; nothing is downloaded. Each measurement is the best of 10 runs (the machine may be
// shared).
//
// Usage: bench_tokenize [--text FILE]   (FILE instead of the generated prose)
#include "core/tokenize/incrementalcounter.h"
#include "core/tokenize/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Tokenize;

namespace {

std::string makeProse(const QString& articlePath, size_t bytes)
{
    QFile f(articlePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> paragraphs = f.readAll().split('\n');
    std::vector<std::string> paras;
    for (const QByteArray& p : paragraphs) {
        if (!p.trimmed().isEmpty())
            paras.push_back(p.toStdString());
    }
    std::mt19937 rng(2026);
    std::string out;
    while (out.size() < bytes) {
        std::shuffle(paras.begin(), paras.end(), rng);
        for (const std::string& p : paras) {
            out += p;
            out += "\n\n";
            if (out.size() >= bytes)
                break;
        }
    }
    out.resize(bytes);
    // do not end inside a character
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
        out.pop_back();
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0)
        out.pop_back();
    return out;
}

template <class Fn>
double bestMs(int runs, Fn fn)
{
    double best = 1e100;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

/** Runs the oracle's --bench mode: best ms and token count, or an error text. */
struct NodeResult
{
    double ms = -1;
    long long count = -1;
    QString error;
};

NodeResult tiktoken(const QString& file, const QString& encoding, int runs)
{
    NodeResult r;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString modules = QStringLiteral(INFEROMETER_DATA_CACHE "/node/node_modules");
    if (node.isEmpty() || !QFile::exists(modules + QStringLiteral("/tiktoken/package.json"))) {
        r.error = QStringLiteral("not run: node or the tiktoken package (packaging/fetch-data.sh) is missing");
        return r;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    p.setProcessEnvironment(env);
    p.start(node, { QStringLiteral(ORACLE_SCRIPT), QStringLiteral("--bench"), file, encoding, QString::number(runs) });
    p.waitForFinished(600000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (out.startsWith(QLatin1String("ERROR")) || out.isEmpty()) {
        r.error = out.isEmpty() ? QString::fromUtf8(p.readAllStandardError()).left(80) : out.left(80);
        return r;
    }
    const QStringList parts = out.split(QLatin1Char(' '));
    r.ms = parts.value(0).toDouble();
    r.count = parts.value(1).toLongLong();
    return r;
}

bool writeFile(const QString& path, const std::string& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data.data(), qint64(data.size())) == qint64(data.size());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::string prose;
    QString proseName = QStringLiteral("article.txt paragraphs, shuffled, 1 MB");
    if (const qsizetype i = args.indexOf(QStringLiteral("--text")); i >= 0 && i + 1 < args.size()) {
        QFile f(args[i + 1]);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_tokenize: cannot read %s\n", qPrintable(args[i + 1]));
            return 1;
        }
        prose = f.readAll().toStdString();
        proseName = args[i + 1];
    } else {
        prose = makeProse(QStringLiteral(SHARED_DIR "/article.txt"), 1'000'000);
    }
    if (prose.empty()) {
        std::fprintf(stderr, "bench_tokenize: no text (../shared/article.txt is missing; use --text FILE)\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString proseFile = dir.filePath(QStringLiteral("prose.txt"));
    const QString xFile = dir.filePath(QStringLiteral("x.txt"));
    const std::string xs(1'000'000, 'x');
    writeFile(proseFile, prose);
    writeFile(xFile, xs);

    std::printf("bench_tokenize: text = %s (%zu bytes); best of 10 runs; one thread each\n\n", qPrintable(proseName),
        prose.size());
    std::printf("%-34s %12s %10s %12s %10s %9s\n", "case", "ours ms", "MB/s", "tiktoken ms", "MB/s", "speed-up");
    bool allOk = true;
    for (const QString& name : { QStringLiteral("o200k_base"), QStringLiteral("cl100k_base") }) {
        auto tok = loadTokenizer(name);
        if (!tok) {
            std::fprintf(stderr, "%s\n", qPrintable(tok.error().toString()));
            return 1;
        }
        size_t ids = 0, counted = 0;
        const double encMs = bestMs(10, [&] { ids = tok.value()->encode(prose).size(); });
        const double cntMs = bestMs(10, [&] { counted = tok.value()->count(prose); });
        const NodeResult ref = tiktoken(proseFile, name, 10);
        const double mb = double(prose.size()) / 1e6;
        const QString label = name + QStringLiteral(" encode 1 MB prose");
        if (ref.ms > 0) {
            std::printf("%-34s %12.1f %10.1f %12.1f %10.1f %8.2fx\n", qPrintable(label), encMs, mb / encMs * 1000,
                ref.ms, mb / ref.ms * 1000, ref.ms / encMs);
            if (ref.count != (long long)ids) {
                std::printf("  MISMATCH: ours %zu tokens, tiktoken %lld\n", ids, ref.count);
                allOk = false;
            }
        } else {
            std::printf("%-34s %12.1f %10.1f   tiktoken: %s\n", qPrintable(label), encMs, mb / encMs * 1000,
                qPrintable(ref.error));
        }
        std::printf("%-34s %12.1f %10.1f %12s %10s %9s\n", qPrintable(name + QStringLiteral(" count 1 MB prose")),
            cntMs, mb / cntMs * 1000, "", "", "");
        std::printf("  (%zu tokens; count() %s encode())\n", ids, counted == ids ? "==" : "!=");
        allOk = allOk && counted == ids;
    }

    {
        auto tok = loadTokenizer(QStringLiteral("o200k_base"));
        size_t n = 0;
        const double ms = bestMs(3, [&] { n = tok.value()->encode(xs).size(); });
        const NodeResult ref = tiktoken(xFile, QStringLiteral("o200k_base"), 1);
        std::printf("%-34s %12.1f %10.1f   tiktoken: %s\n", "o200k 1,000,000 x 'x' (one piece)", ms, 1.0 / ms * 1000,
            ref.ms > 0 ? qPrintable(QStringLiteral("%1 ms").arg(ref.ms)) : qPrintable(ref.error));
        std::printf("  (%zu tokens; target < 1000 ms: %s)\n", n, ms < 1000 ? "met" : "NOT MET");
        allOk = allOk && ms < 1000;
        // long runs of white space and of capitals are single pieces too (tst_tiktoken checks their tokens)
        for (const char c : { ' ', 'X', '\n' }) {
            const std::string run(1'000'000, c);
            const double runMs = bestMs(3, [&] { n = tok.value()->encode(run).size(); });
            const QString label
                = QStringLiteral("o200k 1,000,000 x %1 (one piece)")
                      .arg(c == '\n' ? QStringLiteral("'\\n'") : QStringLiteral("'%1'").arg(QLatin1Char(c)));
            std::printf("%-34s %12.1f %10.1f\n", qPrintable(label), runMs, 1.0 / runMs * 1000);
            std::printf("  (%zu tokens; target < 1000 ms: %s)\n", n, runMs < 1000 ? "met" : "NOT MET");
            allOk = allOk && runMs < 1000;
        }
    }

    // Incremental re-count: a 3,000-token prompt, one character typed and then deleted at random places.
    for (const QString& name : { QStringLiteral("o200k_base"), QStringLiteral("cl100k_base") }) {
        auto tok = loadTokenizer(name);
        std::string prompt;
        {
            const auto spans = tok.value()->encodeWithSpans(std::string_view(prose).substr(0, 40000));
            prompt = prose.substr(0, spans.size() > 3000 ? spans[3000].begin : spans.back().end);
        }
        IncrementalCounter counter(tok.value());
        counter.setText(prompt);
        const double fullMs = bestMs(5, [&] { (void)tok.value()->count(prompt); });
        std::mt19937 rng(3);
        std::vector<double> times;
        bool exact = true;
        static const char chars[] = "a e.,\n'1";
        for (int i = 0; i < 2000; ++i) {
            const size_t pos = rng() % (counter.text().size() + 1);
            const char c = chars[rng() % (sizeof chars - 1)];
            QElapsedTimer t;
            t.start();
            counter.replace(pos, 0, std::string_view(&c, 1));
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (i % 100 == 0)
                exact = exact && counter.count() == tok.value()->count(counter.text());
            t.restart();
            counter.replace(pos, 1, {});
            times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        const double median = times[times.size() / 2];
        const double p99 = times[times.size() * 99 / 100];
        std::printf("%-34s %12.4f %10s %12s   median of 4,000 edits; p99 %.4f ms, max %.4f ms; full re-count %.3f ms\n",
            qPrintable(name + QStringLiteral(" 1-char edit, 3,000 tok")), median, "", "", p99, times.back(), fullMs);
        std::printf("  (%zu tokens; target < 0.2 ms: %s; incremental == full: %s)\n", counter.count(),
            median < 0.2 ? "met" : "NOT MET", exact ? "yes" : "NO");
        allOk = allOk && exact;
    }
    return allOk ? 0 : 1;
}
