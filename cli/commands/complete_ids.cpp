// netadmin complete-ids [KIND]: the ids of the registry, or of one kind
// (region, programme …), one a line in byte order, for the shell
// completions (cli/generate.cpp). Not listed in --help.
#include "command_line.hpp"
#include "commands.hpp"

#include <algorithm>

namespace netadmin::cli {

using i18n::Msg;

Runner define_complete_ids(CLI::App& command) {
    auto kind = std::make_shared<std::string>();
    help_from_catalogue(command.add_option("kind", *kind), Msg::help_complete_ids_kind);
    return [kind](Context& context) {
        const auto& registry = context.registry();
        std::vector<std::string_view> ids;
        for (const auto id : registry.all_ids()) {
            if (kind->empty() || model::entity_kind_name(registry.find(id)->kind) == *kind) ids.push_back(id);
        }
        std::sort(ids.begin(), ids.end());
        std::string out;
        for (const auto id : ids) out += std::string(id) + "\n";
        return context.emit(out, "");
    };
}

}  // namespace netadmin::cli
