// The edit engine's nested tables: a key of an inline table is added
// inside its braces, a table that is not there yet is written as the file
// writes it, and the last key of an inline table takes the table with it.
#include "edit/document.hpp"

#include "edit/document_test_support.hpp"

#include <doctest/doctest.h>
#include <toml++/toml.h>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace netadmin::edit;
using namespace netadmin::edit::testing;

namespace {

// How many lines of each text differ, the equal lines at both ends left out.
std::pair<std::size_t, std::size_t> changed_lines(const std::string& before, const std::string& after) {
    const auto lines = [](const std::string& text) {
        std::vector<std::string> out;
        std::string line;
        std::istringstream in(text);
        while (std::getline(in, line)) out.push_back(line);
        return out;
    };
    const auto a = lines(before);
    const auto b = lines(after);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    return {a.size() - prefix - suffix, b.size() - prefix - suffix};
}

const std::string kPitea =
    "[[centre]]\nid = \"kalix\"\n\n[[centre]]\nid = \"pitea\"\n"
    "registration = { deadline = 2019-04-26, channel = \"Lärandekalendern\" }\nnote = \"x\"  # kept\n";

}  // namespace

TEST_SUITE("edit::document tables") {
    TEST_CASE("a key of an inline table goes inside it; a table not there yet is made") {
        const auto registry = parsed(kPitea);
        const auto inside =
            edited(insert_key(registry, Target::element("centre", "pitea"), {"registration", "note"}, "x"));
        CHECK(inside.find("registration = { deadline = 2019-04-26, channel = \"Lärandekalendern\", note = \"x\" }\n") !=
              std::string::npos);
        CHECK(changed_lines(kPitea, inside).first == 1);
        CHECK(changed_lines(kPitea, inside).second == 1);
        const auto made =
            edited(insert_key(registry, Target::element("centre", "pitea"), {"reminders", "meeting_days"}, List{1}));
        CHECK(made.find("reminders = { meeting_days = [1] }\n") != std::string::npos);
        CHECK(changed_lines(kPitea, made).first == 0);
        CHECK(changed_lines(kPitea, made).second == 1);
        const auto not_table = insert_key(parsed("[[centre]]\nid = \"a\"\nreminders = 3\n"),
                                          Target::element("centre", "a"), {"reminders", "meeting_days"}, List{1});
        REQUIRE_FALSE(not_table.ok());
        CHECK(not_table.problem().msg() == netadmin::catalog::Msg::edit_no_parent_table);
    }

    TEST_CASE("a nested table that is not there yet is written as the other elements write it") {
        const std::string blocks =
            "[[meeting]]\nid = \"a\"\ntitle = \"A\"\n\n[[meeting]]\nid = \"b\"\ntitle = \"B\"\n\n"
            "[meeting.reminders]\nmeeting_days = [7]  # a week before\n";
        const auto sub = edited(
            insert_key(parsed(blocks), Target::element("meeting", "a"), {"reminders", "meeting_days"}, List{14, 1}));
        CHECK(sub ==
              "[[meeting]]\nid = \"a\"\ntitle = \"A\"\n\n[meeting.reminders]\nmeeting_days = [14, 1]\n\n"
              "[[meeting]]\nid = \"b\"\ntitle = \"B\"\n\n[meeting.reminders]\nmeeting_days = [7]  # a week before\n");
        CHECK(reparsed(sub)["meeting"][0]["reminders"]["meeting_days"][1].value<int>() == 1);
        CHECK(reparsed(sub)["meeting"][1]["reminders"]["meeting_days"][0].value<int>() == 7);

        const std::string inline_style =
            "[[meeting]]\nid = \"a\"\nregistration = { channel = \"web\" }\n\n[[meeting]]\nid = \"b\"\n";
        const auto in = edited(
            insert_key(parsed(inline_style), Target::element("meeting", "b"), {"registration", "channel"}, "mail"));
        CHECK(in.ends_with("[[meeting]]\nid = \"b\"\nregistration = { channel = \"mail\" }\n"));

        const std::string dotted_style =
            "[[meeting]]\nid = \"a\"\nregistration.channel = \"web\"\n\n[[meeting]]\nid = \"b\"\n";
        const auto dot = edited(
            insert_key(parsed(dotted_style), Target::element("meeting", "b"), {"registration", "channel"}, "mail"));
        CHECK(dot.ends_with("[[meeting]]\nid = \"b\"\nregistration.channel = \"mail\"\n"));

        // Asked for: a dotted key where the default would be an inline table.
        const auto asked = edited(insert_key(parsed("[[meeting]]\nid = \"a\"\n"), Target::element("meeting", "a"),
                                             {"registration", "channel"}, "web", TableStyle::dotted));
        CHECK(asked == "[[meeting]]\nid = \"a\"\nregistration.channel = \"web\"\n");

        // A table of its own ([settings]) gets a sub-table, as settings.toml writes it.
        const auto settings =
            edited(insert_key(parsed("[settings]\nlanguage = \"sv\"  # of reminders\n"), Target::table("settings"),
                              {"reminders", "meeting_days"}, List{14, 7, 1}));
        CHECK(settings ==
              "[settings]\nlanguage = \"sv\"  # of reminders\n\n[settings.reminders]\nmeeting_days = [14, 7, 1]\n");
    }

    TEST_CASE("a new sub-table follows the comments directly after its table") {
        const std::string text = "[settings]\nlanguage = \"sv\"\n# mail_from = \"x\"\n\n# [settings.reminders]\n";
        const auto result =
            edited(insert_key(parsed(text), Target::table("settings"), {"reminders", "meeting_days"}, List{1}));
        CHECK(result ==
              "[settings]\nlanguage = \"sv\"\n# mail_from = \"x\"\n\n[settings.reminders]\nmeeting_days = [1]\n\n"
              "# [settings.reminders]\n");
    }

    TEST_CASE("the last key of a nested inline table takes the table with it; a new top-level table") {
        const std::string text =
            "[[meeting]]\nid = \"a\"\nregistration = { channel = \"web\", deadline = 2027-01-10 }\n"
            "title = \"A\"  # kept\n";
        const auto one = edited(remove_key(parsed(text), Target::element("meeting", "a"), {"registration", "channel"}));
        CHECK(one == "[[meeting]]\nid = \"a\"\nregistration = { deadline = 2027-01-10 }\ntitle = \"A\"  # kept\n");
        const auto none =
            edited(remove_key(parsed(one), Target::element("meeting", "a"), {"registration", "deadline"}));
        CHECK(none == "[[meeting]]\nid = \"a\"\ntitle = \"A\"  # kept\n");

        CHECK(edited(append_table(parsed("# Settings.\nregion = \"x\"\n"), "settings")) ==
              "# Settings.\nregion = \"x\"\n\n[settings]\n");
        CHECK(edited(append_table(parsed(""), "settings")) == "[settings]\n");
        CHECK_FALSE(append_table(parsed("[settings]\n"), "settings").ok());
    }
}
