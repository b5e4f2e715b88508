#!/usr/bin/env bash
# The access review's screenshots (resources/screenshots/review-*.png), taken as a person sees
# them: the real civis-groups on a virtual screen (Xvfb) with a real window manager (openbox), a
# fresh HOME and the demo seed of the offline sandbox, driven by keys alone. For each screen
# size: the Start Access Review dialog over the first three groups of the list, the review window
# mid-decision (K, R, L), and the Apply question; then the review applied, its PDF report saved
# (Ctrl+P) and its first two pages rendered (pdftoppm). The file names carry the size; the ones
# kept in resources/screenshots are copied from there by hand. Not run by CTest: run it after the
# review's layouts change, and look at every picture. Needs, beside what the desktop smoke test
# needs, imagemagick (import) and poppler-utils (pdftoppm).
# Usage: review_screenshots.sh PATH/TO/civis-groups [OUTPUT_DIR] (default resources/screenshots)
set -euo pipefail

app="$(realpath "$1")"
out="$(realpath "${2:-$(dirname "$0")/../../resources/screenshots}")"
source "$(dirname "$0")/desktop_session.sh"
need_tools Xvfb openbox wmctrl xdotool xdpyinfo import pdftoppm

shoot() { # SIZE: the screenshots on a WIDTHxHEIGHT screen
    local size="$1" window
    fresh_home "home-$size"
    start_screen "$size"

    "$app" --sandbox >"$work/app.log" 2>&1 &
    app_pid=$!
    window="$(wait_for_window '@ sandbox - Civis Groups Admin')"
    sleep 6 # the sandbox seeded, the list and the Users dock loaded
    xdotool windowactivate --sync "$window" 2>/dev/null || true
    # The first group of the list current; Start Access Review (Ctrl+Alt+V) starts with it; two
    # more picked by name in the dialog's group search (Tab, Tab: past the radio button).
    xdotool key --window "$window" ctrl+f
    xdotool key Down
    sleep 1
    xdotool key ctrl+alt+v
    wait_for_window 'Start Access Review' >/dev/null
    xdotool type --delay 20 'Q4 2026 finance groups'
    xdotool key Tab Tab
    for group in Finance 'Data Science'; do
        xdotool key ctrl+a
        xdotool type --delay 20 "$group"
        sleep 2
        xdotool key Return
        sleep 1
    done
    xdotool key shift+Tab shift+Tab End
    import -window root "$out/review-start-$size.png"
    xdotool key Return
    window="$(wait_for_window 'Access review: Q4 2026')"
    xdotool windowactivate --sync "$window" 2>/dev/null || true
    sleep 5 # the three groups read
    # Mid-decision: kept, removed, lowered (refused on a membership: said in the status bar).
    xdotool key --delay 120 k k r k k r k k k
    xdotool key n
    sleep 0.5
    xdotool type --delay 20 'Moved to the Boston office in June'
    xdotool key Return
    sleep 1
    import -window root "$out/review-window-$size.png"
    # Apply: the question, then the run (Enter: Apply is the default without a last-manager case).
    xdotool key ctrl+Return
    sleep 3
    import -window root "$out/review-apply-$size.png"
    xdotool key Return
    sleep 4
    # The report: Ctrl+P, a path typed into the file dialog.
    xdotool key ctrl+p
    wait_for_window 'Export Review Report as PDF' >/dev/null
    sleep 1
    xdotool key ctrl+a
    xdotool type --delay 10 "$work/report-$size.pdf"
    xdotool key Return
    for _ in $(seq 300); do [ -s "$work/report-$size.pdf" ] && break; sleep 0.1; done
    [ -s "$work/report-$size.pdf" ] || fail "no report on $size"
    sleep 1
    import -window root "$out/review-saved-$size.png"
    pdftoppm -png -r 60 -f 1 -l 2 "$work/report-$size.pdf" "$out/review-report-$size"

    stop_app
    stop_screen
}

mkdir -p "$out"
for size in ${SIZES:-1280x800 1600x1000}; do
    shoot "$size"
done
echo "Saved to $out:"
ls "$out"/review-*.png
