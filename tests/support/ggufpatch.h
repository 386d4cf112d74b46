// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstring>

/** For the bad-input tests: GGUF files broken on purpose. */
namespace GgufPatch {

/**
 * Copies `from` to `to` with the type id of 2-D tensor `name` set to `type` (the tensor info is the name, then
 * n_dims u32, the dims u64 each, then the type u32). Pick a type of the same size per element, so that only the type
 * is wrong (F32 → I32). False when the tensor is not found or a file cannot be written.
 */
inline bool setTensorType(const QString& from, const QString& to, const QByteArray& name, uint32_t type)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = in.readAll();
    const qsizetype at = bytes.indexOf(name);
    if (at < 0)
        return false;
    const qsizetype typeAt = at + name.size() + 4 + 2 * 8;
    std::memcpy(bytes.data() + typeAt, &type, 4);
    QFile out(to);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

/** Copies `from` to `to` with the first occurrence of `what` after `anchor` replaced by `with` of the same length (a
 * metadata string's value after its key, such as general.architecture's). False when it is not found or a file cannot
 * be written. */
inline bool replaceBytes(
    const QString& from, const QString& to, const QByteArray& anchor, const QByteArray& what, const QByteArray& with)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly) || what.size() != with.size())
        return false;
    QByteArray bytes = in.readAll();
    const qsizetype key = bytes.indexOf(anchor);
    const qsizetype at = key < 0 ? -1 : bytes.indexOf(what, key + anchor.size());
    if (at < 0)
        return false;
    bytes.replace(at, what.size(), with);
    QFile out(to);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

} // namespace GgufPatch
