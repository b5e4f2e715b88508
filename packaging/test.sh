#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite (Qt Test executables under CTest) and clang-tidy.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase ends with a "phase:" line, its wall and CPU time (setup-debian.sh prints its own).
source packaging/phases.sh
bash packaging/setup-debian.sh
export QT_QPA_PLATFORM=offscreen
phase ctest ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
# The Debian package, built and checked as a distribution would (lintian and the rest).
phase check-package bash packaging/check-package.sh
# The curated static checks (.clang-tidy): the tree stays clean.
phase tidy bash packaging/tidy.sh
phase_total
