// netadmin fields [KIND] [--format table|csv|json|markdown] [--output FILE]:
// each kind's fields, from the field tables (report/field_listing.hpp).
#include "command_line.hpp"
#include "commands.hpp"

#include "edit/field_value.hpp"
#include "model/registry.hpp"
#include "report/field_listing.hpp"

namespace netadmin::cli {
namespace {

struct Options {
    ListingOutput output;
    std::string kind;
};

std::vector<std::string> kind_names() {
    std::vector<std::string> names;
    for (const auto kind : {model::EntityKind::region, model::EntityKind::organisation, model::EntityKind::person,
                            model::EntityKind::centre, model::EntityKind::network, model::EntityKind::programme,
                            model::EntityKind::meeting, model::EntityKind::venue, model::EntityKind::resource,
                            model::EntityKind::source, model::EntityKind::count}) {
        names.emplace_back(model::entity_kind_name(kind));
    }
    return names;
}

}  // namespace

Runner define_fields(CLI::App& command) {
    auto options = std::make_shared<Options>();
    complete_with(help_from_catalogue(command.add_option("kind", options->kind), i18n::Msg::help_fields_kind),
                  Completion::one_of(kind_names()))
        ->type_name("KIND");
    add_listing_options(command, options->output);
    return [options](Context& context) {
        std::optional<model::EntityKind> kind;
        if (!options->kind.empty()) {
            auto parsed = edit::parse_entity_kind(options->kind);
            if (!parsed) return context.usage_error(parsed.problem());
            kind = *parsed;
        }
        return emit_listing(context, report::field_listing(kind, context.language), options->output,
                            context.tr(i18n::Msg::fields_none));
    };
}

}  // namespace netadmin::cli
