// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Inferometer authors
// Test oracle: reads a GGUF file with Hugging Face's parser (@huggingface/gguf, NODE_PATH from fetch-data.sh) and
// prints what it found as one JSON object: the llama.* and general.* metadata, the tokenizer's model and vocabulary
// size, and every tensor (name, dimensions, ggml type id, data offset), 64-bit numbers as strings.
"use strict";
const { gguf } = require("@huggingface/gguf");

(async () => {
  const r = await gguf(process.argv[2], { allowLocalFile: true });
  const md = r.metadata;
  const metadata = {};
  for (const [k, v] of Object.entries(md))
    if (k.startsWith("llama.") || k.startsWith("general.") || k === "version" || k === "tensor_count" || k === "kv_count")
      metadata[k] = typeof v === "bigint" ? v.toString() : v;
  const out = {
    metadata,
    tokenizerModel: md["tokenizer.ggml.model"],
    tokens: (md["tokenizer.ggml.tokens"] || []).length,
    scores: (md["tokenizer.ggml.scores"] || []).length,
    tensors: r.tensorInfos.map((t) => ({
      name: t.name,
      dims: t.shape.map((d) => d.toString()),
      type: t.dtype,
      offset: t.offset.toString(),
    })),
  };
  process.stdout.write(JSON.stringify(out) + "\n");
})().catch((e) => {
  process.stdout.write("ERROR " + e.message + "\n");
  process.exit(1);
});
