#include "snapshot/codec.hpp"

#include "snapshot/test_registry.hpp"
#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

load::LoadResult rich() {
    auto loaded = netadmin::testing::registry_from_toml(snapshot::testing::kRichRegistry);
    REQUIRE_MESSAGE(loaded.ok(), netadmin::testing::rendered(loaded.diagnostics));
    return loaded;
}

}  // namespace

TEST_SUITE("snapshot::codec") {
    TEST_CASE("a registry decodes to one that encodes to the same bytes") {
        const auto loaded = rich();
        const auto bytes = snapshot::encode(loaded);
        const auto decoded = snapshot::decode(bytes);
        REQUIRE(decoded);
        // encode writes every member of every struct (snapshot/members.hpp),
        // so equal bytes mean equal registries.
        CHECK(snapshot::encode(*decoded) == bytes);
    }

    TEST_CASE("the decoded registry answers look-ups as the loaded one does") {
        const auto decoded = snapshot::decode(snapshot::encode(rich()));
        REQUIRE(decoded);
        const auto& registry = decoded->registry;
        const auto* meeting = registry.meeting("fcd-1");
        REQUIRE(meeting != nullptr);
        CHECK(meeting->title == "Första träffen");
        REQUIRE(meeting->start);
        CHECK(meeting->start->minutes == 8 * 60 + 30);
        CHECK(meeting->former_ids == std::vector<std::string>{"fcd-start"});
        REQUIRE(registry.centre("kalix-fc") != nullptr);
        CHECK(registry.centre("kalix-fc")->provenance.is_inferred("municipality"));
        CHECK(registry.reference.find_municipality("Kalix") != nullptr);
        CHECK(registry.settings.meeting_days == std::vector<int>{10, 2});
        CHECK(registry.person("nobody") == nullptr);
    }

    TEST_CASE("diagnostics come back as they were, warnings included") {
        const auto loaded = rich();
        REQUIRE(!loaded.diagnostics.items().empty());
        const auto decoded = snapshot::decode(snapshot::encode(loaded));
        REQUIRE(decoded);
        CHECK(netadmin::testing::rendered(decoded->diagnostics) == netadmin::testing::rendered(loaded.diagnostics));
    }

    TEST_CASE("every truncation is refused") {
        const auto bytes = snapshot::encode(rich());
        for (std::size_t size = 0; size < bytes.size(); ++size) {
            CAPTURE(size);
            CHECK_FALSE(snapshot::decode(std::string_view(bytes).substr(0, size)));
        }
    }

    TEST_CASE("a byte too many is refused") { CHECK_FALSE(snapshot::decode(snapshot::encode(rich()) + '\0')); }

    TEST_CASE("any single changed byte decodes to nothing or to a registry that encodes again") {
        // Without the file's hash (snapshot_file.hpp) a change may go
        // unnoticed, but it must never crash or leave values the model
        // does not allow: what decodes also encodes and decodes again.
        const auto bytes = snapshot::encode(rich());
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            for (const unsigned char flip : {0x01, 0x80, 0xff}) {
                auto changed = bytes;
                changed[i] = static_cast<char>(static_cast<unsigned char>(changed[i]) ^ flip);
                const auto decoded = snapshot::decode(changed);
                if (!decoded) continue;
                const auto again = snapshot::encode(*decoded);
                const auto redecoded = snapshot::decode(again);
                REQUIRE(redecoded);
                CHECK(snapshot::encode(*redecoded) == again);
            }
        }
    }

    TEST_CASE("an enum value out of range is refused") {
        // A meeting kind of 200: the renderers' switches have no case for it.
        auto loaded = rich();
        const auto bytes = snapshot::encode(loaded);
        loaded.registry.meetings.front().kind = static_cast<model::MeetingKind>(200);
        CHECK_FALSE(snapshot::decode(snapshot::encode(loaded)));
        CHECK(snapshot::decode(bytes));
    }

    TEST_CASE("a date the calendar does not have is refused") {
        auto loaded = rich();
        loaded.registry.centres.front().opened = time::FuzzyDate{time::Precision::day, 2019, 2, 30};
        CHECK_FALSE(snapshot::decode(snapshot::encode(loaded)));
    }

    TEST_CASE("a place in a file the registry does not list is refused") {
        auto loaded = rich();
        loaded.registry.centres.front().where.file = 7;
        CHECK_FALSE(snapshot::decode(snapshot::encode(loaded)));
    }

    TEST_CASE("an id twice is refused") {
        auto loaded = rich();
        loaded.registry.people.push_back(loaded.registry.people.front());
        CHECK_FALSE(snapshot::decode(snapshot::encode(loaded)));
    }
}
