#include "snapshot/cached_load.hpp"

#include "snapshot/cache_folder.hpp"
#include "snapshot/codec.hpp"
#include "snapshot/manifest.hpp"
#include "snapshot/snapshot_file.hpp"
#include "util/atomic_file.hpp"

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
    if (cache.folder.empty()) return load::load_registry(registry_dir, reference_dir, options);
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
    auto loaded = load::load_registry(registry_dir, reference_dir, options);
    set(outcome, CacheOutcome::not_written);
    if (!loaded.ok()) return loaded;
    // A file edited while it was parsed: the registry may hold either
    // version, so it stands for neither manifest.
    const auto after = manifest_of(registry_dir, reference_dir, cache.program);
    if (!after || after->bytes != manifest->bytes) return loaded;
    // Two processes may write the same snapshot at once: each writes its own
    // temporary file and renames it into place, and both hold the same bytes.
    if (util::write_file_atomically(path, snapshot_bytes(manifest->bytes, encode(loaded)), true)) {
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
