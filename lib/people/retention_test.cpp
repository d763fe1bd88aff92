// Which targets' participants are past retention.
#include "people/retention.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

model::Registry registry() {
    model::Registry r;
    model::Programme programme;
    programme.id = "efbt";
    r.programmes.push_back(programme);
    model::Meeting first;
    first.id = "efbt-1";
    first.programme = "efbt";
    first.date = time::FuzzyDate::of_day({2023, 9, 1});
    model::Meeting last;
    last.id = "efbt-2";
    last.programme = "efbt";
    last.date = time::FuzzyDate::of_day({2024, 3, 1});
    r.meetings = {first, last};
    (void)r.build_index();
    return r;
}

}  // namespace

TEST_SUITE("people::retention") {
    TEST_CASE("a programme ends with its last session, a meeting on its day") {
        const auto r = registry();
        CHECK(people::target_end(r, "efbt") == time::CivilDate{2024, 3, 1});
        CHECK(people::target_end(r, "efbt-1") == time::CivilDate{2023, 9, 1});
        CHECK_FALSE(people::target_end(r, "gone").has_value());
    }

    TEST_CASE("rows expire retention months after the end, or after their last change when the end is unknown") {
        const auto r = registry();
        const std::vector<state::TargetRows> targets{
            {"efbt", {2026, 1, 1}}, {"efbt-1", {2026, 1, 1}}, {"gone", {2024, 1, 1}}, {"gone-recent", {2026, 1, 1}}};
        const auto expired = people::expired_targets(r, targets, {2025, 9, 2}, 24);
        CHECK(expired == std::vector<std::string>{"efbt-1"});
        const auto later = people::expired_targets(r, targets, {2026, 3, 2}, 24);
        CHECK(later == std::vector<std::string>{"efbt", "efbt-1", "gone"});
        CHECK(people::expired_targets(r, targets, {2026, 3, 2}, 120).empty());
    }
}
