#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite (Qt Test executables under CTest) and clang-tidy.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
# The Debian package, built and checked as a distribution would (lintian and the rest).
bash packaging/check-package.sh
# The curated static checks (.clang-tidy): the tree stays clean.
bash packaging/tidy.sh
