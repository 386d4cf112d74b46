#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# One-command set-up on Debian 12 (run as root on a fresh machine): installs what is missing, builds, then
#   run    starts the GUI on the demo workspace (generated on first use)
#   test   runs the whole test suite through ctest
#   bench  builds and runs the benchmarks (prints tables)
# Environment: BUILD_DIR (default ./build), JOBS (default: number of cores), INFEROMETER_SHARED_DIR.
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
jobs=${JOBS:-$(nproc)}

bash "$root/packaging/install-deps.sh"
bash "$root/packaging/fetch-data.sh"

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake_args=(-S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
[ -n "${INFEROMETER_SHARED_DIR:-}" ] && cmake_args+=(-DINFEROMETER_SHARED_DIR="$INFEROMETER_SHARED_DIR")
cmake "${cmake_args[@]}"
cmake --build "$build" -j "$jobs"

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
    cd "$build"
    ctest --output-on-failure -j "$jobs" --timeout 600
    ;;
  bench)
    cmake --build "$build" --target benchmarks -j "$jobs"
    for b in "$build"/tests/bench/bench_*; do
      [ -x "$b" ] && "$b"
    done
    ;;
  *)
    echo "usage: $0 [run|test|bench]" >&2
    exit 2
    ;;
esac
