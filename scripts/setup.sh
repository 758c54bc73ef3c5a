#!/usr/bin/env bash
# Installs the Debian packages the build needs, only those that are missing. Idempotent and silent when
# everything is already installed. Installing needs root (or password-less sudo).
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config libicu-dev libuv1-dev libgmp-dev libedit-dev libgtest-dev libgmock-dev
          libbenchmark-dev)
command -v python3 >/dev/null 2>&1 || packages+=(python3)

if ! command -v dpkg >/dev/null 2>&1; then
    echo "setup.sh: not a Debian-based system; make sure these are installed: ${packages[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "setup.sh: missing packages: ${missing[*]}; install them as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "setup.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
