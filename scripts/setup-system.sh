#!/usr/bin/env bash
# `npm run setup`: installs what the tests need from the system, not from npm: Debian's Chromium (the
# browser tests drive it; no test tool downloads a browser of its own) and a Hangul font (Noto CJK),
# without which pages are screenshotted and checked in boxes. Does nothing when both are there.
# Installs with apt-get (after apt-get update), as root or through sudo; says what to do and exits 1
# when it cannot. CHROMIUM_PATH names another browser binary (default /usr/bin/chromium).
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk)
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

has_chromium() { [[ -x "$chromium_path" ]]; }
has_hangul_font() { command -v fc-list >/dev/null && [[ -n "$(fc-list :lang=ko family 2>/dev/null)" ]]; }

missing=()
has_chromium || missing+=("Chromium at $chromium_path")
has_hangul_font || missing+=("a Hangul font (fc-list :lang=ko finds none)")
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup: Chromium ($chromium_path) and a Hangul font are installed"
  exit 0
fi

manual="install them yourself (apt-get install ${PACKAGES[*]}, or your system's Chromium and Noto Sans CJK), then set CHROMIUM_PATH if the browser is not at /usr/bin/chromium"
printf -v listed '%s and ' "${missing[@]}"
echo "setup: missing ${listed% and }" >&2
if ! command -v apt-get >/dev/null; then
  echo "setup: apt-get not found (not a Debian or Ubuntu system): $manual" >&2
  exit 1
fi
if [[ "$(id -u)" == "0" ]]; then
  as_root=()
elif command -v sudo >/dev/null; then
  # Without a terminal to ask for a password on, sudo must not wait for one.
  if [[ -t 0 ]]; then as_root=(sudo); else as_root=(sudo -n); fi
else
  echo "setup: installing ${PACKAGES[*]} needs root, and sudo is not installed: run \`npm run setup\` as root, or $manual" >&2
  exit 1
fi

echo "setup: ${as_root[*]:+${as_root[*]} }apt-get update && apt-get install ${PACKAGES[*]}"
if ! "${as_root[@]}" apt-get update -qq ||
  ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"; then
  echo "setup: apt-get failed (see above): $manual" >&2
  exit 1
fi
if ! has_chromium || ! has_hangul_font; then
  echo "setup: apt-get installed ${PACKAGES[*]}, but Chromium at $chromium_path or the Hangul font is still missing: $manual" >&2
  exit 1
fi
echo "setup: installed ${PACKAGES[*]}"
