#!/usr/bin/env bash
# Sets everything up, then runs the whole test suite (Qt Test executables under CTest) and clang-tidy.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase ends with a "phase:" line, its wall and CPU time (setup-debian.sh prints its own).
source packaging/phases.sh
bash packaging/setup-debian.sh
export QT_QPA_PLATFORM=offscreen
# The curated static checks (.clang-tidy): the tree stays clean. clang-tidy needs only the build's
# compile commands and generated headers, and is the longest phase, all CPU; the suites leave much
# of the CPU idle (they wait on timers and sockets) and the package checks use one core. So it
# starts now, in the background, at idle priority (SCHED_IDLE: it runs only on a core nothing else
# wants, so the suites' timing is theirs as before), and its output is printed at the end. Its own
# process group (set -m), so that a failing suite, which ends the run, ends it too.
# (nice 19 where the scheduler refuses SCHED_IDLE.)
idle=(chrt --idle 0)
"${idle[@]}" true 2> /dev/null || idle=(nice -n 19)
tidy_log="$(mktemp)"
set -m
(phase tidy "${idle[@]}" bash packaging/tidy.sh) > "$tidy_log" 2>&1 &
tidy_pid=$!
set +m
trap 'kill -- -"$tidy_pid" 2> /dev/null || true; rm -f "$tidy_log"' EXIT
phase ctest ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
# The Debian package, built and checked as a distribution would (lintian and the rest).
phase check-package bash packaging/check-package.sh
# Nothing else runs now: clang-tidy back to normal priority (for a shared machine, where idle
# priority would leave it only what others leave; root may, others keep it idle).
# Its processes are those of its process group, the fifth field of /proc/PID/stat (after the
# command's name in parentheses); no procps in a bare Debian.
for stat in /proc/[0-9]*/stat; do
    { read -r line < "$stat"; } 2> /dev/null || continue   # (a process that ended since)
    read -r _ _ group _ <<< "${line##*) }"
    [ "$group" != "$tidy_pid" ] || chrt --other -a -p 0 "${stat//[^0-9]/}" > /dev/null 2>&1 || true
done
tidy_status=0
wait "$tidy_pid" || tidy_status=$?
cat "$tidy_log"
phase_total
exit "$tidy_status"
