// netadmin blame ID|NAME: when, in which commit and by whom each field of an
// entity last changed, from git blame on the entity's lines
// (history/blame.hpp). Outside a git repository: one located line, exit 1.
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "history/blame.hpp"

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string id;
    ListingOutput output;
};

report::Table blame_table(const Context& context, const std::vector<history::FieldOrigin>& fields) {
    using report::Cell;
    report::Table table;
    table.columns = {{"field", Msg::col_field},
                     {"line", Msg::col_line},
                     {"date", Msg::col_date},
                     {"commit", Msg::col_commit},
                     {"author", Msg::col_author}};
    for (const auto& field : fields) {
        const auto& origin = field.origin;
        const bool committed = origin.committed();
        table.rows.push_back({
            Cell::plain(field.key),
            Cell::number(field.line),
            committed ? Cell::plain(origin.date) : Cell::null(),
            committed ? Cell::pair(origin.commit.substr(0, 7), origin.commit)
                      : Cell::pair(context.tr(Msg::blame_not_committed), ""),
            committed ? Cell::plain(origin.author) : Cell::null(),
        });
    }
    return table;
}

}  // namespace

Runner define_blame(CLI::App& command) {
    auto options = std::make_shared<Options>();
    complete_with(help_from_catalogue(command.add_option("id", options->id), Msg::help_blame_id), Completion::any_id())
        ->required();
    add_listing_options(command, options->output);
    return [options](Context& context) {
        const auto entity = resolve_entity(context.registry(), options->id);
        if (!entity) return context.usage_error(entity.problem());
        const auto fields = history::blame_entity(context.registry(), *entity);
        if (!fields) return context.fail(fields.problem());
        return emit_listing(context, blame_table(context, *fields), options->output, context.tr(Msg::empty_blame));
    };
}

}  // namespace netadmin::cli
