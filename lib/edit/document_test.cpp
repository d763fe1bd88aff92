// The edit engine: each operation changes only what it edits, the result
// reads back with toml++ and holds the intended value, and comments,
// blank lines, quoting, line ends and a missing final newline survive.
#include "edit/document.hpp"

#include "edit/document_test_support.hpp"

#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace netadmin::edit;
using namespace netadmin::edit::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line)) out.push_back(line);
    return out;
}

// How many lines at the start and at the end of the two texts are equal:
// what an edit changed lies between them.
struct Changed {
    std::size_t old_first;  // first changed line of the old text (from 0)
    std::size_t old_count;  // changed lines in the old text
    std::size_t new_count;  // changed lines in the new text
};

Changed changed_lines(const std::string& before, const std::string& after) {
    const auto a = lines_of(before);
    const auto b = lines_of(after);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    return {prefix, a.size() - prefix - suffix, b.size() - prefix - suffix};
}

const std::string kRegistry = R"(# Region Norrbotten: a test file.
# Second line of the file's comment.

[region]
id = "norrbotten"
county = "25"
name = 'Region Norrbotten'   # as the region writes it
contacts = ["nina", "asa"]

# --- People -------------------------------------------------------------

[[person]]
id = "nina"
email = "nina@example.se"   # the page gives the address only

# Åsa leads the programme.
[[person]]
id = "asa"
name = "Åsa Ranung"
role = "Samordnare"
# more about Åsa later

# --- Centres ------------------------------------------------------------
# The names say what and where.

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"   # the official name
municipality = "Kalix"
operations = [
  "mvc",   # since 2009
  "bvc",
  "open-preschool",
]
opened = 2009
contacts = ["nina"]

[[centre]]
id = "pitea"
name = "Piteå"
municipality = "Piteå"
kind = "similar"
registration = { deadline = 2019-04-26, channel = "Lärandekalendern" }
)";

}  // namespace

