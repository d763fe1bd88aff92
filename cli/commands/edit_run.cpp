#include "edit_run.hpp"
#include "cache_choice.hpp"
#include "command_line.hpp"
#include "recovery.hpp"

#include "edit/diff.hpp"
#include "edit/safe_write.hpp"

#include <algorithm>
#include <cstdio>

namespace netadmin::cli {
namespace {

std::string unlocated(const Context& context, const load::Diagnostic& problem) {
    auto line = i18n::diagnostic_format(context.language, problem.msg(), problem.args());
    if (problem.hint()) line += "; " + i18n::diagnostic_format(context.language, *problem.hint(), problem.hint_args());
    return line;
}

void print_problems(const Context& context, const load::Diagnostics& problems) {
    for (const auto& problem : problems.items()) {
        if (problem.location().file.empty()) {
            context.error(unlocated(context, problem));
        } else {
            std::fprintf(stderr, "%s\n", load::render(problem, context.language).c_str());
        }
    }
}

std::string relative_name(const Context& context, const std::string& path) {
    std::error_code error;
    auto relative = std::filesystem::relative(path, context.registry_dir, error);
    if (error || relative.empty()) return path;
    return relative.generic_string();
}

// More changed lines than anyone reads in a terminal: the file's diff is
// summarised (an import of thousands of rows).
constexpr std::size_t largest_shown_diff = 5000;

std::string review(const Context& context, const EditSession& session, const edit::Edited& edited) {
    std::string out;
    for (const auto index : edited.changed) {
        const auto name = relative_name(context, edited.files[index].path);
        auto diff =
            edit::reviewed_diff(session.read[index].text, edited.files[index].content, name, largest_shown_diff);
        if (diff.summarised) {
            out += context.tr(i18n::Msg::edit_diff_summarised, name, static_cast<std::int64_t>(diff.removed),
                              static_cast<std::int64_t>(diff.inserted)) +
                   "\n";
        } else {
            out += diff.text;
        }
    }
    return out;
}

}  // namespace

void add_dry_run_option(CLI::App& command, EditOptions& options) {
    help_from_catalogue(command.add_flag("--dry-run,-n", options.dry_run), i18n::Msg::help_dry_run);
}

std::optional<std::vector<edit::Change>> parse_changes(const Context& context, const std::vector<std::string>& given) {
    std::vector<edit::Change> out;
    for (const auto& argument : given) {
        auto change = edit::parse_change(argument);
        if (!change) {
            context.usage_error(change.problem());
            return std::nullopt;
        }
        out.push_back(std::move(*change));
    }
    return out;
}

std::unique_ptr<EditSession> open_edit(const Context& context, bool dry_run) {
    // The lock is held from before the files are read until they are
    // written; a dry run writes nothing and may run on a registry it cannot write.
    auto session = std::make_unique<EditSession>();
    if (!dry_run) {
        auto locked = edit::RegistryLock::acquire(context.registry_dir);
        if (!locked) {
            context.error(i18n::format(context.language, locked.problem()));
            return nullptr;
        }
        session->lock.emplace(std::move(*locked));
        recover_locked_registry(context);
    } else {
        recover_registry(context);
    }
    load::Diagnostics diagnostics;
    const auto paths = load::registry_files(context.registry_dir, diagnostics);
    auto reference = load::load_reference(context.data_dir / "reference", diagnostics);
    std::vector<load::SourceFile> files;
    for (const auto& path : paths) {
        auto file = edit::read_for_edit(path);
        if (!file) {
            diagnostics.add(catalog::Location{path.string()}, file.problem());
            continue;
        }
        files.push_back({path.string(), file->text});
        session->read.push_back(std::move(file).value());
    }
    if (diagnostics.has_errors()) {
        print_problems(context, diagnostics);
        return nullptr;
    }
    session->editor.emplace(std::move(files), std::move(reference));
    // A registry of a newer format is not edited by an older netadmin either.
    if (const auto* too_new = load::format_too_new(session->editor->before().diagnostics)) {
        std::fprintf(stderr, "%s\n", load::render(*too_new, context.language).c_str());
        return nullptr;
    }
    return session;
}

int finish_edit(const Context& context, const EditSession& session, const edit::EditOutcome& outcome, bool dry_run,
                const EditSummary& summary, bool summary_when_dry) {
    if (!outcome.ok()) {
        // What has no place in a file is about the command line: an unknown
        // id, kind or field, a value of the wrong type.
        const auto& items = outcome.problems.items();
        if (!items.empty() &&
            std::all_of(items.begin(), items.end(), [](const auto& p) { return p.location().file.empty(); })) {
            return context.usage_error(unlocated(context, items.front()));
        }
        print_problems(context, outcome.problems);
        if (outcome.invalid) {
            context.error(
                context.tr(i18n::Msg::edit_refused, static_cast<std::int64_t>(outcome.problems.error_count())));
        }
        return exit_code::data_error;
    }
    const auto& edited = *outcome.edited;
    if (edited.changed.empty()) {
        context.print(context.tr(i18n::Msg::edit_nothing_to_do) + "\n");
        return exit_code::ok;
    }
    const auto summary_line = summary(edited, relative_name(context, edited.files[edited.file].path)) + "\n";
    if (dry_run) {
        context.print(review(context, session, edited));
        if (summary_when_dry) context.print(summary_line);
        return exit_code::ok;
    }
    // The diff is made only when it is shown.
    std::vector<edit::EditedFile> writes;
    for (const auto index : edited.changed) writes.push_back({&session.read[index], edited.files[index].content});
    if (const auto failed = edit::write_edited(writes, context.registry_dir); !failed) {
        return context.fail(failed.problem());
    }
    forget_registry_snapshots(context);
    if (context.stdout_is_terminal()) context.print(review(context, session, edited));
    context.print(summary_line);
    return exit_code::ok;
}

int run_edit(const Context& context, bool dry_run, const EditStep& step, const EditSummary& summary) {
    const auto session = open_edit(context, dry_run);
    if (!session) return exit_code::data_error;
    return finish_edit(context, *session, step(*session->editor), dry_run, summary);
}

}  // namespace netadmin::cli
