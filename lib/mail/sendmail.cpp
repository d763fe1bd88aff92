// Running the mailer with posix_spawnp (see sendmail.hpp).
#include "mail/sendmail.hpp"

#include "util/os_error.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <optional>

extern char** environ;

namespace netadmin::mail {
namespace {

// While a mailer runs: a mailer that exits before reading all of its input
// must not kill us with SIGPIPE; and SIGCHLD must not be ignored (a
// disposition inherited from whatever started netadmin), or the kernel
// reaps the mailer itself and its exit status is lost.
class MailerSignals {
public:
    MailerSignals() {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        sigaction(SIGPIPE, &ignore, &previous_pipe_);
        struct sigaction fallback {};
        fallback.sa_handler = SIG_DFL;
        sigaction(SIGCHLD, &fallback, &previous_child_);
    }
    ~MailerSignals() {
        sigaction(SIGPIPE, &previous_pipe_, nullptr);
        sigaction(SIGCHLD, &previous_child_, nullptr);
    }
    MailerSignals(const MailerSignals&) = delete;
    MailerSignals& operator=(const MailerSignals&) = delete;

private:
    struct sigaction previous_pipe_ {};
    struct sigaction previous_child_ {};
};

// A mailer that never exits, or exits and leaves a child holding our
// pipes, must not hold up the run: the loop waits for the mailer's exit
// (not for end-of-file), feeding its input and collecting its words while
// it runs, and gives up at the deadline.
class Exchange {
public:
    Exchange(pid_t pid, int input, int output, const std::string& message)
        : pid_(pid), input_(input), output_(output), message_(message) {
        ::fcntl(input_, F_SETFL, O_NONBLOCK);
        ::fcntl(output_, F_SETFL, O_NONBLOCK);
    }
    ~Exchange() {
        if (input_ >= 0) ::close(input_);
        ::close(output_);
    }
    Exchange(const Exchange&) = delete;
    Exchange& operator=(const Exchange&) = delete;

    // The wait status, or nullopt when the deadline passed first. When
    // the status cannot be had (ECHILD), lost() says so.
    std::optional<int> wait_until(std::chrono::steady_clock::time_point deadline) {
        for (;;) {
            int status = 0;
            const auto done = ::waitpid(pid_, &status, WNOHANG);
            if (done == pid_ || (done < 0 && errno == ECHILD)) {
                lost_ = done != pid_;
                drain();
                return status;
            }
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) return std::nullopt;
            poll_once(static_cast<int>(std::min<long long>(left.count(), 50)));
        }
    }

    bool lost() const { return lost_; }

    std::string said() const {
        auto out = said_;
        while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
        return out;
    }

private:
    void poll_once(int timeout_ms) {
        // A closed output (the mailer redirected its stdout and stderr) would
        // report POLLHUP at once on every call: poll ignores negative fds.
        pollfd fds[2] = {{output_open_ ? output_ : -1, POLLIN, 0}, {input_, POLLOUT, 0}};
        const nfds_t count = input_ >= 0 ? 2 : 1;
        if (::poll(fds, count, timeout_ms) <= 0) return;  // EINTR or nothing yet: check the exit again
        if ((fds[0].revents & (POLLIN | POLLHUP)) != 0) drain();
        if (count == 2 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP)) != 0) feed();
    }

    void feed() {
        const auto n = ::write(input_, message_.data() + written_, message_.size() - written_);
        if (n > 0) written_ += static_cast<std::size_t>(n);
        if ((n < 0 && errno != EAGAIN && errno != EINTR) || written_ == message_.size()) {
            ::close(input_);  // all given, or the mailer stopped reading: its exit status tells why
            input_ = -1;
        }
    }

    void drain() {
        char buffer[4096];
        for (;;) {
            const auto n = ::read(output_, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n == 0) output_open_ = false;
            if (n <= 0) return;
            if (said_.size() < 2000) said_.append(buffer, static_cast<std::size_t>(n));
        }
    }

    pid_t pid_;
    int input_;
    int output_;
    const std::string& message_;
    std::size_t written_ = 0;
    std::string said_;
    bool output_open_ = true;
    bool lost_ = false;
};

