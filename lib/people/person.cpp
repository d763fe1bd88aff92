// A person's registry mentions (see person.hpp).
#include "people/person.hpp"

#include "state/participants.hpp"

#include <filesystem>

namespace netadmin::people {
namespace {

std::string place_of(const model::Registry& registry, const model::SourceRef& where) {
    if (where.file >= registry.files.size()) return {};
    const std::filesystem::path file = registry.files[where.file];
    const auto relative = registry.root.empty() ? file : file.lexically_relative(registry.root);
    return (relative.empty() ? file : relative).generic_string() + ":" + std::to_string(where.line);
}

}  // namespace

std::vector<RegistryMention> registry_mentions(const model::Registry& registry, std::string_view email) {
    std::vector<RegistryMention> mentions;
    const auto key = state::email_key(email);
    if (key.empty()) return mentions;
    for (const auto& person : registry.people) {
        if (state::email_key(person.email) != key) continue;
        mentions.push_back(
            {model::EntityKind::person, person.id, person.name, "email", place_of(registry, person.where), false});
    }
    const auto& settings = registry.settings;
    if (state::email_key(settings.mail_from) == key) {
        mentions.push_back({model::EntityKind::person,
                            {},
                            {},
                            "mail_from",
                            settings.where ? place_of(registry, *settings.where) : std::string{},
                            true});
    }
    return mentions;
}

std::vector<std::string> person_ids(const std::vector<RegistryMention>& mentions) {
    std::vector<std::string> ids;
    for (const auto& mention : mentions) {
        if (!mention.settings) ids.push_back(mention.id);
    }
    return ids;
}

}  // namespace netadmin::people
