// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#include "core/inference/ab/abrun.h"

#include "core/common/task.h"
#include "core/gguf/gguffile.h"
#include "core/inference/cpubackend.h"
#include "core/inference/generator.h"
#include "core/inference/model.h"
#include "core/inference/perplexity.h"
#include "core/inference/vulkan/vulkanbackend.h"
#include "core/tokenize/tokenizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>

#include <unistd.h>
#include <QFileInfo>

#include <algorithm>

namespace Ab {

namespace {

    /** The translation context of the A/B strings in core. */
    class Text
    {
        Q_DECLARE_TR_FUNCTIONS(Ab)
    };

    Error error(Error::Code code, const QString& source, const QString& message, const QString& field = {})
    {
        return Error { code, message, source, -1, field };
    }

    Error canceled()
    {
        return Error { Error::Code::Canceled, QCoreApplication::translate("Ab", "canceled"), {}, -1, {} };
    }

    struct Loaded
    {
        std::shared_ptr<const Inference::Model> model;
        Tokenize::TokenizerPtr tokenizer;
        std::unique_ptr<Inference::Backend> backend;
    };

    qint64 parameters(const Inference::Model& m)
    {
        qint64 n = 0;
        for (const auto& t : m.file().tensors())
            n += qint64(t.elements());
        return n;
    }

    /** One warm-up run, then `runs` timed ones: greedy generation of decodeTokens after the first promptTokens of
     * the text (llama-bench's pp and tg tests, measured in one generation). */
    Result<void> measureSpeed(
        Side& side, Inference::Backend& backend, const std::vector<int32_t>& text, const Settings& s, TaskContext& task)
    {
        const std::vector<int32_t> prompt(
            text.begin(), text.begin() + std::min<ptrdiff_t>(s.promptTokens, ptrdiff_t(text.size())));
        Inference::GenerateOptions o;
        o.maxTokens = s.decodeTokens;
        o.stopAtEos = false;
        o.sampler.temperature = 0;
        for (int i = 0; i <= s.runs; ++i) {
            auto g = Inference::generate(backend, prompt, o, task);
            if (!g)
                return g.error();
            if (g.value().canceled || task.isCanceled())
                return canceled();
            task.setProgress(i + 1, s.runs + 1);
            if (i == 0)
                continue; // warm-up: pipelines, caches, page faults
            side.prefill.push_back(g.value().prefillTokensPerSecond());
            side.decode.push_back(g.value().decodeTokensPerSecond());
            side.ttftMs.push_back(g.value().timeToFirstTokenMs);
        }
        return {};
    }

    Result<QByteArray> readText(const QString& path)
    {
        if (path.isEmpty())
            return bundledText();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return error(Error::Code::Io, path, Text::tr("cannot read the evaluation text: %1").arg(f.errorString()));
        return f.readAll();
    }

} // namespace

EngineList engines()
{
    EngineList out;
    auto devices = Inference::VulkanContext::listDevices();
    if (!devices)
        out.vulkanNote = devices.error().message;
    else
        for (const Inference::DeviceInfo& d : devices.value()) {
            Engine e;
            e.id = QStringLiteral("vulkan:%1").arg(d.index);
            e.name = d.name;
            e.typeName = d.typeName;
            e.driver = d.driver;
            e.cpuEmulation = d.type == VK_PHYSICAL_DEVICE_TYPE_CPU;
            e.memoryBytes = qint64(d.deviceLocalBytes);
            if (!d.usable)
                e.problem = Text::tr("needs Vulkan 1.2 with a compute queue and subgroup arithmetic and shuffle");
            out.engines.push_back(e);
        }
    if (out.vulkanNote.isEmpty() && out.engines.empty())
        out.vulkanNote = Text::tr("no Vulkan device");
    Engine cpu;
    cpu.id = QStringLiteral("cpu");
    cpu.name = Text::tr("CPU reference (float)");
    cpu.typeName = QStringLiteral("CPU");
    cpu.driver = Text::tr("Inferometer's reference engine");
    // its memory is the machine's: a KV cache sized past it is refused before it is allocated
    if (const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE); pages > 0 && page > 0)
        cpu.memoryBytes = qint64(pages) * qint64(page);
    out.engines.push_back(cpu);
    return out;
}

