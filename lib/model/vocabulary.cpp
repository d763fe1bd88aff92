#include "model/vocabulary.hpp"

#include "model/registry.hpp"

#include <array>

namespace netadmin::model {
namespace {

constexpr std::array<std::string_view, kOperationCount> kOperationNames{"mvc", "bvc", "open-preschool",
                                                                        "social-services"};
constexpr std::array<std::string_view, 2> kCentreKindNames{"full", "similar"};
constexpr std::array<std::string_view, kMeetingKindCount> kMeetingKindNames{
    "network-meeting",  "conference",           "programme-session", "dialogue-day",
    "planning-meeting", "coordinators-meeting", "house-meeting",     "other"};
constexpr std::array<std::string_view, 4> kMeetingStatusNames{"planned", "cancelled", "held", "moved"};
constexpr std::array<std::string_view, 2> kResourceKindNames{"link", "file"};

template <typename Enum, std::size_t N>
std::optional<Enum> parse_in(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name) return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template <std::size_t N>
std::string join(const std::array<std::string_view, N>& names) {
    std::string joined;
    for (const auto name : names) {
        if (!joined.empty()) joined += ", ";
        joined += name;
    }
    return joined;
}

}  // namespace

std::string_view data_name(Operation op) { return kOperationNames.at(static_cast<std::size_t>(op)); }
std::string_view data_name(CentreKind kind) { return kCentreKindNames.at(static_cast<std::size_t>(kind)); }
std::string_view data_name(MeetingKind kind) { return kMeetingKindNames.at(static_cast<std::size_t>(kind)); }
std::string_view data_name(MeetingStatus status) { return kMeetingStatusNames.at(static_cast<std::size_t>(status)); }
std::string_view data_name(ResourceKind kind) { return kResourceKindNames.at(static_cast<std::size_t>(kind)); }

std::optional<Operation> parse_operation(std::string_view name) { return parse_in<Operation>(kOperationNames, name); }
std::optional<CentreKind> parse_centre_kind(std::string_view name) {
    return parse_in<CentreKind>(kCentreKindNames, name);
}
std::optional<MeetingKind> parse_meeting_kind(std::string_view name) {
    return parse_in<MeetingKind>(kMeetingKindNames, name);
}
std::optional<MeetingStatus> parse_meeting_status(std::string_view name) {
    // "scheduled" is what earlier registries wrote for "planned".
    if (name == "scheduled") return MeetingStatus::scheduled;
    return parse_in<MeetingStatus>(kMeetingStatusNames, name);
}
std::optional<ResourceKind> parse_resource_kind(std::string_view name) {
    return parse_in<ResourceKind>(kResourceKindNames, name);
}

std::string operation_names() { return join(kOperationNames); }
std::string centre_kind_names() { return join(kCentreKindNames); }
std::string meeting_kind_names() { return join(kMeetingKindNames); }
std::string meeting_status_names() { return join(kMeetingStatusNames); }
std::string resource_kind_names() { return join(kResourceKindNames); }
std::span<const std::string_view> operation_name_list() { return kOperationNames; }
std::span<const std::string_view> meeting_kind_name_list() { return kMeetingKindNames; }
std::span<const std::string_view> centre_kind_name_list() { return kCentreKindNames; }
std::span<const std::string_view> meeting_status_name_list() { return kMeetingStatusNames; }
std::span<const std::string_view> resource_kind_name_list() { return kResourceKindNames; }

std::optional<CentreKind> kind_from_operations(Operations operations) {
    if (!operations.has(Operation::bvc)) return std::nullopt;
    const bool preschool = operations.has(Operation::open_preschool);
    const bool social = operations.has(Operation::social_services);
    if (preschool && social && operations.has(Operation::mvc)) return CentreKind::full;
    if (preschool || social) return CentreKind::similar;
    return std::nullopt;
}

Operations implied_operations(const Centre& centre) {
    if (!centre.operations.empty() || !centre.kind) return centre.operations;
    Operations implied;
    implied.add(Operation::bvc);
    if (*centre.kind == CentreKind::full) {
        implied.add(Operation::mvc);
        implied.add(Operation::open_preschool);
        implied.add(Operation::social_services);
    }
    return implied;
}

std::string operations_data_string(Operations operations, std::string_view separator) {
    std::string text;
    for (int i = 0; i < kOperationCount; ++i) {
        const auto op = static_cast<Operation>(i);
        if (!operations.has(op)) continue;
        if (!text.empty()) text += separator;
        text += data_name(op);
    }
    return text;
}

}  // namespace netadmin::model
