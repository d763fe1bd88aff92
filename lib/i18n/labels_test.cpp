// Every value of every enum that people see by name has a label in Swedish
// and in English: not empty, and not shared with another value of the same
// enum. The tables of expected English words pin each value to its own
// label, so a label found by arithmetic on the enum's order cannot drift.
// (The map statuses' labels are tested in render/layout_map_test.cpp.)
#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "model/registry.hpp"
#include "model/vocabulary.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace netadmin {
namespace {

constexpr i18n::Language kLanguages[] = {i18n::Language::sv, i18n::Language::en};

// Each value's label in each language: present and distinct within the enum.
template <typename Enum>
void check_labels(const std::vector<Enum>& values, const std::function<std::string(i18n::Language, Enum)>& label) {
    for (const auto language : kLanguages) {
        CAPTURE(i18n::language_code(language));
        std::set<std::string> seen;
        for (const auto value : values) {
            CAPTURE(static_cast<int>(value));
            const auto text = label(language, value);
            CHECK_FALSE(text.empty());
            CHECK(seen.insert(text).second);
        }
    }
}

template <typename Enum>
std::function<std::string(i18n::Language, Enum)> model_label() {
    return [](i18n::Language language, Enum value) { return std::string(i18n::text(language, model::label(value))); };
}

template <typename Enum>
std::vector<Enum> all_values(int count) {
    std::vector<Enum> values;
    for (int i = 0; i < count; ++i) values.push_back(static_cast<Enum>(i));
    return values;
}

const std::vector<model::EntityKind> kEntityKinds{
    model::EntityKind::region,   model::EntityKind::organisation, model::EntityKind::person,  model::EntityKind::centre,
    model::EntityKind::network,  model::EntityKind::programme,    model::EntityKind::meeting, model::EntityKind::venue,
    model::EntityKind::resource, model::EntityKind::source};

}  // namespace

TEST_SUITE("i18n::labels") {
    TEST_CASE("operations have distinct labels in both languages, each its own") {
        check_labels(all_values<model::Operation>(model::kOperationCount), model_label<model::Operation>());
        const std::pair<model::Operation, const char*> expected[] = {
            {model::Operation::mvc, "MVC"},
            {model::Operation::bvc, "BVC"},
            {model::Operation::open_preschool, "open preschool"},
            {model::Operation::social_services, "social services"}};
        for (const auto& [op, english] : expected) CHECK(i18n::text(i18n::Language::en, model::label(op)) == english);
        CHECK(i18n::text(i18n::Language::sv, model::label(model::Operation::open_preschool)) == "öppen förskola");
    }

    TEST_CASE("centre kinds have distinct labels in both languages, each its own") {
        check_labels(std::vector{model::CentreKind::full, model::CentreKind::similar},
                     model_label<model::CentreKind>());
        CHECK(i18n::text(i18n::Language::en, model::label(model::CentreKind::full)) == "family centre");
        CHECK(i18n::text(i18n::Language::en, model::label(model::CentreKind::similar)) == "similar operation");
        CHECK(i18n::text(i18n::Language::sv, model::label(model::CentreKind::full)) == "familjecentral");
    }

    TEST_CASE("meeting kinds have distinct labels in both languages, each its own") {
        check_labels(all_values<model::MeetingKind>(model::kMeetingKindCount), model_label<model::MeetingKind>());
        const std::pair<model::MeetingKind, const char*> expected[] = {
            {model::MeetingKind::network_meeting, "network meeting"},
            {model::MeetingKind::conference, "conference"},
            {model::MeetingKind::programme_session, "programme session"},
            {model::MeetingKind::dialogue_day, "dialogue day"},
            {model::MeetingKind::planning_meeting, "planning meeting"},
            {model::MeetingKind::coordinators_meeting, "coordinators' meeting"},
            {model::MeetingKind::house_meeting, "house meeting"},
            {model::MeetingKind::other, "meeting"}};
        REQUIRE(std::size(expected) == model::kMeetingKindCount);
        for (const auto& [kind, english] : expected) {
            CAPTURE(model::data_name(kind));
            CHECK(i18n::text(i18n::Language::en, model::label(kind)) == english);
        }
    }

    TEST_CASE("entity kinds have distinct labels in both languages, each its own") {
        check_labels(kEntityKinds, model_label<model::EntityKind>());
        // The English label of each kind is its data word.
        for (const auto kind : kEntityKinds) {
            CHECK(i18n::text(i18n::Language::en, model::label(kind)) == model::entity_kind_name(kind));
        }
        CHECK(i18n::text(i18n::Language::sv, model::label(model::EntityKind::source)) == "källa");
        CHECK(i18n::text(i18n::Language::sv, model::label(model::EntityKind::centre)) == "familjecentral");
    }

    TEST_CASE("months and weekdays have distinct names in both languages, each its own") {
        for (const auto language : kLanguages) {
            std::set<std::string> months;
            for (int month = 1; month <= 12; ++month) {
                const auto name = i18n::month_name(language, month);
                CHECK_FALSE(name.empty());
                CHECK(months.insert(name).second);
            }
            std::set<std::string> weekdays;
            for (int day = 0; day < 7; ++day) {
                const auto name = i18n::weekday_name(language, day);
                CHECK_FALSE(name.empty());
                CHECK(weekdays.insert(name).second);
            }
        }
        CHECK(i18n::month_name(i18n::Language::sv, 1) == "januari");
        CHECK(i18n::month_name(i18n::Language::en, 12) == "December");
        // 2 December 2026 is a Wednesday.
        CHECK(i18n::format_day(i18n::Language::en, {2026, 12, 2}, true) == "Wednesday 2 December 2026");
        CHECK(i18n::format_day(i18n::Language::sv, {2026, 12, 2}, true) == "onsdag 2 december 2026");
    }

    TEST_CASE("terms have distinct names in both languages") {
        for (const auto language : kLanguages) {
            const auto spring = i18n::format_fuzzy_date(language, *time::parse_fuzzy_date("2019-spring"));
            const auto autumn = i18n::format_fuzzy_date(language, *time::parse_fuzzy_date("2019-autumn"));
            CHECK_FALSE(spring.empty());
            CHECK(spring != autumn);
        }
    }
}

}  // namespace netadmin
