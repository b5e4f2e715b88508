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
source "$(dirname "$0")/desktop_session.sh"
need_tools Xvfb openbox wmctrl xdotool xdpyinfo import
export LANGUAGE=de

shoot() { # SIZE: the three screenshots on a WIDTHxHEIGHT screen
    local size="$1"
    fresh_home "home-$size"
    start_screen "$size"

    "$app" --sandbox >"$work/app.log" 2>&1 &
    app_pid=$!
    local window
    window="$(wait_for_window 'Civis Groups Admin')"
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

    stop_app
    stop_screen
}

mkdir -p "$out"
shoot 1280x800
shoot 1600x1000
echo "Saved to $out:"
ls "$out"/de-*.png
