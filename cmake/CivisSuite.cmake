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
    # Its precompiled header, if other suites link the same libraries (civis_suite_pch, below).
    if(SUITE_LIBRARIES)
        string(MAKE_C_IDENTIFIER "${SUITE_LIBRARIES}" key)
        set_property(GLOBAL APPEND PROPERTY civis_suite_pch_keys ${key})
        set_property(GLOBAL APPEND PROPERTY civis_suite_pch_${key} ${name})
        # AUTOMOC's file is empty in a suite (it includes its own .moc): no header to load for it.
        set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/${name}_autogen/mocs_compilation.cpp"
            PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
    add_test(NAME ${name} COMMAND ${SUITE_COMMAND_PREFIX} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES LABELS ${SUITE_LABEL} TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=${SUITE_LOGGING}")
endfunction()

# Precompiled headers for the suites: Qt Test (with Qt Gui's and Qt Widgets' parts where the
# suite links them) and the Qt Core classes most suites use, parsed once per group of suites
# that link the same libraries (their flags match, so gcc can use one .gch), not once per
# suite: about a fifth of a suite's compile time. Groups of one get none (its .gch would cost
# more than it saves). Run at the end of the top directory, when every suite is known.
# packaging/tidy.sh strips the -include of cmake_pch.hxx from the compile commands it gives
# clang-tidy, which checks each file as written.
set(civis_suite_pch_headers
    <QtTest/QTest> <QtTest/QSignalSpy>
    <QtCore/QObject> <QtCore/QString> <QtCore/QList> <QtCore/QHash> <QtCore/QVariant>
    <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QJsonObject>
    <QtCore/QDir> <QtCore/QFile> <QtCore/QTemporaryDir> <QtCore/QTimer>
    <functional> <memory> <optional>)
function(civis_suite_pch)
    get_property(keys GLOBAL PROPERTY civis_suite_pch_keys)
    list(REMOVE_DUPLICATES keys)
    foreach(key IN LISTS keys)
        get_property(suites GLOBAL PROPERTY civis_suite_pch_${key})
        list(LENGTH suites count)
        if(count LESS 2)
            continue()
        endif()
        list(POP_FRONT suites owner)
        target_precompile_headers(${owner} PRIVATE ${civis_suite_pch_headers})
        foreach(suite IN LISTS suites)
            target_precompile_headers(${suite} REUSE_FROM ${owner})
        endforeach()
    endforeach()
endfunction()
cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL civis_suite_pch)
