// The registry's format, marked when an edit brings in a newer one
// (registry_edit_impl.hpp, docs/collaboration.md "Mixed versions").
#include "edit/registry_edit_impl.hpp"

#include <algorithm>

namespace netadmin::edit::registry_edit_detail {

namespace {

// The oldest format that holds everything the registry uses. One line per
// feature that needs a newer format than the first.
int format_used(const model::Registry& registry) {
    const auto published = [](const model::Person& person) { return person.publish_contact; };
    if (std::any_of(registry.people.begin(), registry.people.end(), published)) return 2;
    return 1;
}

}  // namespace

bool mark_required_format(const model::Registry& before, const model::Registry& after, Edited& edited) {
    const int needed = format_used(after);
    if (needed <= format_used(before) || !before.settings.where) return false;
    const auto& path = before.files.at(before.settings.where->file);
    const auto found = std::find_if(edited.files.begin(), edited.files.end(),
                                    [&path](const load::SourceFile& file) { return file.path == path; });
    if (found == edited.files.end()) return false;
    const auto document = parsed(*found);
    if (!document) return false;
    const auto result = set_value(*document, Target::table("settings"), {"requires"}, Value(std::to_string(needed)));
    if (!result.ok() || *result == found->content) return false;
    replace_text(edited, static_cast<std::size_t>(found - edited.files.begin()), *result);
    return true;
}

}  // namespace netadmin::edit::registry_edit_detail
