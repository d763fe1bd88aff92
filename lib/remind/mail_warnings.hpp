// What `netadmin check` can tell before a reminder fails: people who will be
// reminded (see remind/targets.hpp for who that is) but have no e-mail
// address, and reminder rules stated while [settings] names no sender, so
// that mail would leave as the machine's default address. Both are warnings
// located where the fix goes.
#pragma once

#include "load/diagnostic.hpp"
#include "model/registry.hpp"

namespace netadmin::remind {

void add_mail_warnings(const model::Registry& registry, load::Diagnostics& diagnostics);

}  // namespace netadmin::remind
