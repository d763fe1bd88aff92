#include "filters.hpp"

#include "query/lookup.hpp"
#include "util/suggest.hpp"

namespace netadmin::cli {
std::string with_suggestions(const Context& context, std::string message, const std::vector<std::string>& candidates) {
    if (candidates.empty()) return message;
    if (candidates.size() == 1) return message + "; " + context.tr(i18n::Msg::did_you_mean, {candidates.front()});
    std::string list;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (i > 0) list += i + 1 == candidates.size() ? " " + context.tr(i18n::Msg::word_or) + " " : ", ";
        list += "'" + candidates[i] + "'";
    }
    return message + "; " + context.tr(i18n::Msg::did_you_mean_any, {list});
}

std::optional<int> resolve_region(const Context& context, const std::string& text, std::string& region_id) {
    if (text.empty()) return std::nullopt;
    const auto& registry = context.registry();
    // Forgiving, since people type what they see: "Norrbotten", "Region
    // Norrbotten", "Västra Götaland", "vastra gotaland", the county code "25".
    if (const auto* region = query::find_region(registry, text)) {
        region_id = region->id;
        return std::nullopt;
    }
    return context.usage_error(with_suggestions(context, context.tr(i18n::Msg::err_unknown_region, {text}),
                                                query::nearest_ids(registry, text, model::EntityKind::region)));
}

std::optional<int> resolve_programme(const Context& context, const std::string& text, std::string& programme_id) {
    if (text.empty()) return std::nullopt;
    const auto& registry = context.registry();
    if (const auto* programme = query::find_programme(registry, text)) {
        programme_id = programme->id;
        return std::nullopt;
    }
    return context.usage_error(with_suggestions(context, context.tr(i18n::Msg::err_unknown_programme, {text}),
                                                query::nearest_ids(registry, text, model::EntityKind::programme)));
}

std::optional<int> resolve_municipality(const Context& context, const std::string& text, std::string& code) {
    if (text.empty()) return std::nullopt;
    const auto& reference = context.registry().reference;
    if (const auto* municipality = query::find_municipality(reference, text)) {
        code = municipality->code;
        return std::nullopt;
    }
    const auto names = reference.municipality_names();
    const auto hint = util::closest_match(text, std::span<const std::string>(names));
    return context.usage_error(with_suggestions(context, context.tr(i18n::Msg::err_unknown_municipality, {text}),
                                                hint ? std::vector<std::string>{*hint} : std::vector<std::string>{}));
}

std::optional<int> resolve_date(const Context& context, const std::string& option, const std::string& text,
                                std::optional<time::CivilDate>& date) {
    if (text.empty()) return std::nullopt;
    date = time::parse_iso_date(text);
    if (date) return std::nullopt;
    return context.usage_error(context.tr(i18n::Msg::err_bad_filter_date, {text, option}));
}

std::optional<int> resolve_date_range(const Context& context, const std::string& from_text, const std::string& to_text,
                                      std::optional<time::CivilDate>& from, std::optional<time::CivilDate>& to) {
    if (auto problem = resolve_date(context, "--from", from_text, from)) return problem;
    if (auto problem = resolve_date(context, "--to", to_text, to)) return problem;
    if (from && to && *to < *from) {
        return context.usage_error(context.tr(i18n::Msg::err_range_reversed, {time::to_iso(*from), time::to_iso(*to)}));
    }
    return std::nullopt;
}

}  // namespace netadmin::cli
