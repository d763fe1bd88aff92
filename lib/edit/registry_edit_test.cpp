#include "edit/registry_edit.hpp"

#include "edit/safe_write.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using netadmin::edit::Change;

namespace {

model::Reference reference() {
    return load::parse_reference(
        "lanskod,lan,region_name\n25,Norrbottens län,Region Norrbotten\n06,Jönköpings län,Region Jönköpings län\n",
        "kommunkod,kommun,lanskod\n2514,Kalix,25\n2580,Luleå,25\n0680,Jönköping,06\n");
}

constexpr const char* kNorrbotten = R"(# Norrbotten
[region]
id = "nb"
county = "25"
contacts = ["anna"]

[[person]]
id = "anna"
name = "Anna"  # the coordinator

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
contacts = [
  "anna",  # since 2019
]
opened = 2009
)";

constexpr const char* kJonkoping = R"([region]
id = "jkp"
county = "06"

[[person]]
id = "bo"
name = "Bo"
)";

edit::RegistryEditor editor(std::vector<load::SourceFile> extra = {}) {
    std::vector<load::SourceFile> files{{"reg/jonkoping.toml", kJonkoping}, {"reg/norrbotten.toml", kNorrbotten}};
    for (auto& file : extra) files.push_back(std::move(file));
    return edit::RegistryEditor(std::move(files), reference());
}

std::vector<Change> changes(std::initializer_list<const char*> arguments) {
    std::vector<Change> out;
    for (const auto* argument : arguments) out.push_back(*edit::parse_change(argument));
    return out;
}

std::string first_problem(const edit::EditOutcome& outcome) {
    REQUIRE_FALSE(outcome.problems.items().empty());
    return load::render(outcome.problems.items().front(), i18n::Language::en);
}

}  // namespace

