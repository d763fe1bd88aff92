// The fixed words of the registry format and their meaning: operations,
// centre kinds, meeting kinds. Data names ("open-preschool") are what files,
// CSV and JSON use; what people read is in labels/labels.hpp.
#pragma once

#include "model/entities.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace netadmin::model {

std::string_view data_name(Operation op);
std::string_view data_name(CentreKind kind);
std::string_view data_name(MeetingKind kind);
std::string_view data_name(MeetingStatus status);
std::string_view data_name(ResourceKind kind);

std::optional<Operation> parse_operation(std::string_view name);
std::optional<CentreKind> parse_centre_kind(std::string_view name);
std::optional<MeetingKind> parse_meeting_kind(std::string_view name);
std::optional<MeetingStatus> parse_meeting_status(std::string_view name);
std::optional<ResourceKind> parse_resource_kind(std::string_view name);

// All data names of a vocabulary, for "expected one of" messages.
std::string operation_names();
std::string centre_kind_names();
std::string meeting_kind_names();
std::string meeting_status_names();
std::string resource_kind_names();
std::span<const std::string_view> operation_name_list();
std::span<const std::string_view> meeting_kind_name_list();
std::span<const std::string_view> centre_kind_name_list();
std::span<const std::string_view> meeting_status_name_list();
std::span<const std::string_view> resource_kind_name_list();

// The brief's definitions: all four operations make a family centre; BVC
// with open preschool and/or social services (MVC optional) a similar
// operation; anything else neither.
std::optional<CentreKind> kind_from_operations(Operations operations);

// What is known of a centre's operations: those listed, or, when none are
// listed, what its kind implies by definition (all four for a family
// centre; BVC for a similar operation, whose other operations are unknown).
Operations implied_operations(const Centre& centre);

// "mvc bvc open-preschool" in the fixed order of the enum.
std::string operations_data_string(Operations operations, std::string_view separator);

}  // namespace netadmin::model
