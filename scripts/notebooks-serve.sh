#!/usr/bin/env bash
# `npm run notebooks [-- --db FILE] [-- JUPYTER OPTIONS…]`: starts Jupyter
# Notebook on notebooks/ with the project's Deno kernel (the kernelspec in
# notebooks/kernels/, found through JUPYTER_PATH; nothing is installed into
# the home directory). The notebooks read --db FILE, else $VNTALLY_DB, else
# the demo's data/demo/vntally.duckdb (`npm start` builds it), read-only.
# notebooks/jupyter_notebook_config.py clears outputs when a notebook is
# saved, so that they are committed without.
set -euo pipefail

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
# npm runs scripts in the project folder; a relative --db is meant from where it was typed.
here=${INIT_CWD:-$PWD}

db=${VNTALLY_DB:-$root/data/demo/vntally.duckdb}
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=${2:?--db needs a file}; [[ $db = /* ]] || db=$here/$db; shift 2 ;;
    --db=*) db=${1#--db=}; [[ $db = /* ]] || db=$here/$db; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

bash "$root/scripts/ensure-notebook-deps.sh"
if [ ! -f "$db" ]; then
  echo "vntally notebooks: no database at $db yet: run \`npm start\` (the demo) or pass --db FILE; the notebooks will say so until then" >&2
fi

export VNTALLY_DB=$db
export JUPYTER_PATH="$root/notebooks${JUPYTER_PATH:+:$JUPYTER_PATH}"
extra=()
# Jupyter refuses to run as root (containers) unless told.
[ "$(id -u)" -ne 0 ] || extra+=(--allow-root)
echo "vntally notebooks: database $VNTALLY_DB" >&2
exec jupyter notebook --notebook-dir="$root/notebooks" --config="$root/notebooks/jupyter_notebook_config.py" "${extra[@]}" "${args[@]}"
