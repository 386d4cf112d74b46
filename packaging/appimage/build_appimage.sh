#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
# Builds an AppImage by hand (linuxdeploy and its Qt plugin must be on PATH; they are not fetched in CI).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-appimage}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DINFEROMETER_BUILD_TESTS=OFF
cmake --build "$build"
rm -rf "$build/appdir"
DESTDIR="$build/appdir" cmake --install "$build"
linuxdeploy --appdir "$build/appdir" --plugin qt --output appimage \
  --desktop-file "$build/appdir/usr/share/applications/org.inferometer.Inferometer.desktop"
