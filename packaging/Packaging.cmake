# What `cmake --install` puts where, and the Debian package of it: `cpack -G DEB` in the build
# folder. packaging/check-package.sh builds the package and checks it (lintian and the rest);
# packaging/README.md says how, and what is left of lintian's findings and why.
include(GNUInstallDirs)
# Directories as Debian's policy has them, whatever the umask (lintian: non-standard-dir-perm).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(civis_app_id "org.civisgroupsadmin.CivisGroupsAdmin")
set(civis_package "civis-groups-admin")
set(civis_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
set(civis_generated "${PROJECT_BINARY_DIR}/packaging")

# The binaries are installed by their own folders (app/, sandbox/). The menu entry, the
# AppStream metainfo (with this version as its release) and the icon, in the places the desktop
# and software centres look.
install(FILES "${civis_linux}/${civis_app_id}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
configure_file("${civis_linux}/${civis_app_id}.metainfo.xml.in" "${civis_generated}/${civis_app_id}.metainfo.xml" @ONLY)
install(FILES "${civis_generated}/${civis_app_id}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/${civis_app_id}.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
foreach(size 16 24 32 48 64 128 256)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${civis_app_id}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Manual pages and the Debian changelog, compressed as Debian wants them: gzip -9, without the
# name and time stamp (-n), so the same sources make the same package.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(civis_compressed "")
foreach(page civis-groups.1 civis-groups-sandbox.1)
    configure_file("${PROJECT_SOURCE_DIR}/packaging/man/${page}.in" "${civis_generated}/${page}" @ONLY)
    list(APPEND civis_compressed "${page}")
endforeach()
configure_file("${PROJECT_SOURCE_DIR}/packaging/debian/changelog" "${civis_generated}/changelog.Debian" COPYONLY)
list(APPEND civis_compressed "changelog.Debian")
set(civis_compressed_outputs "")
foreach(file IN LISTS civis_compressed)
    add_custom_command(OUTPUT "${civis_generated}/${file}.gz"
        COMMAND "${GZIP_EXECUTABLE}" -9nf -k "${civis_generated}/${file}"
        DEPENDS "${civis_generated}/${file}"
        COMMENT "Compressing ${file}")
    list(APPEND civis_compressed_outputs "${civis_generated}/${file}.gz")
endforeach()
add_custom_target(civis_package_files ALL DEPENDS ${civis_compressed_outputs})
install(FILES "${civis_generated}/civis-groups.1.gz" "${civis_generated}/civis-groups-sandbox.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright" "${civis_generated}/changelog.Debian.gz"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${civis_package}")
# What lintian is told to leave, each with its reason in the file.
install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/lintian-overrides"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME "${civis_package}")

set(CPACK_PACKAGE_NAME "${civis_package}")
set(CPACK_PACKAGE_VENDOR "Civis Groups Admin developers")
set(CPACK_PACKAGE_CONTACT "Civis Groups Admin developers <maintainers@civisgroupsadmin.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "administer the groups of a Civis Platform organization")
# Wrapped by hand: CPack keeps the lines as given, and lintian wants them under 80 characters.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Civis Groups Admin is a desktop application (Qt 6) for the administrators"
    "of a Civis Platform organization: find and edit groups, move many people"
    "in and out of groups by drag and drop, a pasted list or a CSV file, and"
    "review who may read, write and manage each group. API keys are kept in"
    "the system keychain only."
    ""
    "It includes civis-groups-sandbox, an offline server of the same API over"
    "SQLite with a demo organization, for trying the application and for"
    "testing scripts.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# The Debian revision: 0.1.0-1, a package of upstream 0.1.0 (without one, Debian takes the package
# for a native one, whose changelog would be changelog.gz). packaging/debian/changelog's latest
# entry must name this version; check-package.sh checks it.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Debug symbols are dropped, not shipped in a -dbgsym package: the build folder keeps them.
set(CPACK_STRIP_FILES ON)
set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/strip-like-debian.cmake")
set(CPACK_CIVIS_STRIP "${CMAKE_STRIP}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://civisgroupsadmin.org/")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the SQLite driver of Qt Sql (the activity
# log, the sandbox).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# QtKeychain opens libsecret at run time; without it, or without a Secret Service to talk to,
# keys silently stay for the session only. Qt's own words (the standard buttons, the file
# dialog) in the desktop's language come from qt6-translations-l10n; the app's are compiled in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0, gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)
