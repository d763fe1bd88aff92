#include "model/field_access.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace netadmin;
using model::EntityKind;
using model::ValueType;

namespace {

constexpr EntityKind kKinds[] = {EntityKind::region,  EntityKind::organisation, EntityKind::person,
                                 EntityKind::centre,  EntityKind::network,      EntityKind::programme,
                                 EntityKind::meeting, EntityKind::venue,        EntityKind::resource,
                                 EntityKind::source,  EntityKind::count};

constexpr std::string_view kRegistry = R"(
region = "nb"

[[organisation]]
id = "kommunen"
name = "Kalix kommun"

[[centre]]
id = "fc"
name = "Familjecentralen"
municipality = "Kalix"
operations = ["bvc", "open-preschool"]

[[meeting]]
id = "traff"
kind = "dialogue-day"
title = "Träffen"
date = "2024-05"
start = "08:30"
registration = { deadline = 2024-04-01 }
speakers = [{ person = "kommunen" }]
)";

model::Registry loaded_registry() {
    auto loaded = testing::registry_from_toml(kRegistry);
    return std::move(loaded.registry);
}

model::EntityRef ref(const model::Registry& registry, std::string_view id) { return *registry.find(id); }

// The text of a section "### kind" of docs/registry.md, up to the next heading.
std::string docs_section(std::string_view kind) {
    const auto docs = testing::read_file(testing::reference_dir().parent_path().parent_path() / "docs" / "registry.md");
    auto start = docs.find("\n### " + std::string(kind) + "\n");
    if (start == std::string::npos) start = docs.find("\n### " + std::string(kind) + " ");
    if (start == std::string::npos) return {};
    const auto end = docs.find("\n#", start + 1);
    return docs.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

TEST_CASE("field table: a kind's field by key, with its type, requirement and the kind it names") {
    const auto municipality = model::find_field(EntityKind::centre, "municipality");
    REQUIRE(municipality);
    CHECK(municipality->type == ValueType::municipality);
    CHECK(municipality->required);
    CHECK_FALSE(municipality->refers_to);

    const auto organisation = model::find_field(EntityKind::person, "organisation");
    REQUIRE(organisation);
    CHECK(organisation->type == ValueType::id);
    CHECK(organisation->refers_to == EntityKind::organisation);
    CHECK_FALSE(organisation->required);

    CHECK(model::find_field(EntityKind::meeting, "kind")->type == ValueType::word);
    CHECK(model::find_field(EntityKind::meeting, "speakers")->type == ValueType::table_list);
    CHECK(model::find_field(EntityKind::meeting, "speakers.person")->refers_to == EntityKind::person);
    CHECK(model::find_field(EntityKind::programme, "registration.deadline")->type == ValueType::date);
    CHECK(model::find_field(EntityKind::meeting, "session")->max == 1000);
    CHECK_FALSE(model::find_field(EntityKind::centre, "title"));
    CHECK_FALSE(model::find_field(EntityKind::centre, "id"));
}

TEST_CASE("field table: every key of [settings] is documented in the catalogue") {
    for (const auto& field : model::settings_field_infos()) {
        CAPTURE(field.key);
        CHECK(catalog::key_name(field.doc).starts_with("doc_"));
    }
}

TEST_CASE("field table: every kind has its keys once, each documented, provenance after its own fields") {
    for (const auto kind : kKinds) {
        CAPTURE(model::entity_kind_name(kind));
        const auto fields = model::field_infos(kind);
        std::set<std::string> keys;
        for (const auto& field : fields) {
            CAPTURE(field.key);
            CHECK(keys.insert(field.key).second);
            CHECK(catalog::key_name(field.doc).starts_with("doc_"));
            const bool names_entity = field.type == ValueType::id || field.type == ValueType::id_list;
            CHECK(names_entity == field.refers_to.has_value());
        }
        REQUIRE(fields.size() >= 3);
        CHECK(fields[fields.size() - 3].key == "sources");
        CHECK(fields[fields.size() - 3].refers_to == EntityKind::source);
        CHECK(fields.back().key == "inference_note");
    }
}

TEST_CASE("field table: docs/registry.md shows every key of every kind") {
    for (const auto kind : kKinds) {
        const auto section = docs_section(model::entity_kind_name(kind));
        CAPTURE(model::entity_kind_name(kind));
        REQUIRE_FALSE(section.empty());
        for (const auto& field : model::field_infos(kind)) {
            // Provenance has its own section; nested keys are written inline.
            if (field.key == "sources" || field.key == "inferred" || field.key == "inference_note") continue;
            if (field.key.find('.') != std::string::npos) continue;
            CAPTURE(field.key);
            const bool shown = section.find("\n" + field.key + " =") != std::string::npos ||
                               section.find("`" + field.key + " =") != std::string::npos;
            CHECK(shown);
        }
    }
}

TEST_CASE("field access: a value in data form, by key or by path") {
    const auto registry = loaded_registry();
    const auto centre = ref(registry, "fc");
    CHECK(model::field_data(registry, centre, "name") == std::vector<std::string>{"Familjecentralen"});
    CHECK(model::field_data(registry, centre, "municipality") == std::vector<std::string>{"2514"});
    CHECK(model::field_data(registry, centre, "region") == std::vector<std::string>{"nb"});
    CHECK(model::field_data(registry, centre, "operations") == std::vector<std::string>{"bvc", "open-preschool"});
    CHECK(model::field_data(registry, centre, "kind") == std::vector<std::string>{"similar"});
    CHECK(model::field_data(registry, centre, "opened").empty());
    CHECK(model::field_data(registry, centre, "nonsense").empty());

    const auto meeting = ref(registry, "traff");
    CHECK(model::field_data(registry, meeting, "kind") == std::vector<std::string>{"dialogue-day"});
    CHECK(model::field_data(registry, meeting, "status") == std::vector<std::string>{"planned"});
    CHECK(model::field_data(registry, meeting, "date") == std::vector<std::string>{"2024-05"});
    CHECK(model::field_data(registry, meeting, "start") == std::vector<std::string>{"08:30"});
    CHECK(model::field_data(registry, meeting, "registration.deadline") == std::vector<std::string>{"2024-04-01"});
    CHECK(model::field_data(registry, meeting, "registration.channel").empty());
    CHECK(model::field_data(registry, ref(registry, "kommunen"), "registration.deadline").empty());
}

TEST_CASE("field access: a value parsed from text as the field's type") {
    auto registry = loaded_registry();
    const auto meeting = ref(registry, "traff");
    using model::Assigned;
    CHECK(model::assign_field(registry, meeting, "date", "2024-autumn") == Assigned::ok);
    CHECK(model::field_data(registry, meeting, "date") == std::vector<std::string>{"2024-autumn"});
    CHECK(model::assign_field(registry, meeting, "date", "soon") == Assigned::bad_value);
    CHECK(model::assign_field(registry, meeting, "status", "held") == Assigned::ok);
    CHECK(registry.meetings[meeting.index].status == model::MeetingStatus::held);
    CHECK(model::assign_field(registry, meeting, "status", "finished") == Assigned::bad_value);
    CHECK(model::assign_field(registry, meeting, "kind", "") == Assigned::bad_value);
    CHECK(model::assign_field(registry, meeting, "session", "3") == Assigned::ok);
    CHECK(model::assign_field(registry, meeting, "session", "0") == Assigned::bad_value);
    CHECK(model::assign_field(registry, meeting, "session", "3x") == Assigned::bad_value);
    CHECK(model::assign_field(registry, meeting, "participants", "about 30") == Assigned::ok);
    CHECK(model::field_data(registry, meeting, "participants") == std::vector<std::string>{"about 30"});
    CHECK(model::assign_field(registry, meeting, "end", "16:00") == Assigned::ok);
    CHECK(model::assign_field(registry, meeting, "registration.channel", "Kalendern") == Assigned::ok);
    CHECK(model::field_data(registry, meeting, "registration.channel") == std::vector<std::string>{"Kalendern"});
    CHECK(model::assign_field(registry, meeting, "summary", "") == Assigned::ok);
    CHECK(model::assign_field(registry, meeting, "speakers", "anna") == Assigned::not_text);
    CHECK(model::assign_field(registry, meeting, "municipality", "Kalix") == Assigned::not_text);
    CHECK(model::assign_field(registry, meeting, "nonsense", "x") == Assigned::unknown_key);

    const auto kommunen = ref(registry, "kommunen");
    CHECK(model::assign_field(registry, kommunen, "inference_note", "Gissat.") == Assigned::ok);
    CHECK(registry.organisations[kommunen.index].provenance.inference_note == "Gissat.");
    // A kind without the nested table has none of its fields.
    CHECK(model::assign_field(registry, kommunen, "registration.deadline", "2024") == Assigned::unknown_key);
}
