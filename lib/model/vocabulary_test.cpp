#include "model/vocabulary.hpp"

#include <doctest/doctest.h>

using namespace netadmin::model;

namespace {
Operations ops(std::initializer_list<Operation> list) {
    Operations result;
    for (auto op : list) result.add(op);
    return result;
}
}  // namespace

TEST_SUITE("model::vocabulary") {
    TEST_CASE("all four operations make a full family centre") {
        CHECK(kind_from_operations(ops({Operation::mvc, Operation::bvc, Operation::open_preschool,
                                        Operation::social_services})) == CentreKind::full);
    }
    TEST_CASE("BVC with one municipal service is a similar operation, with or without MVC") {
        CHECK(kind_from_operations(ops({Operation::bvc, Operation::open_preschool})) == CentreKind::similar);
        CHECK(kind_from_operations(ops({Operation::bvc, Operation::social_services})) == CentreKind::similar);
        CHECK(kind_from_operations(ops({Operation::mvc, Operation::bvc, Operation::open_preschool})) ==
              CentreKind::similar);
        CHECK(kind_from_operations(ops({Operation::bvc, Operation::open_preschool, Operation::social_services})) ==
              CentreKind::similar);
    }
    TEST_CASE("without BVC or without a municipal service it is neither") {
        CHECK_FALSE(kind_from_operations(ops({Operation::mvc, Operation::bvc})));
        CHECK_FALSE(kind_from_operations(ops({Operation::mvc, Operation::open_preschool, Operation::social_services})));
        CHECK_FALSE(kind_from_operations(ops({})));
    }
    TEST_CASE("a kind without listed operations implies what the definition says") {
        Centre centre;
        centre.kind = CentreKind::full;
        CHECK(implied_operations(centre).bits == 0b1111);
        centre.kind = CentreKind::similar;
        CHECK(implied_operations(centre) == ops({Operation::bvc}));
        centre.operations = ops({Operation::bvc, Operation::social_services});
        CHECK(implied_operations(centre) == centre.operations);
    }
    TEST_CASE("data names round-trip") {
        for (int i = 0; i < kMeetingKindCount; ++i) {
            const auto kind = static_cast<MeetingKind>(i);
            CHECK(parse_meeting_kind(data_name(kind)) == kind);
        }
        CHECK(parse_operation("open-preschool") == Operation::open_preschool);
        CHECK_FALSE(parse_operation("öppen förskola"));
    }
}
