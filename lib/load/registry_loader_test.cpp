#include "load/registry_loader.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace netadmin;

namespace {

model::Reference reference() {
    return load::parse_reference("lanskod,lan,region_name\n25,Norrbottens län,Region Norrbotten\n",
                                 "kommunkod,kommun,lanskod\n2514,Kalix,25\n2518,Övertorneå,25\n");
}

load::LoadResult load_sources(std::vector<load::SourceFile> files) {
    return load::load_registry_from_sources(files, reference());
}

// The errors, rendered; warnings (such as an entity citing no source) left out.
std::vector<std::string> messages(const load::LoadResult& result) {
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics.items()) {
        if (d.is_error()) out.push_back(load::render(d, i18n::Language::en));
    }
    return out;
}

std::vector<std::string> warnings(const load::LoadResult& result) {
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics.items()) {
        if (!d.is_error()) out.push_back(load::render(d, i18n::Language::en));
    }
    return out;
}

constexpr const char* kSource = "[[source]]\nid = \"page\"\ntitle = \"Page\"\npublished = \"2019-05\"\n";

constexpr const char* kRegion = "[region]\nid = \"nb\"\ncounty = \"25\"\n";

}  // namespace

TEST_SUITE("load::registry_loader") {
    TEST_CASE("a centre's kind follows from its operations") {
        const auto result = load_sources(
            {{"nb.toml", std::string(kRegion) +
                             "[[centre]]\nid = \"k\"\nname = \"K\"\nmunicipality = \"Kalix\"\n"
                             "operations = [\"mvc\", \"bvc\", \"open-preschool\", \"social-services\"]\n"}});
        REQUIRE(result.ok());
        REQUIRE(result.registry.centres.size() == 1);
        CHECK(result.registry.centres[0].kind == model::CentreKind::full);
        CHECK(result.registry.centres[0].region == "nb");
        CHECK(result.registry.centres[0].municipality_code == "2514");
    }
    TEST_CASE("a municipality may be named by its SCB code or in any case") {
        const auto result = load_sources(
            {{"nb.toml",
              std::string(kRegion) +
                  "[[centre]]\nid = \"a\"\nname = \"A\"\nmunicipality = \"2518\"\nkind = \"similar\"\n"
                  "[[centre]]\nid = \"b\"\nname = \"B\"\nmunicipality = \"övertorneå kommun\"\nkind = \"similar\"\n"}});
        REQUIRE(result.ok());
        CHECK(result.registry.centres[0].municipality_code == "2518");
        CHECK(result.registry.centres[1].municipality_code == "2518");
    }
    TEST_CASE("every problem is reported with its line and column, and loading goes on") {
        const auto result = load_sources(
            {{"nb.toml", std::string(kRegion) + "[[centre]]\nid = \"Bad Id\"\nname = \"A\"\nmunicipality = \"Kalx\"\n"
                                                "[[person]]\nid = \"p\"\nname = \"P\"\nemail = \"not-an-address\"\n"}});
        const auto lines = messages(result);
        REQUIRE(lines.size() == 3);
        CHECK(lines[0] ==
              "nb.toml:5:6: error: invalid id 'Bad Id'; ids are lowercase a–z, digits and '-', starting "
              "with a letter, at most 64 characters");
        CHECK(lines[1] == "nb.toml:7:16: error: unknown municipality 'Kalx'; did you mean 'Kalix'?");
        CHECK(lines[2] == "nb.toml:11:9: error: invalid e-mail address 'not-an-address'");
        CHECK(result.registry.people.size() == 1);
    }
    TEST_CASE("a syntax error in one file does not hide the problems of another") {
        const auto result = load_sources({{"a.toml", "[region\n"}, {"b.toml", std::string(kRegion) + "colour = 1\n"}});
        const auto lines = messages(result);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0].starts_with("a.toml:1:"));
        CHECK(lines[1] == "b.toml:4:1: error: unknown key 'colour' in [region]");
    }
    TEST_CASE("references are checked across files, with the kind they must have") {
        const auto result =
            load_sources({{"a.toml", std::string(kRegion) + "[[centre]]\nid = \"c\"\nname = \"C\"\n"
                                                            "municipality = \"Kalix\"\ncontacts = [\"nb\"]\n"},
                          {"b.toml", "region = \"nb\"\n[[person]]\nid = \"nina\"\nname = \"N\"\n"}});
        const auto lines = messages(result);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] == "a.toml:8:13: error: 'contacts' must name a person, but 'nb' is a region");
    }
    TEST_CASE("dates keep their precision") {
        const auto result = load_sources(
            {{"nb.toml", std::string(kRegion) + "[[meeting]]\nid = \"m\"\nkind = \"coordinators-meeting\"\n"
                                                "title = \"T\"\ndate = \"2019-autumn\"\n"}});
        REQUIRE(result.ok());
        const auto& date = *result.registry.meetings[0].date;
        CHECK(date.precision == time::Precision::term);
        CHECK(date.term == time::Term::autumn);
    }
    TEST_CASE("a registry whose every entity cites a source loads without a single diagnostic") {
        const auto result = load_sources({{"sources.toml", kSource}, {"nb.toml", R"(
[region]
id = "nb"
county = "25"
sources = ["page"]

[[organisation]]
id = "o"
name = "O"
sources = ["page"]

[[person]]
id = "p"
name = "P"
organisation = "o"
sources = ["page"]

[[centre]]
id = "c"
name = "C"
municipality = "Kalix"
kind = "full"
contacts = ["p"]
sources = ["page"]

[[network]]
id = "n"
name = "N"
sources = ["page"]

[[meeting]]
id = "m"
kind = "network-meeting"
title = "T"
network = "n"
date = "2019-05"
sources = ["page"]
)"}});
        CHECK(testing::rendered(result.diagnostics) == "");
        CHECK(result.registry.sources.size() == 1);
        CHECK(result.registry.centres.size() == 1);
        CHECK(result.registry.meetings.size() == 1);
    }
    TEST_CASE("an entity that cites no source gets a located warning") {
        const auto result = load_sources({{"nb.toml", std::string(kSource) + kRegion + "sources = [\"page\"]\n" +
                                                          "[[person]]\nid = \"p\"\nname = \"P\"\n"}});
        CHECK(result.ok());
        const auto lines = warnings(result);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] ==
              "nb.toml:9:1: warning: the person 'p' cites no source; add sources = [\"ID\"] naming a [[source]]");
    }
    TEST_CASE("many entities without a source are listed up to a limit, then counted") {
        std::string text = kRegion;
        for (int i = 0; i < 25; ++i) text += "[[person]]\nid = \"p" + std::to_string(i) + "\"\nname = \"P\"\n";
        const auto lines = warnings(load_sources({{"nb.toml", text}}));
        REQUIRE(lines.size() == 21);
        CHECK(lines.front() == "nb.toml: warning: 6 more entities cite no source");
    }
    TEST_CASE("an unknown source gets a did-you-mean like other references") {
        const auto result = load_sources({{"nb.toml", std::string(kSource) + kRegion + "sources = [\"pages\"]\n"}});
        const auto lines = messages(result);
        REQUIRE(lines.size() == 1);
        CHECK(lines[0] == "nb.toml:8:12: error: 'sources' refers to an unknown source 'pages'; did you mean 'page'?");
    }
    TEST_CASE("inferred names keys the entity states, and needs a note") {
        const auto result = load_sources(
            {{"nb.toml", std::string(kSource) + kRegion +
                             "sources = [\"page\"]\n[[organisation]]\nid = \"o\"\nname = \"O\"\nparent = \"o\"\n"
                             "sources = [\"page\"]\ninferred = [\"parnet\"]\n"}});
        const auto lines = messages(result);
        REQUIRE(lines.size() == 2);
        CHECK(lines[0] == "nb.toml:14:12: error: 'inferred' needs an 'inference_note' that gives the evidence");
        CHECK(lines[1] ==
              "nb.toml:14:13: error: 'inferred' names 'parnet', which [[organisation]] does not state; "
              "did you mean 'parent'?");
    }
    TEST_CASE("an inference with its note loads, and the meeting's recorded outcome with it") {
        const auto result = load_sources(
            {{"nb.toml", std::string(kSource) + kRegion +
                             "sources = [\"page\"]\n[[meeting]]\nid = \"m\"\nkind = \"other\"\ntitle = \"T\"\n"
                             "date = \"2018-11\"\nstatus = \"held\"\nparticipants = \"about 30\"\nplace = \"Kalix\"\n"
                             "inferred = [\"place\"]\ninference_note = \"why\"\nsources = [\"page\"]\n"}});
        REQUIRE(result.diagnostics.items().empty());
        const auto& meeting = result.registry.meetings.at(0);
        CHECK(meeting.status == model::MeetingStatus::held);
        CHECK(meeting.provenance.is_inferred("place"));
        CHECK(meeting.provenance.inference_note == "why");
        CHECK(result.registry.sources.at(0).published->precision == time::Precision::month);
    }
    TEST_CASE("inferred may name the region an entity takes from its file, not one it has none of") {
        const auto placed = load_sources(
            {{"nb.toml", std::string(kSource) + kRegion +
                             "sources = [\"page\"]\n[[person]]\nid = \"p\"\nname = \"P\"\nsources = [\"page\"]\n"
                             "inferred = [\"region\"]\ninference_note = \"why\"\n"}});
        REQUIRE(placed.diagnostics.items().empty());
        CHECK(placed.registry.people.at(0).region == "nb");
        CHECK(placed.registry.people.at(0).provenance.is_inferred("region"));
        // A file without a region places nothing, so there is nothing to mark.
        const auto unplaced = load_sources({{"nb.toml", std::string(kSource) + kRegion + "sources = [\"page\"]\n"},
                                            {"people.toml",
                                             "[[person]]\nid = \"p\"\nname = \"P\"\nregion = \"nb\"\n"
                                             "[[organisation]]\nid = \"o\"\nname = \"O\"\ninferred = [\"region\"]\n"
                                             "inference_note = \"why\"\n"}});
        const auto lines = messages(unplaced);
        CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
            return line.find("'inferred' names 'region', which [[organisation]] does not state") != std::string::npos;
        }));
    }
    TEST_CASE("a directory without TOML files is an error, not an empty registry") {
        testing::TempDir dir;
        dir.write("notes.txt", "nothing here");
        const auto result = load::load_registry(dir.path(), testing::reference_dir());
        REQUIRE(result.diagnostics.items().size() == 1);
        CHECK(result.diagnostics.items()[0].msg() == i18n::Msg::err_no_toml_files);
    }
}

