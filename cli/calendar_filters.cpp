#include "calendar_filters.hpp"

#include "util/suggest.hpp"

namespace netadmin::cli {

std::optional<int> resolve_programme(const Context& context, const std::string& text, std::string& programme_id) {
    if (text.empty()) return std::nullopt;
    const auto& registry = context.registry();
    if (registry.programme(text) != nullptr) {
        programme_id = text;
        return std::nullopt;
    }
    std::vector<std::string> ids;
    for (const auto& programme : registry.programmes) ids.push_back(programme.id);
    auto message = context.tr(i18n::Msg::err_unknown_programme, {text});
    if (auto hint = util::closest_match(text, std::span<const std::string>(ids))) {
        message += "; " + context.tr(i18n::Msg::did_you_mean, {*hint});
    }
    return context.usage_error(message);
}

}  // namespace netadmin::cli
