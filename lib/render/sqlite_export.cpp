#include "render/sqlite_export.hpp"

#include "model/field_access.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <fcntl.h>
#include <unistd.h>
#include <array>
#include <cerrno>
#include <cstring>

namespace netadmin::render {
namespace {

using model::ValueType;

constexpr std::array kKinds{model::EntityKind::region,  model::EntityKind::organisation, model::EntityKind::person,
                            model::EntityKind::centre,  model::EntityKind::network,      model::EntityKind::programme,
                            model::EntityKind::meeting, model::EntityKind::venue,        model::EntityKind::resource,
                            model::EntityKind::source};

bool is_list(ValueType type) {
    return type == ValueType::id_list || type == ValueType::text_list || type == ValueType::word_set ||
           type == ValueType::day_list;
}

std::string column(std::string key) {
    for (auto& c : key) {
        if (c == '.') c = '_';
    }
    return key;
}

// The fields a kind exports: no whole tables, nothing of a list of tables.
std::vector<model::FieldInfo> exported(model::EntityKind kind) {
    std::vector<model::FieldInfo> out;
    std::vector<std::string> skipped;
    for (auto& field : model::field_infos(kind)) {
        if (field.type == ValueType::table) continue;
        if (field.type == ValueType::table_list) {
            skipped.push_back(field.key + ".");
            continue;
        }
        bool inside = false;
        for (const auto& prefix : skipped) inside = inside || field.key.starts_with(prefix);
        if (!inside) out.push_back(std::move(field));
    }
    return out;
}

std::string sql_name(std::string_view name) { return "\"" + std::string(name) + "\""; }

std::string_view precision_name(time::Precision precision) {
    switch (precision) {
        case time::Precision::year: return "year";
        case time::Precision::term: return "term";
        case time::Precision::month: return "month";
        case time::Precision::day: break;
    }
    return "day";
}

std::string insert_sql(const std::string& table, std::size_t columns) {
    std::string sql = "INSERT INTO " + sql_name(table) + " VALUES (";
    for (std::size_t i = 0; i < columns; ++i) sql += i == 0 ? "?" : ", ?";
    return sql + ")";
}

void fill(SQLite::Database& db, const model::Registry& registry) {
    for (const auto kind : kKinds) {
        const std::string table(model::entity_kind_name(kind));
        const auto fields = exported(kind);
        std::size_t columns = 3;
        for (const auto& field : fields) {
            if (!is_list(field.type)) columns += field.type == ValueType::date ? 2 : 1;
        }
        SQLite::Statement row(db, insert_sql(table, columns));
        model::with_kind(kind, [&](auto type) {
            using E = typename decltype(type)::type;
            const auto& items = model::entities_of<E>(registry);
            for (std::uint32_t i = 0; i < items.size(); ++i) {
                const model::EntityRef ref{kind, i};
                const auto& id = registry.id_of(ref);
                const auto& where = registry.where(ref);
                row.reset();
                row.clearBindings();
                int at = 1;
                row.bind(at++, id);
                row.bind(at++, where.file < registry.files.size() ? registry.files[where.file] : std::string());
                row.bind(at++, static_cast<int64_t>(where.line));
                for (const auto& field : fields) {
                    const auto values = model::field_data(registry, ref, field.key);
                    if (is_list(field.type)) {
                        SQLite::Statement link(db, insert_sql(table + "_" + column(field.key), 3));
                        for (std::size_t n = 0; n < values.size(); ++n) {
                            link.bind(1, id);
                            link.bind(2, static_cast<int64_t>(n + 1));
                            link.bind(3, values[n]);
                            link.exec();
                            link.reset();
                        }
                        continue;
                    }
                    if (values.empty()) {
                        row.bind(at++);
                        if (field.type == ValueType::date) row.bind(at++);
                        continue;
                    }
                    if (field.type == ValueType::integer) {
                        row.bind(at++, static_cast<int64_t>(std::stoll(values.front())));
                    } else {
                        row.bind(at++, values.front());
                    }
                    if (field.type == ValueType::date) {
                        const auto date = time::parse_fuzzy_date(values.front());
                        if (date) {
                            row.bind(at++, std::string(precision_name(date->precision)));
                        } else {
                            row.bind(at++);
                        }
                    }
                }
                row.exec();
            }
        });
    }
}

catalog::Status cannot_write(const std::filesystem::path& path, std::string why) {
    return catalog::Problem(catalog::Msg::err_cannot_write, path.string(), std::move(why));
}

}  // namespace

std::vector<std::string> sqlite_schema() {
    std::vector<std::string> out;
    for (const auto kind : kKinds) {
        const std::string table(model::entity_kind_name(kind));
        std::string sql = "CREATE TABLE " + sql_name(table) + " (id TEXT PRIMARY KEY, file TEXT NOT NULL, line INTEGER";
        std::vector<std::string> links;
        for (const auto& field : exported(kind)) {
            const auto name = column(field.key);
            if (is_list(field.type)) {
                const auto link = table + "_" + name;
                const auto type = field.type == ValueType::day_list ? "INTEGER" : "TEXT";
                links.push_back("CREATE TABLE " + sql_name(link) + " (" + sql_name(table + "_id") +
                                " TEXT NOT NULL REFERENCES " + sql_name(table) +
                                "(id), position INTEGER NOT NULL, value " + type + ")");
                continue;
            }
            sql += ", " + sql_name(name) + (field.type == ValueType::integer ? " INTEGER" : " TEXT");
            if (field.type == ValueType::date) sql += ", " + sql_name(name + "_precision") + " TEXT";
        }
        out.push_back(sql + ")");
        for (auto& link : links) out.push_back(std::move(link));
    }
    return out;
}

catalog::Status export_sqlite(const model::Registry& registry, const std::filesystem::path& target) {
    auto temporary = target;
    temporary.replace_filename("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    try {
        {
            SQLite::Database db(temporary.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Transaction transaction(db);
            for (const auto& statement : sqlite_schema()) db.exec(statement);
            fill(db, registry);
            transaction.commit();
        }
        const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) {
            const int error = errno;
            if (fd >= 0) ::close(fd);
            std::filesystem::remove(temporary, ignored);
            return cannot_write(target, std::strerror(error));
        }
        ::close(fd);
    } catch (const SQLite::Exception& error) {
        std::filesystem::remove(temporary, ignored);
        return cannot_write(target, error.what());
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        std::filesystem::remove(temporary, ignored);
        return cannot_write(target, std::strerror(error));
    }
    return {};
}

}  // namespace netadmin::render
