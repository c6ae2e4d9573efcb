#!/bin/sh
# Starts the Deno Jupyter kernel of the vntally notebooks.
#
# Jupyter runs this with the connection file as $1 (kernel.json says so). It
# finds `deno` relative to the project, not through an absolute path written
# into the home directory as `deno jupyter --install` would: first
# $VNTALLY_DENO, then the `deno` devDependency in the project's node_modules
# (its per-platform binary, as the package's own bin.cjs would find it,
# without a Node process in between so that interrupts reach the kernel),
# then a `deno` on PATH.
#
# It starts the kernel in notebooks/, where deno.json maps imports to the
# project's node_modules: Deno discovers its configuration from the working
# directory, and `deno jupyter` has no --config flag.
set -eu

conn=${1:?usage: launch.sh CONNECTION_FILE | --which}
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(CDPATH= cd -- "$here/../../.." && pwd)

deno=${VNTALLY_DENO:-}
if [ -z "$deno" ] && [ -x "$root/node_modules/deno/deno" ]; then
  deno="$root/node_modules/deno/deno"
fi
if [ -z "$deno" ] && [ -f "$root/node_modules/deno/install_api.cjs" ] && command -v node >/dev/null 2>&1; then
  # The package's postinstall copies the binary next to bin.cjs; when install
  # scripts were skipped, runInstall() does that now (or returns the
  # per-platform package's binary on a read-only file system).
  deno=$(cd "$root" && node -e 'process.stdout.write(require("./node_modules/deno/install_api.cjs").runInstall())' 2>/dev/null || true)
fi
if [ -z "$deno" ]; then
  deno=$(command -v deno 2>/dev/null || true)
fi
if [ -z "$deno" ] || [ ! -x "$deno" ]; then
  echo "vntally kernel: no deno binary: run npm install in $root (the deno devDependency), or set VNTALLY_DENO" >&2
  exit 1
fi

# `launch.sh --which` prints the deno it would run (set-up and checks use it).
if [ "$conn" = "--which" ]; then
  "$deno" --version >/dev/null
  echo "$deno"
  exit 0
fi

# The kernel must never reach the network on its own.
export DENO_NO_UPDATE_CHECK=1
export DENO_NO_PROMPT=1
# The notebooks' display helper subscribes to the kernel's own iopub port to
# know when an output has been published (notebooks/lib/iopub-echo.ts).
export VNTALLY_KERNEL_CONNECTION="$conn"
cd "$root/notebooks"
exec "$deno" jupyter --kernel --conn "$conn"
