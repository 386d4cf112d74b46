// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// What the prompt editor does per analysis, on the ~1,900-token support prompt and on bigger texts made of it:
// findings, all rewrites, the rewrite preview's diff, editor analysis with two tokenizers. Prints a table (median of
// several runs). The editor analyses up to 300,000 characters; a 2,000-token prompt should take a few milliseconds.
#include "core/prompt/editoranalysis.h"
#include "core/prompt/findings.h"
#include "core/prompt/rewrites.h"
#include "core/prompt/textdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMs(const std::function<void()>& fn, int runs)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QFile f(QStringLiteral(TESTDATA_DIR "/prompt/support-system-prompt.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
        return 1;
    }
    const QString prompt = QString::fromUtf8(f.readAll());
    std::vector<Tokenize::TokenizerPtr> tokenizers;
    for (const char* name : { "o200k_base", "cl100k_base" }) {
        auto t = Tokenize::loadTokenizer(QString::fromLatin1(name));
        if (!t) {
            std::fprintf(stderr, "%s\n", qPrintable(t.error().toString()));
            return 1;
        }
        tokenizers.push_back(t.value());
    }
    std::printf(
        "%-12s %10s %12s %12s %12s %14s\n", "text", "chars", "findings ms", "rewrite ms", "diff ms", "analysis ms");
    for (int times : { 1, 10, 30 }) {
        const QString text = prompt.repeated(times);
        const int runs = times == 1 ? 21 : 5;
        const double findings = medianMs([&] { (void)Prompt::findFindings(text); }, runs);
        Prompt::Rewrite r;
        const double rewrite = medianMs([&] { r = Prompt::rewrite(text, Prompt::allRules()); }, runs);
        const double diff = medianMs([&] { (void)Prompt::diffLinesThenWords(text, r.text); }, runs);
        Prompt::EditorOptions opt;
        opt.boundariesOf = 0;
        const double analysis = medianMs([&] { (void)Prompt::analyzeForEditor(text, tokenizers, opt); }, runs);
        std::printf("%-12s %10lld %12.2f %12.2f %12.2f %14.2f\n", qPrintable(QStringLiteral("support×%1").arg(times)),
            qint64(text.size()), findings, rewrite, diff, analysis);
    }
    return 0;
}
