// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <QString>

#include <cstdint>
#include <cstring>
#include <optional>

namespace Gguf {

/** ggml tensor types, numbered as in ggml.h (the numbers are what GGUF files store). */
enum class TensorType : uint32_t {
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q4_1 = 3,
    Q5_0 = 6,
    Q5_1 = 7,
    Q8_0 = 8,
    Q8_1 = 9,
    Q2_K = 10,
    Q3_K = 11,
    Q4_K = 12,
    Q5_K = 13,
    Q6_K = 14,
    Q8_K = 15,
    IQ4_NL = 20,
    I8 = 24,
    I16 = 25,
    I32 = 26,
    I64 = 27,
    F64 = 28,
    BF16 = 30,
};

/** Block geometry of a type: `blockSize` elements are stored in `blockBytes` bytes. */
struct TypeTraits
{
    TensorType type;
    const char* name; // ggml's name: "f32", "q8_0", ...
    int blockSize;
    int blockBytes;
};

/** Traits of a type this reader knows the layout of; nullopt for an unknown type number. */
std::optional<TypeTraits> traits(uint32_t type);
inline std::optional<TypeTraits> traits(TensorType type)
{
    return traits(static_cast<uint32_t>(type));
}
/** "f32", "q4_0", ... or "type 99" for an unknown number. */
QString typeName(TensorType type);
/** Parses "f32", "F16", "q8_0", ... (case-insensitive). */
std::optional<TensorType> parseTypeName(const QString& name);

/** Bytes of one row of `n` elements; nullopt when n is not a multiple of the block size or the type is unknown. */
std::optional<uint64_t> rowBytes(TensorType type, uint64_t n);

/** A block of a quantized type read from unaligned bytes. */
template <class Block>
Block loadBlock(const std::byte* p)
{
    Block b;
    std::memcpy(&b, p, sizeof(Block));
    return b;
}

// Block layouts shared with ggml (ggml-common.h); fp16 stored as uint16_t.
constexpr int QK4_0 = 32;
constexpr int QK4_1 = 32;
constexpr int QK5_0 = 32;
constexpr int QK5_1 = 32;
constexpr int QK8_0 = 32;
constexpr int QK_K_SIZE = 256; // elements of a K-quant super-block

struct BlockQ4_0
{
    uint16_t d;
    uint8_t qs[QK4_0 / 2]; // element j in the low nibble of qs[j], element j+16 in the high nibble
};
static_assert(sizeof(BlockQ4_0) == 18);
struct BlockQ4_1
{
    uint16_t d;
    uint16_t m;
    uint8_t qs[QK4_1 / 2];
};
static_assert(sizeof(BlockQ4_1) == 20);
struct BlockQ5_0
{
    uint16_t d;
    uint8_t qh[4];
    uint8_t qs[QK5_0 / 2];
};
static_assert(sizeof(BlockQ5_0) == 22);
struct BlockQ5_1
{
    uint16_t d;
    uint16_t m;
    uint8_t qh[4];
    uint8_t qs[QK5_1 / 2];
};
static_assert(sizeof(BlockQ5_1) == 24);
struct BlockQ8_0
{
    uint16_t d;
    int8_t qs[QK8_0];
};
static_assert(sizeof(BlockQ8_0) == 34);

} // namespace Gguf
