// The Message-ID of a reminder (remind/run.hpp): one per delivery and run.
#include "remind/run.hpp"

#include <doctest/doctest.h>

#include <string>

namespace netadmin::remind {
namespace {

constexpr std::int64_t kStart = 1899100000;  // a pinned "now"

}  // namespace

TEST_SUITE("remind::message_id") {
    TEST_CASE("a Message-ID names the delivery, the instant, the process and the sender's domain") {
        const DeliveryKey key{"traff", "anna-astrom", 7, time::CivilDate{2030, 3, 20}};
        const auto id = message_id(key, "natverket@example.se", kStart, 4242);
        CHECK(id.starts_with("<"));
        CHECK(id.ends_with("." + std::to_string(kStart) + ".4242@example.se>"));
        CHECK(id.size() == std::string("<0123456789abcdef.1899100000.4242@example.se>").size());
        CHECK(id == message_id(key, "natverket@example.se", kStart, 4242));
        CHECK(id != message_id(key, "natverket@example.se", kStart, 4243));
        auto other = key;
        other.offset = 14;
        CHECK(id.substr(0, 17) != message_id(other, "natverket@example.se", kStart, 4242).substr(0, 17));
        other = key;
        other.reference = time::CivilDate{2030, 3, 21};
        CHECK(id.substr(0, 17) != message_id(other, "natverket@example.se", kStart, 4242).substr(0, 17));
    }
}

}  // namespace netadmin::remind
