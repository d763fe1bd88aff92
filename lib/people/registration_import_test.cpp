// Registrations from a CSV export: workplaces matched to centres, and every
// bad row found and located before anything is written.
#include "people/registration_import.hpp"

#include "people/attendance.hpp"
#include "people/workplace.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

constexpr const char* kRegistry = R"(
[[source]]
id = "s"
title = "Source"

[region]
id = "north"
county = "25"
sources = ["s"]

[[centre]]
id = "kalix-fc"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
sources = ["s"]

[[centre]]
id = "lulea-fc"
name = "Familjecentralen"
municipality = "Luleå"
sources = ["s"]

[[centre]]
id = "pitea-fc"
name = "Familjecentralen"
municipality = "Piteå"
sources = ["s"]
)";

const model::Registry& registry() {
    static const auto result = testing::load_toml({{"north.toml", kRegistry}});
    REQUIRE_FALSE(result.diagnostics.has_errors());
    return result.registry;
}

struct Planned {
    people::RegistrationImport plan;
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};

Planned plan(std::string_view csv_text) {
    const auto read = csv::parse(csv_text, "reg.csv");
    REQUIRE(read.ok());
    const auto columns = csv::map_columns(*read, people::registration_columns());
    REQUIRE(columns.ok());
    Planned out{people::plan_registrations(*read, *columns, registry(), "efbt", {2023, 8, 20}), {}, {}};
    for (const auto& e : out.plan.errors) out.errors.push_back(csv::render(e, i18n::Language::en));
    for (const auto& w : out.plan.warnings) out.warnings.push_back(csv::render(w, i18n::Language::en));
    return out;
}

}  // namespace

TEST_SUITE("people::workplace") {
    TEST_CASE("by id, by name in any case, by part of a name") {
        CHECK(people::match_workplace(registry(), "kalix-fc").centre->id == "kalix-fc");
        CHECK(people::match_workplace(registry(), "FAMILJECENTRALEN I KALIX").centre->id == "kalix-fc");
        CHECK(people::match_workplace(registry(), "Kalix").centre->id == "kalix-fc");
    }

    TEST_CASE("two centres of one name are told apart by municipality or are ambiguous") {
        const auto ambiguous = people::match_workplace(registry(), "Familjecentralen");
        CHECK(ambiguous.centre == nullptr);
        CHECK(ambiguous.ambiguous == std::vector<std::string>{"lulea-fc", "pitea-fc"});
        CHECK(people::match_workplace(registry(), "Familjecentralen", "Piteå").centre->id == "pitea-fc");
        CHECK(people::match_workplace(registry(), "familjecentralen", "pitea").centre->id == "pitea-fc");
    }

    TEST_CASE("no match in a municipality of one centre names that centre") {
        CHECK(people::match_workplace(registry(), "BVC Norra", "Kalix").suggestion == "Familjecentralen i Kalix");
        CHECK(people::match_workplace(registry(), "Öppna förskolan, Kalix").suggestion == "Familjecentralen i Kalix");
        // A municipality with no centre, or none named: no guess.
        CHECK_FALSE(people::match_workplace(registry(), "BVC Norra", "Boden").suggestion);
        CHECK_FALSE(people::match_workplace(registry(), "BVC Norra").suggestion);
    }

    TEST_CASE("no match gives the nearest name") {
        const auto none = people::match_workplace(registry(), "Familjecentralen i Kalx");
        CHECK(none.centre == nullptr);
        CHECK(none.ambiguous.empty());
        CHECK(none.suggestion == "Familjecentralen i Kalix");
    }
}