catalog::Problem lost(const std::string& program, const std::string& said) {
    if (said.empty()) return {catalog::Msg::mail_status_unknown, program};
    return {catalog::Msg::mail_status_unknown_said, program, said};
}

// Why the mailer failed, from its exit status and what it printed.
catalog::Problem failure(const std::string& program, int status, const std::string& said) {
    using catalog::Msg;
    if (WIFEXITED(status)) {
        const std::int64_t code = WEXITSTATUS(status);
        if (said.empty()) return {Msg::mail_exit_status, program, code};
        return {Msg::mail_exit_status_said, program, code, said};
    }
    if (WIFSIGNALED(status)) {
        const std::int64_t signal = WTERMSIG(status);
        if (said.empty()) return {Msg::mail_killed, program, signal};
        return {Msg::mail_killed_said, program, signal, said};
    }
    return lost(program, said);
}

}  // namespace

std::vector<std::string> split_command(std::string_view command) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < command.size()) {
        while (i < command.size() && (command[i] == ' ' || command[i] == '\t')) ++i;
        const auto start = i;
        while (i < command.size() && command[i] != ' ' && command[i] != '\t') ++i;
        if (i > start) words.emplace_back(command.substr(start, i - start));
    }
    return words;
}

MailerResult run_mailer(const std::vector<std::string>& argv, const std::string& message, int timeout_seconds) {
    if (argv.empty()) return catalog::Problem(catalog::Msg::mail_no_command);
    MailerSignals guard;
    int input[2];
    int output[2];
    if (::pipe2(input, O_CLOEXEC) != 0) return catalog::Problem(catalog::Msg::mail_no_pipe, util::os_error(errno));
    if (::pipe2(output, O_CLOEXEC) != 0) {
        ::close(input[0]);
        ::close(input[1]);
        return catalog::Problem(catalog::Msg::mail_no_pipe, util::os_error(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDERR_FILENO);
    // Its own process group: a timeout stops the mailer and whatever it
    // started, and Ctrl-C at a terminal reaches netadmin, which finishes
    // the message in hand, not the mailer.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // SIGPIPE back to its default in the mailer: an ignored signal stays
    // ignored across exec, and the mailer's own pipelines expect it.
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attributes, 0);
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(input[0]);
    ::close(output[1]);
    if (spawned != 0) {
        ::close(input[1]);
        ::close(output[0]);
        return catalog::Problem(catalog::Msg::mail_cannot_run, argv[0], util::os_error(spawned));
    }
    Exchange exchange(pid, input[1], output[0], message);
    const auto status = exchange.wait_until(std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds));
    if (!status) {
        ::kill(-pid, SIGKILL);
        int ignored = 0;
        while (::waitpid(pid, &ignored, 0) < 0 && errno == EINTR) {
        }
        return catalog::Problem(catalog::Msg::mail_timed_out, argv[0], std::int64_t{timeout_seconds});
    }
    const auto said = exchange.said();
    // Unknown is not success: the message may not have gone, so it is retried.
    if (exchange.lost()) return lost(argv[0], said);
    if (WIFEXITED(*status) && WEXITSTATUS(*status) == 0) return {};
    return failure(argv[0], *status, said);
}

Mailer sendmail_mailer(std::vector<std::string> argv, int timeout_seconds) {
    return [argv = std::move(argv), timeout_seconds](const std::string& message) {
        return run_mailer(argv, message, timeout_seconds);
    };
}

Handover hand_over(const Mailer& mailer, const std::string& message) {
    try {
        return {mailer(message), std::nullopt};
    } catch (const std::exception& e) {
        return {MailerResult{}, std::string(e.what())};
    }
}

}  // namespace netadmin::mail
