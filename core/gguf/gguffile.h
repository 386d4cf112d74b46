// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/gguf/tensortype.h"
#include "core/gguf/value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

class QFile;

namespace Gguf {

/** One tensor as the file describes it, validated: its bytes lie inside the data section and overlap no other. */
struct TensorInfo
{
    QByteArray name;
    std::vector<uint64_t> dims; // ggml order: dims[0] is the contiguous (row) dimension; 1..4 entries, each >= 1
    TensorType type = TensorType::F32;
    uint64_t offset = 0; // relative to the data section, a multiple of the file's alignment
    uint64_t bytes = 0; // stored size
    uint64_t fileOffset = 0; // absolute position in the file

    uint64_t elements() const;
    /** Elements per row (dims[0]) and number of rows (the product of the other dims). */
    uint64_t rowLength() const { return dims.empty() ? 0 : dims[0]; }
    uint64_t rows() const;
};

/** One metadata key/value pair, in file order. */
struct MetadataEntry
{
    QByteArray key;
    Value value;
    uint64_t fileOffset = 0; // where the key starts
};

/**
 * A GGUF file (version 2 or 3), memory-mapped read-only and validated completely in open(): header, every metadata
 * value (arrays nest), tensor infos, alignment (general.alignment, default 32) and the data section. Nothing is read
 * outside the file, whatever it claims; a bad file gives an Error naming the file, the key or tensor at fault and the
 * byte offset.
 *
 * Immutable after open(): safe to share between threads (shared_ptr<const File>). Tensor data spans point into the
 * mapping and stay valid as long as the File lives.
 */
class File
{
public:
    static constexpr uint32_t DefaultAlignment = 32;
    /** Most tensor dimensions ggml supports. */
    static constexpr int MaxDims = 4;

    /** Maps and validates `path`. Error::Io when it cannot be opened or mapped, Error::Parse when malformed. */
    static Result<std::shared_ptr<const File>> open(const QString& path);
    /** Same validation over bytes in memory (tests, small files); `sourceName` names it in errors. */
    static Result<std::shared_ptr<const File>> fromBytes(QByteArray bytes, const QString& sourceName);

    ~File();
    File(const File&) = delete;
    File& operator=(const File&) = delete;

    QString path() const { return m_path; }
    uint32_t version() const { return m_version; }
    uint64_t alignment() const { return m_alignment; }
    uint64_t dataOffset() const { return m_dataOffset; }
    uint64_t fileSize() const { return m_size; }
    /** The whole mapped file. */
    std::span<const std::byte> bytes() const { return { m_base, size_t(m_size) }; }

    const std::vector<MetadataEntry>& metadata() const { return m_metadata; }
    /** The value of `key`, or nullptr. */
    const Value* find(QByteArrayView key) const;

    // Typed accessors: Error::Schema naming the key when it is missing or of another type.
    /** A string value. */
    Result<QString> string(QByteArrayView key) const;
    /** Any integer type (or bool) that is >= 0. */
    Result<uint64_t> uint(QByteArrayView key) const;
    /** Any integer type (or bool) that fits int64. */
    Result<int64_t> integer(QByteArrayView key) const;
    /** Any integer or float type. */
    Result<double> number(QByteArrayView key) const;
    Result<bool> boolean(QByteArrayView key) const;
    /** An array of strings (bytes as stored). */
    Result<std::vector<QByteArray>> strings(QByteArrayView key) const;
    /** An array of any float or integer type, converted to float. */
    Result<std::vector<float>> floats(QByteArrayView key) const;
    /** An array of any integer type. */
    Result<std::vector<int64_t>> integers(QByteArrayView key) const;

    const std::vector<TensorInfo>& tensors() const { return m_tensors; }
    /** The tensor named `name`, or nullptr. */
    const TensorInfo* tensor(QByteArrayView name) const;
    /** The stored bytes of a tensor of this file (validated at open, always in bounds). */
    std::span<const std::byte> data(const TensorInfo& t) const;
    /** The stored bytes of the tensor `name`; Error::Schema when there is none. */
    Result<std::span<const std::byte>> tensorData(QByteArrayView name) const;

    /** An error about this file: "path: field "x": message (at byte N)". */
    Error error(Error::Code code, const QString& message, const QString& field = {}, qint64 offset = -1) const;

private:
    File() = default;
    Result<void> parse();

    QString m_path;
    std::unique_ptr<QFile> m_file;
    QByteArray m_buffer; // fromBytes()
    const std::byte* m_base = nullptr;
    uint64_t m_size = 0;
    uint32_t m_version = 0;
    uint64_t m_alignment = DefaultAlignment;
    uint64_t m_dataOffset = 0;
    std::vector<MetadataEntry> m_metadata;
    QHash<QByteArray, int> m_metadataIndex;
    std::vector<TensorInfo> m_tensors;
    QHash<QByteArray, int> m_tensorIndex;
};

} // namespace Gguf