Result<Engine> resolveEngine(const QString& id, const EngineList& list)
{
    auto find = [&](const QString& wanted) -> const Engine* {
        for (const Engine& e : list.engines)
            if (e.id == wanted)
                return &e;
        return nullptr;
    };
    if (id == QLatin1String("cpu"))
        return *find(id);
    if (id == QLatin1String("vulkan") || id == QLatin1String("auto")) {
        // the device createVulkanBackend picks by default: INFEROMETER_VULKAN_DEVICE, else discrete > integrated >
        // virtual > CPU
        auto ctx = Inference::VulkanContext::create({});
        if (ctx) {
            if (const Engine* e = find(QStringLiteral("vulkan:%1").arg(ctx.value()->info().index)))
                return *e;
        }
        if (id == QLatin1String("auto"))
            return *find(QStringLiteral("cpu"));
        return ctx ? error(Error::Code::Unavailable, {}, Text::tr("no usable Vulkan device"))
                   : Result<Engine>(ctx.error());
    }
    if (id.startsWith(QLatin1String("vulkan:"))) {
        const Engine* e = find(id);
        if (!e)
            return error(Error::Code::Unavailable, {},
                Text::tr("there is no Vulkan device %1 (%2)").arg(id.mid(7), list.vulkanNote),
                QStringLiteral("engine"));
        if (!e->problem.isEmpty())
            return error(Error::Code::Unavailable, {}, e->name + QStringLiteral(": ") + e->problem);
        return *e;
    }
    return error(Error::Code::Schema, {}, Text::tr("unknown backend \"%1\" (vulkan, vulkan:N, cpu or auto)").arg(id),
        QStringLiteral("engine"));
}

std::optional<Inference::KvType> parseKvType(const QString& name)
{
    if (name.compare(QLatin1String("f16"), Qt::CaseInsensitive) == 0)
        return Inference::KvType::F16;
    if (name.compare(QLatin1String("f32"), Qt::CaseInsensitive) == 0)
        return Inference::KvType::F32;
    return std::nullopt;
}

Result<std::unique_ptr<Inference::Backend>> createBackend(
    std::shared_ptr<const Inference::Model> model, const Engine& engine, int ctx, Inference::KvType kv)
{
    // checked before anything is allocated: a KV cache sized from a typo must not take the machine down
    if (auto fits
        = checkFits(model->path(), qint64(model->weightsBytes()), kvCacheBytes(*model, ctx, kv, engine), engine);
        !fits)
        return fits.error();
    if (engine.id == QLatin1String("cpu"))
        return std::unique_ptr<Inference::Backend>(
            new Inference::CpuBackend(std::move(model), { ctx, Inference::CpuBackend::Precision::Float, kv }));
    Inference::VulkanOptions o;
    o.contextSize = ctx;
    o.kv = kv;
    o.device.index = engine.id.mid(7).toInt();
    return Inference::createVulkanBackend(std::move(model), o);
}

qint64 kvCacheBytes(const Inference::Model& model, int ctx, Inference::KvType kv, const Engine& engine)
{
    const auto& c = model.config();
    const qint64 perValue = kv == Inference::KvType::F16 && engine.id != QLatin1String("cpu") ? 2 : 4;
    return 2 * qint64(c.nLayer) * qint64(ctx) * qint64(c.kvDim()) * perValue;
}

