# Sourced by the ensure-*-deps.sh scripts: installs Debian packages, as root
# or through sudo, with a clear message when neither is possible.
#
#   apt_install "LABEL" RECOMMENDS PACKAGE...
#
# LABEL names what they are for in the messages ("" for the project itself);
# RECOMMENDS is "with-recommends" or "no-recommends".
apt_install() {
  local label=$1 recommends=$2
  shift 2
  echo "vntally: installing missing system packages${label:+ for $label}: $*" >&2
  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=sudo; else
      echo "vntally: cannot install $* without root; install them with: apt-get install -y $*" >&2
      return 1
    fi
  fi
  local flags=(-y -qq)
  [ "$recommends" = no-recommends ] && flags+=(--no-install-recommends)
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install "${flags[@]}" "$@" >/dev/null
  echo "vntally: installed $*" >&2
}
