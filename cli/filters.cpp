#include "filters.hpp"

#include "query/lookup.hpp"
#include "util/suggest.hpp"

namespace netadmin::cli {

using catalog::Msg;
using catalog::Problem;

std::string with_suggestions(const Context& context, std::string message, const std::vector<std::string>& candidates) {
    if (candidates.empty()) return message;
    return message + "; " + i18n::suggestions_text(context.language, candidates);
}

catalog::Result<model::EntityRef> resolve_entity(const model::Registry& registry, const std::string& text) {
    if (const auto entity = registry.find(text)) return *entity;
    const auto named = query::find_by_name(registry, text);
    if (named.size() == 1) return named.front();
    if (named.size() > 1) {
        std::vector<std::string> ids;
        for (const auto entity : named) ids.push_back(registry.id_of(entity));
        return Problem(Msg::err_ambiguous_name, text).with_suggestions(std::move(ids));
    }
    return Problem(Msg::err_no_such_id, text).with_suggestions(query::nearest_ids(registry, text));
}

catalog::Result<std::string> resolve_region(const model::Registry& registry, const std::string& text) {
    if (text.empty()) return std::string();
    // Forgiving, since people type what they see: "Norrbotten", "Region
    // Norrbotten", "Västra Götaland", "vastra gotaland", the county code "25".
    if (const auto* region = query::find_region(registry, text)) return region->id;
    return Problem(Msg::err_unknown_region, text)
        .with_suggestions(query::nearest_ids(registry, text, model::EntityKind::region));
}

catalog::Result<std::string> resolve_programme(const model::Registry& registry, const std::string& text) {
    if (text.empty()) return std::string();
    if (const auto* programme = query::find_programme(registry, text)) return programme->id;
    return Problem(Msg::err_unknown_programme, text)
        .with_suggestions(query::nearest_ids(registry, text, model::EntityKind::programme));
}

catalog::Result<std::string> resolve_municipality(const model::Registry& registry, const std::string& text) {
    if (text.empty()) return std::string();
    const auto& reference = registry.reference;
    if (const auto* municipality = query::find_municipality(reference, text)) return municipality->code;
    const auto names = reference.municipality_names();
    const auto hint = util::closest_match(text, std::span<const std::string>(names));
    return Problem(Msg::err_unknown_municipality, text)
        .with_suggestions(hint ? std::vector<std::string>{*hint} : std::vector<std::string>{});
}

catalog::Result<std::optional<time::CivilDate>> resolve_date(const std::string& option, const std::string& text) {
    if (text.empty()) return std::optional<time::CivilDate>();
    if (auto date = time::parse_iso_date(text)) return date;
    return Problem(Msg::err_bad_filter_date, text, option);
}

catalog::Result<DateRange> resolve_date_range(const std::string& from_text, const std::string& to_text) {
    auto from = resolve_date("--from", from_text);
    if (!from) return from.problem();
    auto to = resolve_date("--to", to_text);
    if (!to) return to.problem();
    if (*from && *to && **to < **from)
        return Problem(Msg::err_range_reversed, time::to_iso(**from), time::to_iso(**to));
    return DateRange{*from, *to};
}

}  // namespace netadmin::cli
