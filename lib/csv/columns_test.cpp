// Tests for matching a CSV header to the columns a command knows.
#include "csv/columns.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>

using namespace netadmin;

namespace {

const std::array<csv::ColumnSpec, 3> kSpecs{{
    {"name", {"name", "namn"}, true},
    {"email", {"email", "e-post", "e-mail", "epost"}, true},
    {"workplace", {"workplace", "arbetsplats"}, false},
}};

csv::Table table(std::vector<std::string> header) {
    csv::Table t;
    t.file = "in.csv";
    t.header = std::move(header);
    t.rows.push_back(csv::Row{2, std::vector<std::string>(t.header.size(), "x")});
    t.rows[0].cells[0] = "first";
    return t;
}

std::string refused(std::vector<std::string> header, std::span<const std::string> ignored = {}) {
    const auto result = csv::map_columns(table(std::move(header)), kSpecs, ignored);
    REQUIRE_FALSE(result.ok());
    return csv::render(result.problem(), i18n::Language::en);
}

}  // namespace

TEST_SUITE("csv::columns") {
    TEST_CASE("Swedish and English names in any case with or without hyphens") {
        const auto t = table({"E-POST", "Namn", "Arbetsplats"});
        const auto result = csv::map_columns(t, kSpecs);
        REQUIRE(result.ok());
        CHECK(result->column("email") == 1);
        CHECK(result->column("name") == 2);
        CHECK(result->get(t.rows[0], "email") == "first");
        CHECK(csv::map_columns(table({"name", "Email"}), kSpecs).ok());
        CHECK(csv::map_columns(table({" NAMN ", "e_mail"}), kSpecs).ok());
    }

    TEST_CASE("an optional column may be missing") {
        const auto t = table({"namn", "epost"});
        const auto result = csv::map_columns(t, kSpecs);
        REQUIRE(result.ok());
        CHECK_FALSE(result->has("workplace"));
        CHECK(result->get(t.rows[0], "workplace").empty());
    }

    TEST_CASE("an unknown column is refused with the nearest name") {
        CHECK(refused({"namn", "e-post", "arbetsplatts"}) ==
              "in.csv:1:3: error: unknown column 'arbetsplatts'; did you mean 'arbetsplats'?");
        CHECK(refused({"namn", "e-post", "telefon"}) == "in.csv:1:3: error: unknown column 'telefon'");
    }

    TEST_CASE("an ignored column is skipped") {
        const std::array<std::string, 1> ignored{"Telefon"};
        CHECK(csv::map_columns(table({"namn", "e-post", "telefon"}), kSpecs, ignored).ok());
    }

    TEST_CASE("a column with a blank header is skipped when all its cells are blank, else refused") {
        auto t = table({"namn", "e-post", ""});
        t.rows[0].cells[2] = " ";
        t.rows.push_back(csv::Row{3, {"b", "c"}});  // a row shorter than the header
        CHECK(csv::map_columns(t, kSpecs).ok());
        t.rows[0].cells[2] = "something";
        const auto result = csv::map_columns(t, kSpecs);
        REQUIRE_FALSE(result.ok());
        CHECK(csv::render(result.problem(), i18n::Language::en) == "in.csv:1:3: error: unknown column ''");
    }

    TEST_CASE("a column named twice and a required column missing") {
        CHECK(refused({"namn", "email", "e-post"}) == "in.csv:1:3: error: the column 'e-post' is already column 2");
        CHECK(refused({"namn", "arbetsplats"}) ==
              "in.csv:1:1: error: the column 'email' is missing (it may be named 'email', 'e-post', 'e-mail', "
              "'epost')");
    }

    TEST_CASE("unknown columns kept: one warning for all of them, their cells never mapped") {
        const auto t = table({"Anmälningsnummer", "namn", "e-post", "Arbetsplatts", "Specialkost"});
        const auto mapped = csv::map_columns(t, kSpecs, csv::ColumnChoices{{}, {}, true});
        REQUIRE(mapped.ok());
        CHECK(mapped->columns.column("email") == 3);
        CHECK_FALSE(mapped->columns.has("workplace"));
        REQUIRE(mapped->warnings.size() == 1);
        CHECK(csv::render(mapped->warnings[0], i18n::Language::en) ==
              "in.csv:1:1: warning: the columns 'Anmälningsnummer', 'Arbetsplatts', 'Specialkost' are not used and "
              "not read; did you mean 'arbetsplats'?");
        CHECK(csv::render(mapped->warnings[0], i18n::Language::sv) ==
              "in.csv:1:1: varning: kolumnerna 'Anmälningsnummer', 'Arbetsplatts', 'Specialkost' används inte och "
              "läses inte in; menade du 'arbetsplats'?");
        const std::vector<std::string> ignored{"specialkost", "anmälningsnummer"};
        const auto one = csv::map_columns(t, kSpecs, csv::ColumnChoices{ignored, {}, true});
        REQUIRE(one.ok());
        CHECK(csv::render(one->warnings.at(0), i18n::Language::en) ==
              "in.csv:1:4: warning: the column 'Arbetsplatts' is not used and not read; did you mean 'arbetsplats'?");
        // A required column is still required.
        const auto none = csv::map_columns(table({"namn", "Specialkost"}), kSpecs, csv::ColumnChoices{{}, {}, true});
        CHECK_FALSE(none.ok());
    }

    TEST_CASE("--columns maps a header to a column for one run") {
        const auto renames = csv::parse_renames("Mejl=e-post, Arbetsställe = workplace,", kSpecs);
        REQUIRE(renames.ok());
        REQUIRE(renames->size() == 2);
        CHECK((*renames)[0].key == "email");
        CHECK((*renames)[1].header == "Arbetsställe");
        const auto t = table({"namn", "Mejl", "Arbetsställe"});
        const auto mapped = csv::map_columns(t, kSpecs, csv::ColumnChoices{{}, *renames, false});
        REQUIRE(mapped.ok());
        CHECK(mapped->columns.column("email") == 2);
        CHECK(mapped->columns.column("workplace") == 3);
        const auto missing =
            csv::map_columns(table({"namn", "e-post"}), kSpecs, csv::ColumnChoices{{}, *renames, true});
        REQUIRE_FALSE(missing.ok());
        CHECK(csv::render(missing.problem(), i18n::Language::en) ==
              "in.csv:1:1: error: the file has no column 'Mejl' (named in --columns)");
        const auto bad = csv::parse_renames("Mejl", kSpecs);
        REQUIRE_FALSE(bad.ok());
        CHECK(i18n::format(i18n::Language::en, bad.problem()) ==
              "--columns takes pairs HEADER=COLUMN separated by commas, not 'Mejl'");
        const auto unknown = csv::parse_renames("Mejl=epostt", kSpecs);
        REQUIRE_FALSE(unknown.ok());
        CHECK(i18n::format(i18n::Language::en, unknown.problem()) ==
              "'epostt' is no column here; the columns are 'name', 'email', 'workplace'; did you mean 'epost'?");
    }
}
