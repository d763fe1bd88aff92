// Reminder problems found by `check` (remind/mail_warnings.hpp).
#include "remind/mail_warnings.hpp"

#include "remind/targets.hpp"

#include <set>

namespace netadmin::remind {
namespace {

// Listed one by one up to here, then counted in one more warning, as for
// entities without a source (load/validate.cpp).
constexpr std::size_t kMaxListed = 20;

load::Location location_of(const model::Registry& registry, const model::SourceRef& where) {
    const auto& file = where.file < registry.files.size() ? registry.files[where.file] : registry.root;
    return load::Location{file, where.line, where.column};
}

// Every person some target reminds. A meeting whose recipients follow from
// its programme or network shares that list, so each list is walked once:
// a network meeting in a large region reminds thousands of people.
std::set<const model::Person*> reminded_people(const model::Registry& registry) {
    std::set<const model::Person*> people;
    std::set<const void*> shared_lists;
    RecipientFinder finder(registry);
    for (const auto& target : reminder_targets(registry)) {
        const auto* meeting = target.meeting;
        if (meeting != nullptr && !meeting->recipients && meeting->extra_recipients.empty()) {
            const void* list = target.programme != nullptr
                                   ? static_cast<const void*>(target.programme)
                                   : static_cast<const void*>(registry.network(meeting->network));
            if (!shared_lists.insert(list).second) continue;
        }
        for (const auto* person : finder.of(target)) people.insert(person);
    }
    return people;
}

// Where reminder rules are stated: [settings.reminders], else the first
// entity with its own [..reminders] table; nullptr when only the built-in
// defaults apply.
const model::SourceRef* stated_rules(const model::Registry& registry) {
    if (registry.settings.reminders_set && registry.settings.where) return &*registry.settings.where;
    auto has = [](const model::ReminderRules& rules) { return rules.meeting_days || rules.deadline_days; };
    for (const auto& region : registry.regions) {
        if (has(region.reminders)) return &region.where;
    }
    for (const auto& network : registry.networks) {
        if (has(network.reminders)) return &network.where;
    }
    for (const auto& programme : registry.programmes) {
        if (has(programme.reminders)) return &programme.where;
    }
    for (const auto& meeting : registry.meetings) {
        if (has(meeting.reminders)) return &meeting.where;
    }
    return nullptr;
}

}  // namespace

void add_mail_warnings(const model::Registry& registry, load::Diagnostics& diagnostics) {
    std::size_t without = 0;
    for (const auto* person : reminded_people(registry)) {
        if (!person->email.empty() || ++without > kMaxListed) continue;
        auto& d = diagnostics.warning(location_of(registry, person->where), i18n::Msg::warn_reminded_without_email,
                                      person->name.empty() ? person->id : person->name);
        d.set_hint(i18n::Msg::hint_add_email);
    }
    if (without > kMaxListed) {
        const auto& where = registry.root.empty() && !registry.files.empty() ? registry.files.front() : registry.root;
        diagnostics.warning(load::Location{where}, i18n::Msg::warn_more_reminded_without_email,
                            static_cast<std::int64_t>(without - kMaxListed));
    }
    if (!registry.settings.mail_from.empty()) return;
    if (const auto* where = stated_rules(registry)) {
        auto& d = diagnostics.warning(location_of(registry, *where), i18n::Msg::warn_no_mail_from);
        d.set_hint(i18n::Msg::hint_add_mail_from);
    }
}

}  // namespace netadmin::remind
