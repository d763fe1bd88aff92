// What netadmin holds about one person (people/person.hpp) as JSON, for an
// access request: `netadmin person export EMAIL --format json`. Keys are
// English and stable, dates ISO 8601, as in every machine format.
#pragma once

#include "people/person.hpp"

#include <string>

namespace netadmin::render {

std::string person_json(const people::PersonRecord& record);

}  // namespace netadmin::render
