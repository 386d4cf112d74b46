#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# One-command set-up on Debian 12 (run as root on a fresh machine): installs what is missing, builds, then
#   run    starts the GUI on the demo workspace (generated on first use)
#   test   runs the whole test suite through ctest, then every fuzz target for FUZZ_SECONDS (default 10) each
#   bench  builds and runs the benchmarks (prints tables)
#   asan   builds the "asan" CMake preset (ASan + UBSan, into build-asan/) and runs the whole test suite under it
# Environment: BUILD_DIR (default ./build), JOBS (default: number of cores), INFEROMETER_SHARED_DIR,
# INFEROMETER_ALLOW_SKIPS=1 (test, asan: skipped tests do not fail the run), FUZZ_SECONDS (test: per fuzz target, 0: none).
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
jobs=${JOBS:-$(nproc)}

# phase times on stderr, so that a slow CI run shows where its minutes went
phase_start=$SECONDS
phase() { echo "setup: $1 took $((SECONDS - phase_start)) s" >&2; phase_start=$SECONDS; }

bash "$root/packaging/install-deps.sh"
bash "$root/packaging/fetch-data.sh"
phase "installing packages and data"

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
shared_args=()
[ -n "${INFEROMETER_SHARED_DIR:-}" ] && shared_args+=(-DINFEROMETER_SHARED_DIR="$INFEROMETER_SHARED_DIR")
if [ "$mode" != asan ]; then # asan builds its own preset into build-asan/
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${shared_args[@]}"
  cmake --build "$build" -j "$jobs"
  phase "the build"
fi

# A test that skipped anything exits with 77 (tests/support/testmain.h) and ctest counts it as "Skipped", not as
# failed. test and asan must prove that the oracles, ../shared and the Vulkan tests ran: any skip fails them, naming
# the tests and their QtTest SKIP lines, unless INFEROMETER_ALLOW_SKIPS=1 (a machine without them; README).
# check_skips JUNIT STATUS prints the status to exit with.
check_skips() {
  local junit=$1 status=$2 skips
  [ -f "$junit" ] || { echo "setup: ctest wrote no $junit" >&2; echo 1; return; }
  skips=$(awk '
    /<testcase / { name = $0; sub(/.*<testcase name="/, "", name); sub(/".*/, "", name); skip = 0 }
    /<skipped message="SKIP_RETURN_CODE=/ { skip = 1; print "  " name }
    skip && /SKIP   :/ { line = $0; sub(/^.*SKIP   :/, "SKIP   :", line); print "      " line }
  ' "$junit")
  if [ -n "$skips" ]; then
    if [ "${INFEROMETER_ALLOW_SKIPS:-0}" = 1 ]; then
      printf 'setup: these tests skipped (allowed: INFEROMETER_ALLOW_SKIPS=1):\n%s\n' "$skips" >&2
    else
      printf 'setup: these tests skipped, so what they check did not run (set INFEROMETER_ALLOW_SKIPS=1 on a machine without the shared data, the oracles or a Vulkan device):\n%s\n' "$skips" >&2
      [ "$status" -ne 0 ] || status=1
    fi
  fi
  echo "$status"
}

case "$mode" in
  run)
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec "$build/app/inferometer" --demo
    fi
    # no display (a server or container): run headless, save what the window shows, and say where it is
    shot="$build/overview.png"
    echo "setup: no display found; running the GUI headless (Xvfb) and saving a screenshot to $shot"
    xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/inferometer" --demo --screenshot "$shot"
    echo "setup: screenshot saved: $shot"
    ;;
  test)
    bash "$root/packaging/build-oracle.sh"
    phase "the oracle"
    cd "$build"
    junit="$build/ctest-results.xml"
    rm -f "$junit"
    status=0
    ctest --output-on-failure -j "$jobs" --timeout 600 --output-junit "$junit" || status=$?
    status=$(check_skips "$junit" "$status")
    phase "ctest"
    # Every parser against hostile input: each libFuzzer target of tests/fuzz runs FUZZ_SECONDS (default 10; 0 leaves
    # them out) in its own build (build-fuzz, the "fuzz" preset); a crash, leak, timeout or out-of-memory fails the run.
    fuzz_seconds=${FUZZ_SECONDS:-10}
    if [ "$fuzz_seconds" -gt 0 ]; then
      JOBS="$jobs" FUZZ_PARALLEL="${FUZZ_PARALLEL:-$jobs}" bash "$root/tests/fuzz/run-fuzzers.sh" "$fuzz_seconds" || {
        echo "setup: the fuzz targets found something or did not build (tests/fuzz/run-fuzzers.sh, table above)" >&2
        [ "$status" -ne 0 ] || status=1
      }
      phase "the fuzz build and runs"
    fi
    exit "$status"
    ;;
  bench)
    cmake --build "$build" --target benchmarks -j "$jobs"
    for b in "$build"/tests/bench/bench_*; do
      [ -x "$b" ] && "$b"
    done
    ;;
  asan)
    # The whole suite built with ASan + UBSan (the "asan" preset of CMakePresets.json, GCC): a memory error, a leak
    # in our code (third-party leaks: tests/support/lsan.supp) or undefined behaviour aborts the test that hit it.
    # The preset's timeout is 30 min a test: the long ones run several times slower than in build/.
    cd "$root"
    cmake --preset asan "${shared_args[@]}"
    cmake --build --preset asan -j "$jobs"
    bash "$root/packaging/build-oracle.sh"
    junit="$root/build-asan/ctest-results.xml"
    rm -f "$junit"
    status=0
    ctest --preset asan -j "$jobs" --output-junit "$junit" || status=$?
    exit "$(check_skips "$junit" "$status")"
    ;;
  *)
    echo "usage: $0 [run|test|bench|asan]" >&2
    exit 2
    ;;
esac
