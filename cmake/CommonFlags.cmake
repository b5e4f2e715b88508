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
