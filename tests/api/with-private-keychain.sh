#!/bin/sh
# Runs "$@" with a private, unlocked Secret Service (gnome-keyring) on a private session bus.
set -eu
for tool in dbus-run-session dbus-daemon gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-private-keychain: $tool is missing (run packaging/setup-debian.sh)" >&2; exit 1; }
done
dir=$(mktemp -d "${TMPDIR:-/tmp}/civis-keychain.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export HOME="$dir/home" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache"
export XDG_RUNTIME_DIR="$dir/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# No desktop hints either: with them QtKeychain may pick KWallet instead of the Secret Service.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL XDG_CURRENT_DESKTOP DESKTOP_SESSION \
    GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION
# A non-empty password makes --unlock create the "login" collection, which becomes the default one.
status=0
dbus-run-session -- sh -c '
    printf %s civis-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
        { echo "with-private-keychain: gnome-keyring-daemon did not start" >&2; exit 1; }
    CIVIS_TEST_KEYCHAIN=private "$@"' with-private-keychain "$@" || status=$?
exit "$status"