Result<void> checkFits(const QString& file, qint64 weightsBytes, qint64 kvBytes, const Engine& engine)
{
    if (engine.memoryBytes <= 0 || weightsBytes + kvBytes <= engine.memoryBytes)
        return {};
    const auto size = [](qint64 b) -> QString {
        if (b < 1024 * 1024)
            return QString::number(double(b) / 1024.0, 'f', 0) + QStringLiteral(" KiB");
        if (b < qint64(1024) * 1024 * 1024)
            return QString::number(double(b) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
        return QString::number(double(b) / (1024.0 * 1024.0 * 1024.0), 'f', 2) + QStringLiteral(" GiB");
    };
    return error(Error::Code::Unavailable, file,
        Text::tr("the model needs %1 for weights and %2 for its KV cache, more than the %3 of memory %4 has")
            .arg(size(weightsBytes), size(kvBytes), size(engine.memoryBytes), engine.name));
}

QByteArray bundledText()
{
    QFile f(QStringLiteral(":/ab/evaluation.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<QString> fileSha256(const QString& path, TaskContext& task)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return error(Error::Code::Io, path, Text::tr("cannot read: %1").arg(f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray block;
    while (!(block = f.read(8 << 20)).isEmpty()) {
        if (task.isCanceled())
            return canceled();
        h.addData(block);
    }
    return QString::fromLatin1(h.result().toHex());
}

std::vector<int32_t> encodeText(
    const Tokenize::Tokenizer& tokenizer, const Inference::ModelConfig& config, const QByteArray& utf8)
{
    std::vector<int32_t> ids;
    if (config.addBos && config.bosId >= 0)
        ids.push_back(config.bosId);
    for (uint32_t id : tokenizer.encode(std::string_view(utf8.constData(), size_t(utf8.size()))))
        ids.push_back(int32_t(id));
    return ids;
}

QString decodeIds(const Tokenize::Tokenizer& tokenizer, const std::vector<int32_t>& ids)
{
    const std::string s = tokenizer.decode(std::vector<uint32_t>(ids.begin(), ids.end()));
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

Result<std::vector<int32_t>> textIds(const Inference::Model& model, const QByteArray& utf8)
{
    auto tok = Tokenize::loadTokenizer(model.path());
    if (!tok)
        return tok.error();
    return encodeText(*tok.value(), model.config(), utf8);
}

Result<Record> run(const Request& request, TaskContext& task)
{
    const Settings& s = request.settings;
    Record r;
    r.settings = s;
    r.text = request.text.isEmpty() ? QStringLiteral("bundled") : request.text;

    // the steps and their weight in the progress bar
    const qint64 loadUnits = 10, speedUnits = 30, qualityUnits = 40, genUnits = 20;
    const qint64 total = loadUnits + 2 * speedUnits + qualityUnits + genUnits;
    qint64 done = 0;
    auto step = [&](qint64 span) {
        const qint64 from = done;
        done += span;
        return SubTask(task, from, done, total);
    };

    task.setStatus(Text::tr("Loading the models"));
    Loaded m[2];
    Side* sides[2] = { &r.a, &r.b };
    const QString files[2] = { request.fileA, request.fileB };
    for (int i = 0; i < 2; ++i) {
        if (files[i].isEmpty())
            return error(Error::Code::Schema, {},
                Text::tr("choose model %1").arg(i ? QLatin1Char('B') : QLatin1Char('A')),
                i ? QStringLiteral("B") : QStringLiteral("A"));
        auto model = Inference::Model::load(files[i]);
        if (!model)
            return model.error();
        m[i].model = model.value();
        auto tok = Tokenize::loadTokenizer(files[i]);
        if (!tok)
            return tok.error();
        m[i].tokenizer = tok.value();
        SubTask hashing = step(loadUnits / 2);
        auto sha = fileSha256(files[i], hashing);
        if (!sha)
            return sha.error();
        Side& side = *sides[i];
        side.file = files[i];
        side.sha256 = sha.value();
        side.type = m[i].model->typeLabel();
        side.fileBytes = QFileInfo(files[i]).size();
        side.parameters = parameters(*m[i].model);
    }
    auto vocabOf = [](const Loaded& l) {
        auto v = l.model->file().strings("tokenizer.ggml.tokens");
        return v ? v.value() : std::vector<QByteArray> {};
    };
    if (vocabOf(m[0]) != vocabOf(m[1]) || m[0].model->config().vocabSize != m[1].model->config().vocabSize)
        return error(Error::Code::Schema, files[1],
            Text::tr("the vocabulary differs from %1's: the models cannot be compared token by token")
                .arg(QFileInfo(files[0]).fileName()),
            QStringLiteral("tokenizer.ggml.tokens"));

    auto text = readText(request.text);
    if (!text)
        return text.error();
    const QString textName = request.text.isEmpty() ? Text::tr("the bundled text") : request.text;
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(text.value());
        r.textSha256 = QString::fromLatin1(h.result().toHex());
    }
    const std::vector<int32_t> ids = encodeText(*m[0].tokenizer, m[0].model->config(), text.value());
    r.textTokens = int(ids.size());
    if (r.textTokens < 2 * s.ctx)
        return error(Error::Code::Schema, request.text,
            Text::tr("%1 is %2 tokens long for this model; perplexity with a context of %3 needs at least %4: choose a "
                     "smaller context or a longer text")
                .arg(textName)
                .arg(r.textTokens)
                .arg(s.ctx)
                .arg(2 * s.ctx),
            QStringLiteral("ctx"));

    // the engine, and whether both models fit it
    const auto kvType = parseKvType(s.kv);
    if (!kvType)
        return error(Error::Code::Schema, {}, Text::tr("unknown KV cache type \"%1\" (f16 or f32)").arg(s.kv),
            QStringLiteral("kv"));
    const EngineList list = engines();
    auto engine = resolveEngine(s.engine, list);
    if (!engine)
        return engine.error();
    if (request.memoryLimit > 0)
        engine.value().memoryBytes = engine.value().memoryBytes > 0
            ? std::min(engine.value().memoryBytes, request.memoryLimit)
            : request.memoryLimit;
    r.engine = engine.value().id == QLatin1String("cpu") ? QStringLiteral("cpu") : QStringLiteral("vulkan");
    r.device = engine.value().name;
    r.deviceType = engine.value().typeName;
    r.driver = engine.value().driver;
    r.cpuEmulation = engine.value().cpuEmulation;
    int longestPrompt = 0;
    std::vector<std::vector<int32_t>> prompts;
    for (const QString& p : s.prompts) {
        prompts.push_back(encodeText(*m[0].tokenizer, m[0].model->config(), p.toUtf8()));
        longestPrompt = std::max(longestPrompt, int(prompts.back().size()));
    }
    const int kv = std::max(
        { s.ctx, std::min(s.promptTokens, r.textTokens) + s.decodeTokens, longestPrompt + s.generateTokens });
    qint64 both = 0;
    for (int i = 0; i < 2; ++i) {
        sides[i]->kvBytes = kvCacheBytes(*m[i].model, kv, *kvType, engine.value());
        sides[i]->weightsBytes = qint64(m[i].model->weightsBytes());
        both += sides[i]->weightsBytes + sides[i]->kvBytes;
        if (auto fits = checkFits(files[i], sides[i]->weightsBytes, sides[i]->kvBytes, engine.value()); !fits)
            return fits.error();
    }
    // both are resident at once; each alone fits, so say which pair does not
    if (engine.value().memoryBytes > 0 && both > engine.value().memoryBytes)
        return checkFits(files[1], both - sides[1]->kvBytes, sides[1]->kvBytes, engine.value()).error();
    for (int i = 0; i < 2; ++i) {
        if (task.isCanceled())
            return canceled();
        auto b = createBackend(m[i].model, engine.value(), kv, *kvType);
        if (!b) {
            Error e = b.error();
            if (e.source.isEmpty())
                e.source = files[i];
            return e;
        }
        m[i].backend = std::move(b).value();
        // what the engine holds, once it is made (the estimates above only check that it fits)
        if (m[i].backend->weightsBytes() >= 0)
            sides[i]->weightsBytes = m[i].backend->weightsBytes();
        if (m[i].backend->kvCacheBytes() >= 0)
            sides[i]->kvBytes = m[i].backend->kvCacheBytes();
    }
    r.tooSmallToTime = std::max(r.a.parameters, r.b.parameters) < TimeableParameters;

    for (int i = 0; i < 2; ++i) {
        task.setStatus(Text::tr("Timing %1: prefill and decode").arg(QFileInfo(files[i]).fileName()));
        SubTask timing = step(speedUnits);
        if (auto t = measureSpeed(*sides[i], *m[i].backend, ids, s, timing); !t)
            return t.error();
    }

    task.setStatus(
        Text::tr("Perplexity and KL divergence over %1 chunks of %2 tokens").arg(r.textTokens / s.ctx).arg(s.ctx));
    SubTask quality = step(qualityUnits);
    auto c = Inference::compare(*m[0].backend, *m[1].backend, ids, s.ctx, m[0].model->config().bosId, quality);
    if (!c)
        return c.error();
    r.chunks = c.value().a.chunks;
    r.scored = c.value().a.scored;
    r.a.perplexity = c.value().a.perplexity;
    r.a.perplexityError = c.value().a.perplexityError;
    r.b.perplexity = c.value().b.perplexity;
    r.b.perplexityError = c.value().b.perplexityError;
    r.kldMean = c.value().kldMean;
    r.kldP99 = c.value().kldP99;
    r.kldMax = c.value().kldMax;
    r.top1Agreement = c.value().top1Agreement;
    r.kld = kldHistogram(c.value().kld);

    task.setStatus(Text::tr("Generating from %n prompt(s)", nullptr, int(prompts.size())));
    SubTask generating = step(genUnits);
    for (size_t p = 0; p < prompts.size(); ++p) {
        Inference::GenerateOptions o;
        o.maxTokens = s.generateTokens;
        o.sampler.temperature = float(s.temperature);
        o.sampler.seed = s.seed;
        std::vector<int32_t> out[2];
        for (int i = 0; i < 2; ++i) {
            auto g = Inference::generate(*m[i].backend, prompts[p], o, generating);
            if (!g)
                return g.error();
            if (g.value().canceled)
                return canceled();
            out[i] = g.value().tokens;
        }
        Generation gen;
        gen.prompt = s.prompts[qsizetype(p)];
        gen.a = decodeIds(*m[0].tokenizer, out[0]);
        gen.b = decodeIds(*m[1].tokenizer, out[1]);
        if (gen.a != gen.b) // where the texts part (tokens may differ while the text they spell still agrees)
            gen.firstDivergence
                = int(std::mismatch(gen.a.begin(), gen.a.end(), gen.b.begin(), gen.b.end()).first - gen.a.begin());
        r.generations.push_back(gen);
        generating.setProgress(qint64(p + 1), qint64(prompts.size()));
    }
    task.setProgress(total, total);
    r.date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return r;
}

} // namespace Ab
