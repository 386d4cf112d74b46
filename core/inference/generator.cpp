// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/generator.h"

#include "core/common/task.h"
#include "core/inference/backend.h"
#include "core/inference/model.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Inference {

Result<Generation> generate(Backend& backend, const std::vector<int32_t>& prompt, const GenerateOptions& options,
    TaskContext& ctx, const std::function<void(int32_t)>& onToken)
{
    const ModelConfig& c = backend.model().config();
    if (prompt.empty() || int(prompt.size()) >= backend.contextSize()) {
        Error e;
        e.code = Error::Code::Schema;
        e.source = backend.model().path();
        e.message = QCoreApplication::translate("Inference", "the prompt needs 1 to %1 tokens, it has %2")
                        .arg(backend.contextSize() - 1)
                        .arg(prompt.size());
        return e;
    }
    Generation g;
    g.promptTokens = int(prompt.size());
    backend.reset();
    Sampler sampler(options.sampler);
    std::vector<float> logits(static_cast<size_t>(c.vocabSize));
    QElapsedTimer timer;
    timer.start();
    if (auto r = backend.eval(prompt, 0, logits, false); !r)
        return r.error();
    g.prefillMs = double(timer.nsecsElapsed()) / 1e6;
    int pos = int(prompt.size());
    QElapsedTimer decode;
    for (int i = 0; i < options.maxTokens; ++i) {
        if (ctx.isCanceled()) {
            g.canceled = true;
            break;
        }
        if (i > 0) {
            if (pos >= backend.contextSize())
                break;
            const int32_t last = g.tokens.back();
            if (auto r = backend.eval(std::span(&last, 1), pos, logits, false); !r)
                return r.error();
            ++pos;
        }
        if (auto r = checkFinite(backend, std::span<const float>(logits),
                QCoreApplication::translate("Inference", "token %1").arg(i + 1));
            !r)
            return r.error();
        const int32_t next = sampler.sample(logits);
        if (i == 0) {
            g.timeToFirstTokenMs = double(timer.nsecsElapsed()) / 1e6;
            decode.start();
        }
        g.tokens.push_back(next);
        if (onToken)
            onToken(next);
        ctx.setProgress(i + 1, options.maxTokens);
        if (options.stopAtEos && next == c.eosId) {
            g.hitEos = true;
            break;
        }
    }
    if (decode.isValid())
        g.decodeMs = double(decode.nsecsElapsed()) / 1e6;
    return g;
}

} // namespace Inference
