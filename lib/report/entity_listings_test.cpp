#include "report/entity_listings.hpp"

#include "model/field_access.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace netadmin;
using model::EntityKind;

namespace {

constexpr EntityKind kKinds[] = {EntityKind::region,  EntityKind::organisation, EntityKind::person,
                                 EntityKind::centre,  EntityKind::network,      EntityKind::programme,
                                 EntityKind::meeting, EntityKind::venue,        EntityKind::resource,
                                 EntityKind::source,  EntityKind::count};

}  // namespace

TEST_CASE("listings: every column of the simple listings is a field of its kind's table") {
    for (const auto& listing : report::entity_listings()) {
        const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds), [&](EntityKind k) {
            return std::string(model::entity_kind_name(k)) + "s" == listing.plural;
        });
        REQUIRE(kind != std::end(kKinds));
        const model::Registry empty;
        for (const auto& column : listing.build(empty, {}, i18n::Language::en).columns) {
            CAPTURE(column.key);
            CHECK((column.key == "id" || model::find_field(*kind, column.key)));
        }
    }
}
