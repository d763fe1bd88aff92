#include "app.hpp"

#include "cache_choice.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "generate.hpp"
#include "paths.hpp"
#include "recovery.hpp"
#include "state_path.hpp"

#include "i18n/language.hpp"
#include "load/registry_loader.hpp"
#include "snapshot/cached_load.hpp"
#include "time/stockholm.hpp"
#include "util/os_error.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>

namespace netadmin::cli {
namespace {

void add_global_options(CLI::App& app, GlobalOptions& options) {
    using i18n::Msg;
    complete_with(help_from_catalogue(app.add_option("--registry", options.registry), Msg::help_registry),
                  Completion::registry())
        ->envname("NETADMIN_REGISTRY")
        ->type_name("DIR");
    complete_with(help_from_catalogue(app.add_option("--state", options.state), Msg::help_state), Completion::file())
        ->envname("NETADMIN_STATE")
        ->type_name("FILE");
    std::vector<std::string> languages;
    for (const auto language : i18n::kLanguages) languages.emplace_back(i18n::language_code(language));
    complete_with(help_from_catalogue(app.add_option("--lang", options.lang), Msg::help_lang),
                  Completion::one_of(languages))
        ->type_name("LANG");
    help_from_catalogue(app.add_option("--today", options.today), Msg::help_today)->type_name("DATE");
    // NETADMIN_JOBS is read when a command loads the registry (jobs_from_environment),
    // so a bad value in the environment does not break --help.
    help_from_catalogue(app.add_option("--jobs", options.jobs), Msg::help_jobs)
        ->type_name("N")
        ->check(CLI::Range(1, 1024).description(""));
    help_from_catalogue(app.add_flag("--no-cache", options.no_cache), Msg::help_no_cache);
}

// The registry of the run, never freed (see Context::loaded).
load::LoadResult* keep(load::LoadResult loaded) {
    static load::LoadResult* kept = nullptr;
    kept = new load::LoadResult(std::move(loaded));  // NOLINT(cppcoreguidelines-owning-memory)
    return kept;
}

// Prints the registry's errors on stderr; true when there were any.
bool report_load_errors(const Context& context) {
    const auto& diagnostics = context.loaded->diagnostics;
    if (!diagnostics.has_errors()) return false;
    for (const auto& diagnostic : diagnostics.items()) {
        if (diagnostic.is_error()) {
            std::fprintf(stderr, "%s\n", load::render(diagnostic, context.language).c_str());
        }
    }
    return true;
}

// An empty --state or --today is a mistake in a script (an unset variable),
// not a request for the default: the default state file would be a fresh,
// empty log and everything would be sent again.
std::optional<int> refuse_empty(const CLI::App& app, const Context& context) {
    for (const auto* name : {"--state", "--today"}) {
        const auto* option = app.get_option_no_throw(name);
        if (option == nullptr || option->count() == 0) continue;
        const auto& value = std::string_view(name) == "--state" ? context.options.state : context.options.today;
        if (value.empty()) return context.usage_error(context.tr(i18n::Msg::err_empty_option, std::string(name)));
    }
    return std::nullopt;
}

// NETADMIN_JOBS when --jobs is not given: a whole number from 1 to 1024;
// unset or empty: 0, one thread per core.
std::optional<unsigned> jobs_from_environment() {
    const char* text = std::getenv("NETADMIN_JOBS");
    if (text == nullptr || *text == '\0') return 0U;
    char* end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || value < 1 || value > 1024) return std::nullopt;
    return static_cast<unsigned>(value);
}

int prepare_and_run(Context& context, const CommandDef& def, const Runner& runner) {
    const auto& options = context.options;
    if (!options.lang.empty()) {
        const auto language = i18n::parse_language(options.lang);
        if (!language) return context.usage_error(context.tr(i18n::Msg::err_bad_lang, options.lang));
        context.language = *language;
    }
    if (!options.today.empty()) {
        const auto today = time::parse_iso_date(options.today);
        if (!today) return context.usage_error(context.tr(i18n::Msg::err_bad_today, options.today));
        context.today = *today;
    }
    context.data_dir = find_data_dir();
    context.registry_dir =
        options.registry.empty() ? context.data_dir / "registry" : std::filesystem::path(options.registry);
    if (def.needs.registry != Registry::none) {
        auto jobs = options.jobs != 0 ? std::optional<unsigned>(options.jobs) : jobs_from_environment();
        if (!jobs) {
            return context.usage_error(
                context.tr(i18n::Msg::err_bad_jobs_environment, std::string(std::getenv("NETADMIN_JOBS"))));
        }
        const auto cache = choose_cache(options);
        if (!cache) return bad_cache_environment(context);
        load::LoadOptions load_options;
        load_options.read_instead = recover_registry(context).read_instead;
        load_options.jobs = *jobs != 0 ? *jobs : load::default_jobs();
        context.loaded = keep(snapshot::load_registry_cached(context.registry_dir, context.data_dir / "reference",
                                                             load_options, cache_settings(cache->in_use())));
        if (const auto* too_new = load::format_too_new(context.loaded->diagnostics)) {
            // Every command, `check` and `remind` too: one line, not a partial run.
            std::fprintf(stderr, "%s\n", load::render(*too_new, context.language).c_str());
            return exit_code::data_error;
        }
        if (def.needs.registry == Registry::valid && report_load_errors(context)) return exit_code::data_error;
    }
    if (def.needs.state == State::database) {
        context.state_file = state_path(context);
        if (context.state_file.empty()) return context.usage_error(context.tr(i18n::Msg::err_no_state_path));
    }
    return runner(context);
}

struct Defined {
    CLI::App* app;
    const CommandDef* def;
    Runner runner;
};

// Adds `defs` below `parent`, groups with their commands; every command
// that runs (not a group) goes into `defined`.
void define_commands(CLI::App& parent, std::span<const CommandDef> defs, std::vector<Defined>& defined) {
    for (const auto& def : defs) {
        auto* command = parent.add_subcommand(std::string(def.name));
        if (def.description) {
            help_from_catalogue(command, *def.description);
        } else {
            command->group("");
        }
        if (def.subcommands.empty()) {
            defined.push_back({command, &def, def.define(*command)});
        } else {
            command->require_subcommand(1);
            define_commands(*command, def.subcommands, defined);
        }
    }
}

int run_unchecked(int argc, char** argv) {
    CLI::App app{"", "netadmin"};
    help_from_catalogue(&app, i18n::Msg::help_app);
    app.set_version_flag("--version", std::string("netadmin ") + NETADMIN_VERSION);
    // Global options are accepted after the subcommand too.
    app.fallthrough();

    Context context;
    context.language =
        i18n::language_from_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
    // --lang speaks even in messages about the rest of the command line.
    if (const auto lang = lang_in_argv(argc, argv); lang && i18n::parse_language(*lang)) {
        context.language = *i18n::parse_language(*lang);
    }
    context.now = clock_now();
    context.today = time::stockholm_date(context.now);
    add_global_options(app, context.options);
    // The build writes the man page and the completions with this (cli/generate.hpp).
    std::string generate_what;
    app.add_option("--generate", generate_what)->group("");

    std::vector<Defined> defined;
    define_commands(app, commands(), defined);
    // --help, and the global options listed in each command's help, speak
    // the run's language.
    translate_help(app, context.language);
    prepare_command_tree(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // CLI11 reports --help and --version by throwing too (exit code 0).
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
        return report_parse_error(context, app, e);
    }
    if (!generate_what.empty()) {
        // The man page is in the language --lang names, else English
        // whatever the locale of the build; the completions have no words.
        const auto language = lang_in_argv(argc, argv) ? context.language : i18n::Language::en;
        translate_help(app, language);
        const auto text = generate(app, generate_what, language);
        if (!text)
            return context.usage_error(
                context.tr(i18n::Msg::err_bad_choice, "--generate", generate_what, "man, bash, zsh"));
        return context.emit(*text, "");
    }
    context.command_name = command_path(app);
    if (auto problem = check_parsed(context, app)) return *problem;

    for (const auto& command : defined) {
        if (!command.app->parsed()) continue;
        if (auto refused = refuse_empty(app, context)) return *refused;
        return prepare_and_run(context, *command.def, command.runner);
    }
    return context.usage_error(context.tr(i18n::Msg::err_subcommand_required));
}

// A closed standard stream would be the first descriptor open() returns:
// the state database could become "standard output". Put /dev/null there,
// read-only, so writes to a closed stdout fail (and are reported) instead.
void occupy_closed_std_streams() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        const int opened = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (opened >= 0 && opened != fd) {
            ::dup2(opened, fd);
            ::close(opened);
        }
    }
}

