#!/usr/bin/env bash
# Installs what the notebooks need when it is missing, so that the README's
# two commands work on a fresh machine: Debian's Jupyter Notebook, nbconvert
# and nbclient (Debian 12 has no JupyterLab and no Python DuckDB: the
# notebooks run on the Deno kernel and read DuckDB through the project's own
# @duckdb/node-api). Then checks that the kernel finds its `deno` (the
# devDependency installed by `npm install`; the committed kernelspec in
# notebooks/kernels/ finds it relative to the project). Does nothing when
# everything is present.
set -euo pipefail

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)

need=()
command -v jupyter-notebook >/dev/null 2>&1 || need+=(jupyter-notebook)
command -v jupyter-nbconvert >/dev/null 2>&1 || need+=(jupyter-nbconvert)
# nbconvert --execute runs notebooks through nbclient; Debian packages it apart.
if ! /usr/bin/python3 -c 'import nbclient' >/dev/null 2>&1; then need+=(python3-nbclient); fi

if [ ${#need[@]} -gt 0 ]; then
  . "$root/scripts/apt-install.sh"
  # With their recommends, as tested (the HTML export uses some of them).
  apt_install "the notebooks" with-recommends "${need[@]}"
fi

# The kernel: silent when it finds deno (and, when npm skipped the deno
# package's install script, puts the binary in place now). Only a warning
# otherwise: `npm start` needs no kernel, and the notebook commands say the
# same when they start.
if ! sh "$root/notebooks/kernels/vntally-deno/launch.sh" --which >/dev/null; then
  echo "vntally: the notebooks' kernel will not start until deno is installed (npm install)" >&2
fi
