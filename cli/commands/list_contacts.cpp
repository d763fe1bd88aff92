// netadmin list-contacts [--region ID] [--name TEXT] [--format table|csv|json|markdown|vcard|emails]
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "query/lookup.hpp"
#include "query/queries.hpp"
#include "render/contacts.hpp"
#include "report/listings.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    ListingOutput output;
    std::string region;
    std::string name;
};

int emit_people(const Context& context, const std::vector<const model::Person*>& people, const Options& options) {
    if (options.output.format == "vcard") {
        return context.emit(render::to_vcard(context.registry(), people), options.output.path);
    }
    if (options.output.format == "emails") {
        const auto list = render::to_email_list(people);
        for (const auto& id : list.without_email) context.error(context.tr(i18n::Msg::contacts_no_email, id));
        return context.emit(list.text, options.output.path);
    }
    const auto table = report::contacts_table(context.registry(), people, context.language);
    return emit_listing(context, table, options.output, context.tr(i18n::Msg::empty_contacts));
}

}  // namespace

Runner define_list_contacts(CLI::App& command) {
    auto options = std::make_shared<Options>();
    add_listing_options(command, options->output, render::contact_formats());
    add_csv_dialect_option(command, options->output);
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_list_contacts_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("REGION");
    help_from_catalogue(command.add_option("--name", options->name), Msg::help_list_contacts_name)->type_name("TEXT");
    return [options](Context& context) {
        std::string region_id;
        if (auto found = resolve_region(context.registry(), options->region); found) {
            region_id = *found;
        } else {
            return context.usage_error(found.problem());
        }
        auto people = query::contacts(context.registry(), region_id);
        query::keep_named(people, options->name, [](const model::Person& p) { return query::display_name(p); });
        return emit_people(context, people, *options);
    };
}

}  // namespace netadmin::cli
