#!/usr/bin/env bash
# Runs the curated clang-tidy checks (.clang-tidy) over the project's own sources (not the code
# moc and uic generate), with the compile commands of build/ (C++17 said outright: g++ 12 needs no
# flag for it, clang-tidy 14 does). Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/compile_commands.json ] || cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON > /dev/null
top="$(pwd)"
output="$(run-clang-tidy -p build -j "$(nproc)" -quiet -extra-arg=-std=c++17 "^${top}/(app|ui|sandbox|tests)/.*\.cpp$" 2>&1 || true)"
findings="$(printf '%s\n' "$output" | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^/.*: (warning|error):' | sort -u || true)"
if [ -n "$findings" ]; then
    printf '%s\n' "$findings"
    echo "clang-tidy: $(printf '%s\n' "$findings" | wc -l) finding(s)" >&2
    exit 1
fi
echo "clang-tidy: clean"
