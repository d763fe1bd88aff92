// Readers shared by the entity reader: ids and municipalities; and the
// settings, which are no entity.
#include "load/entity_readers.hpp"

#include "i18n/language.hpp"
#include "model/vocabulary.hpp"
#include "util/email.hpp"
#include "util/suggest.hpp"

#include <charconv>

namespace netadmin::load {

using i18n::Msg;

std::string read_id(TableReader& reader) {
    auto id = reader.required_string("id");
    if (!id.empty() && !is_valid_id(id)) {
        auto& d = reader.diagnostics().error(reader.location("id"), Msg::err_invalid_id, id);
        d.set_hint(Msg::hint_id_form);
    }
    return id;
}

std::string read_municipality(TableReader& reader, std::string_view key, const model::Reference& reference,
                              bool required) {
    const auto text = required ? std::optional(reader.required_string(key)) : reader.string(key);
    if (!text || text->empty()) return {};
    if (const auto* municipality = reference.find_municipality(*text)) return municipality->code;
    auto& d = reader.diagnostics().error(reader.location(key), Msg::err_unknown_municipality, *text);
    const auto names = reference.municipality_names();
    if (auto suggestion = util::closest_match(*text, std::span<const std::string>(names))) {
        add_suggestion(d, *suggestion);
    }
    return {};
}

namespace {

// `requires = "N"`: a registry of a newer format than this netadmin reads is
// one error, which the loader then keeps alone (registry_loader.cpp).
void read_required_format(TableReader& reader) {
    const auto text = reader.string("requires");
    if (!text) return;
    int format = 0;
    const auto* end = text->data() + text->size();
    const auto [stop, error] = std::from_chars(text->data(), end, format);
    if (error != std::errc() || stop != end || format < 1) {
        reader.diagnostics().error(reader.location("requires"), Msg::err_bad_requires, *text);
    } else if (format > model::kFormatVersion) {
        reader.diagnostics().error(reader.location("requires"), Msg::err_registry_too_new, std::int64_t{format},
                                   std::int64_t{model::kFormatVersion});
    }
}

}  // namespace

void read_settings(TableReader& reader, const ReadContext& context, model::Settings& settings) {
    read_required_format(reader);
    settings.as_of = reader.date("as_of");
    settings.reminders_set = reader.has("reminders");
    if (auto language = reader.choice("language", i18n::parse_language, i18n::language_names)) {
        settings.language = i18n::language_code(*language);
    }
    if (auto from = reader.string("mail_from")) {
        if (!util::is_valid_email(*from)) {
            reader.diagnostics().error(reader.location("mail_from"), Msg::err_invalid_email, *from);
        }
        settings.mail_from = *from;
    }
    if (auto timeout = reader.integer("mailer_timeout")) {
        if (const auto& row = model::settings_key("mailer_timeout"); *timeout < row.min || *timeout > row.max) {
            reader.diagnostics().error(reader.location("mailer_timeout"), Msg::err_bad_mailer_timeout,
                                       std::int64_t{*timeout});
        } else {
            settings.mailer_timeout = static_cast<int>(*timeout);
        }
    }
    if (auto months = reader.integer("retention_months")) {
        if (const auto& row = model::settings_key("retention_months"); *months < row.min || *months > row.max) {
            reader.diagnostics().error(reader.location("retention_months"), Msg::err_bad_retention_months,
                                       std::int64_t{*months});
        } else {
            settings.retention_months = static_cast<int>(*months);
        }
    }
    const auto rules = read_reminders(reader, context);
    if (rules.meeting_days) settings.meeting_days = *rules.meeting_days;
    if (rules.deadline_days) settings.deadline_days = *rules.deadline_days;
    if (rules.to) settings.reminders_to = *rules.to;
    reader.finish();
}

}  // namespace netadmin::load
