# Settings shared by every target: warnings, sanitizers, clang-tidy.
# Targets link netadmin_settings instead of repeating flags.
add_library(netadmin_settings INTERFACE)
target_compile_options(netadmin_settings INTERFACE -Wall -Wextra -Wpedantic)
# GCC 12 at -O3 reports -Wrestrict inside std::string's own operator+ (a
# false positive, https://gcc.gnu.org/bugzilla/show_bug.cgi?id=105329).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(netadmin_settings INTERFACE -Wno-restrict)
endif()

option(NETADMIN_WERROR "Treat warnings as errors" OFF)
if(NETADMIN_WERROR)
  target_compile_options(netadmin_settings INTERFACE -Werror)
endif()

option(NETADMIN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(NETADMIN_SANITIZE)
  target_compile_options(netadmin_settings INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(netadmin_settings INTERFACE -fsanitize=address,undefined)
endif()

option(NETADMIN_CLANG_TIDY "Run clang-tidy while compiling" OFF)
if(NETADMIN_CLANG_TIDY)
  find_program(CLANG_TIDY_EXE NAMES clang-tidy-14 clang-tidy REQUIRED)
  # The compile commands are gcc's; clang must not fail on gcc-only warning flags.
  set(CMAKE_CXX_CLANG_TIDY ${CLANG_TIDY_EXE} --extra-arg=-Wno-unknown-warning-option)
endif()

find_program(CCACHE_EXE ccache)
if(CCACHE_EXE)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_EXE})
endif()
