# civis_add_suite(<name> LABEL <label> [SOURCES <file>...] [LIBRARIES <target>...]
#                 [INCLUDES <dir>...] [LOGGING <rules>] [COMMAND_PREFIX <arg>...])
#
# One Qt Test suite: the executable <name> from <name>.cpp (and SOURCES), registered with CTest
# under LABEL, offscreen, with QT_LOGGING_RULES set to LOGGING (default: the chatty info
# categories off). COMMAND_PREFIX runs the suite through a wrapper (the private keychain).
# Every suite of every layer is registered through this one function.
function(civis_add_suite name)
    cmake_parse_arguments(PARSE_ARGV 1 SUITE "" "LABEL;LOGGING" "SOURCES;LIBRARIES;INCLUDES;COMMAND_PREFIX")
    if(NOT SUITE_LABEL)
        message(FATAL_ERROR "civis_add_suite(${name}): LABEL is required")
    endif()
    if(NOT DEFINED SUITE_LOGGING)
        set(SUITE_LOGGING "civis.*.info=false")
    endif()
    qt_add_executable(${name} ${name}.cpp ${SUITE_SOURCES})
    target_include_directories(${name} PRIVATE ${SUITE_INCLUDES})
    target_link_libraries(${name} PRIVATE ${SUITE_LIBRARIES} civis_common_flags Qt6::Test)
    # The suite's own code at -O1, after the build type's -O2: the code under test is the
    # libraries', compiled as it ships; a suite's test functions (a QTest macro each line) took
    # about a fifth longer to compile at -O2, for nothing a check relies on. Debug builds stay -O0.
    target_compile_options(${name} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-O1>)
    add_test(NAME ${name} COMMAND ${SUITE_COMMAND_PREFIX} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES LABELS ${SUITE_LABEL} TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=${SUITE_LOGGING}")
endfunction()
