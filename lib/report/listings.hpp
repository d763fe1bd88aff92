// The listings (list-regions, list-centres, list-contacts, list-meetings)
// as tables: the rows the queries selected, in the columns people and
// scripts expect. Text cells are in `language`; data cells never change.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "report/table.hpp"

#include <span>

namespace netadmin::report {

Table regions_table(const model::Registry& registry, std::span<const model::Region* const> regions,
                    i18n::Language language);
Table centres_table(const model::Registry& registry, std::span<const model::Centre* const> centres,
                    i18n::Language language);
Table contacts_table(const model::Registry& registry, std::span<const model::Person* const> people,
                     i18n::Language language);
Table meetings_table(const model::Registry& registry, std::span<const model::Meeting* const> meetings,
                     i18n::Language language);

// Cells shared with other views.
Cell region_cell(const model::Registry& registry, const std::string& region_id);
Cell municipality_cell(const model::Registry& registry, const std::string& code);
Cell fuzzy_date_cell(const std::optional<time::FuzzyDate>& date, i18n::Language language);
// The recorded outcome: its data name for machines; for people a word
// unless it is the default "planned", which needs none in a listing.
Cell status_cell(model::MeetingStatus status, i18n::Language language);

}  // namespace netadmin::report