TEST_SUITE("people::registration_import") {
    TEST_CASE("rows become registrations with centre and municipality") {
        const auto out =
            plan("namn;e-post;arbetsplats;anmäld\nAnna;anna@example.se;Kalix;2023-08-15 10:22\nBo;bo@example.se;;\n");
        CHECK(out.errors.empty());
        REQUIRE(out.plan.rows.size() == 2);
        CHECK(out.plan.rows[0].centre == "kalix-fc");
        CHECK(out.plan.rows[0].municipality == "Kalix");
        CHECK(out.plan.rows[0].registered_on == "2023-08-15");
        CHECK(out.plan.rows[1].registered_on == "2023-08-20");
        CHECK(out.plan.rows[1].target == "efbt");
    }

    TEST_CASE("first and last names are joined into the name") {
        const auto out = plan("Förnamn;Efternamn;E-post\nKarin;Lind;karin@example.se\n;Ek;ek@example.se\n");
        CHECK(out.errors.empty());
        REQUIRE(out.plan.rows.size() == 2);
        CHECK(out.plan.rows[0].name == "Karin Lind");
        CHECK(out.plan.rows[1].name == "Ek");
        CHECK(people::registration_name("Anna Berg", "Karin", "Lind") == "Anna Berg");
    }

    TEST_CASE("a registration date that is no date is a located error") {
        const auto out = plan(
            "namn;e-post;anmäld\n"
            "A;a@example.se;2025-02-30\n"
            "B;b@example.se;31/12/2026\n"
            "C;c@example.se;2025-02-28T08:30:00+01:00\n");
        CHECK(out.errors ==
              std::vector<std::string>{
                  "reg.csv:2:3: error: '2025-02-30' is no date: write it as 2025-03-14 or 2025-03-14 10:22",
                  "reg.csv:3:3: error: '31/12/2026' is no date: write it as 2025-03-14 or 2025-03-14 10:22",
              });
        REQUIRE(out.plan.rows.size() == 1);
        CHECK(out.plan.rows[0].registered_on == "2025-02-28");
    }

    TEST_CASE("an unmatched workplace is kept as text with a warning") {
        const auto out = plan("name,email,workplace\nAnna,anna@example.se,Familjecentralen i Kalx\n");
        CHECK(out.errors.empty());
        REQUIRE(out.plan.rows.size() == 1);
        CHECK(out.plan.rows[0].centre.empty());
        CHECK(out.plan.rows[0].workplace == "Familjecentralen i Kalx");
        CHECK(out.warnings == std::vector<std::string>{
                                  "reg.csv:2:3: warning: the workplace 'Familjecentralen i Kalx' is no centre of the "
                                  "registry; it is kept as text; did you mean 'Familjecentralen i Kalix'?"});
    }

    TEST_CASE("every bad row is located") {
        const auto out = plan(
            "namn;e-post;arbetsplats\n"
            "Anna;anna@example.se;Kalix\n"
            "Bo;;Kalix\n"
            "Cia;cia(at)example.se;Kalix\n"
            "Anna igen;ANNA@example.se;Kalix\n"
            "Dan;dan@example.se;Familjecentralen\n");
        CHECK(out.errors == std::vector<std::string>{
                                "reg.csv:3:2: error: the row has no e-mail address",
                                "reg.csv:4:2: error: 'cia(at)example.se' is not an e-mail address",
                                "reg.csv:5:2: error: 'ANNA@example.se' is already on row 2",
                                "reg.csv:6:3: error: the workplace 'Familjecentralen' matches several centres: "
                                "'lulea-fc', 'pitea-fc'; write the centre's id",
                            });
    }
}

TEST_SUITE("people::attendance") {
    TEST_CASE("a sign-in sheet marks walk-ins and takes names from registrations") {
        const auto read = csv::parse(
            "namn;e-post;närvarande\n;anna@example.se;x\nEva;eva@example.se;ja\nBo;bo@example.se;\n", "sheet.csv");
        REQUIRE(read.ok());
        const auto columns = csv::map_columns(*read, people::attendance_columns());
        REQUIRE(columns.ok());
        const std::vector<state::RegistrationRow> registered{{"efbt", "Anna@example.se", "Anna", {}, {}, {}, {}, {}}};
        const auto plan = people::plan_attendance(*read, *columns, "s1", registered);
        CHECK(plan.errors.empty());
        REQUIRE(plan.rows.size() == 2);
        CHECK(plan.rows[0].name == "Anna");
        CHECK_FALSE(plan.rows[0].walk_in);
        CHECK(plan.rows[1].walk_in);
    }

    TEST_CASE("addresses on the command line") {
        const auto plan = people::plan_present({"a@example.se", "A@example.se", "nope"}, "s1", {});
        REQUIRE(plan.rows.size() == 1);
        REQUIRE(plan.errors.size() == 1);
        CHECK(csv::render(plan.errors[0], i18n::Language::en) == "--present: error: 'nope' is not an e-mail address");
    }

    TEST_CASE("addresses of --present split at commas and spaces") {
        CHECK(people::split_addresses({"a@x.se,b@y.se c@z.se", " d@w.se ,", ","}) ==
              std::vector<std::string>{"a@x.se", "b@y.se", "c@z.se", "d@w.se"});
    }
}