TEST_SUITE("load: the registry format") {
    TEST_CASE("a registry of a newer format is one error at its requires, whatever else it holds") {
        const auto result =
            load_sources({{"settings.toml", "[settings]\nlanguage = \"sv\"\nrequires = \"3\"\n"},
                          {"nb.toml", std::string(kRegion) + "wheelchair = true\n[[centre]]\nid = 1\n"}});
        CHECK(messages(result) ==
              std::vector<std::string>{"settings.toml:3:12: error: the registry needs registry format 3, but this "
                                       "netadmin reads format 2 and older only: update netadmin"});
        CHECK(warnings(result).empty());
        REQUIRE(load::format_too_new(result.diagnostics) != nullptr);
    }

    TEST_CASE("the formats this netadmin reads load, and a format is a whole number") {
        for (const char* format : {"1", "2"}) {
            CAPTURE(format);
            const auto result = load_sources(
                {{"settings.toml", "[settings]\nrequires = \"" + std::string(format) + "\"\n"}, {"nb.toml", kRegion}});
            CHECK(messages(result).empty());
            CHECK(load::format_too_new(result.diagnostics) == nullptr);
        }
        for (const char* format : {"2.1", "two", "0", ""}) {
            CAPTURE(format);
            const auto result = load_sources(
                {{"settings.toml", "[settings]\nrequires = \"" + std::string(format) + "\"\n"}, {"nb.toml", kRegion}});
            REQUIRE(messages(result).size() == 1);
            CHECK(messages(result)[0].find("is not a registry format") != std::string::npos);
        }
    }
}
