#include "edit/field_value.hpp"
#include "load/table_reader.hpp"

#include "load/registry_loader.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using netadmin::edit::Change;

namespace {

model::FieldInfo field(model::EntityKind kind, std::string_view key) { return *model::find_field(kind, key); }

std::string text_of(const catalog::Result<edit::Value>& value) {
    REQUIRE(value.ok());
    return edit::value_text(*value);
}

}  // namespace

TEST_SUITE("edit::field_value") {
    TEST_CASE("parse_change: set, add, remove") {
        const auto set = edit::parse_change("name=Familjecentralen i Boden");
        REQUIRE(set.ok());
        CHECK(set->key == "name");
        CHECK(set->op == Change::Op::set);
        CHECK(set->value == "Familjecentralen i Boden");
        const auto add = edit::parse_change("contacts+=anna");
        REQUIRE(add.ok());
        CHECK(add->key == "contacts");
        CHECK(add->op == Change::Op::add);
        const auto remove = edit::parse_change("contacts-=anna");
        REQUIRE(remove.ok());
        CHECK(remove->op == Change::Op::remove);
        CHECK(edit::parse_change("name=a=b")->value == "a=b");
    }

    TEST_CASE("parse_change: no equals sign or no key is refused") {
        CHECK_FALSE(edit::parse_change("name").ok());
        CHECK_FALSE(edit::parse_change("=x").ok());
        CHECK(edit::parse_change("name").problem().msg() == catalog::Msg::edit_bad_argument);
    }

    TEST_CASE("editable_field: unknown key gets a did-you-mean") {
        const auto found = edit::editable_field(model::EntityKind::centre, "muncipality");
        REQUIRE_FALSE(found.ok());
        CHECK(found.problem().msg() == catalog::Msg::edit_unknown_field);
        REQUIRE(found.problem().suggestions().size() == 1);
        CHECK(found.problem().suggestions().front() == "municipality");
    }

    TEST_CASE("editable_field: a whole table is refused, its fields are not") {
        CHECK(edit::editable_field(model::EntityKind::programme, "registration").problem().msg() ==
              catalog::Msg::edit_not_editable);
        CHECK(edit::editable_field(model::EntityKind::programme, "registration.deadline").ok());
    }

    TEST_CASE("editable_field: the keys of [settings], nested ones too") {
        CHECK(edit::editable_field(std::nullopt, "mail_from").ok());
        CHECK(edit::editable_field(std::nullopt, "reminders.meeting_days")->type == model::ValueType::day_list);
        const auto typo = edit::editable_field(std::nullopt, "mail_form");
        REQUIRE_FALSE(typo.ok());
        CHECK(typo.problem().msg() == catalog::Msg::edit_unknown_setting);
        REQUIRE(typo.problem().suggestions().size() == 1);
        CHECK(typo.problem().suggestions().front() == "mail_from");
    }

    TEST_CASE("typed_value: a value of [settings] is checked as the loader checks it") {
        const model::Registry registry;
        const auto months = *edit::editable_field(std::nullopt, "retention_months");
        CHECK(edit::typed_value(registry, std::nullopt, months, "36").ok());
        CHECK(edit::typed_value(registry, std::nullopt, months, "0").problem().msg() == catalog::Msg::edit_bad_integer);
        const auto from = *edit::editable_field(std::nullopt, "mail_from");
        CHECK(edit::typed_value(registry, std::nullopt, from, "nobody").problem().msg() ==
              catalog::Msg::edit_bad_value);
        const auto language = *edit::editable_field(std::nullopt, "language");
        CHECK(edit::typed_value(registry, std::nullopt, language, "en").ok());
        CHECK_FALSE(edit::typed_value(registry, std::nullopt, language, "de").ok());
        CHECK(edit::is_blank(" \t "));
        CHECK_FALSE(edit::is_blank(" x "));
    }

    TEST_CASE("typed_value: dates of any precision are written as the registry writes them") {
        const model::Registry registry;
        const auto opened = field(model::EntityKind::centre, "opened");
        CHECK(text_of(edit::typed_value(registry, model::EntityKind::centre, opened, "2009")) == "2009");
        CHECK(text_of(edit::typed_value(registry, model::EntityKind::centre, opened, "2019-05")) == "\"2019-05\"");
        CHECK(text_of(edit::typed_value(registry, model::EntityKind::centre, opened, "HT 2019")) == "\"2019-autumn\"");
        CHECK(text_of(edit::typed_value(registry, model::EntityKind::centre, opened, "2019-05-10")) == "2019-05-10");
        const auto bad = edit::typed_value(registry, model::EntityKind::centre, opened, "soon");
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.problem().msg() == catalog::Msg::edit_bad_value);
    }

    TEST_CASE("typed_value: counts, times, integers, flags") {
        const model::Registry registry;
        const auto meeting = model::EntityKind::meeting;
        CHECK(text_of(edit::typed_value(registry, meeting, field(meeting, "participants"), "ett 30-tal")) ==
              "\"about 30\"");
        CHECK(text_of(edit::typed_value(registry, meeting, field(meeting, "participants"), "12")) == "12");
        CHECK(text_of(edit::typed_value(registry, meeting, field(meeting, "start"), "08:30")) == "08:30:00");
        CHECK(text_of(edit::typed_value(registry, meeting, field(meeting, "session"), "3")) == "3");
        CHECK(edit::typed_value(registry, meeting, field(meeting, "session"), "0").problem().msg() ==
              catalog::Msg::edit_bad_integer);
        CHECK(edit::typed_value(registry, meeting, field(meeting, "start"), "25:00").problem().msg() ==
              catalog::Msg::edit_bad_value);
    }

    TEST_CASE("typed_value: enum words, with did-you-mean") {
        const model::Registry registry;
        const auto centre = model::EntityKind::centre;
        CHECK(text_of(edit::typed_value(registry, centre, field(centre, "kind"), "similar")) == "\"similar\"");
        const auto bad = edit::typed_value(registry, centre, field(centre, "kind"), "simlar");
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.problem().msg() == catalog::Msg::err_unknown_value);
        CHECK(bad.problem().suggestions() == std::vector<std::string>{"similar"});
        CHECK(text_of(edit::typed_value(registry, centre, field(centre, "operations"), "mvc, bvc")) ==
              "[\"mvc\", \"bvc\"]");
        const auto status = model::EntityKind::meeting;
        CHECK(text_of(edit::typed_value(registry, status, field(status, "status"), "held")) == "\"held\"");
    }

    TEST_CASE("typed_value: enum words in Swedish, or as the reports name them, in any case") {
        const model::Registry registry;
        const auto centre = model::EntityKind::centre;
        const auto meeting = model::EntityKind::meeting;
        CHECK(text_of(edit::typed_value(registry, centre, field(centre, "kind"), "Fullständig")) == "\"full\"");
        CHECK(text_of(edit::typed_value(registry, centre, field(centre, "kind"), "liknande")) == "\"similar\"");
        CHECK(text_of(edit::typed_value(registry, centre, field(centre, "kind"), "FULL")) == "\"full\"");
        CHECK(text_of(edit::typed_value(registry, centre, field(centre, "operations"), "BVC, Öppen förskola")) ==
              "[\"bvc\", \"open-preschool\"]");
        CHECK(text_of(edit::typed_value(registry, centre, field(centre, "operations"), "socialtjänsten, MVC")) ==
              "[\"social-services\", \"mvc\"]");
        CHECK(text_of(edit::typed_value(registry, meeting, field(meeting, "status"), "Inställd")) == "\"cancelled\"");
        CHECK(text_of(edit::typed_value(registry, meeting, field(meeting, "status"), "genomförd")) == "\"held\"");
        CHECK(text_of(edit::typed_value(registry, meeting, field(meeting, "kind"), "nätverksträff")) ==
              "\"network-meeting\"");
        // A word of another vocabulary is still refused.
        CHECK_FALSE(edit::typed_value(registry, centre, field(centre, "kind"), "inställd").ok());
    }

    TEST_CASE("typed_value: ids must name an entity of the right kind") {
        auto loaded = load::load_registry_from_sources(
            {{"r.toml", "[region]\nid = \"nb\"\ncounty = \"25\"\n[[person]]\nid = \"anna\"\nname = \"Anna\"\n"}},
            load::parse_reference("lanskod,lan,region_name\n25,Norrbottens län,Region Norrbotten\n",
                                  "kommunkod,kommun,lanskod\n2514,Kalix,25\n"));
        const auto& registry = loaded.registry;
        const auto centre = model::EntityKind::centre;
        CHECK(text_of(edit::typed_item(registry, field(centre, "contacts"), "anna")) == "\"anna\"");
        const auto unknown = edit::typed_item(registry, field(centre, "contacts"), "ana");
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.problem().msg() == catalog::Msg::err_unknown_reference);
        CHECK(unknown.problem().suggestions() == std::vector<std::string>{"anna"});
        CHECK(edit::typed_item(registry, field(centre, "contacts"), "nb").problem().msg() ==
              catalog::Msg::err_wrong_reference_kind);
    }

    TEST_CASE("parse_entity_kind") {
        CHECK(*edit::parse_entity_kind("centre") == model::EntityKind::centre);
        const auto bad = edit::parse_entity_kind("center");
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.problem().suggestions() == std::vector<std::string>{"centre"});
    }

    TEST_CASE("slug: Swedish letters folded, other characters break words") {
        CHECK(edit::slug("Familjecentralen i Boden") == "familjecentralen-i-boden");
        CHECK(edit::slug("Västerås Öster – Ängen") == "vasteras-oster-angen");
        CHECK(edit::slug("  Café Ünö!  ") == "cafe-uno");
        CHECK(edit::slug("Å") == "a");
        CHECK(edit::slug("–") == "");
    }

    TEST_CASE("id_from_name: a valid id from any name") {
        using model::EntityKind;
        const auto long_name = "Familjecentralsliknande verksamhet i Övertorneå kommun med öppen förskola x";
        CHECK(edit::id_from_name(long_name, EntityKind::centre) ==
              "familjecentralsliknande-verksamhet-i-overtornea-kommun");
        CHECK(edit::id_from_name("4H-gården", EntityKind::centre) == "centre-4h-garden");
        CHECK(edit::id_from_name("1177", EntityKind::person) == "person-1177");
        CHECK(edit::id_from_name("Familjecentralen i Boden", EntityKind::centre) == "familjecentralen-i-boden");
        CHECK(edit::id_from_name("–", EntityKind::centre).empty());
        // One word longer than the limit is cut inside it.
        CHECK(edit::id_from_name(std::string(1000000, 'a'), EntityKind::centre) == std::string(edit::kMaxNameId, 'a'));
        // A hyphen right at the limit: the words before it.
        const auto at_limit = std::string(edit::kMaxNameId, 'b') + " c";
        CHECK(edit::id_from_name(at_limit, EntityKind::centre) == std::string(edit::kMaxNameId, 'b'));
        for (const auto* name : {long_name, "4H", "Å Ä Ö 12 34", "x - - - y", "99 luftballonger i Luleå kommun"}) {
            const auto id = edit::id_from_name(name, EntityKind::centre);
            CHECK_MESSAGE(load::is_valid_id(id), id);
            CHECK(load::is_valid_id(id + "-9999999"));
        }
    }
}
