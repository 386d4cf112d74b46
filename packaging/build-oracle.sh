#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# Builds the test oracle, llama.cpp from ../shared/oracles (CPU only: llama-quantize and llama-perplexity), into the
# data cache, for the differential tests (decoders against llama-quantize's F32 output, perplexity against
# llama-perplexity). Its code never goes into Inferometer. Idempotent: a verified build is kept. Without the shared
# folder it says so and does nothing (the tests that need it skip, saying why).
# Cache: $INFEROMETER_CACHE_DIR, else ${XDG_CACHE_HOME:-~/.cache}/inferometer; the oracle in oracle/.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${INFEROMETER_SHARED_DIR:-$root/../shared}
cache=${INFEROMETER_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/inferometer}
tarball="$shared/oracles/llama.cpp-c392e509.tar.gz"
sha=f5b6ac484467b611a687d4d5d30ff13be391fd0cb57e1f34c5e3e73d6de46552
dir="$cache/oracle"
stamp="$dir/build/.built-$sha"

if [ ! -f "$tarball" ]; then
  echo "build-oracle: $tarball is absent; the oracle tests will skip"
  exit 0
fi
if [ -f "$stamp" ] && [ -x "$dir/build/bin/llama-quantize" ] && [ -x "$dir/build/bin/llama-perplexity" ]; then
  echo "build-oracle: llama.cpp oracle already built in $dir/build"
  exit 0
fi
echo "$sha  $tarball" | sha256sum -c --quiet - || { echo "build-oracle: $tarball does not match its sha256" >&2; exit 1; }
mkdir -p "$dir"
rm -rf "$dir/llama.cpp-c392e509" "$dir/build"
tar -xzf "$tarball" -C "$dir"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$dir/llama.cpp-c392e509" -B "$dir/build" -DCMAKE_BUILD_TYPE=Release -DLLAMA_BUILD_TESTS=OFF \
  -DLLAMA_CURL=OFF -DGGML_VULKAN=OFF -DGGML_NATIVE=OFF "${launcher[@]}" >/dev/null
cmake --build "$dir/build" -j "${JOBS:-$(nproc)}" --target llama-quantize llama-perplexity >/dev/null
touch "$stamp"
echo "build-oracle: llama.cpp oracle built in $dir/build"
