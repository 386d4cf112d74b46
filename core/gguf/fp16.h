// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include <cstdint>
#include <cmath>
#include <cstring>

/** IEEE half precision conversions exactly as ggml's portable ones (ggml-impl.h, from the FP16 library):
 * fp32 -> fp16 rounds to nearest, ties to even; NaN stays NaN; overflow becomes infinity. Same bits as F16C's
 * _cvtss_sh(x, 0), which llama.cpp uses on x86. */
namespace Gguf {

inline float bitsToFloat(uint32_t w)
{
    float f;
    std::memcpy(&f, &w, 4);
    return f;
}

inline uint32_t floatToBits(float f)
{
    uint32_t w;
    std::memcpy(&w, &f, 4);
    return w;
}

inline float fp16ToFp32(uint16_t h)
{
    const uint32_t w = uint32_t(h) << 16;
    const uint32_t sign = w & 0x80000000u;
    const uint32_t twoW = w + w;
    const uint32_t expOffset = 0xE0u << 23;
    const float expScale = 0x1.0p-112f;
    const float normalized = bitsToFloat((twoW >> 4) + expOffset) * expScale;
    const uint32_t magicMask = 126u << 23;
    const float magicBias = 0.5f;
    const float denormalized = bitsToFloat((twoW >> 17) | magicMask) - magicBias;
    const uint32_t denormalizedCutoff = 1u << 27;
    const uint32_t result = sign | (twoW < denormalizedCutoff ? floatToBits(denormalized) : floatToBits(normalized));
    return bitsToFloat(result);
}

inline uint16_t fp32ToFp16(float f)
{
    const float scaleToInf = 0x1.0p+112f;
    const float scaleToZero = 0x1.0p-110f;
    float base = (std::fabs(f) * scaleToInf) * scaleToZero;
    const uint32_t w = floatToBits(f);
    const uint32_t shl1W = w + w;
    const uint32_t sign = w & 0x80000000u;
    uint32_t bias = shl1W & 0xFF000000u;
    if (bias < 0x71000000u)
        bias = 0x71000000u;
    base = bitsToFloat((bias >> 1) + 0x07800000u) + base;
    const uint32_t bits = floatToBits(base);
    const uint32_t expBits = (bits >> 13) & 0x00007C00u;
    const uint32_t mantissaBits = bits & 0x00000FFFu;
    const uint32_t nonsign = expBits + mantissaBits;
    return uint16_t((sign >> 16) | (shl1W > 0xFF000000u ? 0x7E00u : nonsign));
}

} // namespace Gguf
