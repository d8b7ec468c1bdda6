#!/usr/bin/env bash
# Prepares a machine for the whole test suite: the Debian packages the real-VS-Code tests need (only those missing),
# then the npm packages from the lockfile. Safe to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DEBIAN_FRONTEND=noninteractive

# chromium: the headless browser that shows VS Code's workbench; ripgrep: VS Code's search binary.
# make/g++/python3: node-gyp rebuilds code-server's native modules on first install.
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing ${missing[*]}; install them (e.g. sudo apt-get install ${missing[*]}) and run this again." >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  apt-get update </dev/null
  apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
fi

command -v node >/dev/null 2>&1 || { echo "setup: Node.js 20.19 or later is required (see package.json engines)." >&2; exit 1; }
echo "setup: node $(node --version), npm $(npm --version)"
npm ci --no-audit --no-fund </dev/null
