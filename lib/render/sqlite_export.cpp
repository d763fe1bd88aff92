#include "render/sqlite_export.hpp"

#include "model/field_access.hpp"
#include "state/export_file.hpp"

#include <array>
#include <charconv>

namespace netadmin::render {
namespace {

using model::ValueType;

constexpr std::array kKinds{model::EntityKind::region,  model::EntityKind::organisation, model::EntityKind::person,
                            model::EntityKind::centre,  model::EntityKind::network,      model::EntityKind::programme,
                            model::EntityKind::meeting, model::EntityKind::venue,        model::EntityKind::resource,
                            model::EntityKind::source,  model::EntityKind::count};

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

state::SqlValue integer_value(const std::string& text) {
    std::int64_t number = 0;
    const auto* end = text.data() + text.size();
    const auto [rest, error] = std::from_chars(text.data(), end, number);
    if (error != std::errc() || rest != end) return text;  // the loader allows no such value; kept as written
    return number;
}

void fill(state::RowSink& sink, const model::Registry& registry) {
    for (const auto kind : kKinds) {
        const std::string table(model::entity_kind_name(kind));
        const auto fields = exported(kind);
        model::with_kind(kind, [&](auto type) {
            using E = typename decltype(type)::type;
            const auto& items = model::entities_of<E>(registry);
            state::SqlRow row;
            for (std::uint32_t i = 0; i < items.size(); ++i) {
                const model::EntityRef ref{kind, i};
                const auto& id = registry.id_of(ref);
                const auto& where = registry.where(ref);
                row.clear();
                row.emplace_back(id);
                row.emplace_back(where.file < registry.files.size() ? registry.files[where.file] : std::string());
                row.emplace_back(static_cast<std::int64_t>(where.line));
                for (const auto& field : fields) {
                    const auto values = model::field_data(registry, ref, field.key);
                    if (is_list(field.type)) {
                        const auto link = table + "_" + column(field.key);
                        for (std::size_t n = 0; n < values.size(); ++n) {
                            sink.insert(link, {id, static_cast<std::int64_t>(n + 1), values[n]});
                        }
                        continue;
                    }
                    if (values.empty()) {
                        row.emplace_back();
                        if (field.type == ValueType::date) row.emplace_back();
                        continue;
                    }
                    if (field.type == ValueType::integer) {
                        row.push_back(integer_value(values.front()));
                    } else {
                        row.emplace_back(values.front());
                    }
                    if (field.type == ValueType::date) {
                        const auto date = time::parse_fuzzy_date(values.front());
                        if (date) {
                            row.emplace_back(std::string(precision_name(date->precision)));
                        } else {
                            row.emplace_back();
                        }
                    }
                }
                sink.insert(table, row);
            }
        });
    }
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
    return state::write_sqlite_file(target, sqlite_schema(), [&](state::RowSink& sink) { fill(sink, registry); });
}

}  // namespace netadmin::render
