# Run by cpack (CPACK_PRE_BUILD_SCRIPTS) on the staged files, after CPACK_STRIP_FILES' plain
# strip: also drop the .comment and .note sections, as Debian's dh_strip does (lintian:
# binary-has-unneeded-section). CPACK_TEMPORARY_INSTALL_DIRECTORY is the staging folder,
# CPACK_CIVIS_STRIP the build's strip (CMAKE_STRIP is not set in cpack's scripts).
file(GLOB_RECURSE binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
foreach(binary IN LISTS binaries)
    execute_process(
        COMMAND "${CPACK_CIVIS_STRIP}" --remove-section=.comment --remove-section=.note --strip-unneeded "${binary}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip ${binary} failed")
    endif()
endforeach()
