// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/prompt/editoranalysis.h"

#include "core/common/task.h"

namespace Prompt {

EditorAnalysis analyzeForEditor(const QString& text, const std::vector<Tokenize::TokenizerPtr>& tokenizers,
    const EditorOptions& options, TaskContext* ctx)
{
    EditorAnalysis a;
    a.chars = text.size();
    a.templ = parseTemplate(text);
    const bool wholeIsPrefix = a.templ.variables.isEmpty();
    // one UTF-8 conversion for all tokenizers
    const QByteArray utf8 = text.toUtf8();
    const qsizetype prefixBytes
        = wholeIsPrefix ? utf8.size() : QStringView(text).left(a.templ.staticPrefixLength).toUtf8().size();
    for (const Tokenize::TokenizerPtr& t : tokenizers) {
        if (ctx && ctx->isCanceled()) {
            a.canceled = true;
            return a;
        }
        TokenizerCount c;
        c.name = t->name();
        c.tokens = qint64(t->count(std::string_view(utf8.constData(), size_t(utf8.size()))));
        c.prefixTokens
            = wholeIsPrefix ? c.tokens : qint64(t->count(std::string_view(utf8.constData(), size_t(prefixBytes))));
        a.counts << c;
    }
    if (ctx && ctx->isCanceled()) {
        a.canceled = true;
        return a;
    }
    if (text.size() <= options.maxAnalyzedChars) {
        a.findings = findFindings(text, options.maxFindings);
        if (options.boundariesOf >= 0 && options.boundariesOf < int(tokenizers.size())) {
            a.boundaries = tokenRanges(*tokenizers[size_t(options.boundariesOf)], text, options.maxBoundaryTokens + 1);
            a.boundariesTruncated = a.boundaries.size() > options.maxBoundaryTokens;
            if (a.boundariesTruncated)
                a.boundaries.resize(options.maxBoundaryTokens);
        }
    } else {
        a.analysisSkipped = true;
    }
    return a;
}

} // namespace Prompt
