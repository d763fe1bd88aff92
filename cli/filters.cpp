#include "filters.hpp"

#include "query/lookup.hpp"
#include "util/suggest.hpp"

namespace netadmin::cli {
namespace {

std::string with_suggestion(const Context& context, std::string message, const std::optional<std::string>& hint) {
    if (hint) message += "; " + context.tr(i18n::Msg::did_you_mean, {*hint});
    return message;
}

}  // namespace

std::optional<int> resolve_region(const Context& context, const std::string& text, std::string& region_id) {
    if (text.empty()) return std::nullopt;
    const auto& registry = context.registry();
    // Forgiving, since people type what they see: "Norrbotten", "Region
    // Norrbotten", "Västra Götaland", "vastra gotaland", the county code "25".
    if (const auto* region = query::find_region(registry, text)) {
        region_id = region->id;
        return std::nullopt;
    }
    std::vector<std::string> ids;
    for (const auto& region : registry.regions) ids.push_back(region.id);
    return context.usage_error(with_suggestion(context, context.tr(i18n::Msg::err_unknown_region, {text}),
                                               util::closest_match(text, std::span<const std::string>(ids))));
}

std::optional<int> resolve_programme(const Context& context, const std::string& text, std::string& programme_id) {
    if (text.empty()) return std::nullopt;
    const auto& registry = context.registry();
    if (const auto* programme = query::find_programme(registry, text)) {
        programme_id = programme->id;
        return std::nullopt;
    }
    std::vector<std::string> ids;
    for (const auto& programme : registry.programmes) ids.push_back(programme.id);
    return context.usage_error(with_suggestion(context, context.tr(i18n::Msg::err_unknown_programme, {text}),
                                               util::closest_match(text, std::span<const std::string>(ids))));
}

std::optional<int> resolve_municipality(const Context& context, const std::string& text, std::string& code) {
    if (text.empty()) return std::nullopt;
    const auto& reference = context.registry().reference;
    if (const auto* municipality = query::find_municipality(reference, text)) {
        code = municipality->code;
        return std::nullopt;
    }
    const auto names = reference.municipality_names();
    return context.usage_error(with_suggestion(context, context.tr(i18n::Msg::err_unknown_municipality, {text}),
                                               util::closest_match(text, std::span<const std::string>(names))));
}

std::optional<int> resolve_date(const Context& context, const std::string& option, const std::string& text,
                                std::optional<time::CivilDate>& date) {
    if (text.empty()) return std::nullopt;
    date = time::parse_iso_date(text);
    if (date) return std::nullopt;
    return context.usage_error(context.tr(i18n::Msg::err_bad_filter_date, {text, option}));
}

}  // namespace netadmin::cli
