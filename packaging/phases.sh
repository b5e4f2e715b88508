# shellcheck shell=bash
# Sourced by test.sh and setup-debian.sh: `phase NAME COMMAND...` runs COMMAND and, at its end,
# prints one line with its wall time and its CPU time (user + system of every process it waited
# for), so that a CI log says where the time goes. It returns COMMAND's status.

# The CPU seconds (user + system, in hundredths) of this shell's waited-for children: the
# cutime and cstime fields of /proc/<pid>/stat, read without a subshell (a subshell's own
# children would be counted, not this shell's). $BASHPID, not $$: a phase run in a background
# subshell counts that subshell's children, not its parent's.
_civis_children_cpu() {
    local stat
    read -r -a stat < "/proc/$BASHPID/stat"
    _civis_cpu=$(( (stat[15] + stat[16]) * 100 / _civis_ticks ))
}
_civis_ticks=$(getconf CLK_TCK)

phase() {
    local name=$1 start=$SECONDS status=0 cpu_before
    shift
    _civis_children_cpu
    cpu_before=$_civis_cpu
    "$@" || status=$?
    _civis_children_cpu
    local cpu=$((_civis_cpu - cpu_before))
    printf 'phase: %-14s %5d s wall, %5d.%02d s CPU%s\n' "$name" $((SECONDS - start)) $((cpu / 100)) $((cpu % 100)) \
        "$( ((status)) && echo ", failed ($status)")"
    return "$status"
}

# The whole script so far: wall time since it started, CPU time of everything it waited for.
phase_total() {
    _civis_children_cpu
    printf 'phase: %-14s %5d s wall, %5d.%02d s CPU\n' total "$SECONDS" $((_civis_cpu / 100)) $((_civis_cpu % 100))
}
