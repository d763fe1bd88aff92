// Which targets depend on a file with errors (see withhold.hpp).
#include "remind/withhold.hpp"

#include "remind/targets.hpp"

#include <algorithm>

namespace netadmin::remind {

BrokenFiles::BrokenFiles(const model::Registry& registry, const load::Diagnostics& diagnostics) {
    for (const auto& diagnostic : diagnostics.items()) {
        if (!diagnostic.is_error()) continue;
        const auto found = std::find(registry.files.begin(), registry.files.end(), diagnostic.location().file);
        // Not a file of the registry: the reference data, or a folder or
        // file that could not be read at all. Counted as "the registry".
        everything_ = everything_ || found == registry.files.end();
        const auto index =
            found == registry.files.end() ? kWholeRegistry : static_cast<std::uint32_t>(found - registry.files.begin());
        auto entry = std::find_if(errors_.begin(), errors_.end(), [&](const auto& e) { return e.first == index; });
        if (entry == errors_.end()) {
            errors_.emplace_back(index, 1);
        } else {
            ++entry->second;
        }
    }
    std::sort(errors_.begin(), errors_.end());
    if (registry.settings.where && errors_in(registry.settings.where->file) > 0) {
        settings_.push_back(registry.settings.where->file);
    }
}

std::size_t BrokenFiles::errors_in(std::uint32_t file) const {
    const auto found = std::find_if(errors_.begin(), errors_.end(), [&](const auto& e) { return e.first == file; });
    return found == errors_.end() ? 0 : found->second;
}

std::vector<std::uint32_t> BrokenFiles::all() const {
    std::vector<std::uint32_t> files;
    files.reserve(errors_.size());
    for (const auto& [file, count] : errors_) files.push_back(file);
    return files;
}

std::vector<std::uint32_t> BrokenFiles::of(const model::Registry& registry, const Target& target,
                                           const std::vector<const model::Person*>& recipients) const {
    if (!any()) return {};
    if (everything_ || !settings_.empty()) return everything_ ? all() : settings_;
    std::vector<std::uint32_t> read;
    const auto add = [&](const auto* entity) {
        if (entity != nullptr) read.push_back(entity->where.file);
    };
    add(target.meeting);
    add(target.programme);
    if (target.meeting != nullptr) {
        if (!target.meeting->network.empty()) add(registry.network(target.meeting->network));
        if (!target.meeting->venue.empty()) add(registry.venue(target.meeting->venue));
    }
    for (const auto* person : recipients) add(person);
    std::sort(read.begin(), read.end());
    read.erase(std::unique(read.begin(), read.end()), read.end());
    std::vector<std::uint32_t> broken;
    std::copy_if(read.begin(), read.end(), std::back_inserter(broken), [&](auto f) { return errors_in(f) > 0; });
    return broken;
}

std::string BrokenFiles::name(const model::Registry& registry, std::uint32_t file) const {
    if (file >= registry.files.size()) return registry.root.empty() ? std::string(".") : registry.root;
    const auto& path = registry.files[file];
    const auto& root = registry.root;
    if (!root.empty() && path.size() > root.size() && path.compare(0, root.size(), root) == 0) {
        auto rest = path.substr(root.size());
        while (!rest.empty() && rest.front() == '/') rest.erase(0, 1);
        return rest;
    }
    return path;
}

}  // namespace netadmin::remind
