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

namespace netadmin::cli {

using i18n::Msg;
namespace {

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
    const auto choice = choose_cache(context.options);
    if (!choice) return bad_cache_environment(context);
    std::string out;
    if (!choice->off_because.empty()) {
        out += context.tr(Msg::cache_off, choice->off_because) + "\n";
    } else if (choice->no_home) {
        out += context.tr(Msg::cache_off, Msg::cache_no_home) + "\n";
    }
    if (choice->folder.empty()) {
        context.print(out);
        return exit_code::ok;
    }
    const auto found =
        snapshot::cache_status(context.registry_dir, context.data_dir / "reference", cache_settings(choice->folder));
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
    const auto choice = choose_cache(context.options);
    if (!choice) return bad_cache_environment(context);
    // With the cache off the snapshots are still there, and still removed.
    const auto& folder = choice->folder;
    if (folder.empty()) {
        context.print(context.tr(Msg::cache_off, Msg::cache_no_home) + "\n");
        return exit_code::ok;
    }
    const auto state = snapshot::prepare_folder(folder, false);
    if (state == snapshot::FolderState::missing || state == snapshot::FolderState::usable) {
        const auto removed = state == snapshot::FolderState::usable ? snapshot::clear(folder) : 0;
        context.print(context.tr(Msg::cache_cleared, static_cast<std::int64_t>(removed)) + "\n");
        return exit_code::ok;
    }
    // A folder netadmin does not use is not emptied either: it may not be
    // the user's, and it holds no snapshot netadmin would read.
    context.print(folder_line(context, folder, state) + "\n");
    return exit_code::ok;
}

}  // namespace

Runner define_cache_status(CLI::App& /*command*/) { return status; }
Runner define_cache_clear(CLI::App& /*command*/) { return clear; }

}  // namespace netadmin::cli
