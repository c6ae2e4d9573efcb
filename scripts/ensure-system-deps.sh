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

. "$(dirname -- "$0")/apt-install.sh"
apt_install "" no-recommends "${need[@]}"
