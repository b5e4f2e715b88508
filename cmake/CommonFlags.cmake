# One INTERFACE target carries the flags every target of this project shares.
add_library(civis_common_flags INTERFACE)
target_compile_features(civis_common_flags INTERFACE cxx_std_17)
target_compile_definitions(civis_common_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    CIVIS_GROUPS_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(civis_common_flags INTERFACE -Wall -Wextra -Wpedantic)
endif()

# Hardening, as Debian builds its packages (dpkg-buildflags' "hardening=+all" but for the
# time-costly ones) and lintian checks the binaries for: fortified libc calls where the
# optimizer can see buffer sizes, stack canaries, a read-only GOT bound at start, and position
# independent executables (Debian's g++ makes PIE by default; said here so any compiler does).
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # _FORTIFY_SOURCE needs optimization; in Debug builds glibc would only warn.
    target_compile_definitions(civis_common_flags INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(civis_common_flags INTERFACE -fstack-protector-strong)
    target_link_options(civis_common_flags INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

# Links with lld where the compiler can (Debian: lld), GNU ld otherwise: ld.bfd took three to four
# times the CPU for each of the ~70 executables (the suites each link the static libraries and Qt;
# without -g, 0.46 s against 0.15 s for tst_sandboxgroups, 1.27 s against 0.29 s for
# civis-groups; with -g, seconds each). The same code either way, and the same hardening
# (PIE, RELRO, BIND_NOW, the build ID) that lintian checks. -DCIVIS_USE_LLD=OFF for GNU ld.
include(CheckLinkerFlag)
check_linker_flag(CXX -fuse-ld=lld CIVIS_HAVE_LLD)
option(CIVIS_USE_LLD "Link with lld (faster than GNU ld)" ${CIVIS_HAVE_LLD})
if(CIVIS_USE_LLD)
    add_link_options(-fuse-ld=lld)
endif()
