#!/usr/bin/env bash
# Installs the system packages vntally needs when they are missing, so that the
# README's two commands work on a fresh machine: Debian's Chromium (the crawler
# renders client-side-templated sites with it; Playwright never downloads a
# browser here). Does nothing when everything is present.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "vntally: installing missing system packages: ${need[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "vntally: cannot install ${need[*]} without root; install them with: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "vntally: installed ${need[*]}" >&2
