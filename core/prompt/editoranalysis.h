// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/prompt/findings.h"
#include "core/prompt/templatevars.h"
#include "core/prompt/tokenranges.h"
#include "core/tokenize/tokenizer.h"

#include <QMetaType>

#include <vector>

class TaskContext;

namespace Prompt {

/** One tokenizer's counts of the prompt. */
struct TokenizerCount
{
    QString name;
    qint64 tokens = 0;
    qint64 prefixTokens = 0; // of the static prefix (before the first {{variable}}; the whole text without one)
};

struct EditorOptions
{
    /** Findings are looked for up to this size; a bigger text (a 50 MB paste) is counted, not analysed. */
    qsizetype maxAnalyzedChars = 300'000;
    int maxFindings = 2000;
    /** Index of the tokenizer whose token ranges are wanted (-1: none), and how many at most. */
    int boundariesOf = -1;
    qsizetype maxBoundaryTokens = 5000;
};

/** Everything the prompt editor shows of one text, computed off the GUI thread. */
struct EditorAnalysis
{
    qsizetype chars = 0;
    TemplateInfo templ;
    QList<TokenizerCount> counts; // in the order of the tokenizers given
    Findings findings;
    bool analysisSkipped = false; // text above maxAnalyzedChars: no findings
    QList<TokenRange> boundaries;
    bool boundariesTruncated = false;
    bool canceled = false;
};

/**
 * Counts `text` with every tokenizer (whole text and static prefix), finds template variables, findings and, if
 * asked, the token ranges of one tokenizer. Pure; safe on any thread (tokenizers are immutable). Checks `ctx` for
 * cancellation between steps.
 */
EditorAnalysis analyzeForEditor(const QString& text, const std::vector<Tokenize::TokenizerPtr>& tokenizers,
    const EditorOptions& options, TaskContext* ctx = nullptr);

} // namespace Prompt

Q_DECLARE_METATYPE(Prompt::EditorAnalysis)
