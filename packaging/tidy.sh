#!/usr/bin/env bash
# Runs the curated clang-tidy checks (.clang-tidy) over the project's own sources (not the code
# moc and uic generate), with the compile commands of build/ (C++17 said outright: g++ 12 needs no
# flag for it, clang-tidy 14 does). Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/compile_commands.json ] || cmake -S . -B build -DCMAKE_EXPORT_COMPILE_COMMANDS=ON > /dev/null
top="$(pwd)"
# The compile commands without the suites' precompiled header (cmake/CivisSuite.cmake): clang
# cannot read gcc's .gch, and each file is checked as written, its own includes only.
database="$(mktemp -d)"
trap 'rm -rf "$database"' EXIT
sed -E -e 's# -Winvalid-pch##g' -e 's# -include [^ ]*/cmake_pch\.hxx##g' build/compile_commands.json \
    > "$database/compile_commands.json"
output="$(run-clang-tidy -p "$database" -j "$(nproc)" -quiet -extra-arg=-std=c++17 "^${top}/(app|ui|sandbox|tests)/.*\.cpp$" 2>&1 || true)"
# A file clang-tidy could not process (an error with no place, as a .gch clang cannot read
# gives) counts too: its checks did not run.
findings="$(printf '%s\n' "$output" | sed 's/\x1b\[[0-9;]*m//g' \
    | grep -E '^/.*: (warning|error):|^Error while processing' | sort -u || true)"
if [ -n "$findings" ]; then
    printf '%s\n' "$findings"
    echo "clang-tidy: $(printf '%s\n' "$findings" | wc -l) finding(s)" >&2
    exit 1
fi
echo "clang-tidy: clean"
