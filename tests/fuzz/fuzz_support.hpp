// Shared by the fuzz targets: the bundled reference data (read once) and a
// check that whatever the loader returns can be rendered in both languages.
#pragma once

#include "load/registry_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace netadmin::fuzz {

// Counties and municipalities from data/reference, loaded on first use.
const model::Reference& reference();

// Loads the files and renders every diagnostic, as `netadmin check` would.
void load_and_render(const std::vector<load::SourceFile>& files);

}  // namespace netadmin::fuzz
