#!/usr/bin/env bash
# Sets everything up, then starts the sandbox on a free loopback port and prints its URL and key.
# Arguments are passed on to civis-groups-sandbox (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
exec build/sandbox/civis-groups-sandbox "$@"
