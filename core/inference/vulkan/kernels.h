// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
#pragma once

#include "core/inference/vulkan/pipeline.h"

#include <vulkan/vulkan.h>

#include <cstdint>

namespace Inference {

class VulkanContext;
struct Pipeline;

/** Weight types as the matmul kernels read them (weightpacker.h has the layout). F16 and BF16 are widened to F32 on
 * upload; every other quantized type is repacked with a scale per 16 elements (shaders/types.glsl): Sub4 (quants of 4
 * bits with an offset: Q4_K, Q4_1, Q3_K, Q2_K), Sub6 (signed quants of 6 bits without one: Q6_K, Q5_0) or Sub8 (the
 * rest: Q5_K, Q5_1, IQ4_NL, and mixes such as Q4_K with Q6_K). */
enum class WeightType : uint32_t { F32, Q8_0, Q4_0, Sub4, Sub8, Sub6 };
/** Epilogues of the matmul kernel (shaders/types.glsl MODE_*). */
enum class MatmulMode : uint32_t { Store = 0, Add = 1, Qkv = 2, Swiglu = 3, Geglu = 4 };

/** Push constants of shaders/matmul.glsl, field for field. */
struct MatmulPush
{
    uint32_t rows = 0;
    uint32_t nb = 0;
    uint32_t kReal = 0;
    uint32_t xStride = 0; // vec4s
    uint32_t xTok0 = 0;
    uint32_t outStride = 0; // floats
    uint32_t outTok0 = 0;
    uint32_t nTok = 0;
    float eps = 0.0f;
    uint32_t nq = 0;
    uint32_t nkv = 0;
    uint32_t headDim = 0;
    float softcap = 0.0f; // Store: y = softcap * tanh(y / softcap) when > 0
};
static_assert(sizeof(MatmulPush) == 52, "matches the PC block of shaders/matmul.glsl");

/** Push constants of shaders/attention_f32.comp. */
struct AttentionPush
{
    uint32_t nHead = 0;
    uint32_t nHeadKv = 0;
    uint32_t headDim = 0;
    uint32_t qStride = 0; // vec4s
    uint32_t outStride = 0; // floats
    uint32_t ctxStride = 0; // floats
    uint32_t nkv = 0;
    uint32_t xTok0 = 0;
    float scale = 0.0f;
    uint32_t window = 0; // sliding-window attention (phi3, gemma2): the last `window` positions; 0: all
    float softcap = 0.0f; // scores soft-capped (gemma2) when > 0
};
static_assert(sizeof(AttentionPush) == 44, "matches the PC block of shaders/attention_f32.comp");

/** Push constants of shaders/get_rows.glsl. */
struct GetRowsPush
{
    uint32_t rowBytes = 0; // bytes per GGUF row; for the packed types, 32-blocks per row
    uint32_t k = 0;
    uint32_t outStride = 0; // floats
    uint32_t tok0 = 0;
    float scale = 1.0f; // gemma2: sqrt(n_embd)
};
static_assert(sizeof(GetRowsPush) == 20, "matches the PC block of shaders/get_rows.glsl");

/** Push constants of shaders/rms_norm_add.comp. */
struct NormAddPush
{
    uint32_t n = 0;
    uint32_t stride = 0; // floats
    float eps = 0.0f;
    uint32_t pad = 0;
};
static_assert(sizeof(NormAddPush) == 16, "matches the PC block of shaders/rms_norm_add.comp");

/** Push constants of shaders/log_softmax_f32.comp. */
struct LogSoftmaxPush
{
    uint32_t vocab = 0;
    uint32_t stride = 0;
    uint32_t targets = 0;
    uint32_t pad = 0;
};
static_assert(sizeof(LogSoftmaxPush) == 16, "matches the PC block of shaders/log_softmax_f32.comp");

/** Parameters block the host writes before each submit (shaders/types.glsl PARAMS_BLOCK), followed by token ids. */
struct ParamsHeader
{
    uint32_t pos = 0;
    uint32_t nTokens = 0;
    uint32_t pad[2] = { 0, 0 };
};
static_assert(sizeof(ParamsHeader) == 16);

/** Workgroup shapes, chosen per device: rows per workgroup (G, also the weight layout's group), split-K slices (S),
 * tokens per matmul tile in batches, attention threads. Environment overrides for tuning: INFEROMETER_VK_ROWS,
 * INFEROMETER_VK_SPLITS, INFEROMETER_VK_TILE, INFEROMETER_VK_ATTN_THREADS (attention_f32's workgroup, at most 1024). */
struct KernelShape
{
    uint32_t rows = 8;
    uint32_t splits = 1;
    uint32_t tile = 8;
    uint32_t attentionThreads = 64;
    /** CPU devices: shaders/matmulk.glsl (lanes split a row, input kept in registers, rows row-major) instead of
     * shaders/matmul.glsl (a lane per row, rows interleaved by `rows`). INFEROMETER_VK_KERNEL=rows|lanes overrides. */
    bool lanesOverK = false;
    uint32_t lanes = 8; // matmulk: the subgroup size
    uint32_t rowsPerWorkgroup = 128; // matmulk: most rows per workgroup (even); fewer for small matrices
    /** GPUs: shaders/matmulv.glsl (a workgroup of coopThreads lanes cooperates on coopRows rows, coalesced 16-byte
     * loads, subgroupAdd; rows row-major). Default on non-CPU devices; INFEROMETER_VK_KERNEL=coop selects it anywhere,
     * INFEROMETER_VK_COOP_THREADS and INFEROMETER_VK_COOP_ROWS tune it. Takes precedence over lanesOverK. */
    bool cooperative = false;
    uint32_t coopThreads = 64;
    uint32_t coopRows = 4; // even: RoPE and SwiGLU pairs share a workgroup

