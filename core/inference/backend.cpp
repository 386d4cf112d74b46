// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/backend.h"

#include "core/inference/model.h"
#include "core/inference/perplexity.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace Inference {

QString kvTypeName(KvType t)
{
    return t == KvType::F16 ? QStringLiteral("f16") : QStringLiteral("f32");
}

Result<void> checkTargets(
    const Backend& b, std::span<const int32_t> tokens, std::span<const int32_t> targets, std::span<double> out)
{
    const int vocab = b.model().config().vocabSize;
    if (targets.size() != tokens.size() || out.size() < tokens.size()) {
        Error e;
        e.code = Error::Code::Schema;
        e.message = QCoreApplication::translate("Inference", "%1 tokens need as many targets (%2) and outputs (%3)")
                        .arg(tokens.size())
                        .arg(targets.size())
                        .arg(out.size());
        return e;
    }
    for (int32_t t : targets)
        if (t < 0 || t >= vocab) {
            Error e;
            e.code = Error::Code::Schema;
            e.message = QCoreApplication::translate("Inference", "Target %1 is outside the vocabulary of %2")
                            .arg(t)
                            .arg(vocab);
            return e;
        }
    return {};
}

template <class T>
Result<void> checkFinite(const Backend& b, std::span<const T> values, const QString& where)
{
    for (const T v : values)
        if (!std::isfinite(v)) {
            Error e;
            e.code = Error::Code::Schema;
            e.source = b.model().path();
            e.message = QCoreApplication::translate("Inference",
                "The model computed %1 at %2: its weights are finite but overflow the arithmetic, so the file is "
                "damaged or is not a trained model.")
                            .arg(std::isnan(v) ? QStringLiteral("NaN") : QStringLiteral("an infinity"), where);
            return e;
        }
    return {};
}
template Result<void> checkFinite<float>(const Backend&, std::span<const float>, const QString&);
template Result<void> checkFinite<double>(const Backend&, std::span<const double>, const QString&);

Result<void> Backend::evalLogProbs(
    std::span<const int32_t> tokens, int pos, std::span<const int32_t> targets, std::span<double> out)
{
    if (auto r = checkTargets(*this, tokens, targets, out); !r)
        return r;
    const size_t vocab = size_t(model().config().vocabSize);
    std::vector<float> logits(tokens.size() * vocab);
    if (auto r = eval(tokens, pos, logits, true); !r)
        return r;
    for (size_t i = 0; i < tokens.size(); ++i)
        out[i] = logSoftmax(std::span<const float>(logits.data() + i * vocab, vocab), targets[i]);
    return {};
}

} // namespace Inference
