// The files of a new registry for one region (`netadmin init`): the
// region's file with its [region] filled in from the reference data
// (county code and name) and a commented-out example of every other kind
// of entity, a settings file, and a sources file citing the reference data
// the region's facts come from. Commented out, the examples cost nothing:
// `check` passes on the new registry at once.
#pragma once

#include "i18n/language.hpp"
#include "model/reference.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace netadmin::edit {

struct NewFile {
    std::string name;  // relative to the registry folder
    std::string text;
};

// The county a command-line value names: its code ("25"), its name in any
// case, with or without "län" ("Norrbottens län", "norrbotten"), its
// region's name ("Region Norrbotten") or the region id init would give it
// ("vastra-gotaland"). nullptr when none does.
const model::County* find_county(const model::Reference& reference, std::string_view value);

// The region id for a county: its name without "län" and the genitive s,
// as a slug ("Västra Götalands län" -> "vastra-gotaland").
std::string region_id(const model::County& county);

// Every name find_county takes for the counties, for "did you mean".
std::vector<std::string> county_names(const model::Reference& reference);

// The comments of the new files are in `language`; keys and example
// values are the file format's own and stay as they are.
std::vector<NewFile> new_registry(const model::County& county, i18n::Language language);

}  // namespace netadmin::edit
