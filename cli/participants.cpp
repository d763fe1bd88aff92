#include "participants.hpp"

#include "filters.hpp"
#include "state_path.hpp"

#include "people/progress.hpp"
#include "query/lookup.hpp"
#include "state/participants.hpp"
#include "util/collate.hpp"

#include <algorithm>
#include <cstdio>

namespace netadmin::cli {
namespace {

std::vector<std::string> nearest_targets(const Context& context, const std::string& text, bool programmes) {
    auto ids = query::nearest_ids(context.registry(), text, model::EntityKind::meeting);
    if (programmes) {
        auto more = query::nearest_ids(context.registry(), text, model::EntityKind::programme);
        ids.insert(ids.begin(), more.begin(), more.end());
    }
    if (ids.size() > 4) ids.resize(4);
    return ids;
}

}  // namespace

std::optional<int> resolve_target(const Context& context, const std::string& text, std::string& target) {
    const auto& registry = context.registry();
    if (const auto* meeting = registry.meeting(text)) {
        target = meeting->id;
        return std::nullopt;
    }
    if (const auto* programme = query::find_programme(registry, text)) {
        target = programme->id;
        return std::nullopt;
    }
    return context.usage_error(with_suggestions(context, context.tr(i18n::Msg::err_unknown_target, text),
                                                nearest_targets(context, text, true)));
}

std::optional<int> resolve_meeting(const Context& context, const std::string& text, const model::Meeting*& meeting) {
    meeting = context.registry().meeting(text);
    if (meeting != nullptr) return std::nullopt;
    return context.usage_error(with_suggestions(context, context.tr(i18n::Msg::err_unknown_meeting, text),
                                                nearest_targets(context, text, false)));
}

catalog::Result<std::unique_ptr<state::StateDb>> open_state_for_writing(const Context& context) {
    const auto& path = context.state_file;
    auto db = state::StateDb::open_for_writing(path);
    if (db && (*db)->created()) context.error(context.tr(i18n::Msg::err_state_created, path.string()));
    return db;
}

catalog::Result<std::unique_ptr<state::StateDb>> open_state_for_reading(const Context& context) {
    const auto path = state_path(context);
    if (path.empty()) return std::unique_ptr<state::StateDb>();
    return state::StateDb::open_for_reading(path);
}

std::optional<int> attach_progress(const Context& context, const model::Programme& programme,
                                   report::ProgrammeView& view) {
    auto db = open_state_for_reading(context);
    if (!db) return context.fail(db.problem());
    if (!*db) return std::nullopt;
    state::Participants participants(**db);
    auto progress = people::programme_progress(context.registry(), programme, participants);
    if (!progress) return context.fail(progress.problem());
    view.progress = std::move(*progress);
    if (view.progress) people::mark_held(view, *view.progress);
    return std::nullopt;
}

std::optional<int> attach_trained(const Context& context, report::CoverageView& view) {
    {
        auto db = open_state_for_reading(context);
        if (!db) return context.fail(db.problem());
        if (!*db) return std::nullopt;
        state::Participants participants(**db);
        for (const auto& programme : context.registry().programmes) {
            const auto read = people::programme_progress(context.registry(), programme, participants);
            if (!read) return context.fail(read.problem());
            const auto& progress = *read;
            if (!progress) continue;
            for (const auto& group : progress->municipalities) {
                view.trained.push_back({group.name, programme.id, programme.name, group.registered, group.trained});
            }
        }
        std::stable_sort(view.trained.begin(), view.trained.end(),
                         [](const report::TrainedRow& a, const report::TrainedRow& b) {
                             if (const int c = util::compare_swedish(a.municipality, b.municipality); c != 0) {
                                 return c < 0;
                             }
                             return util::compare_swedish(a.programme, b.programme) < 0;
                         });
        return std::nullopt;
    }
}

void print_located(const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }

}  // namespace netadmin::cli
