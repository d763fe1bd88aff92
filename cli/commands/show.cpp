// netadmin show ID|NAME: any entity, all its fields, and what refers to it.
// A name ("Familjecentralen i Kalix", any case, å = a) finds the one entity
// so named; anything else lists the nearest ids.
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "render/record.hpp"
#include "report/show.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string id;
    ListingOutput output;
};

}  // namespace

Runner define_show(CLI::App& command) {
    auto options = std::make_shared<Options>();
    complete_with(help_from_catalogue(command.add_option("id", options->id), Msg::help_show_id), Completion::any_id())
        ->required();
    add_listing_options(command, options->output, render::formats_of(render::ViewKind::record));
    return [options](Context& context) {
        const auto entity = resolve_entity(context.registry(), options->id);
        if (!entity) return context.usage_error(entity.problem());
        const auto record = report::describe(context.registry(), *entity, context.language);
        const auto format = *render::parse_format(options->output.format);
        const auto text = render::render_record(record, format, context.language);
        if (!text) return context.usage_error(text.problem());
        return context.emit(*text, options->output.path);
    };
}

}  // namespace netadmin::cli
