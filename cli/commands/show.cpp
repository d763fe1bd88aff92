// netadmin show ID|NAME: any entity, all its fields, and what refers to it.
// A name ("Familjecentralen i Kalix", any case, å = a) finds the one entity
// so named; anything else lists the nearest ids.
#include "commands.hpp"
#include "filters.hpp"

#include "query/lookup.hpp"
#include "render/record.hpp"
#include "report/show.hpp"

#include <variant>

namespace netadmin::cli {
namespace {

struct Options {
    std::string id;
    ListingOutput output;
};

// The entity named on the command line, or the usage error to print.
std::variant<model::EntityRef, int> resolve_entity(const Context& context, const std::string& text) {
    const auto& registry = context.registry();
    if (const auto entity = registry.find(text)) return *entity;
    const auto named = query::find_by_name(registry, text);
    if (named.size() == 1) return named.front();
    if (named.size() > 1) {
        std::vector<std::string> ids;
        for (const auto entity : named) ids.push_back(registry.id_of(entity));
        return context.usage_error(with_suggestions(context, context.tr(i18n::Msg::err_ambiguous_name, {text}), ids));
    }
    return context.usage_error(
        with_suggestions(context, context.tr(i18n::Msg::err_no_such_id, {text}), query::nearest_ids(registry, text)));
}

}  // namespace

Runner define_show(CLI::App& command) {
    auto options = std::make_shared<Options>();
    command.add_option("id", options->id, "The id or name of a region, centre, person, meeting …")->required();
    add_listing_options(command, options->output, render::formats_of(render::ViewKind::record));
    return [options](Context& context) {
        const auto entity = resolve_entity(context, options->id);
        if (const auto* problem = std::get_if<int>(&entity)) return *problem;
        const auto record = report::describe(context.registry(), std::get<model::EntityRef>(entity), context.language);
        const auto format = *render::parse_format(options->output.format);
        return context.emit(render::render_record(record, format, context.language), options->output.path);
    };
}

}  // namespace netadmin::cli
