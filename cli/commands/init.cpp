// netadmin init DIR --region REGION: a new registry for one region, from
// the reference data (edit/new_registry.hpp). Refuses a folder that is not
// empty, so it never overwrites a registry; `check` passes on what it
// writes at once.
#include "command_line.hpp"
#include "commands.hpp"
#include "filters.hpp"

#include "edit/new_registry.hpp"
#include "util/atomic_file.hpp"
#include "util/os_error.hpp"
#include "util/suggest.hpp"

#include <cstdio>
#include <system_error>

namespace netadmin::cli {

using i18n::Msg;
namespace {

struct Options {
    std::string dir;
    std::string region;
};

bool is_empty_or_missing(const std::filesystem::path& dir) {
    std::error_code error;
    if (!std::filesystem::exists(dir, error)) return true;
    return std::filesystem::is_directory(dir, error) && std::filesystem::is_empty(dir, error);
}

}  // namespace

Runner define_init(CLI::App& command) {
    auto options = std::make_shared<Options>();
    help_from_catalogue(command.add_option("dir", options->dir), Msg::help_init_dir)->required();
    complete_with(help_from_catalogue(command.add_option("--region", options->region), Msg::help_init_region),
                  Completion::ids(model::EntityKind::region))
        ->type_name("REGION")
        ->required();
    return [options](Context& context) {
        load::Diagnostics diagnostics;
        const auto reference = load::load_reference(context.data_dir / "reference", diagnostics);
        if (diagnostics.has_errors()) {
            for (const auto& diagnostic : diagnostics.items()) {
                std::fprintf(stderr, "%s\n", load::render(diagnostic, context.language).c_str());
            }
            return exit_code::data_error;
        }
        const auto* county = edit::find_county(reference, options->region);
        if (county == nullptr) {
            const auto names = edit::county_names(reference);
            std::vector<std::string> nearest;
            if (auto best = util::closest_match(options->region, names)) nearest.push_back(std::move(*best));
            return context.usage_error(
                with_suggestions(context, context.tr(i18n::Msg::init_unknown_region, options->region), nearest));
        }
        const std::filesystem::path dir(options->dir);
        if (!is_empty_or_missing(dir)) {
            context.error(context.tr(i18n::Msg::init_not_empty, options->dir));
            return exit_code::data_error;
        }
        std::error_code error;
        std::filesystem::create_directories(dir, error);
        if (error) {
            context.error(context.tr(i18n::Msg::err_cannot_create_dir, options->dir, util::os_error(error)));
            return exit_code::data_error;
        }
        for (const auto& file : edit::new_registry(*county, context.language)) {
            if (const auto written = util::write_file_atomically(dir / file.name, file.text); !written) {
                context.error(i18n::format(context.language, written.problem()));
                return exit_code::data_error;
            }
        }
        context.print(context.tr(i18n::Msg::init_done, options->dir, county->region_name) + "\n");
        return exit_code::ok;
    };
}

}  // namespace netadmin::cli
