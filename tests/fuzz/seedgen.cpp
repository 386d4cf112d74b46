// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors

// fuzz_seedgen OUTDIR: writes the seeds that no fixture holds as a small file, for run-fuzzers.sh:
//   OUTDIR/workspace/  a fresh workspace
//   OUTDIR/gguf/       the models of ../shared/models with all their metadata (tokenizer included) but only their
//                      smallest tensors, and the raw head of one model
//   OUTDIR/tiktoken/   the first lines of the built-in cl100k_base.tiktoken, when fetch-data.sh fetched it

#include "core/gguf/gguffile.h"
#include "core/gguf/ggufwriter.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray head(const QString& path, qint64 n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

/** The model at `path` with every metadata key and as many of its smallest tensors as fit in `budget` bytes. */
QByteArray smallCopy(const QString& path, qint64 budget)
{
    auto file = Gguf::File::open(path);
    if (!file.ok())
        return {};
    const Gguf::File& f = *file.value();
    Gguf::Writer w;
    w.setAlignment(uint32_t(f.alignment()));
    for (const Gguf::MetadataEntry& m : f.metadata())
        if (m.key != "general.alignment")
            w.set(m.key, m.value);
    std::vector<const Gguf::TensorInfo*> tensors;
    for (const Gguf::TensorInfo& t : f.tensors())
        tensors.push_back(&t);
    std::sort(tensors.begin(), tensors.end(), [](auto* a, auto* b) { return a->bytes < b->bytes; });
    for (const Gguf::TensorInfo* t : tensors) {
        if (qint64(t->bytes) > budget)
            break;
        budget -= qint64(t->bytes);
        const auto data = f.data(*t);
        w.addTensor(
            t->name, t->type, t->dims, QByteArray(reinterpret_cast<const char*>(data.data()), qsizetype(data.size())));
    }
    auto bytes = w.toBytes();
    return bytes.ok() ? bytes.value() : QByteArray();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seedgen OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char* sub : { "workspace", "gguf", "tiktoken" })
        out.mkpath(QLatin1String(sub));

    const QString wsPath = out.filePath(QStringLiteral("workspace/fresh.inferometer"));
    QFile::remove(wsPath);
    {
        auto ws = Store::Workspace::open(wsPath);
        if (!ws.ok()) {
            std::fprintf(stderr, "fuzz_seedgen: %s\n", qPrintable(ws.error().toString()));
            return 1;
        }
    }
    QFile::remove(wsPath + QStringLiteral("-wal"));
    QFile::remove(wsPath + QStringLiteral("-shm"));

    const QDir models(QStringLiteral(SHARED_DIR "/models"));
    for (const char* name : { "stories260K-Q4_0", "stories260K-wide-Q4_K_M", "stories260K-wide-qwen2-Q4_K_M" }) {
        const QByteArray bytes = smallCopy(models.filePath(QLatin1String(name) + QStringLiteral(".gguf")), 8192);
        if (!bytes.isEmpty() && bytes.size() <= 64 * 1024)
            write(out.filePath(QStringLiteral("gguf/") + QLatin1String(name) + QStringLiteral("-small.gguf")), bytes);
    }
    const QByteArray raw = head(models.filePath(QStringLiteral("stories260K-Q8_0.gguf")), 32 * 1024);
    if (!raw.isEmpty())
        write(out.filePath(QStringLiteral("gguf/stories260K-Q8_0-head.gguf")), raw);

    QByteArray vocab = head(QStringLiteral(TOKENIZER_CACHE_DIR "/cl100k_base.tiktoken"), 24 * 1024);
    if (!vocab.isEmpty()) {
        vocab.truncate(vocab.lastIndexOf('\n') + 1);
        write(out.filePath(QStringLiteral("tiktoken/cl100k_base-head.tiktoken")), vocab);
    }
    return 0;
}
