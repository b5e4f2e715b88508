#!/usr/bin/env bash
# Sets everything up, then starts Civis Groups Admin on its offline sandbox (seeded with a demo
# organization the first time). Arguments are passed on to civis-groups (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
exec build/ui/civis-groups --sandbox "$@"
