#include "labels/labels.hpp"

#include "model/registry.hpp"
#include "model/vocabulary.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

using namespace netadmin;
using i18n::Language;

namespace {

// Every label has words in every language, takes no arguments, and no two
// values of one enum share a key.
template <typename Enum>
void check_labels(const std::vector<Enum>& values) {
    std::set<i18n::Msg> keys;
    for (const auto value : values) {
        const auto key = labels::label(value);
        CAPTURE(catalog::key_name(key));
        CHECK(catalog::arity(key) == 0);
        CHECK(keys.insert(key).second);
        for (const auto language : i18n::kLanguages) CHECK_FALSE(labels::label_text(language, value).empty());
    }
}

std::vector<std::string> split(const std::string& names) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (auto comma = names.find(", "); comma != std::string::npos; comma = names.find(", ", start)) {
        out.push_back(names.substr(start, comma - start));
        start = comma + 2;
    }
    out.push_back(names.substr(start));
    return out;
}

}  // namespace

TEST_SUITE("labels::labels") {
    // The values come from the model's own lists of data names, not from
    // the order of the enums, so a value added there is checked here.
    TEST_CASE("every operation has its own label") {
        std::vector<model::Operation> values;
        for (const auto name : model::operation_name_list()) values.push_back(*model::parse_operation(name));
        CHECK(values.size() == model::kOperationCount);
        check_labels(values);
    }
    TEST_CASE("every meeting kind has its own label") {
        std::vector<model::MeetingKind> values;
        for (const auto name : model::meeting_kind_name_list()) values.push_back(*model::parse_meeting_kind(name));
        CHECK(values.size() == model::kMeetingKindCount);
        check_labels(values);
    }
    TEST_CASE("every centre kind has its own label") {
        std::vector<model::CentreKind> values;
        for (const auto& name : split(model::centre_kind_names())) values.push_back(*model::parse_centre_kind(name));
        CHECK(values.size() == 2);
        check_labels(values);
    }
    TEST_CASE("every entity kind has its own label") {
        std::vector<model::EntityKind> values;
        for (int i = 0; i < 256; ++i) {
            const auto kind = static_cast<model::EntityKind>(i);
            if (model::entity_kind_name(kind) != "entity") values.push_back(kind);
        }
        CHECK(values.size() == 11);
        check_labels(values);
    }
    TEST_CASE("every resource kind has its own label") {
        std::vector<model::ResourceKind> values;
        for (const auto name : {"link", "file"}) values.push_back(*model::parse_resource_kind(name));
        check_labels(values);
        CHECK(labels::label_text(Language::sv, model::ResourceKind::file) == "fil");
        CHECK(labels::label_text(Language::en, model::ResourceKind::link) == "link");
    }
    TEST_CASE("labels are the words people read") {
        CHECK(labels::label_text(Language::sv, model::MeetingKind::dialogue_day) == "dialogdag");
        CHECK(labels::label_text(Language::en, model::EntityKind::source) == "source");
        CHECK(labels::label_text(Language::sv, model::Operation::open_preschool) == "öppen förskola");
        CHECK(labels::label_text(Language::en, model::CentreKind::similar) == "similar operation");
    }
}
