#!/usr/bin/env bash
# The desktop smoke test: the real civis-groups, as a person starts it, on a virtual screen (Xvfb)
# with a real window manager (openbox), a fresh HOME and the demo seed of the offline sandbox.
#   - start, maximize, close and start again, three times (a saved maximized layout once crashed
#     every later start);
#   - on a 1280x800 screen: start, resize, close, start again; and at QT_SCALE_FACTOR=2;
#   - after every start the framed window lies within the screen;
#   - against an unreachable endpoint the reason is printed within 15 s.
# Usage: desktop_smoke.sh PATH/TO/civis-groups
set -euo pipefail

app="$(realpath "$1")"
title="Civis Groups Admin"
source "$(dirname "$0")/desktop_session.sh"
need_tools Xvfb openbox wmctrl xdotool xwininfo xprop xdpyinfo

# A fresh person: nothing saved, nothing in the keychain, no display of the machine's.
fresh_home home
x=0 y=0 w=0 h=0 fx=0 fy=0 fw=0 fh=0

runs=0
start_app() { # extra arguments
    runs=$((runs + 1))
    "$app" --sandbox "$@" >"$work/app-$runs.log" 2>&1 &
    app_pid=$!
    # Connected: the title names the session ("admin @ sandbox - Civis Groups Admin").
    local window=""
    for _ in $(seq 600); do
        kill -0 "$app_pid" 2>/dev/null || { wait "$app_pid" && rc=0 || rc=$?; app_pid=""; fail "run $runs ended before showing its window (exit $rc)"; }
        window="$(xdotool search --onlyvisible --name "@ sandbox - $title" 2>/dev/null | head -n 1 || true)"
        [ -n "$window" ] && break
        sleep 0.1
    done
    [ -n "$window" ] || fail "run $runs: no connected window after 60 s"
    # The first layout and the fit to the screen come once the window is shown and once the
    # session's panels are in it: on a busy machine, a moment later.
    local fitted=""
    for _ in $(seq 100); do
        if within_screen "$window"; then fitted=yes; break; fi
        sleep 0.2
    done
    [ -n "$fitted" ] || fail "run $runs: the window (frame ${fw}x${fh} at $fx,$fy) does not lie within the ${screen_w}x${screen_h} screen"
    echo "run $runs: window ${w}x${h} at $x,$y within ${screen_w}x${screen_h}"
}

within_screen() { # window id; sets x y w h and the frame's fx fy fw fh
    local left right top bottom extents
    eval "$(xwininfo -id "$1" | awk '/Absolute upper-left X/{print "x="$NF} /Absolute upper-left Y/{print "y="$NF} /^  Width/{print "w="$NF} /^  Height/{print "h="$NF}')"
    extents="$(xprop -id "$1" _NET_FRAME_EXTENTS 2>/dev/null | sed -n 's/.*= //p' | tr -d ' ')"
    IFS=, read -r left right top bottom <<<"${extents:-0,0,0,0}"
    fx=$((x - left)) fy=$((y - top)) fw=$((w + left + right)) fh=$((h + top + bottom))
    [ "$fx" -ge 0 ] && [ "$fy" -ge 0 ] && [ $((fx + fw)) -le "$screen_w" ] && [ $((fy + fh)) -le "$screen_h" ]
}

close_app() {
    wmctrl -c "$title"
    local rc=0
    for _ in $(seq 300); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$app_pid" 2>/dev/null && fail "run $runs did not quit within 30 s of closing its window"
    wait "$app_pid" || rc=$?
    app_pid=""
    [ "$rc" -eq 0 ] || fail "run $runs exited with $rc after its window was closed"
}

echo "== maximize, close, start again (three times), 1920x1080"
start_screen 1920x1080
start_app
for round in 1 2 3; do
    wmctrl -r "$title" -b add,maximized_vert,maximized_horz
    sleep 1
    close_app
    start_app
done
close_app

echo "== resize, close, start again, 1280x800"
start_screen 1280x800
rm -rf "$HOME/.config" # a first start on this screen
start_app
wmctrl -r "$title" -b remove,maximized_vert,maximized_horz
wmctrl -r "$title" -e 0,40,30,1000,640
sleep 1
close_app
start_app
close_app

echo "== QT_SCALE_FACTOR=2, 1280x800"
rm -rf "$HOME/.config"
export QT_SCALE_FACTOR=2
start_app
close_app
start_app
close_app
unset QT_SCALE_FACTOR

echo "== an unreachable endpoint says why within 15 s"
runs=$((runs + 1))
CIVIS_API_KEY=smoke-test-key CIVIS_API_ENDPOINT=http://127.0.0.1:1/ "$app" >"$work/app-$runs.log" 2>&1 &
app_pid=$!
said=""
for _ in $(seq 150); do
    if grep -q "Could not connect to" "$work/app-$runs.log"; then said=yes; break; fi
    sleep 0.1
done
[ -n "$said" ] || fail "no reason printed within 15 s for an unreachable endpoint"
grep "Could not connect to" "$work/app-$runs.log"
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""

echo "PASS: $runs starts"
