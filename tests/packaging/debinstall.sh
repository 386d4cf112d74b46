#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Inferometer authors
#
# tests/packaging/debinstall.sh BUILD_DIR — the .deb as a new user gets it: makes it with cpack from BUILD_DIR, checks
# what it holds (stripped executables, desktop entry, AppStream metainfo, MIME type, icons, tokenizer data), then
# installs it into a fresh Debian 12 root (debootstrap --variant=minbase) with apt resolving its dependencies from
# Debian's archive, and runs inferometer-cli --version, demo and report from inside that root.
# Needs root (debootstrap, chroot) and Debian's archive (DEBIAN_MIRROR, default deb.debian.org); without root or
# debootstrap it skips (exit 77). The minbase packages are cached as a tarball in
# ${INFEROMETER_CACHE_DIR:-~/.cache/inferometer}/debootstrap, so a second run downloads only the dependencies.
set -euo pipefail

build=$(readlink -f "${1:?usage: debinstall.sh BUILD_DIR}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${INFEROMETER_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/inferometer}/debootstrap

fail() { echo "FAIL: $*" >&2; exit 1; }
if [ "$(id -u)" != 0 ]; then echo "SKIP: installing into a Debian root needs root (debootstrap, chroot)"; exit 77; fi
if ! command -v debootstrap >/dev/null; then echo "SKIP: debootstrap is not installed (packaging/install-deps.sh)"; exit 77; fi

work=$(mktemp -d /var/tmp/inferometer-debinstall.XXXXXX)
root=$work/root
cleanup() {
  umount -l "$root/proc" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# 1. the package
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
deb=$work/out/inferometer_${version}_amd64.deb
[ -f "$deb" ] || fail "cpack made no $(basename "$deb"): $(ls "$work/out")"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
dpkg-deb -x "$deb" "$work/x"
for f in usr/bin/inferometer usr/bin/inferometer-cli \
         usr/share/applications/org.inferometer.Inferometer.desktop \
         usr/share/metainfo/org.inferometer.Inferometer.metainfo.xml \
         usr/share/mime/packages/org.inferometer.Inferometer.xml \
         usr/share/icons/hicolor/scalable/apps/org.inferometer.Inferometer.svg \
         usr/share/icons/hicolor/48x48/apps/org.inferometer.Inferometer.png \
         usr/share/icons/hicolor/128x128/apps/org.inferometer.Inferometer.png \
         usr/share/icons/hicolor/256x256/apps/org.inferometer.Inferometer.png \
         usr/share/inferometer/tokenizers/o200k_base.tiktoken usr/share/inferometer/tokenizers/cl100k_base.tiktoken \
         usr/share/inferometer/samples/canonical.jsonl usr/share/inferometer/samples/otlp-traces.json; do
  [ -s "$work/x/$f" ] || fail "the package lacks $f"
done
for exe in inferometer inferometer-cli; do
  if readelf -S "$work/x/usr/bin/$exe" | grep -q '\.debug_info'; then fail "usr/bin/$exe is not stripped"; fi
done
# the translations are compiled into the GUI (qt_add_translations embeds the .qm files as resources)
# (Qt's resource tree stores names in UTF-16BE)
for lang in de uk; do
  utf16=$(printf 'inferometer_%s.qm' "$lang" | sed 's/\./\\./g; s/\(\\\.\|.\)/\1\\x00/g')
  LC_ALL=C grep -qaP "\\x00${utf16%\\x00}" "$work/x/usr/bin/inferometer" || fail "the GUI holds no inferometer_$lang.qm"
done
for png in 48 128 256; do
  size=$(od -An -tu1 -j16 -N8 "$work/x/usr/share/icons/hicolor/${png}x${png}/apps/org.inferometer.Inferometer.png" \
    | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 "x" $5 * 16777216 + $6 * 65536 + $7 * 256 + $8}')
  [ "$size" = "${png}x${png}" ] || fail "the ${png}x${png} icon is $size"
done
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$work/x/usr/share/metainfo/org.inferometer.Inferometer.metainfo.xml" >/dev/null \
    || fail "appstreamcli rejects the metainfo"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/x/usr/share/applications/org.inferometer.Inferometer.desktop" \
    || fail "desktop-file-validate rejects the desktop entry"
fi
grep -q '^MimeType=application/x-inferometer-workspace;$' "$work/x/usr/share/applications/org.inferometer.Inferometer.desktop" \
  || fail "the desktop entry does not open workspaces"
grep -q 'glob pattern="\*.inferometer"' "$work/x/usr/share/mime/packages/org.inferometer.Inferometer.xml" \
  || fail "the MIME type does not match *.inferometer"

# 2. a fresh Debian 12 root: minbase from the cached tarball (made once from the archive)
mkdir -p "$cache"
tarball=$cache/bookworm-minbase.tgz
if [ ! -f "$tarball" ]; then
  debootstrap --variant=minbase --make-tarball="$work/minbase.tgz" bookworm "$work/tb" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap could not download bookworm from $mirror"; }
  mv "$work/minbase.tgz" "$tarball"
fi
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap could not make the root"; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$mirror" "$mirror" >"$root/etc/apt/sources.list"
# /proc helps some maintainer scripts; a container without mount permission goes on without it
mount -t proc proc "$root/proc" 2>/dev/null || echo "note: /proc is not mounted in the root (no permission to mount)"
cp "$deb" "$root/tmp/"

# 3. apt resolves the package's dependencies; nothing else is installed by hand
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get -q update >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; fail "apt-get update failed in the root"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get -q -y install "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1 \
  || { tail -30 "$work/apt.log" >&2; fail "apt-get could not install the package and its dependencies"; }
echo "installed into a fresh bookworm root with $(in_root dpkg-query -W -f='${binary:Package}\n' | wc -l) packages"

# 4. run it from there
out=$(in_root inferometer-cli --version) || fail "inferometer-cli --version failed in the root"
[ "$out" = "inferometer-cli $version" ] || fail "inferometer-cli --version printed '$out'"
in_root inferometer-cli demo --out /tmp/demo.inferometer --days 7 >"$work/demo.log" 2>&1 \
  || { cat "$work/demo.log" >&2; fail "inferometer-cli demo failed in the root"; }
report=$(in_root inferometer-cli report --workspace /tmp/demo.inferometer --json) || fail "report failed in the root"
events=$(printf '%s' "$report" | sed -n 's/^ *"events": \([0-9]*\),*$/\1/p' | head -1)
[ -n "$events" ] && [ "$events" -gt 0 ] || fail "the demo workspace made in the root holds no events: $report"
# the installed tokenizer data is found beside the executable (../share/inferometer/tokenizers)
printf 'Hello, world!' >"$root/tmp/hello.txt"
tokens=$(in_root inferometer-cli tokens --encoding o200k_base /tmp/hello.txt) || fail "tokens failed in the root"
[ "$tokens" = "o200k_base: 4 tokens (13 bytes)" ] || fail "'Hello, world!' in the root: '$tokens', not 4 o200k_base tokens"
# the installed samples import (File > Import Sample File offers them)
in_root inferometer-cli import --workspace /tmp/samples.inferometer /usr/share/inferometer/samples/canonical.jsonl \
  >"$work/import.log" 2>&1 || { cat "$work/import.log" >&2; fail "the installed canonical.jsonl sample did not import"; }
echo "inferometer-cli --version, demo ($events events), report, tokens and a sample import ran in the fresh root"

# 5. in German and Ukrainian: the CLI's help, and the window drawn offscreen over the demo (fonts come with Qt's deps)
help_de=$(in_root env LANG=de_DE.UTF-8 inferometer-cli --help) || fail "inferometer-cli --help failed in German"
printf '%s' "$help_de" | grep -q "^Aufruf: inferometer-cli BEFEHL" || fail "inferometer-cli --help is not in German"
help_uk=$(in_root env LANG=uk_UA.UTF-8 inferometer-cli --help) || fail "inferometer-cli --help failed in Ukrainian"
printf '%s' "$help_uk" | grep -q "^Використання: inferometer-cli КОМАНДА" || fail "inferometer-cli --help is not in Ukrainian"
for lang in de_DE uk_UA; do
  in_root env LANG=$lang.UTF-8 QT_QPA_PLATFORM=offscreen timeout 300 inferometer --demo --page overview \
    --screenshot "/tmp/overview-$lang.png" >"$work/gui-$lang.log" 2>&1 \
    || { tail -20 "$work/gui-$lang.log" >&2; fail "the window did not start in $lang"; }
  [ -s "$root/tmp/overview-$lang.png" ] || fail "the window drew no overview in $lang"
  [ -z "${DEBINSTALL_SCREENSHOT_DIR:-}" ] || cp "$root/tmp/overview-$lang.png" "$DEBINSTALL_SCREENSHOT_DIR/"
done
echo "the CLI's help and the window speak German and Ukrainian in the fresh root"
