#include "snapshot/cached_load.hpp"

#include "snapshot/cache_folder.hpp"
#include "snapshot/codec.hpp"
#include "snapshot/manifest.hpp"
#include "snapshot/snapshot_file.hpp"

namespace netadmin::snapshot {
namespace {

void set(CacheOutcome* outcome, CacheOutcome value) {
    if (outcome != nullptr) *outcome = value;
}

}  // namespace

load::LoadResult load_registry_cached(const std::filesystem::path& registry_dir,
                                      const std::filesystem::path& reference_dir, load::LoadOptions options,
                                      const CacheSettings& cache, CacheOutcome* outcome) {
    set(outcome, CacheOutcome::off);
    // Files read from elsewhere (an unfinished change, edit/journal.hpp):
    // the manifest would key the bytes on disk, not those parsed.
    if (cache.folder.empty() || !options.read_instead.empty())
        return load::load_registry(registry_dir, reference_dir, options);
    const auto manifest = manifest_of(registry_dir, reference_dir, cache.program);
    if (!manifest || prepare_folder(cache.folder, true) != FolderState::usable) {
        set(outcome, CacheOutcome::unusable);
        return load::load_registry(registry_dir, reference_dir, options);
    }
    const auto path = cache.folder / snapshot_name(*manifest);
    if (auto snapshot = read_snapshot(path, manifest->bytes)) {
        touch(path);
        set(outcome, CacheOutcome::hit);
        return std::move(*snapshot);
    }
    // The snapshot must stand for the bytes parsed, not for the bytes hashed
    // a moment before: a file edited meanwhile (even edited and changed
    // back) would give a registry of one version under the key of another.
    std::vector<FileDigest> parsed;
    options.on_file = [&parsed](const std::string& file, std::string_view content) {
        parsed.push_back(digest_of(file, content));
    };
    auto loaded = load::load_registry(registry_dir, reference_dir, options);
    set(outcome, CacheOutcome::not_written);
    if (!loaded.ok()) return loaded;
    // The reference data is read again (it is read before any registry file
    // and changes with a new release of netadmin, not during a command).
    auto reference = reference_digests(reference_dir);
    if (!reference) return loaded;
    const auto made_from =
        make_manifest({cache.program, registry_dir, reference_dir, std::move(*reference), std::move(parsed)});
    if (made_from.bytes != manifest->bytes) return loaded;
    // Two processes may write the same snapshot at once: each writes its own
    // temporary file and renames it into place, and both hold the same bytes.
    if (write_snapshot(path, snapshot_bytes(manifest->bytes, encode(loaded)))) {
        set(outcome, CacheOutcome::written);
        prune(cache.folder, manifest->registry_id);
    }
    return loaded;
}

CacheStatus cache_status(const std::filesystem::path& registry_dir, const std::filesystem::path& reference_dir,
                         const CacheSettings& cache) {
    CacheStatus status;
    status.folder = prepare_folder(cache.folder, false);
    if (status.folder != FolderState::usable) return status;
    const auto inside = contents(cache.folder);
    status.snapshots = inside.snapshots;
    status.bytes = inside.bytes;
    const auto manifest = manifest_of(registry_dir, reference_dir, cache.program);
    if (!manifest) return status;
    status.snapshot_name = snapshot_name(*manifest);
    status.registry_has_snapshot = read_snapshot(cache.folder / status.snapshot_name, manifest->bytes).has_value();
    return status;
}

}  // namespace netadmin::snapshot
