#!/usr/bin/env bash
# Installs the Debian 12 packages the build needs (only those missing) and builds into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/phases.sh

packages=(
    cmake ninja-build g++ pkg-config
    lld   # links the ~70 executables (cmake/CommonFlags.cmake): a third of GNU ld's CPU
    qt6-base-dev libqt6sql6-sqlite
    libsqlite3-dev   # the sandbox reads its hot rows through SQLite's C API, on the QSQLITE driver's handle
    qt6-httpserver-dev qt6-websockets-dev   # QtHttpServer's CMake package needs QtWebSockets
    qtkeychain-qt6-dev libgl-dev
    # translations/: lupdate and lrelease (qt_add_translations), and Qt's own German words
    # (qtbase_de.qm) that the app loads beside its own
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # The keychain suite's private Secret Service: a session bus, gnome-keyring, and the libsecret that
    # QtKeychain loads at run time (without it QtKeychain has no Secret Service backend at all).
    dbus-daemon gnome-keyring libsecret-1-0   # dbus-daemon has dbus-run-session
    clang-tidy   # packaging/tidy.sh, run by the test command
    # The desktop smoke test (tests/desktop): a virtual screen, a real window manager, and the
    # tools that drive and measure its windows (xwininfo, xprop and xdpyinfo are in x11-utils).
    xvfb openbox wmctrl xdotool x11-utils
    # tests/pyclient: what the official Python client (../shared/civis-python) imports, for
    # Debian's own python3 (its README names them)
    python3 python3-requests python3-yaml python3-click python3-jsonschema python3-tenacity
    python3-joblib python3-cloudpickle python3-typing-extensions
    # packaging/check-package.sh, run by the test command: cpack's shlibdeps (dpkg-shlibdeps, and
    # file to find the binaries), the checkers, and man with groff to render the manual pages.
    dpkg-dev file lintian desktop-file-utils appstream man-db groff-base
    # tst_reviewapply reads the access review's PDF back (pdftotext), page by page: its header and
    # page number on each; pdftoppm renders its pages for a look
    poppler-utils
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    phase apt-update $sudo apt-get update -q
    phase apt-install env DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build_type="${CMAKE_BUILD_TYPE:-RelWithDebInfo}"
configure=(-S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type")
# CI (CI=true) builds without debug information: the same -O2 code, but -g made every compile
# about 40% dearer and every link of the static libraries into the tests dearer still, and
# nothing on CI reads it (the package is stripped; a test's crash names its functions from the
# symbol table). A developer's build/ keeps it.
if [ "${CI:-}" = true ] && [ "$build_type" = RelWithDebInfo ]; then
    configure+=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG")
fi
phase configure cmake "${configure[@]}"
phase build cmake --build build --parallel "$(nproc)"