    static KernelShape forDevice(const VulkanContext& ctx);
    /** Rows per group of the weight layout the matmul kernel reads (weightpacker.h). */
    uint32_t layoutGroup() const { return lanesOverK || cooperative ? 1 : rows; }
    /** Tokens per matmul workgroup for a dispatch of nTok tokens and rows of nb blocks. */
    uint32_t tileFor(uint32_t nb, uint32_t nTok) const;
    /** Workgroups along x for `rows` output rows. */
    uint32_t groupsFor(uint32_t rows) const;
    /** matmulk: rows per workgroup for a matrix of `rows` rows: at most rowsPerWorkgroup, and at least 8 workgroups
     * when the matrix is small (every CPU thread gets work). */
    uint32_t rowsPerGroupFor(uint32_t rows) const;
};

/** Bindings: 0 quants, 1 scales, 2 input (uniform), 3 norm weight (uniform), 4 out, 5 K cache, 6 V cache, 7 RoPE
 * table, 8 params. `tileTokens` is 1 for decode pipelines. */
PipelineDesc matmulDesc(WeightType type, MatmulMode mode, bool norm, uint32_t tileTokens, const KernelShape& shape,
    uint32_t nb, uint32_t rows);
/** Bindings: 0 q (uniform), 1 K cache, 2 V cache, 3 scores scratch, 4 out, 5 params. With lanesOverK the online-
 * softmax kernel for CPU devices (shaders/attentionk_f32.comp), specialized for `headDim`; `kvHalf`: the caches hold
 * F16 (its texel views are RGBA16F; attention_f32 reads them by the params' pKvHalf). */
PipelineDesc attentionDesc(const KernelShape& shape, uint32_t headDim, bool kvHalf = false);
/** Bindings: 0 raw GGUF rows, 1 out, 2 params, for `type` F32, Q8_0 or Q4_0 (GGUF's own rows); for Sub4, Sub6 and
 * Sub8, 0 quants, 1 scales (weightpacker.h, rows row-major), 2 out, 3 params, with GetRowsPush::rowBytes the blocks
 * per row. */
PipelineDesc getRowsDesc(WeightType type);
constexpr uint32_t getRowsThreads = 64;
/** Bindings: 0 logits, 1 out (a float per token), 2 params (targets among the token ids). One workgroup per token:
 * one subgroup on CPU devices, 256 lanes on GPUs. */
PipelineDesc logSoftmaxDesc(const KernelShape& shape);

/** Bindings: 0 y, 1 norm weight, 2 x (in/out). One workgroup per token. */
PipelineDesc normAddDesc(const KernelShape& shape);

/** Binds and dispatches. */
void recordDispatch(VkCommandBuffer cb, const Pipeline& p, VkDescriptorSet set, const void* push, uint32_t gx,
    uint32_t gy = 1, uint32_t gz = 1);
/** Every compute write before it is visible to every compute read/write after it (RAW, WAR, WAW between dispatches). */
void recordComputeBarrier(VkCommandBuffer cb);

} // namespace Inference