TEST_SUITE("edit::RegistryEditor") {
    TEST_CASE("set changes one line and keeps its comment") {
        const auto outcome = editor().set("anna", changes({"name=Anna Berg"}));
        REQUIRE(outcome.ok());
        REQUIRE(outcome.edited->changed == std::vector<std::size_t>{1});
        const auto& text = outcome.edited->files[1].content;
        CHECK(text.find("name = \"Anna Berg\"  # the coordinator\n") != std::string::npos);
        CHECK(text.size() == std::string(kNorrbotten).size() + 5);
    }

    TEST_CASE("set: lists take += and -=, --unset removes the key") {
        const auto e = editor();
        const auto added = e.set("kalix", changes({"contacts-=anna", "opened=HT 2019"}));
        REQUIRE(added.ok());
        const auto& text = added.edited->files[1].content;
        CHECK(text.find("since 2019") == std::string::npos);
        CHECK(text.find("opened = \"2019-autumn\"") != std::string::npos);
        std::vector<Change> unset{{"opened", Change::Op::unset, {}}};
        const auto removed = e.set("kalix", unset);
        REQUIRE(removed.ok());
        CHECK(removed.edited->files[1].content.find("opened") == std::string::npos);
    }

    TEST_CASE("a batch edits each entity in its own lines as set does, and adds after the last of a kind") {
        const auto e = editor();
        edit::Batch batch;
        batch.kind = "person";
        batch.updates.push_back({"anna", changes({"name=Anna Berg"})});
        batch.updates.push_back({"bo", changes({"role=samordnare"})});
        batch.updates.push_back({"anna", changes({"email=anna@example.org"})});
        batch.additions.push_back({changes({"name=Cecilia"}), "reg/jonkoping.toml"});
        const auto outcome = e.apply(batch);
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->changed == std::vector<std::size_t>{0, 1});
        CHECK(outcome.edited->added == std::vector<std::string>{"cecilia"});
        const auto& north = outcome.edited->files[1].content;
        CHECK(north.find("name = \"Anna Berg\"  # the coordinator\nemail = \"anna@example.org\"\n\n[[centre]]") !=
              std::string::npos);
        CHECK(north.find("contacts = [\n  \"anna\",  # since 2019\n]") != std::string::npos);
        const auto& south = outcome.edited->files[0].content;
        CHECK(south ==
              std::string(kJonkoping) + "role = \"samordnare\"\n\n[[person]]\nid = \"cecilia\"\nname = \"Cecilia\"\n");
    }

    TEST_CASE("set: an unknown id has a did-you-mean") {
        const auto outcome = editor().set("kalx", changes({"name=X"}));
        CHECK_FALSE(outcome.ok());
        CHECK(first_problem(outcome) == ": error: no entity has the id 'kalx'; did you mean 'kalix'?");
    }

    TEST_CASE("set: an id of the wrong kind or unknown is refused before anything") {
        CHECK(first_problem(editor().set("kalix", changes({"contacts+=kalix"}))) ==
              ": error: 'contacts' must name a person, but 'kalix' is a centre");
        CHECK(first_problem(editor().set("kalix", changes({"nme=X"}))) ==
              ": error: a centre has no field 'nme'; did you mean 'name'?");
    }

    TEST_CASE("set: an edit that would make check fail is refused with the located errors") {
        const auto outcome = editor().set("kalix", changes({"municipality=Jönköping"}));
        CHECK_FALSE(outcome.ok());
        CHECK(outcome.invalid);
        CHECK(first_problem(outcome).starts_with("reg/norrbotten.toml:14:"));
    }

    TEST_CASE("set: a registry with errors elsewhere can still be edited") {
        const auto e = editor({{"reg/zz.toml", "[[person]]\nid = \"cilla\"\norganisation = \"nowhere\"\n"}});
        REQUIRE(e.before().diagnostics.has_errors());
        CHECK(e.set("anna", changes({"role=samordnare"})).ok());
        // and repaired
        const auto repaired = e.set("cilla", std::vector<Change>{{"organisation", Change::Op::unset, {}}});
        REQUIRE(repaired.ok());
        CHECK(repaired.edited->files[2].content == "[[person]]\nid = \"cilla\"\n");
    }

    TEST_CASE("add: id from the name, file from the municipality, after the last of its kind") {
        const auto outcome =
            editor().add("centre", changes({"name=Familjecentralen i Luleå", "municipality=Luleå", "kind=similar"}));
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->id == "familjecentralen-i-lulea");
        CHECK(outcome.edited->changed == std::vector<std::size_t>{1});
        const auto& text = outcome.edited->files[1].content;
        CHECK(
            text.ends_with("opened = 2009\n\n[[centre]]\nid = \"familjecentralen-i-lulea\"\nname = "
                           "\"Familjecentralen i Luleå\"\nmunicipality = \"Luleå\"\nkind = \"similar\"\n"));
    }

    TEST_CASE("add: a taken id is made unique, region= picks the file") {
        const auto outcome = editor().add("person", changes({"name=Anna", "region=jkp"}));
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->id == "anna-2");
        CHECK(outcome.edited->changed == std::vector<std::size_t>{0});
        CHECK(first_problem(editor().add("person", changes({"id=anna", "name=A"}))) ==
              ": error: the id 'anna' is taken");
    }

    TEST_CASE("add: a missing required field is refused by the validation") {
        const auto outcome = editor().add("centre", changes({"id=x", "region=nb"}));
        CHECK(outcome.invalid);
    }

    TEST_CASE("remove: refused while referenced, listing the referrers") {
        const auto outcome = editor().remove("anna");
        CHECK_FALSE(outcome.ok());
        REQUIRE(outcome.problems.items().size() == 3);
        CHECK(first_problem(outcome) ==
              "reg/norrbotten.toml:7:1: error: 'anna' is not removed: 2 references to it remain; change or "
              "remove them first");
        CHECK(load::render(outcome.problems.items()[1], i18n::Language::en) ==
              "reg/norrbotten.toml:2:1: error: the region 'nb' refers to it in 'contacts'");
    }

    TEST_CASE("remove: an entity nothing refers to goes, with its lines only") {
        const auto outcome = editor().remove("bo");
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->files[0].content == "[region]\nid = \"jkp\"\ncounty = \"06\"\n");
    }

    TEST_CASE("rename: every reference in every file follows") {
        const auto outcome = editor({{"reg/other.toml",
                                      "[[centre]]\nid = \"boden\"\nname = \"B\"\nregion = \"nb\"\n"
                                      "municipality = \"Kalix\"\ncontacts = ['anna']\n"}})
                                 .rename("anna", "anna-berg");
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->changed == std::vector<std::size_t>{1, 2});
        for (const auto& file : outcome.edited->files) CHECK(file.content.find("\"anna\"") == std::string::npos);
        CHECK(outcome.edited->files[2].content.find("contacts = ['anna-berg']") != std::string::npos);
        CHECK(outcome.edited->files[1].content.find("\"anna-berg\",  # since 2019") != std::string::npos);
    }

    TEST_CASE("rename: refused for a taken or invalid id") {
        CHECK(first_problem(editor().rename("anna", "bo")) == ": error: the id 'bo' is taken");
        CHECK(first_problem(editor().rename("anna", "Anna B")) == ": error: invalid id 'Anna B'");
    }

    TEST_CASE("set settings: made in settings.toml when the registry has none, then edited in place") {
        const auto e = editor({{"reg/settings.toml", "# Settings.\n"}});
        const auto made = e.set("settings", changes({"mail_from=info@example.org", "reminders.meeting_days=14,7,1"}));
        REQUIRE(made.ok());
        REQUIRE(made.edited->changed == std::vector<std::size_t>{2});
        CHECK(made.edited->files[2].content ==
              "# Settings.\n\n[settings]\nmail_from = \"info@example.org\"\n\n[settings.reminders]\n"
              "meeting_days = [14, 7, 1]\n");
        const edit::RegistryEditor again(made.edited->files, reference());
        const auto less = again.set("settings", changes({"reminders.meeting_days-=7", "retention_months=36"}));
        REQUIRE(less.ok());
        CHECK(less.edited->files[2].content ==
              "# Settings.\n\n[settings]\nmail_from = \"info@example.org\"\nretention_months = 36\n\n"
              "[settings.reminders]\nmeeting_days = [14, 1]\n");
        CHECK(first_problem(again.set("settings", changes({"retention_months=0"}))).find("1–1200") !=
              std::string::npos);
        CHECK(first_problem(again.set("settings", changes({"mail_form=x@example.org"}))).find("mail_from") !=
              std::string::npos);
    }

    TEST_CASE("set and add: a value of only spaces is empty") {
        const auto e = editor();
        const auto unset = e.set("kalix", changes({"opened=   "}));
        REQUIRE(unset.ok());
        CHECK(unset.edited->files[1].content.find("opened") == std::string::npos);
        const auto required = e.set("kalix", changes({"name=  \t "}));
        REQUIRE_FALSE(required.ok());
        CHECK(required.problems.items().front().msg() == catalog::Msg::edit_required_empty);
        const auto added = e.add("person", changes({"name=Cecilia", "email=  "}));
        REQUIRE(added.ok());
        for (const auto& file : added.edited->files) CHECK(file.content.find("email") == std::string::npos);
        CHECK_FALSE(e.add("person", changes({"name= "})).ok());
    }

    TEST_CASE("an edit of a file changed on disk after it was read is refused, the other change kept") {
        const testing::TempDir dir;
        const auto path = dir.write("norrbotten.toml", kNorrbotten);
        const auto read = edit::read_for_edit(path);
        REQUIRE(read.ok());
        const edit::RegistryEditor e({{path.string(), read->text}}, reference());
        const auto outcome = e.set("kalix", changes({"opened=2010"}));
        REQUIRE(outcome.ok());
        const std::string other = std::string(kNorrbotten) + "# someone else\n";
        dir.write("norrbotten.toml", other);
        const auto failed = edit::write_edited(*read, outcome.edited->files[0].content);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.problem().msg() == catalog::Msg::edit_changed_on_disk);
        CHECK(testing::read_file(path) == other);
    }
}

TEST_SUITE("edit::RegistryEditor") {
    TEST_CASE("an edit that brings in publish_contact marks the registry as format 2") {
        const auto e = editor({{"reg/settings.toml", "[settings]\nlanguage = \"sv\"  # of reminders\n"}});
        const auto outcome = e.set("anna", changes({"publish_contact=true"}));
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->changed == std::vector<std::size_t>{1, 2});
        CHECK(outcome.edited->files[2].content == "[settings]\nlanguage = \"sv\"  # of reminders\nrequires = \"2\"\n");
        // Other edits leave the settings alone.
        const auto plain = e.set("anna", changes({"name=Anna Berg"}));
        REQUIRE(plain.ok());
        CHECK(plain.edited->changed == std::vector<std::size_t>{1});
    }
}
