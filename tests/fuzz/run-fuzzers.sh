#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]
# Configures and builds the "fuzz" preset (clang, libFuzzer, ASan, UBSan), then runs each target (all of them when
# none is named; names as in tests/fuzz/CMakeLists.txt, with or without the fuzz_ prefix) for SECONDS on its corpus,
# seeded from the test fixtures, and prints a table: executions, coverage, corpus size and findings (crash, leak,
# timeout and out-of-memory files). Exits 1 when any target found something, 2 on a usage or build error.
# Environment: FUZZ_BUILD_DIR (default ./build-fuzz), FUZZ_WORK_DIR (corpora, logs, findings; default
# $FUZZ_BUILD_DIR/fuzz-work, kept between runs so that corpora grow), JOBS (build, default 2), FUZZ_PARALLEL
# (targets run at once, default 1), FUZZ_ARGS (more libFuzzer options), INFEROMETER_SHARED_DIR.
set -euo pipefail

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ]; then
  echo "usage: $0 SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
work=${FUZZ_WORK_DIR:-$build/fuzz-work}
jobs=${JOBS:-2}
parallel=${FUZZ_PARALLEL:-1}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}

cmake_args=(--preset fuzz -B "$build")
[ -n "${INFEROMETER_SHARED_DIR:-}" ] && cmake_args+=(-DINFEROMETER_SHARED_DIR="$INFEROMETER_SHARED_DIR")
(cd "$root" && cmake "${cmake_args[@]}" >/dev/null) || { echo "run-fuzzers: configure failed" >&2; exit 2; }
cmake --build "$build" --target fuzzers -j "$jobs" || { echo "run-fuzzers: build failed" >&2; exit 2; }

fuzzdir=$build/tests/fuzz
manifest=$fuzzdir/fuzzers.tsv
"$fuzzdir/fuzz_seedgen" "$fuzzdir/seeds" || { echo "run-fuzzers: fuzz_seedgen failed" >&2; exit 2; }

# The targets to run: every line of the manifest, or those named.
declare -A maxlen seeds
all=()
while IFS=$'\t' read -r name len rest; do
  [ -n "$name" ] || continue
  all+=("$name")
  maxlen[$name]=$len
  seeds[$name]=$rest
done <"$manifest"
targets=()
if [ $# -eq 0 ]; then
  targets=("${all[@]}")
else
  for t in "$@"; do
    [[ $t == fuzz_* ]] || t=fuzz_$t
    t=${t//-/_}
    if [ -z "${maxlen[$t]:-}" ]; then
      echo "run-fuzzers: no target $t; known: ${all[*]}" >&2
      exit 2
    fi
    targets+=("$t")
  done
fi

stamp=$(date +%Y%m%d-%H%M%S)
mkdir -p "$work/logs/$stamp"

# Copies a target's seeds (files; folders: their files) into its corpus, each cut to the target's -max_len.
seed_corpus() {
  local t=$1 corpus=$2 len=${maxlen[$1]} s f
  local -a list
  IFS=$'\t' read -r -a list <<<"${seeds[$t]}"
  for s in "${list[@]}"; do
    if [ -d "$s" ]; then
      for f in "$s"/*; do [ -f "$f" ] && head -c "$len" "$f" >"$corpus/seed-$(basename "$f")"; done
    elif [ -f "$s" ]; then
      head -c "$len" "$s" >"$corpus/seed-$(basename "$s")"
    fi
  done
  return 0
}

run_one() {
  local t=$1 corpus=$work/corpus/$1 found=$work/findings/$stamp/$1/ log=$work/logs/$stamp/$1.log rc=0
  mkdir -p "$corpus" "$found"
  seed_corpus "$t" "$corpus"
  # shellcheck disable=SC2086
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
    timeout -k 10 $((seconds + 300)) "$fuzzdir/$t" -max_len="${maxlen[$t]}" -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$found" ${FUZZ_ARGS:-} "$corpus" \
    >"$log" 2>&1 || rc=$?
  echo "$rc" >"$log.rc"
}

echo "run-fuzzers: ${#targets[@]} target(s), ${seconds} s each, $parallel at once; logs in $work/logs/$stamp"
running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

status=0
printf '%-32s %12s %6s %8s %7s %8s %7s  %s\n' target executions secs exec/s cov ft corpus findings
for t in "${targets[@]}"; do
  log=$work/logs/$stamp/$t.log
  rc=$(cat "$log.rc" 2>/dev/null || echo '?')
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  secs=$(sed -n 's/.*Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  corpus=$(find "$work/corpus/$t" -type f | wc -l)
  found=()
  for f in "$work/findings/$stamp/$t"/{crash,leak,timeout,oom}-*; do
    [ -e "$f" ] && found+=("$(basename "$f")")
  done
  what=${found[*]:-none}
  if [ ${#found[@]} -gt 0 ] || [ "$rc" != 0 ]; then
    status=1
    [ ${#found[@]} -gt 0 ] || what="exit $rc, see $log"
    what="$what ($work/findings/$stamp/$t)"
  fi
  printf '%-32s %12s %6s %8s %7s %8s %7s  %s\n' "$t" "${execs:-?}" "${secs:-$seconds}" "${rate:-?}" "${cov:-?}" \
    "${ft:-?}" "$corpus" "$what"
done
if [ $status -ne 0 ]; then
  echo "run-fuzzers: findings; reproduce with: $fuzzdir/TARGET FILE (logs: $work/logs/$stamp)" >&2
fi
exit $status
