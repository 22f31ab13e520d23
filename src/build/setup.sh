#!/bin/sh
# Sets up a fresh Debian/Ubuntu machine for Kliping: Chromium, Firefox ESR and zip where missing (through apt, as
# root or with sudo), then the npm dependencies from the lock file, then both builds.
set -eu
cd "$(dirname "$0")/../.."

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ] || missing="$missing chromium"
command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1 || missing="$missing firefox-esr"
command -v zip >/dev/null 2>&1 || missing="$missing zip"
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update
  # Debian has firefox-esr; Ubuntu only "firefox" (chromium and firefox are snaps there: see README).
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $missing ||
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y $(echo "$missing" | sed 's/firefox-esr/firefox/')
fi

npm ci --no-audit --no-fund
npm run build
