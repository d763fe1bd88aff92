#include "load/registry_loader.hpp"

#include "load/capacity.hpp"
#include "load/entity_readers.hpp"
#include "load/parallel_parse.hpp"
#include "load/toml_error.hpp"
#include "load/validate.hpp"
#include "util/os_error.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <sys/stat.h>

namespace netadmin::load {

using i18n::Msg;
namespace fs = std::filesystem;

namespace {

// The keys a registry file may have at its top level.
struct Collected {
    model::Registry registry;
    Diagnostics diagnostics;
    PendingReferences references;
    std::optional<Location> settings_at;
};

template <typename Entity>
void read_all(TableReader& top, std::string_view key, const ReadContext& context, std::vector<Entity>& out) {
    const std::string name = "[[" + std::string(key) + "]]";
    for (const auto* table : top.table_list(key)) {
        TableReader reader(*table, name, top.file());
        out.push_back(read_entity<Entity>(reader, context));
    }
}

std::string file_region(TableReader& top, const ReadContext& context, Collected& collected) {
    const auto* node = top.raw("region");
    if (node == nullptr) return {};
    if (const auto* table = node->as_table()) {
        TableReader reader(*table, "[region]", top.file());
        collected.registry.regions.push_back(read_entity<model::Region>(reader, context));
        return collected.registry.regions.back().id;
    }
    if (node->is_string()) return top.reference("region", model::EntityKind::region).value_or("");
    top.diagnostics().error(top.location("region"), Msg::err_expected_table, std::string("region"));
    return {};
}

void read_document(const toml::table& document, const FileContext& file, Collected& collected) {
    TableReader top(document, fs::path(file.path).filename().string(), file);
    ReadContext context{collected.registry.reference, {}};
    context.file_region = file_region(top, context, collected);

    if (const auto* settings = top.table("settings")) {
        TableReader reader(*settings, "[settings]", file);
        if (collected.settings_at) {
            file.diagnostics->error(reader.location(), Msg::err_duplicate_settings,
                                    render_location(*collected.settings_at));
        } else {
            collected.settings_at = reader.location();
            collected.registry.settings.where = reader.source_ref();
        }
        read_settings(reader, context, collected.registry.settings);
    }
    auto& r = collected.registry;
    read_all(top, "organisation", context, r.organisations);
    read_all(top, "person", context, r.people);
    read_all(top, "centre", context, r.centres);
    read_all(top, "network", context, r.networks);
    read_all(top, "programme", context, r.programmes);
    read_all(top, "meeting", context, r.meetings);
    read_all(top, "venue", context, r.venues);
    read_all(top, "resource", context, r.resources);
    read_all(top, "source", context, r.sources);
    read_all(top, "count", context, r.counts);
    top.finish();
}

// The line and column of the first byte that is not valid UTF-8.
Location first_invalid_utf8(const std::string& path, std::string_view content) {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    std::size_t pos = 0;
    while (pos < content.size()) {
        const auto start = pos;
        const auto cp = util::decode_utf8(content, pos);
        if (cp == 0xFFFD && !util::is_valid_utf8(content.substr(start, pos - start))) break;
        if (cp == U'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Location{path, line, column};
}

// A file as parsing left it, into the registry; a file that cannot be
// opened gets no index (nothing of it is in the registry).
void read_parsed(ParsedFile& parsed, Collected& collected) {
    if (parsed.read_error != 0) {
        collected.diagnostics.error(Location{parsed.path}, Msg::err_cannot_read, parsed.path,
                                    util::os_error(parsed.read_error));
        return;
    }
    const auto index = static_cast<std::uint32_t>(collected.registry.files.size());
    collected.registry.files.push_back(parsed.path);
    FileContext file{parsed.path, index, &collected.diagnostics, &collected.references};
    if (!parsed.valid_utf8) {
        collected.diagnostics.error(first_invalid_utf8(parsed.path, parsed.content), Msg::err_invalid_utf8);
    } else if (parsed.too_deep) {
        collected.diagnostics.error(Location{parsed.path, parsed.too_deep->line, parsed.too_deep->column},
                                    Msg::err_key_too_deep, max_key_depth);
    } else if (parsed.syntax_error) {
        const auto where = location_of(file, parsed.syntax_error->source());
        auto problem = describe_toml_error(parsed.syntax_error->description(), where, parsed.content);
        const auto said_where = *problem.where();
        collected.diagnostics.add(said_where, std::move(problem));
    } else if (parsed.document) {
        read_document(*parsed.document, file, collected);
    }
}

LoadResult finish(Collected collected) {
    // A registry of a newer format: its other problems are most likely what
    // this netadmin does not know yet, so the one line that says so stands alone.
    if (collected.diagnostics.keep_only(Msg::err_registry_too_new)) {
        return LoadResult{std::move(collected.registry), std::move(collected.diagnostics)};
    }
    validate(collected.registry, collected.references, collected.diagnostics);
    collected.diagnostics.sort();
    return LoadResult{std::move(collected.registry), std::move(collected.diagnostics)};
}

// The files that may be read: regular files (links followed) of at most
// kMaxFileBytes; the others are reported. A FIFO named *.toml would block
// for ever, a device could be endless; a dangling link or a link loop is an
// unreadable file. Runs before anything opens the files.
std::vector<fs::path> readable_files(const std::vector<fs::path>& files, Diagnostics& diagnostics) {
    std::vector<fs::path> readable;
    readable.reserve(files.size());
    for (const auto& path : files) {
        struct stat info {};
        if (::stat(path.c_str(), &info) != 0) {
            const int error = errno;
            diagnostics.error(Location{path.string()}, Msg::err_cannot_read, path.string(), util::os_error(error));
        } else if (!S_ISREG(info.st_mode)) {
            diagnostics.error(Location{path.string()}, Msg::err_not_a_regular_file, path.string());
        } else if (static_cast<std::uint64_t>(info.st_size) > kMaxFileBytes) {
            diagnostics.error(Location{path.string()}, Msg::err_file_too_large, path.string(),
                              static_cast<std::int64_t>(kMaxFileBytes / (std::uint64_t{1024} * 1024)));
        } else {
            readable.push_back(path);
        }
    }
    return readable;
}

// Sizes the entity vectors before the first file is parsed (load/capacity.hpp).
// Reading the files twice costs far less than parsing them once, and the
// second read comes from the page cache.
void reserve_for(const std::vector<fs::path>& files, const ReadInstead& instead, model::Registry& registry) {
    EntityCounts counts;
    for (const auto& listed : files) {
        const auto found = instead.find(listed.string());
        const auto& path = found == instead.end() ? listed : found->second;
        std::ifstream in(path, std::ios::binary);
        if (in) count_headers(read_stream(in, path), counts);
    }
    reserve(registry, counts);
}

}  // namespace

std::vector<fs::path> registry_files(const fs::path& dir, Diagnostics& diagnostics) {
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        diagnostics.error(Location{dir.string()}, Msg::err_cannot_read, dir.string(), util::os_error(ec));
        return files;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            diagnostics.error(Location{dir.string()}, Msg::err_cannot_read, dir.string(), util::os_error(ec));
            break;
        }
        const auto& path = it->path();
        if (path.filename().string().starts_with(".")) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (path.extension() == ".toml" && !it->is_directory(ec)) files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

LoadResult load_registry(const fs::path& registry_dir, const fs::path& reference_dir, LoadOptions options) {
    Collected collected;
    collected.registry.root = registry_dir.string();
    collected.registry.reference = load_reference(reference_dir, collected.diagnostics);
    std::error_code ec;
    if (!fs::is_directory(registry_dir, ec)) {
        const Location where{registry_dir.string()};
        if (fs::exists(registry_dir, ec)) {
            collected.diagnostics.error(where, Msg::err_not_a_directory, registry_dir.string());
        } else {
            collected.diagnostics.error(where, Msg::err_cannot_read, registry_dir.string(), util::os_error(ENOENT));
        }
        return LoadResult{std::move(collected.registry), std::move(collected.diagnostics)};
    }
    const auto files = registry_files(registry_dir, collected.diagnostics);
    if (files.empty() && !collected.diagnostics.has_errors()) {
        collected.diagnostics.error(Location{registry_dir.string()}, Msg::err_no_toml_files, registry_dir.string());
    }
    const auto readable = readable_files(files, collected.diagnostics);
    reserve_for(readable, options.read_instead, collected.registry);
    parse_in_order(
        readable, options.jobs,
        [&collected, &options](ParsedFile& file) {
            if (options.on_file && file.read_error == 0) options.on_file(file.path, file.content);
            read_parsed(file, collected);
        },
        options.read_instead.empty() ? nullptr : &options.read_instead);
    return finish(std::move(collected));
}

const Diagnostic* format_too_new(const Diagnostics& diagnostics) {
    for (const auto& diagnostic : diagnostics.items()) {
        if (diagnostic.msg() == Msg::err_registry_too_new) return &diagnostic;
    }
    return nullptr;
}

LoadResult load_registry_from_sources(const std::vector<SourceFile>& files, model::Reference reference) {
    Collected collected;
    collected.registry.reference = std::move(reference);
    for (const auto& file : files) {
        auto parsed = parse_text(file.path, file.content);
        read_parsed(parsed, collected);
    }
    return finish(std::move(collected));
}

}  // namespace netadmin::load
