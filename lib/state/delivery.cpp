// Names of delivery states as stored in the state database and shown in
// machine output; they never change with the language.
#include "state/delivery.hpp"

#include <array>
#include <utility>

namespace netadmin::state {
namespace {

constexpr std::array<std::pair<DeliveryStatus, std::string_view>, 8> kNames{{
    {DeliveryStatus::sending, "sending"},
    {DeliveryStatus::sent, "sent"},
    {DeliveryStatus::failed, "failed"},
    {DeliveryStatus::skipped_superseded, "skipped-superseded"},
    {DeliveryStatus::skipped_no_address, "skipped-no-address"},
    {DeliveryStatus::withheld, "withheld"},
    {DeliveryStatus::missed, "missed"},
    {DeliveryStatus::acknowledged, "acknowledged"},
}};

}  // namespace

std::string_view status_name(DeliveryStatus status) {
    for (const auto& [value, name] : kNames) {
        if (value == status) return name;
    }
    return "unknown";
}

std::optional<DeliveryStatus> parse_status(std::string_view name) {
    for (const auto& [value, text] : kNames) {
        if (text == name) return value;
    }
    return std::nullopt;
}

}  // namespace netadmin::state
