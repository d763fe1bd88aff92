#include "fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

namespace netadmin::fuzz {

const model::Reference& reference() {
    static const model::Reference loaded = [] {
        load::Diagnostics diagnostics;
        auto result = load::load_reference(NETADMIN_FUZZ_REFERENCE_DIR, diagnostics);
        if (diagnostics.has_errors() || result.municipalities().empty()) {
            std::fprintf(stderr, "fuzz: cannot read the reference data in %s\n", NETADMIN_FUZZ_REFERENCE_DIR);
            std::abort();
        }
        return result;
    }();
    return loaded;
}

void load_and_render(const std::vector<load::SourceFile>& files) {
    const auto result = load::load_registry_from_sources(files, reference());
    for (const auto& diagnostic : result.diagnostics.items()) {
        // Every diagnostic must be located in one of the given files.
        if (!diagnostic.location().file.empty()) {
            bool known = false;
            for (const auto& file : files) known = known || file.path == diagnostic.location().file;
            if (!known) std::abort();
        }
        (void)load::render(diagnostic, i18n::Language::sv);
        (void)load::render(diagnostic, i18n::Language::en);
    }
}

}  // namespace netadmin::fuzz
