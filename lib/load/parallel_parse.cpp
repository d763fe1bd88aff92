// Parsing files on several threads, read in path order (see parallel_parse.hpp).
#include "load/parallel_parse.hpp"

#include "load/registry_loader.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <exception>
#include <fstream>
#include <mutex>
#include <thread>

namespace netadmin::load {

namespace fs = std::filesystem;

namespace {

// The work shared by the threads: which file is next to parse, which is
// next to read, and the parsed files waiting between the two.
class Pipeline {
public:
    Pipeline(const std::vector<fs::path>& paths, std::size_t window, const ReadInstead* instead)
        : paths_(paths), window_(window), instead_(instead), slots_(paths.size()) {}

    // A parsing thread: takes the next file while fewer than `window`
    // parsed files wait, until there is none left or the work stops.
    void parse_files() {
        std::unique_lock lock(mutex_);
        while (true) {
            changed_.wait(lock, [this] { return stopped_ || next_ >= paths_.size() || next_ < read_ + window_; });
            if (stopped_ || next_ >= paths_.size()) return;
            parse_next(lock);
        }
    }

    // The calling thread: each file in order; parses a file itself when no
    // other thread has taken it yet (with no threads, it parses them all).
    void read_files(const std::function<void(ParsedFile&)>& read) {
        for (std::size_t index = 0; index < paths_.size(); ++index) {
            std::optional<ParsedFile> file;
            {
                std::unique_lock lock(mutex_);
                while (next_ <= index) parse_next(lock);
                changed_.wait(lock, [&] { return slots_[index].has_value() || failure_ != nullptr; });
                if (failure_ != nullptr) std::rethrow_exception(failure_);
                file = std::move(slots_[index]);
                slots_[index].reset();
                ++read_;
            }
            changed_.notify_all();
            read(*file);
        }
    }

    void stop() {
        {
            std::lock_guard lock(mutex_);
            stopped_ = true;
        }
        changed_.notify_all();
    }

private:
    // Claims the next file, parses it unlocked, and leaves it in its slot.
    void parse_next(std::unique_lock<std::mutex>& lock) {
        const auto index = next_++;
        lock.unlock();
        std::optional<ParsedFile> parsed;
        std::exception_ptr failure;
        try {
            parsed = parse_file(paths_[index], read_from(paths_[index]));
        } catch (...) {
            failure = std::current_exception();  // e.g. out of memory: rethrown on the reading thread
        }
        lock.lock();
        if (failure != nullptr && failure_ == nullptr) failure_ = failure;
        slots_[index] = std::move(parsed);
        changed_.notify_all();
    }

    const fs::path& read_from(const fs::path& path) const {
        if (instead_ == nullptr) return path;
        const auto found = instead_->find(path.string());
        return found == instead_->end() ? path : found->second;
    }

    const std::vector<fs::path>& paths_;
    const std::size_t window_;
    const ReadInstead* instead_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::optional<ParsedFile>> slots_;
    std::size_t next_ = 0;  // the next file to parse
    std::size_t read_ = 0;  // files handed to the reader
    bool stopped_ = false;
    std::exception_ptr failure_;
};

}  // namespace

std::string read_stream(std::ifstream& in, const fs::path& path) {
    std::string content;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!ec) content.reserve(size);
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0)
        content.append(chunk, static_cast<std::size_t>(in.gcount()));
    return content;
}

ParsedFile parse_file(const fs::path& path) { return parse_file(path, path); }

ParsedFile parse_file(const fs::path& path, const fs::path& read_from) {
    ParsedFile file;
    file.path = path.string();
    std::ifstream in(read_from, std::ios::binary);
    if (!in) {
        file.read_error = errno != 0 ? errno : EIO;
        return file;
    }
    return parse_text(path.string(), read_stream(in, read_from));
}

ParsedFile parse_text(std::string path, std::string content) {
    ParsedFile file;
    file.path = std::move(path);
    file.content = std::move(content);
    file.valid_utf8 = util::is_valid_utf8(file.content);
    if (!file.valid_utf8) return file;
    // toml++ does not limit dotted keys and table headers, and a tree deep
    // enough overflows the stack (see key_depth.hpp).
    file.too_deep = find_too_deep_key(file.content);
    if (file.too_deep) return file;
    try {
        file.document = toml::parse(file.content, file.path);
    } catch (const toml::parse_error& error) {
        file.syntax_error = error;
    }
    return file;
}

void parse_in_order(const std::vector<fs::path>& paths, unsigned jobs, const std::function<void(ParsedFile&)>& read,
                    const ReadInstead* instead) {
    const auto threads = std::min<std::size_t>(std::max(jobs, 1U), paths.size());
    Pipeline pipeline(paths, std::max<std::size_t>(threads, 1), instead);
    std::vector<std::thread> workers;
    try {
        for (std::size_t i = 1; i < threads; ++i) workers.emplace_back([&pipeline] { pipeline.parse_files(); });
    } catch (...) {
        // No more threads to be had (or no memory for one): those started,
        // and this one, do the work.
    }
    std::exception_ptr failure;
    try {
        pipeline.read_files(read);
    } catch (...) {
        failure = std::current_exception();
    }
    pipeline.stop();
    for (auto& worker : workers) worker.join();
    if (failure != nullptr) std::rethrow_exception(failure);
}

unsigned default_jobs() { return std::max(std::thread::hardware_concurrency(), 1U); }

}  // namespace netadmin::load
