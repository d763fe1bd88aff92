// Starting git with posix_spawnp and reading what it says (history/git.hpp).
#include "history/git.hpp"

#include <cerrno>
#include <cstring>
#include <string_view>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace netadmin::history {

namespace fs = std::filesystem;
using catalog::Msg;

namespace {

// Reads both pipes to their end, whichever git fills first, so neither
// blocks it.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
    pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    std::string* sinks[2] = {&out, &err};
    int remaining = 2;
    char buffer[65536];
    while (remaining > 0) {
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            const auto n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                fds[i].fd = -1;
                --remaining;
            }
        }
    }
}

std::string first_line(std::string_view text) {
    const auto end = text.find('\n');
    auto line = std::string(text.substr(0, end));
    if (line.starts_with("fatal: ")) line.erase(0, 7);
    return line;
}

}  // namespace

catalog::Result<std::string> run_git(const fs::path& dir, const std::vector<std::string>& args) {
    std::vector<std::string> argv = {"git", "-C", dir.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    int out[2];
    int err[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return catalog::Problem(Msg::mail_cannot_run, std::string("git"), std::strerror(errno));
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return catalog::Problem(Msg::mail_cannot_run, std::string("git"), std::strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    std::vector<char*> pointers;
    for (auto& arg : argv) pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    std::string said;
    std::string complaint;
    if (spawned == 0) drain(out[0], err[0], said, complaint);
    ::close(out[0]);
    ::close(err[0]);
    if (spawned != 0) return catalog::Problem(Msg::mail_cannot_run, std::string("git"), std::strerror(spawned));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        return catalog::Problem(Msg::err_git_failed, args.empty() ? std::string() : args.front(),
                                first_line(complaint));
    }
    return said;
}

catalog::Result<std::vector<std::string>> changed_files(const fs::path& registry_dir, const std::string& ref) {
    // --relative: names relative to the registry folder, and only below it.
    auto diff = run_git(registry_dir, {"diff", "--name-only", "-z", "--relative", "--no-renames", ref, "--"});
    if (!diff) return diff.problem();
    auto untracked = run_git(registry_dir, {"ls-files", "-z", "--others", "--exclude-standard", "--", "."});
    if (!untracked) return untracked.problem();
    std::vector<std::string> files;
    for (const auto* text : {&*diff, &*untracked}) {
        std::string_view rest = *text;
        while (!rest.empty()) {
            const auto end = rest.find('\0');
            const auto name = rest.substr(0, end);
            if (!name.empty()) files.push_back((registry_dir / fs::path(name)).string());
            if (end == std::string_view::npos) break;
            rest.remove_prefix(end + 1);
        }
    }
    return files;
}

}  // namespace netadmin::history
