#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB in build/) and checks it as a distribution would:
# lintian, desktop-file-validate, appstreamcli validate, every manual page renders without a
# warning and describes every option of the binary's --help, and the package holds every file
# it should. Run by packaging/test.sh after the test suites; needs no display. Exits non-zero on
# the first check that fails, saying which.
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=org.civisgroupsadmin.CivisGroupsAdmin
failures=0
fail() {
    echo "check-package: FAIL: $*" >&2
    failures=$((failures + 1))
}

build=${BUILD_DIR:-build}
cmake --build "$build" --target civis-groups civis-groups-sandbox civis_package_files > /dev/null
rm -f "$build"/civis-groups-admin_*.deb
(cd "$build" && cpack -G DEB > cpack.log) || { cat "$build/cpack.log" >&2; exit 1; }
debs=("$build"/civis-groups-admin_*.deb)
deb=${debs[0]}
echo "check-package: built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"

# The changelog's latest entry is this package's version.
changelog_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
[ "$changelog_version" = "$(dpkg-deb --field "$deb" Version)" ] \
    || fail "packaging/debian/changelog's latest entry is $changelog_version, the package $(dpkg-deb --field "$deb" Version)"

# Every file the package must hold.
expected=(
    ./usr/bin/civis-groups
    ./usr/bin/civis-groups-sandbox
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/civis-groups.1.gz
    ./usr/share/man/man1/civis-groups-sandbox.1.gz
    ./usr/share/doc/civis-groups-admin/copyright
    ./usr/share/doc/civis-groups-admin/changelog.Debian.gz
    ./usr/share/lintian/overrides/civis-groups-admin
)
for size in 16 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for file in "${expected[@]}"; do
    grep -qxF "$file" <<< "$contents" || fail "not in the package: $file"
done
# The Depends field: what shlibdeps found, and the SQLite driver loaded at run time.
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6widgets6 libqt6network6 libqt6keychain1; do
    grep -q "$needed" <<< "$depends" || fail "Depends lacks $needed: $depends"
done
grep -q "libsecret-1-0" <<< "$(dpkg-deb --field "$deb" Recommends)" || fail "Recommends lacks libsecret-1-0"

# lintian: no error and no warning (packaging/README.md says why the few info tags left stay).
# --allow-root: CI runs as root in a container.
if ! lintian --allow-root --fail-on error,warning --display-info "$deb" > "$build/lintian.log" 2>&1; then
    fail "lintian:"
    cat "$build/lintian.log" >&2
else
    echo "check-package: lintian: $(grep -c . "$build/lintian.log" || true) line(s), no error or warning"
    cat "$build/lintian.log"
fi

desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
# --no-net: the screenshots' URLs are not fetched (CI has no network to the project's site).
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml" > "$build/appstream.log" 2>&1 \
    || { fail "appstreamcli validate"; cat "$build/appstream.log" >&2; }
# The desktop entry starts what the package installs, and shows the icon it installs.
grep -qx "Exec=civis-groups" "$work/root/usr/share/applications/$app_id.desktop" || fail "desktop Exec"
grep -qx "Icon=$app_id" "$work/root/usr/share/applications/$app_id.desktop" || fail "desktop Icon"

# Manual pages: render without a groff warning, and name every option of --help (the binaries
# answer --help without a display).
for page in civis-groups civis-groups-sandbox; do
    file="$work/root/usr/share/man/man1/$page.1.gz"
    warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$file" 2>&1 > "$work/$page.txt") || fail "man -l $page"
    [ -z "$warnings" ] || fail "man -l $page warns: $warnings"
    grep -q "^NAME" "$work/$page.txt" || fail "man -l $page rendered nothing"
    help=$("$work/root/usr/bin/$page" --help)
    for option in $(grep -oE '(^|[ ,])--[a-z][a-z-]*' <<< "$help" | tr -d ' ,' | sort -u); do
        grep -qe "$option" "$work/$page.txt" || fail "$page.1 does not describe $option (in --help)"
    done
done

if ((failures)); then
    echo "check-package: $failures check(s) failed" >&2
    exit 1
fi
echo "check-package: $deb passes every check"
