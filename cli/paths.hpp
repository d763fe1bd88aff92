// Where the bundled data lives: $NETADMIN_DATA_DIR, else share/netadmin
// beside an installed binary, else the source tree the binary was built from.
#pragma once

#include <filesystem>

namespace netadmin::cli {

std::filesystem::path find_data_dir();

}  // namespace netadmin::cli
