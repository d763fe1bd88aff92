// netadmin cache status
// netadmin cache clear
// The snapshots commands read instead of parsing an unchanged registry
// (lib/snapshot): where they are, how many, and whether the registry as it
// is now has one; and removing them all. Neither command loads the
// registry; status only hashes its files.
#include "cache_choice.hpp"
#include "commands.hpp"

#include "snapshot/cache_folder.hpp"
#include "snapshot/cached_load.hpp"
#include "snapshot/manifest.hpp"

#include <cstdlib>

namespace netadmin::cli {

using i18n::Msg;
namespace {

std::optional<CacheChoice> chosen(const Context& context) { return choose_cache(context.options); }

int bad_environment(const Context& context) {
    return context.usage_error(context.tr(Msg::err_bad_cache_environment, std::string(std::getenv("NETADMIN_CACHE"))));
}

std::string folder_line(const Context& context, const std::filesystem::path& folder, snapshot::FolderState state) {
    const auto path = folder.string();
    switch (state) {
        case snapshot::FolderState::usable: return context.tr(Msg::cache_folder, path);
        case snapshot::FolderState::missing: return context.tr(Msg::cache_folder_missing, path);
        case snapshot::FolderState::cannot_create:
            return context.tr(Msg::cache_folder_unused, path, Msg::cache_folder_cannot_create);
        case snapshot::FolderState::not_a_directory:
            return context.tr(Msg::cache_folder_unused, path, Msg::cache_folder_not_a_directory);
        case snapshot::FolderState::not_owned:
            return context.tr(Msg::cache_folder_unused, path, Msg::cache_folder_not_owned);
        case snapshot::FolderState::open_to_others:
            return context.tr(Msg::cache_folder_unused, path, Msg::cache_folder_open_to_others);
    }
    return path;
}

int status(Context& context) {
    const auto choice = chosen(context);
    if (!choice) return bad_environment(context);
    std::string out;
    if (!choice->on()) out += context.tr(Msg::cache_off, choice->off_because) + "\n";
    if (choice->folder.empty()) {
        context.print(out);
        return exit_code::ok;
    }
    const snapshot::CacheSettings settings{choice->folder, snapshot::program_identity(NETADMIN_VERSION)};
    const auto found = snapshot::cache_status(context.registry_dir, context.data_dir / "reference", settings);
    out += folder_line(context, choice->folder, found.folder) + "\n";
    if (found.folder == snapshot::FolderState::usable) {
        out += context.tr(Msg::cache_snapshots, static_cast<std::int64_t>(found.snapshots),
                          static_cast<std::int64_t>((found.bytes + 1023) / 1024)) +
               "\n";
        if (!found.registry_has_snapshot) {
            out += context.tr(Msg::cache_registry_unreadable) + "\n";
        } else if (*found.registry_has_snapshot) {
            out += context.tr(Msg::cache_registry_valid, found.snapshot_name) + "\n";
        } else {
            out += context.tr(Msg::cache_registry_none) + "\n";
        }
    }
    context.print(out);
    return exit_code::ok;
}

int clear(Context& context) {
    const auto choice = chosen(context);
    if (!choice) return bad_environment(context);
    // With the cache off the snapshots are still there, and still removed.
    const auto& folder = choice->folder;
    std::size_t removed = 0;
    if (!folder.empty() && snapshot::prepare_folder(folder, false) == snapshot::FolderState::usable) {
        removed = snapshot::clear(folder);
    }
    context.print(context.tr(Msg::cache_cleared, static_cast<std::int64_t>(removed)) + "\n");
    return exit_code::ok;
}

}  // namespace

Runner define_cache_status(CLI::App& /*command*/) { return status; }
Runner define_cache_clear(CLI::App& /*command*/) { return clear; }

}  // namespace netadmin::cli
