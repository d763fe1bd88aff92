# The libraries netadmin uses, all from Debian 12 packages; nothing is
# downloaded. Targets link netadmin_fmt, netadmin_toml and netadmin_sqlite
# rather than the packages' own targets, so how they are linked is decided
# here once.
#
# NETADMIN_STATIC_DEPS (on by default) builds a self-contained executable:
# fmt and toml++ compiled in from their headers, SQLite and libstdc++ linked
# statically, only the C library shared. Resolving the symbols of five shared
# libraries was most of the start-up time of a short command (see
# docs/performance.md). Sanitizer and fuzz builds keep the shared packages:
# they instrument netadmin's code, not the libraries'.
find_package(fmt REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(CLI11 REQUIRED)

option(NETADMIN_STATIC_DEPS "Compile in fmt and toml++, link SQLite and libstdc++ statically" ON)
if(NETADMIN_SANITIZE OR NETADMIN_FUZZ)
  set(NETADMIN_STATIC_DEPS OFF)
endif()

if(NETADMIN_STATIC_DEPS)
  # FindSQLite3 (used by SQLiteCpp's package) takes the library from this
  # cache entry; the archive needs the maths library besides what SQLiteCpp
  # already adds (threads, dl).
  find_library(SQLite3_LIBRARY NAMES libsqlite3.a REQUIRED)
endif()
find_package(SQLiteCpp REQUIRED)

add_library(netadmin_fmt INTERFACE)
add_library(netadmin_toml INTERFACE)
add_library(netadmin_sqlite INTERFACE)
target_link_libraries(netadmin_sqlite INTERFACE SQLiteCpp)

if(NETADMIN_STATIC_DEPS)
  target_link_libraries(netadmin_fmt INTERFACE fmt::fmt-header-only)
  # toml++'s implementation is compiled once, in toml_implementation.cpp;
  # every other file sees only its declarations.
  get_target_property(toml_includes tomlplusplus::tomlplusplus INTERFACE_INCLUDE_DIRECTORIES)
  add_library(netadmin_toml_implementation STATIC ${PROJECT_SOURCE_DIR}/cmake/toml_implementation.cpp)
  target_include_directories(netadmin_toml_implementation SYSTEM PUBLIC ${toml_includes})
  target_compile_definitions(netadmin_toml_implementation PUBLIC TOML_HEADER_ONLY=0)
  target_compile_features(netadmin_toml_implementation PUBLIC cxx_std_17)
  target_link_libraries(netadmin_toml INTERFACE netadmin_toml_implementation)
  target_link_libraries(netadmin_sqlite INTERFACE m)
  target_link_options(netadmin_settings INTERFACE -static-libstdc++ -static-libgcc)
else()
  target_link_libraries(netadmin_fmt INTERFACE fmt::fmt)
  target_link_libraries(netadmin_toml INTERFACE tomlplusplus::tomlplusplus)
endif()