TEST_SUITE("edit::document") {
    TEST_CASE("replacing a value changes one line and keeps its comment") {
        const auto doc = parsed(kRegistry);
        const auto text =
            edited(replace_value(doc, Target::element("centre", "kalix"), {"name"}, "Familjecentralen Kalix"));
        const auto changed = changed_lines(kRegistry, text);
        CHECK(changed.old_count == 1);
        CHECK(changed.new_count == 1);
        CHECK(text.find("name = \"Familjecentralen Kalix\"   # the official name\n") != std::string::npos);
        const auto tree = reparsed(text);
        CHECK(tree["centre"][0]["name"].value<std::string>() == "Familjecentralen Kalix");
        CHECK(tree["centre"][1]["name"].value<std::string>() == "Piteå");
    }

    TEST_CASE("a literal string stays literal when it can and becomes basic when it cannot") {
        const auto doc = parsed(kRegistry);
        const auto kept = edited(replace_value(doc, Target::table("region"), {"name"}, "Region Nord"));
        CHECK(kept.find("name = 'Region Nord'   # as the region writes it\n") != std::string::npos);
        const auto basic = edited(replace_value(doc, Target::table("region"), {"name"}, "Region 'Nord'"));
        CHECK(basic.find("name = \"Region 'Nord'\"   # as") != std::string::npos);
        CHECK(reparsed(basic)["region"]["name"].value<std::string>() == "Region 'Nord'");
    }

    TEST_CASE("hostile strings are escaped and read back as they were") {
        const auto doc = parsed(kRegistry);
        const std::vector<std::string> hostile = {
            "say \"hej\"",
            "back\\slash",
            "\"\"\" triple",
            "two\nlines",
            "tab\there",
            "# not a comment",
            "bell\x07"
            "and del\x7F",
            "crlf\r\n",
            "Västerås, Örnsköldsvik, Åre",
            "''' literal",
            "ends with \\",
        };
        for (const auto& value : hostile) {
            CAPTURE(value);
            for (const auto& target : {Target::table("region"), Target::element("centre", "kalix")}) {
                const auto text = edited(replace_value(doc, target, {"name"}, value));
                const auto tree = reparsed(text);
                const auto* table =
                    tree[target.kind].is_array() ? tree[target.kind][0].as_table() : tree[target.kind].as_table();
                REQUIRE(table != nullptr);
                CHECK((*table)["name"].value<std::string>() == value);
                CHECK(changed_lines(kRegistry, text).new_count == 1);
            }
        }
    }

    TEST_CASE("values of every kind are written as TOML") {
        const auto doc = parsed(kRegistry);
        const Target kalix = Target::element("centre", "kalix");
        using netadmin::time::FuzzyDate;
        using netadmin::time::Precision;
        auto tree = reparsed(edited(replace_value(doc, kalix, {"opened"}, FuzzyDate{Precision::day, 2019, 5, 10})));
        CHECK(tree["centre"][0]["opened"].value<toml::date>() == toml::date{2019, 5, 10});
        tree = reparsed(edited(replace_value(doc, kalix, {"opened"}, FuzzyDate{Precision::year, 2010})));
        CHECK(tree["centre"][0]["opened"].value<std::int64_t>() == 2010);
        tree = reparsed(edited(replace_value(doc, kalix, {"opened"}, FuzzyDate{Precision::month, 2018, 5})));
        CHECK(tree["centre"][0]["opened"].value<std::string>() == "2018-05");
        FuzzyDate autumn{Precision::term, 2019};
        autumn.term = netadmin::time::Term::autumn;
        tree = reparsed(edited(replace_value(doc, kalix, {"opened"}, autumn)));
        CHECK(tree["centre"][0]["opened"].value<std::string>() == "2019-autumn");
        tree = reparsed(edited(replace_value(doc, kalix, {"opened"}, netadmin::time::TimeOfDay{8 * 60 + 30})));
        CHECK(tree["centre"][0]["opened"].value<toml::time>() == toml::time{8, 30, 0});
        tree = reparsed(edited(replace_value(doc, kalix, {"opened"}, true)));
        CHECK(tree["centre"][0]["opened"].value<bool>() == true);
        tree = reparsed(edited(replace_value(doc, kalix, {"contacts"}, List{"nina", "asa"})));
        CHECK(tree["centre"][0]["contacts"][1].value<std::string>() == "asa");
        tree = reparsed(edited(
            replace_value(doc, kalix, {"opened"}, InlineTable{{"meeting_days", List{14, 7}}, {"odd key", "x"}})));
        CHECK(tree["centre"][0]["opened"]["meeting_days"][1].value<std::int64_t>() == 7);
        CHECK(tree["centre"][0]["opened"]["odd key"].value<std::string>() == "x");
    }

    TEST_CASE("a value inside an inline table is replaced in place") {
        const auto doc = parsed(kRegistry);
        const auto text =
            edited(replace_value(doc, Target::element("centre", "pitea"), {"registration", "channel"}, "e-post"));
        CHECK(text.find("registration = { deadline = 2019-04-26, channel = \"e-post\" }\n") != std::string::npos);
        CHECK(changed_lines(kRegistry, text).old_count == 1);
    }

    TEST_CASE("an unknown entity or key is a located error") {
        const auto doc = parsed(kRegistry);
        auto result = replace_value(doc, Target::element("centre", "lulea"), {"name"}, "x");
        REQUIRE_FALSE(result.ok());
        CHECK(result.problem().msg() == netadmin::catalog::Msg::edit_no_such_entity);
        result = replace_value(doc, Target::element("centre", "kalix"), {"note"}, "x");
        REQUIRE_FALSE(result.ok());
        CHECK(result.problem().msg() == netadmin::catalog::Msg::edit_key_not_set);
        CHECK(result.problem().where()->line == 26);  // the [[centre]] header
        CHECK(result.problem().where()->file == "test.toml");
        result = insert_key(doc, Target::element("centre", "kalix"), {"name"}, "x");
        REQUIRE_FALSE(result.ok());
        CHECK(result.problem().msg() == netadmin::catalog::Msg::edit_key_already_set);
    }

    TEST_CASE("a syntax error is reported where it is") {
        const auto result = Document::parse("bad.toml", "a = 1\nb = \n");
        REQUIRE_FALSE(result.ok());
        CHECK(result.problem().where()->line == 2);
        CHECK(result.problem().msg() == netadmin::catalog::Msg::err_toml_missing_value);
    }

    TEST_CASE("a key is inserted after the last key, before the comments of what follows") {
        const auto doc = parsed(kRegistry);
        auto text = edited(insert_key(doc, Target::element("person", "nina"), {"name"}, "Nina Alakulju"));
        CHECK(text.find("email = \"nina@example.se\"   # the page gives the address only\n"
                        "name = \"Nina Alakulju\"\n\n# Åsa leads") != std::string::npos);
        CHECK(changed_lines(kRegistry, text).old_count == 0);
        CHECK(changed_lines(kRegistry, text).new_count == 1);
        CHECK(reparsed(text)["person"][0]["name"].value<std::string>() == "Nina Alakulju");

        // After the array over several lines, not inside it.
        text = edited(insert_key(doc, Target::element("centre", "pitea"), {"note"}, "x"));
        CHECK(text.substr(text.size() - 11) == "note = \"x\"\n");
        text = edited(set_value(doc, Target::element("person", "asa"), {"phone"}, "070-123"));
        CHECK(text.find("role = \"Samordnare\"\nphone = \"070-123\"\n# more about Åsa later\n") != std::string::npos);
    }

    TEST_CASE(
        "a key goes into a sub-table with its header, dotted below it, and into an inline table before its brace") {
        const std::string settings =
            "[settings]\nlanguage = \"sv\"\n\n[settings.reminders]\n  meeting_days = [14, 7]\n";
        const auto doc = parsed(settings);
        auto text = edited(insert_key(doc, Target::table("settings"), {"reminders", "deadline_days"}, List{7}));
        CHECK(text ==
              "[settings]\nlanguage = \"sv\"\n\n[settings.reminders]\n  meeting_days = [14, 7]\n"
              "  deadline_days = [7]\n");
        text = edited(insert_key(doc, Target::table("settings"), {"mail_from"}, "a@b.se"));
        CHECK(text ==
              "[settings]\nlanguage = \"sv\"\nmail_from = \"a@b.se\"\n\n[settings.reminders]\n"
              "  meeting_days = [14, 7]\n");
        CHECK(reparsed(text)["settings"]["reminders"]["meeting_days"][0].value<int>() == 14);

        // A key of an inline table, and of a table not there yet: document_tables_test.cpp.
    }

    TEST_CASE("a top-level key goes above the first table and its comments") {
        const std::string text = "# People of Kalix.\n\n# The first one.\n[[person]]\nid = \"a\"\n";
        const auto result = edited(insert_key(parsed(text), Target::table(""), {"region"}, "norrbotten"));
        CHECK(result == "# People of Kalix.\n\nregion = \"norrbotten\"\n\n# The first one.\n[[person]]\nid = \"a\"\n");
        CHECK(reparsed(result)["region"].value<std::string>() == "norrbotten");
        const auto after = edited(insert_key(parsed(result), Target::table(""), {"note"}, "x"));
        CHECK(after.find("region = \"norrbotten\"\nnote = \"x\"\n\n# The first one.") != std::string::npos);
    }

    TEST_CASE("removing a key removes its lines, comment and all, and nothing else") {
        const auto doc = parsed(kRegistry);
        auto text = edited(remove_key(doc, Target::element("centre", "kalix"), {"operations"}));
        auto changed = changed_lines(kRegistry, text);
        CHECK(changed.old_count == 5);
        CHECK(changed.new_count == 0);
        CHECK(text.find("municipality = \"Kalix\"\nopened = 2009\n") != std::string::npos);
        CHECK_FALSE(reparsed(text)["centre"][0]["operations"]);

        text = edited(remove_key(doc, Target::element("centre", "pitea"), {"registration", "deadline"}));
        CHECK(text.find("registration = { channel = \"Lärandekalendern\" }\n") != std::string::npos);
        text = edited(remove_key(parsed(text), Target::element("centre", "pitea"), {"registration", "channel"}));
        CHECK_FALSE(reparsed(text)["centre"][1]["registration"]);  // the last key takes its inline table
    }

    TEST_CASE("an element is appended after the last of its kind") {
        const auto doc = parsed(kRegistry);
        const auto text = edited(append_element(doc, "person", {{"id", "bjorn"}, {"name", "Björn"}}));
        CHECK(text.find(
                  "role = \"Samordnare\"\n# more about Åsa later\n\n[[person]]\nid = \"bjorn\"\nname = \"Björn\"\n\n"
                  "# --- Centres") != std::string::npos);
        const auto changed = changed_lines(kRegistry, text);
        CHECK(changed.old_count == 0);
        CHECK(changed.new_count == 4);
        CHECK(reparsed(text)["person"][2]["name"].value<std::string>() == "Björn");

        const auto at_end = edited(append_element(doc, "centre", {{"id", "lulea"}}));
        CHECK(at_end.substr(kRegistry.size()) == "\n[[centre]]\nid = \"lulea\"\n");
        const auto new_kind = edited(append_element(doc, "venue", {{"id", "salen"}}));
        CHECK(new_kind.substr(kRegistry.size()) == "\n[[venue]]\nid = \"salen\"\n");
        const auto wrong = append_element(doc, "region", {{"id", "x"}});
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.problem().msg() == netadmin::catalog::Msg::edit_not_a_table_list);
    }

    TEST_CASE("removing an element takes its comments and keeps the next one's") {
        const auto doc = parsed(kRegistry);
        // Åsa: the comment above her header and the one after her keys go; the
        // section comment and the next centre's stay.
        auto text = edited(remove_element(doc, Target::element("person", "asa")));
        CHECK(text.find("Åsa") == std::string::npos);
        CHECK(text.find("# the page gives the address only\n\n# --- Centres") != std::string::npos);
        CHECK(text.find("# The names say what and where.\n") != std::string::npos);
        CHECK(reparsed(text)["person"].as_array()->size() == 1);

        // The first person: the section comment above it stays (a blank line lies between).
        text = edited(remove_element(doc, Target::element("person", "nina")));
        CHECK(text.find("# --- People ---") != std::string::npos);
        CHECK(text.find("-----\n\n# Åsa leads the programme.\n[[person]]\nid = \"asa\"") != std::string::npos);

        // The last element of the file: the blank line before it goes too.
        text = edited(remove_element(doc, Target::element("centre", "pitea")));
        CHECK(text.substr(text.size() - 20) == "contacts = [\"nina\"]\n");

        // A table with its sub-tables.
        const std::string settings =
            "[region]\nid = \"x\"\n\n[settings]\nlanguage = \"sv\"\n\n[settings.reminders]\nmeeting_days = [1]\n";
        CHECK(edited(remove_element(parsed(settings), Target::table("settings"))) == "[region]\nid = \"x\"\n");
    }

    TEST_CASE("an item is added to a list on one line or over several") {
        const auto doc = parsed(kRegistry);
        auto text = edited(add_to_list(doc, Target::table("region"), {"contacts"}, "bjorn"));
        CHECK(text.find("contacts = [\"nina\", \"asa\", \"bjorn\"]\n") != std::string::npos);
        text = edited(add_to_list(doc, Target::element("centre", "kalix"), {"operations"}, "social-services"));
        CHECK(text.find("  \"open-preschool\",\n  \"social-services\",\n]") != std::string::npos);
        CHECK(changed_lines(kRegistry, text).new_count == 1);
        CHECK(reparsed(text)["centre"][0]["operations"][3].value<std::string>() == "social-services");

        // No trailing comma: one is added after the last item, which keeps its comment.
        const std::string no_comma = "[x]\nl = [\n  'a',\n  'b'  # last\n]\n";
        text = edited(add_to_list(parsed(no_comma), Target::table("x"), {"l"}, "c"));
        CHECK(text == "[x]\nl = [\n  'a',\n  'b',  # last\n  'c'\n]\n");

        text = edited(add_to_list(parsed("[x]\nl = []\n"), Target::table("x"), {"l"}, "a"));
        CHECK(text == "[x]\nl = [\"a\"]\n");
        text = edited(add_to_list(parsed("[x]\nm = 1\n"), Target::table("x"), {"l"}, "a"));
        CHECK(text == "[x]\nm = 1\nl = [\"a\"]\n");

        const auto twice = add_to_list(doc, Target::table("region"), {"contacts"}, "asa");
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.problem().msg() == netadmin::catalog::Msg::edit_item_present);
        const auto not_list = add_to_list(doc, Target::table("region"), {"county"}, "asa");
        REQUIRE_FALSE(not_list.ok());
        CHECK(not_list.problem().msg() == netadmin::catalog::Msg::edit_not_a_list);
    }

    TEST_CASE("an item is removed from a list on one line or over several") {
        const auto doc = parsed(kRegistry);
        auto text = edited(remove_from_list(doc, Target::table("region"), {"contacts"}, "nina"));
        CHECK(text.find("contacts = [\"asa\"]\n") != std::string::npos);
        text = edited(remove_from_list(doc, Target::table("region"), {"contacts"}, "asa"));
        CHECK(text.find("contacts = [\"nina\"]\n") != std::string::npos);
        text = edited(remove_from_list(parsed(text), Target::table("region"), {"contacts"}, "nina"));
        CHECK(text.find("contacts = []\n") != std::string::npos);

        text = edited(remove_from_list(doc, Target::element("centre", "kalix"), {"operations"}, "mvc"));
        CHECK(text.find("operations = [\n  \"bvc\",\n  \"open-preschool\",\n]") != std::string::npos);
        CHECK(changed_lines(kRegistry, text).old_count == 1);
        CHECK(changed_lines(kRegistry, text).new_count == 0);

        text = edited(remove_from_list(parsed("l = [1, 2,\n  3, 4]\n"), Target::table(""), {"l"}, 4));
        CHECK(text == "l = [1, 2,\n  3]\n");
        text = edited(remove_from_list(parsed("l = [1, 2,\n  3, 4]\n"), Target::table(""), {"l"}, 2));
        CHECK(text == "l = [1, \n  3, 4]\n");
        CHECK(reparsed(text)["l"].as_array()->size() == 3);

        const auto absent = remove_from_list(doc, Target::table("region"), {"contacts"}, "bjorn");
        REQUIRE_FALSE(absent.ok());
        CHECK(absent.problem().msg() == netadmin::catalog::Msg::edit_item_absent);
    }

    TEST_CASE("renaming replaces the id wherever the caller says ids are") {
        const auto doc = parsed(kRegistry);
        const auto is_reference = [](const KeyPath& path) { return path.back() == "id" || path.back() == "contacts"; };
        const auto text = edited(rename_id(doc, "nina", "nina-alakulju", is_reference));
        const auto tree = reparsed(text);
        CHECK(tree["person"][0]["id"].value<std::string>() == "nina-alakulju");
        CHECK(tree["region"]["contacts"][0].value<std::string>() == "nina-alakulju");
        CHECK(tree["centre"][0]["contacts"][0].value<std::string>() == "nina-alakulju");
        CHECK(text.find("\"nina\"") == std::string::npos);
        CHECK(changed_lines(kRegistry, text).old_count == 29);  // from the region's contacts to the centre's
        CHECK(lines_of(text).size() == lines_of(kRegistry).size());

        // Keys the caller does not name keep the text.
        const auto none = edited(rename_id(doc, "Kalix", "Boden", is_reference));
        CHECK(none == kRegistry);
    }

    TEST_CASE("CRLF files stay CRLF, a missing final newline stays missing, a byte-order mark stays") {
        const std::string crlf =
            "\xEF\xBB\xBF# Ö\r\n[[person]]\r\nid = \"å\"\r\nname = \"Åsa\"\r\n\r\n[[person]]\r\nid = \"b\"";
        const auto doc = parsed(crlf);
        auto text = edited(replace_value(doc, Target::element("person", "å"), {"name"}, "Åsa Ö"));
        CHECK(text ==
              "\xEF\xBB\xBF# Ö\r\n[[person]]\r\nid = \"å\"\r\nname = \"Åsa Ö\"\r\n\r\n[[person]]\r\nid = \"b\"");
        text = edited(insert_key(doc, Target::element("person", "b"), {"name"}, "B"));
        CHECK(text == crlf + "\r\nname = \"B\"");
        text = edited(insert_key(doc, Target::element("person", "å"), {"role"}, "r"));
        CHECK(text.find("name = \"Åsa\"\r\nrole = \"r\"\r\n\r\n") != std::string::npos);
        text = edited(append_element(doc, "person", {{"id", "c"}}));
        CHECK(text == crlf + "\r\n\r\n[[person]]\r\nid = \"c\"");
        text = edited(remove_element(doc, Target::element("person", "b")));
        CHECK(text == "\xEF\xBB\xBF# Ö\r\n[[person]]\r\nid = \"å\"\r\nname = \"Åsa\"");
        text = edited(remove_key(doc, Target::element("person", "b"), {"id"}));
        CHECK(text == "\xEF\xBB\xBF# Ö\r\n[[person]]\r\nid = \"å\"\r\nname = \"Åsa\"\r\n\r\n[[person]]");
        CHECK(reparsed(text)["person"].as_array()->size() == 2);
    }

    TEST_CASE("columns are code points: a value after Swedish letters is found") {
        const std::string text = "\"nåm\" = \"Västerås\"   # ä\n\"ö\" = 1\n";
        const auto doc = parsed("[t]\n" + text);
        const auto result = edited(replace_value(doc, Target::table("t"), {"nåm"}, "Åre"));
        CHECK(result == "[t]\n\"nåm\" = \"Åre\"   # ä\n\"ö\" = 1\n");
    }

    TEST_CASE("a multi-line string is replaced whole and the lines inside it are not taken for comments") {
        const std::string text =
            "[[p]]\nid = \"a\"\nnote = \"\"\"\n# not a comment\n\n[[p]]\n\"\"\"\n\n[[p]]\nid = \"b\"\n";
        const auto doc = parsed(text);
        auto result = edited(replace_value(doc, Target::element("p", "a"), {"note"}, "kort"));
        CHECK(result == "[[p]]\nid = \"a\"\nnote = \"kort\"\n\n[[p]]\nid = \"b\"\n");
        result = edited(remove_element(doc, Target::element("p", "b")));
        CHECK(result == "[[p]]\nid = \"a\"\nnote = \"\"\"\n# not a comment\n\n[[p]]\n\"\"\"\n");
        result = edited(insert_key(doc, Target::element("p", "a"), {"x"}, 1));
        CHECK(result.find("[[p]]\n\"\"\"\nx = 1\n") != std::string::npos);
    }

    TEST_CASE("every comment outside an entity survives a sequence of edits") {
        auto text = kRegistry;
        const auto step = [&text](const std::function<netadmin::catalog::Result<std::string>(const Document&)>& edit) {
            text = edited(edit(parsed(text)));
            reparsed(text);
        };
        step([](const Document& d) { return append_element(d, "centre", {{"id", "boden"}, {"name", "Boden"}}); });
        step([](const Document& d) { return set_value(d, Target::element("centre", "boden"), {"kind"}, "similar"); });
        step([](const Document& d) {
            return rename_id(d, "asa", "asa-ranung", [](const KeyPath& p) { return p.back() != "name"; });
        });
        step([](const Document& d) { return remove_element(d, Target::element("centre", "pitea")); });
        step(
            [](const Document& d) { return remove_from_list(d, Target::table("region"), {"contacts"}, "asa-ranung"); });
        for (const auto& line : lines_of(kRegistry)) {
            if (line.rfind('#') == std::string::npos) continue;
            if (line.find("Åsa") != std::string::npos || line.find("Piteå") != std::string::npos) continue;
            CAPTURE(line);
            const auto comment = line.substr(line.find('#'));
            CHECK(text.find(comment) != std::string::npos);
        }
        CHECK(reparsed(text)["centre"][1]["kind"].value<std::string>() == "similar");
    }
}
