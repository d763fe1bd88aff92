// Reminders from a registry with errors. Silence costs more than a partial
// run here: one bad address in one region's file must not stop every
// region's reminders. The unit of independence is the file: a target is
// sent when the files of everything it reads are free of errors (its
// meeting, its programme, its network, its venue and each recipient), and
// withheld otherwise. Errors in the file holding [settings], or in a file
// netadmin cannot place, withhold everything: settings shape every message.
// Every other command still refuses a registry with errors.
#pragma once

#include "load/diagnostic.hpp"
#include "model/registry.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace netadmin::remind {

struct Target;

// The "file" of errors that belong to no registry file (see BrokenFiles::name).
inline constexpr std::uint32_t kWholeRegistry = 0xffffffffU;

class BrokenFiles {
public:
    BrokenFiles() = default;
    BrokenFiles(const model::Registry& registry, const load::Diagnostics& diagnostics);

    bool any() const { return everything_ || !errors_.empty(); }
    // The broken files `target` reads from, for these recipients (empty: it can be sent).
    std::vector<std::uint32_t> of(const model::Registry& registry, const Target& target,
                                  const std::vector<const model::Person*>& recipients) const;
    // Every broken file, in registry order.
    std::vector<std::uint32_t> all() const;
    std::size_t errors_in(std::uint32_t file) const;
    // "norrbotten.toml": the file's name within the registry.
    std::string name(const model::Registry& registry, std::uint32_t file) const;

private:
    bool everything_ = false;
    std::vector<std::uint32_t> settings_;                        // the [settings] file, when it is broken
    std::vector<std::pair<std::uint32_t, std::size_t>> errors_;  // file index, error count
};

}  // namespace netadmin::remind
