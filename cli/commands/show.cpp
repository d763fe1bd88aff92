// netadmin show ID: any entity, all its fields, and what refers to it.
#include "commands.hpp"

#include "render/record.hpp"
#include "report/show.hpp"
#include "util/suggest.hpp"

namespace netadmin::cli {

Runner define_show(CLI::App& command) {
    auto id = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>();
    command.add_option("id", *id, "The id of a region, centre, person, meeting …")->required();
    add_format_option(command, *format, {"table", "csv", "json", "markdown"});
    return [id, format](Context& context) {
        const auto& registry = context.registry();
        const auto entity = registry.find(*id);
        if (!entity) {
            std::string message = context.tr(i18n::Msg::err_no_such_id, {*id});
            auto ids = registry.all_ids();
            std::sort(ids.begin(), ids.end());
            if (auto hint = util::closest_match(*id, std::span<const std::string_view>(ids))) {
                message += "; " + context.tr(i18n::Msg::did_you_mean, {*hint});
            }
            context.error(message);
            return exit_code::data_error;
        }
        const auto record = report::describe(registry, *entity, context.language);
        return context.emit(render::render_record(record, *render::parse_format(*format), context.language), "");
    };
}

}  // namespace netadmin::cli
