# Connection settings and saved profiles (tst_connectionsettings), against a real system keychain.
#
# QtKeychain on Linux talks to the Secret Service over the session D-Bus (through libsecret, which
# it loads at run time). CI has no display and no session bus, so the keychain suite runs under
# with-private-keychain.sh (beside this file): a private session bus (dbus-run-session), a throw-away HOME and XDG
# dirs, and gnome-keyring-daemon with a "login" collection created and unlocked from stdin, so
# storing needs no prompt. It never touches the person's keyring, and with CIVIS_TEST_KEYCHAIN=private
# the keychain tests fail (never skip) when that keychain cannot be reached.
# Packages (packaging/setup-debian.sh): dbus-daemon (with dbus-run-session), gnome-keyring, libsecret-1-0.
# tst_connectionsettings_nokeychain*: the same executable with no keychain at all checks that nothing is
# stored anywhere and that the errors say why.

set(civis_keychain_wrapper "${CMAKE_CURRENT_LIST_DIR}/with-private-keychain.sh")

civis_add_suite(tst_connectionsettings LABEL api
    LIBRARIES civis_api Qt6Keychain::Qt6Keychain
    COMMAND_PREFIX sh "${civis_keychain_wrapper}"
    LOGGING "")
# No keychain: the session bus points nowhere. Run twice, because QtKeychain picks its backend once per
# process: libsecret (the default), and KWallet (as on KDE), whose path is the one where QtKeychain
# would write a key to a plain file if the insecure fallback were ever on.
set(civis_no_keychain DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/civis-no-session-bus CIVIS_TEST_KEYCHAIN=unavailable)
add_test(NAME tst_connectionsettings_nokeychain
    COMMAND env -u DISPLAY -u WAYLAND_DISPLAY -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u GNOME_DESKTOP_SESSION_ID
        -u KDE_FULL_SESSION -u KDE_SESSION_VERSION ${civis_no_keychain} $<TARGET_FILE:tst_connectionsettings>)
add_test(NAME tst_connectionsettings_nokeychain_kwallet
    COMMAND env -u DISPLAY -u WAYLAND_DISPLAY ${civis_no_keychain} XDG_CURRENT_DESKTOP=KDE KDE_SESSION_VERSION=4
        $<TARGET_FILE:tst_connectionsettings>)
set_tests_properties(tst_connectionsettings_nokeychain tst_connectionsettings_nokeychain_kwallet
    PROPERTIES LABELS api TIMEOUT 120 ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
