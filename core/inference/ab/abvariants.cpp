// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/ab/abvariants.h"

#include "core/common/task.h"
#include "core/inference/ab/abrun.h"
#include "core/inference/model.h"
#include "core/inference/quantizer.h"
#include "core/inference/synthmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <functional>

namespace Ab {

namespace {

    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Ab)
    };

    /** Makes `path` with `make(path)` unless it exists; `make` writes atomically (Gguf::Writer uses QSaveFile). */
    Result<bool> ensure(const QString& path, const std::function<Result<void>(const QString&)>& make)
    {
        if (QFileInfo::exists(path))
            return false;
        if (auto r = make(path); !r)
            return r.error();
        return true;
    }

    Result<void> makeDir(const QString& dir)
    {
        if (QDir().mkpath(dir))
            return {};
        return Error { Error::Code::Io, Text::tr("cannot create the folder"), dir, -1, {} };
    }

} // namespace

QString defaultCacheDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("models"));
}

Result<Pair> quantizedPair(const QString& source, const QString& cacheDir, TaskContext& task)
{
    auto model = Inference::Model::load(source);
    if (!model)
        return model.error();
    const QString type = model.value()->typeLabel();
    if (type != QLatin1String("f32") && type != QLatin1String("f16"))
        return Error { Error::Code::Schema,
            Text::tr("the model is already quantized (%1): choose an F32 or F16 model, or choose A and B yourself")
                .arg(type.toUpper()),
            source, -1, QStringLiteral("general.file_type") };
    if (auto r = makeDir(cacheDir); !r)
        return r.error();
    task.setStatus(Text::tr("Reading %1").arg(QFileInfo(source).fileName()));
    auto sha = fileSha256(source, task);
    if (!sha)
        return sha.error();
    const QString stem = QDir(cacheDir).filePath(
        QFileInfo(source).completeBaseName() + QLatin1Char('-') + sha.value().left(12) + QLatin1Char('-'));
    Pair p { stem + QStringLiteral("Q8_0.gguf"), stem + QStringLiteral("Q4_0.gguf"), true };
    const std::pair<QString, Gguf::TensorType> jobs[2]
        = { { p.a, Gguf::TensorType::Q8_0 }, { p.b, Gguf::TensorType::Q4_0 } };
    for (int i = 0; i < 2; ++i) {
        task.setStatus(Text::tr("Quantizing to %1").arg(QFileInfo(jobs[i].first).fileName()));
        SubTask half(task, i * 1000, (i + 1) * 1000, 2000);
        auto made = ensure(jobs[i].first, [&](const QString& out) -> Result<void> {
            auto q = Inference::quantize(source, out, jobs[i].second, half);
            if (!q)
                return q.error();
            return {};
        });
        if (!made)
            return made.error();
        p.reused = p.reused && !made.value();
    }
    return p;
}

Result<Pair> synthPair(const QString& vocabFrom, const QString& cacheDir, TaskContext& task)
{
    if (auto r = makeDir(cacheDir); !r)
        return r.error();
    auto sha = fileSha256(vocabFrom, task);
    if (!sha)
        return sha.error();
    const QString stem
        = QDir(cacheDir).filePath(QStringLiteral("synth-110m-vocab-") + sha.value().left(12) + QLatin1Char('-'));
    Pair p { stem + QStringLiteral("Q8_0.gguf"), stem + QStringLiteral("Q4_0.gguf"), true };
    const std::pair<QString, Gguf::TensorType> jobs[2]
        = { { p.a, Gguf::TensorType::Q8_0 }, { p.b, Gguf::TensorType::Q4_0 } };
    for (int i = 0; i < 2; ++i) {
        task.setStatus(Text::tr("Generating %1").arg(QFileInfo(jobs[i].first).fileName()));
        SubTask half(task, i * 1000, (i + 1) * 1000, 2000);
        auto made = ensure(jobs[i].first, [&](const QString& out) -> Result<void> {
            Inference::SynthOptions o;
            o.shape = *Inference::synthPreset(QStringLiteral("110m"));
            o.type = jobs[i].second;
            o.vocabFrom = vocabFrom;
            auto s = Inference::synthesizeModel(o, out, half);
            if (!s)
                return s.error();
            return {};
        });
        if (!made)
            return made.error();
        p.reused = p.reused && !made.value();
    }
    return p;
}

} // namespace Ab
