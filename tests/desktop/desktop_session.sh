# Sourced by the desktop scripts (desktop_smoke.sh and the screenshot scripts): what a person's
# desktop is made of here, written once. A work folder removed at exit with every process the
# script started; fail(), which shows the app's logs; a fresh HOME; a virtual screen (Xvfb)
# with a real window manager (openbox), on a display number nobody uses.
# The sourcing script sets `app` and may add tools to check with need_tools.

work="$(mktemp -d)"
xvfb_pid="" wm_pid="" app_pid=""
screen_w=0 screen_h=0 next_display=91

cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    for log in "$work"/app*.log; do
        [ -f "$log" ] && { echo "--- $log" >&2; tail -n 30 "$log" >&2; }
    done
    exit 1
}

need_tools() { # TOOL...
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || fail "$tool is not installed (packaging/setup-debian.sh installs it)"
    done
}

# Nothing of the machine's: no settings, keys, endpoint, display, scale or language of its own.
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR CIVIS_API_KEY CIVIS_API_ENDPOINT QT_QPA_PLATFORM \
    QT_SCALE_FACTOR WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS LANGUAGE LC_ALL LC_MESSAGES || true

fresh_home() { # NAME: a HOME with nothing saved and nothing in the keychain
    export HOME="$work/$1"
    rm -rf "$HOME"
    mkdir -p "$HOME"
}

start_screen() { # WIDTHxHEIGHT: Xvfb and openbox, the last screen stopped first
    stop_screen
    screen_w="${1%x*}" screen_h="${1#*x}"
    # A display number no server uses, and not the last one's (its socket may linger a moment).
    local display
    for display in $(seq "$next_display" 190); do
        [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] || break
    done
    next_display=$((display + 1))
    Xvfb ":$display" -screen 0 "${1}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$display"
    for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
    xdpyinfo >/dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY: $(cat "$work/xvfb.log")"
    # On a busy machine (CI runs the suites two at a time) openbox can take a while, or lose its
    # first try to the screen still settling: it gets two tries of up to 15 s.
    for _ in 1 2; do
        openbox >"$work/openbox.log" 2>&1 &
        wm_pid=$!
        for _ in $(seq 150); do wmctrl -m >/dev/null 2>&1 && break; sleep 0.1; done
        wmctrl -m >/dev/null 2>&1 && break
        kill "$wm_pid" 2>/dev/null || true
        wait "$wm_pid" 2>/dev/null || true
    done
    wmctrl -m >/dev/null 2>&1 || fail "openbox did not start on $DISPLAY: $(cat "$work/openbox.log")"
}

stop_screen() {
    [ -n "$wm_pid" ] && { kill "$wm_pid" 2>/dev/null || true; wait "$wm_pid" 2>/dev/null || true; }
    [ -n "$xvfb_pid" ] && { kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; }
    wm_pid="" xvfb_pid=""
}

stop_app() {
    [ -n "$app_pid" ] && { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
    app_pid=""
}

wait_for_window() { # NAME: the id of the first visible window whose title matches
    local window=""
    for _ in $(seq 300); do
        window="$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -n 1 || true)"
        [ -n "$window" ] && break
        sleep 0.1
    done
    [ -n "$window" ] || fail "no window named $1"
    echo "$window"
}
