// Writing a new SQLite file whole (see export_file.hpp).
#include "state/export_file.hpp"

#include "state/state_error.hpp"
#include "util/os_error.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>

namespace netadmin::state {
namespace {

catalog::Problem cannot_write(const std::filesystem::path& path, catalog::Arg why) {
    return {catalog::Msg::err_cannot_write, path.string(), std::move(why)};
}

// One prepared INSERT per table, made at its first row.
class Inserter final : public RowSink {
public:
    explicit Inserter(SQLite::Database& db) : db_(db) {}

    void insert(const std::string& table, const SqlRow& row) override {
        auto& statement = statements_[table];
        if (!statement) {
            std::string sql = "INSERT INTO \"" + table + "\" VALUES (";
            for (std::size_t i = 0; i < row.size(); ++i) sql += i == 0 ? "?" : ", ?";
            statement = std::make_unique<SQLite::Statement>(db_, sql + ")");
        }
        statement->reset();
        statement->clearBindings();
        int at = 1;
        for (const auto& value : row) {
            if (const auto* number = std::get_if<std::int64_t>(&value)) {
                statement->bind(at, *number);
            } else if (const auto* text = std::get_if<std::string>(&value)) {
                statement->bind(at, *text);
            } else {
                statement->bind(at);
            }
            ++at;
        }
        statement->exec();
    }

private:
    SQLite::Database& db_;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
};

}  // namespace

catalog::Status write_sqlite_file(const std::filesystem::path& target, const std::vector<std::string>& schema,
                                  const std::function<void(RowSink&)>& fill) {
    auto temporary = target;
    temporary.replace_filename("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    try {
        {
            SQLite::Database db(temporary.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Transaction transaction(db);
            for (const auto& statement : schema) db.exec(statement);
            Inserter inserter(db);
            fill(inserter);
            transaction.commit();
        }
        const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) {
            const int error = errno;
            if (fd >= 0) ::close(fd);
            std::filesystem::remove(temporary, ignored);
            return cannot_write(target, util::os_error(error));
        }
        ::close(fd);
    } catch (const SQLite::Exception& error) {
        std::filesystem::remove(temporary, ignored);
        return cannot_write(target, std::string(error.what()));
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        std::filesystem::remove(temporary, ignored);
        return cannot_write(target, util::os_error(error));
    }
    return {};
}

}  // namespace netadmin::state