// The language the command ran in: --lang, else the locale.
i18n::Language language_of_run(int argc, char** argv) {
    auto language = i18n::language_from_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
    if (const auto asked = lang_in_argv(argc, argv)) language = i18n::parse_language(*asked).value_or(language);
    return language;
}

// Every command's output goes through stdout: a report that could not be
// written (a full disk, a closed pipe or descriptor) is a failure, whatever
// the command thought of its work.
int check_stdout(int code, int argc, char** argv) {
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    if (flushed && std::ferror(stdout) == 0) return code;
    const int error = stdout_errno() != 0 ? stdout_errno() : errno;
    const catalog::Arg why = error != 0 ? util::os_error(error) : catalog::Arg(i18n::Msg::os_write_error);
    std::fprintf(stderr, "netadmin: %s\n",
                 i18n::format(language_of_run(argc, argv), i18n::Msg::err_stdout_failed, why).c_str());
    return code == exit_code::ok ? exit_code::data_error : code;
}

// Says so in the run's language, with nothing that allocates but the
// language's look-up (memory may be what ran out): the catalogue's pattern
// is static text, "{0}" replaced by what the C++ library said.
void internal_error(int argc, char** argv, const char* what) noexcept {
    const std::string_view pattern = i18n::runtime_text(language_of_run(argc, argv), i18n::Msg::err_internal);
    const auto at = pattern.find("{0}");
    const auto before = pattern.substr(0, at);
    const auto after = at == std::string_view::npos ? std::string_view() : pattern.substr(at + 3);
    std::fprintf(stderr, "netadmin: %.*s%s%.*s\n", static_cast<int>(before.size()), before.data(),
                 at == std::string_view::npos ? "" : what, static_cast<int>(after.size()), after.data());
}

}  // namespace

int run(int argc, char** argv) {
    occupy_closed_std_streams();
    try {
        return check_stdout(run_unchecked(argc, argv), argc, argv);
    } catch (const std::exception& e) {
        // The last resort, for what no Result carries (std::bad_alloc and
        // the like): a bug to report, exit 3.
        internal_error(argc, argv, e.what());
    } catch (...) {
        internal_error(argc, argv, "");
    }
    return exit_code::internal;
}

}  // namespace netadmin::cli
