// toml++'s implementation, compiled once for a self-contained executable
// (NETADMIN_STATIC_DEPS, see Dependencies.cmake). Everything else includes
// toml++ with TOML_HEADER_ONLY=0 and sees only its declarations.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
