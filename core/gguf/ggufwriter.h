// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/common/result.h"
#include "core/gguf/tensortype.h"
#include "core/gguf/value.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

class QIODevice;
class TaskContext;

namespace Gguf {

/**
 * Builds a GGUF v3 file: metadata in insertion order, tensor infos, then each tensor's data padded to the alignment
 * (as ggml's gguf writer lays it out). Tensor data is given up front or produced on demand while writing, so a
 * multi-gigabyte file never has to be in memory at once. Not thread-safe; use from one thread.
 */
class Writer
{
public:
    Writer();

    /** Alignment of the data section and of each tensor (power of two). A value other than 32 is also written as
     * general.alignment (uint32). */
    void setAlignment(uint32_t alignment);
    uint32_t alignment() const { return m_alignment; }

    /** Sets `key`; a key set before keeps its position and takes the new value. */
    void set(const QByteArray& key, Value value);
    void setString(const QByteArray& key, const QString& value) { set(key, Value::fromString(value.toUtf8())); }
    void setUInt32(const QByteArray& key, uint32_t v) { set(key, Value::fromUInt(ValueType::UInt32, v)); }
    void setFloat32(const QByteArray& key, float v) { set(key, Value::fromFloat(ValueType::Float32, v)); }
    void setBool(const QByteArray& key, bool v) { set(key, Value::fromBool(v)); }
    bool contains(const QByteArray& key) const;

    /** A tensor whose data is `data` (exactly the stored size for `type` and `dims`, checked in write()). */
    void addTensor(const QByteArray& name, TensorType type, std::vector<uint64_t> dims, QByteArray data);
    /** A tensor whose data `produce` returns when write() reaches it (called once, in tensor order). */
    void addTensor(const QByteArray& name, TensorType type, std::vector<uint64_t> dims,
        std::function<Result<QByteArray>()> produce);

    /** Writes to `path` (through a temporary file renamed at the end). Error::Io names the path; Error::Schema when a
     * tensor's data has the wrong size or its row length is not a multiple of its type's block. Checks `ctx` between
     * tensors when given. */
    Result<void> write(const QString& path, TaskContext* ctx = nullptr) const;
    /** The whole file in memory (small files, tests). */
    Result<QByteArray> toBytes() const;

private:
    struct Tensor
    {
        QByteArray name;
        TensorType type;
        std::vector<uint64_t> dims;
        QByteArray data;
        std::function<Result<QByteArray>()> produce;
        uint64_t bytes = 0;
    };
    Result<void> writeTo(QIODevice& out, const QString& name, TaskContext* ctx) const;

    uint32_t m_alignment = 32;
    std::vector<std::pair<QByteArray, Value>> m_metadata;
    std::vector<Tensor> m_tensors;
};

} // namespace Gguf
