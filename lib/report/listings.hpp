// The listings (list-regions, list-centres, list-contacts, list-meetings)
// as tables: the rows the queries selected, in the columns people and
// scripts expect. Text cells are in `language`; data cells never change.
#pragma once

#include "i18n/language.hpp"
#include "model/registry.hpp"
#include "query/inference.hpp"
#include "report/table.hpp"

#include <span>
#include <string_view>
#include <vector>

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
// The cell marked as an inference when it is one: "probably …" for people,
// the evidence for machines; as it is otherwise.
Cell marked(Cell cell, const query::Inference& inference, i18n::Language language);
// Each cell of `row` marked by what `inference_of(key)` says of its column's key.
template <typename InferenceOf>
void mark_row(std::vector<Cell>& row, std::span<const Column> columns, i18n::Language language,
              InferenceOf inference_of) {
    for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i) {
        row[i] = marked(std::move(row[i]), inference_of(std::string_view(columns[i].key)), language);
    }
}
// The recorded outcome: its data name for machines; for people a word
// unless it is the default "planned", which needs none in a listing.
Cell status_cell(model::MeetingStatus status, i18n::Language language);

}  // namespace netadmin::report
