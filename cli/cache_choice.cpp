#include "cache_choice.hpp"

#include "snapshot/cache_folder.hpp"
#include "snapshot/manifest.hpp"
#include "util/utf8.hpp"

#include <cstdlib>
#include <string_view>

namespace netadmin::cli {

std::optional<CacheChoice> choose_cache(const GlobalOptions& options) {
    CacheChoice choice;
    const char* setting = std::getenv("NETADMIN_CACHE");
    const auto word = util::to_lower(setting == nullptr ? "" : setting);
    const bool on = word.empty() || word == "on" || word == "1" || word == "yes" || word == "true";
    const bool off = word == "off" || word == "0" || word == "no" || word == "false";
    if (!on && !off) return std::nullopt;
    // A relative XDG_CACHE_HOME is invalid (XDG base directory specification)
    // and is ignored, as an empty one is.
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    if (xdg != nullptr && xdg[0] == '/') {
        choice.folder = std::filesystem::path(xdg) / "netadmin";
    } else if (home != nullptr && home[0] == '/') {
        choice.folder = std::filesystem::path(home) / ".cache" / "netadmin";
    } else {
        choice.no_home = true;
    }
    if (off) choice.off_because = "NETADMIN_CACHE=" + std::string(setting);
    if (options.no_cache) choice.off_because = "--no-cache";
    return choice;
}

int bad_cache_environment(const Context& context) {
    return context.usage_error(
        context.tr(i18n::Msg::err_bad_cache_environment, std::string(std::getenv("NETADMIN_CACHE"))));
}

std::filesystem::path folder_to_clean(const GlobalOptions& options) {
    const auto choice = choose_cache(options);
    if (!choice || choice->folder.empty()) return {};
    const auto state = snapshot::prepare_folder(choice->folder, false);
    if (state != snapshot::FolderState::usable && state != snapshot::FolderState::open_to_others) return {};
    return choice->folder;
}

void forget_registry_snapshots(const Context& context) {
    const auto folder = folder_to_clean(context.options);
    if (folder.empty()) return;
    snapshot::remove_registry(folder, snapshot::registry_id_of(context.registry_dir, context.data_dir / "reference"));
}

snapshot::CacheSettings cache_settings(const std::filesystem::path& folder) {
    return {folder, snapshot::program_identity(NETADMIN_VERSION)};
}

}  // namespace netadmin::cli
