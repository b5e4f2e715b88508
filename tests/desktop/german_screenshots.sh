#!/usr/bin/env bash
# The German screenshots (resources/screenshots/de-*.png), taken as a person on a German desktop
# sees the app: the real civis-groups under LANGUAGE=de, on a virtual screen (Xvfb) with a real
# window manager (openbox), a fresh HOME and the demo seed of the offline sandbox. For each screen
# size: the main window, the group dialog (Edit Group, Ctrl+E) and the Sharing tab, of the first
# group of the list (Alumni). Not run by CTest: run it after the German texts or the layouts change, and look
# at every picture (German words are longer: nothing may be clipped). Needs, beside what the
# desktop smoke test needs, imagemagick (import).
# Usage: german_screenshots.sh PATH/TO/civis-groups [OUTPUT_DIR] (default resources/screenshots)
set -euo pipefail

app="$(realpath "$1")"
out="$(realpath "${2:-$(dirname "$0")/../../resources/screenshots}")"
work="$(mktemp -d)"
xvfb_pid="" wm_pid="" app_pid=""

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
    [ -f "$work/app.log" ] && tail -n 30 "$work/app.log" >&2
    exit 1
}

for tool in Xvfb openbox wmctrl xdotool xdpyinfo import; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR CIVIS_API_KEY CIVIS_API_ENDPOINT QT_QPA_PLATFORM \
    QT_SCALE_FACTOR WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS LC_ALL LC_MESSAGES || true
export LANGUAGE=de

shoot() { # SIZE: the three screenshots on a WIDTHxHEIGHT screen
    local size="$1" display
    # A fresh person each time: nothing saved, nothing in the keychain.
    export HOME="$work/home-$size"
    mkdir -p "$HOME"
    for display in $(seq 91 190); do
        [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ] || break
    done
    Xvfb ":$display" -screen 0 "${size}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$display"
    for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
    openbox >"$work/openbox.log" 2>&1 &
    wm_pid=$!
    for _ in $(seq 150); do wmctrl -m >/dev/null 2>&1 && break; sleep 0.1; done
    wmctrl -m >/dev/null 2>&1 || fail "openbox did not start"

    "$app" --sandbox >"$work/app.log" 2>&1 &
    app_pid=$!
    local window=""
    for _ in $(seq 300); do
        window="$(xdotool search --name 'Civis Groups Admin' 2>/dev/null | head -n 1 || true)"
        [ -n "$window" ] && break
        sleep 0.1
    done
    [ -n "$window" ] || fail "no window on $size"
    # The sandbox seeded, the list and the Users dock loaded.
    sleep 6
    xdotool windowactivate --sync "$window" 2>/dev/null || true
    # The first group of the list, current.
    xdotool key --window "$window" ctrl+f
    xdotool key Down
    sleep 3
    import -window root "$out/de-main-window-$size.png"
    # The group dialog: Edit Group.
    xdotool key ctrl+e
    sleep 2
    import -window root "$out/de-group-dialog-edit-$size.png"
    xdotool key Escape
    sleep 1
    # The Sharing tab (Alt+F: "&Freigaben").
    xdotool key alt+f
    sleep 3
    import -window root "$out/de-sharing-tab-$size.png"

    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    kill "$wm_pid" 2>/dev/null || true
    wait "$wm_pid" 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    app_pid="" wm_pid="" xvfb_pid=""
}

mkdir -p "$out"
shoot 1280x800
shoot 1600x1000
echo "Saved to $out:"
ls "$out"/de-*.png
