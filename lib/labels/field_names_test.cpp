#include "labels/field_names.hpp"

#include "model/field_access.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace netadmin;
using i18n::Language;
using model::EntityKind;

TEST_SUITE("labels::field_names") {
    TEST_CASE("a key has a Swedish name; in English it is the key") {
        CHECK(labels::field_name(Language::sv, "municipality") == "kommun");
        CHECK(labels::field_name(Language::en, "municipality") == "municipality");
        CHECK(labels::field_name(Language::sv, "registration.deadline") == "anmälan.sista_anmälningsdag");
        CHECK(labels::field_name(Language::sv, "no_such_key") == "no_such_key");
    }
    TEST_CASE("a key as a message argument is its catalogue key, or itself when unknown") {
        CHECK(labels::field_arg("venue") == catalog::Arg(i18n::Msg::field_venue));
        CHECK(labels::field_arg("no_such_key") == catalog::Arg(std::string("no_such_key")));
    }
    TEST_CASE("a field is found by either name, in any case, with or without accents and hyphens") {
        for (const auto* name : {"kommun", "Kommun", "KOMMUN", "municipality"}) {
            const auto field = labels::find_field(EntityKind::centre, name);
            REQUIRE(field);
            CHECK(field->key == "municipality");
        }
        CHECK(labels::find_field(EntityKind::person, "E-post")->key == "email");
        CHECK(labels::find_field(EntityKind::person, "epost")->key == "email");
        CHECK(labels::find_field(EntityKind::meeting, "anmälan.sista_anmälningsdag")->key == "registration.deadline");
        CHECK(labels::find_field(EntityKind::meeting, "anmalan.deadline")->key == "registration.deadline");
        CHECK(labels::find_field(EntityKind::centre, "Sista anmälningsdag") == std::nullopt);
        CHECK(labels::find_field(EntityKind::centre, "kommunen") == std::nullopt);
    }
    TEST_CASE("every key of every kind has a Swedish name, and no two fields of a kind share a name") {
        for (const auto kind : {EntityKind::region, EntityKind::organisation, EntityKind::person, EntityKind::centre,
                                EntityKind::network, EntityKind::programme, EntityKind::meeting, EntityKind::venue,
                                EntityKind::resource, EntityKind::source, EntityKind::count}) {
            std::set<std::string> seen;
            for (const auto& field : model::field_infos(kind)) {
                for (std::size_t start = 0; start <= field.key.size();) {
                    auto dot = field.key.find('.', start);
                    if (dot == std::string::npos) dot = field.key.size();
                    CHECK_MESSAGE(labels::field_label(field.key.substr(start, dot - start)), field.key);
                    start = dot + 1;
                }
                CHECK_MESSAGE(seen.insert(labels::field_name(Language::sv, field.key)).second, field.key);
                const auto found = labels::find_field(kind, labels::field_name(Language::sv, field.key));
                REQUIRE(found);
                CHECK(found->key == field.key);
            }
        }
    }
}
