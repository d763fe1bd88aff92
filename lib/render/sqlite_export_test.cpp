#include "render/sqlite_export.hpp"

#include "testing.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

using namespace netadmin;

namespace {

load::LoadResult registry() {
    return load::load_registry_from_sources(
        {{"r.toml", R"([region]
id = "nb"
county = "25"

[[person]]
id = "anna"
name = "Anna"

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
contacts = ["anna"]
operations = ["bvc", "open-preschool"]
opened = "2019-autumn"

[[programme]]
id = "fcd"
name = "FCD"
reading_hours_per_month = 4
registration = { deadline = 2025-05-01 }
)"}},
        load::parse_reference("lanskod,lan,region_name\n25,Norrbottens län,Region Norrbotten\n",
                              "kommunkod,kommun,lanskod\n2514,Kalix,25\n"));
}

std::string one(SQLite::Database& db, const char* sql) {
    SQLite::Statement query(db, sql);
    REQUIRE(query.executeStep());
    return query.getColumn(0).getString();
}

}  // namespace

TEST_SUITE("render::export_sqlite") {
    TEST_CASE("one table per kind, link tables for lists, dates with their precision") {
        const auto loaded = registry();
        REQUIRE_FALSE(loaded.diagnostics.has_errors());
        const testing::TempDir dir;
        const auto path = dir.path() / "registry.db";
        REQUIRE(render::export_sqlite(loaded.registry, path).ok());
        SQLite::Database db(path.string());
        CHECK(one(db, "SELECT name FROM centre WHERE id = 'kalix'") == "Familjecentralen i Kalix");
        CHECK(one(db, "SELECT municipality FROM centre") == "2514");
        CHECK(one(db, "SELECT opened || ' ' || opened_precision FROM centre") == "2019-autumn term");
        CHECK(one(db, "SELECT group_concat(value, ',') FROM centre_operations ORDER BY position") ==
              "bvc,open-preschool");
        CHECK(one(db, "SELECT p.name FROM centre_contacts c JOIN person p ON p.id = c.value") == "Anna");
        CHECK(one(db, "SELECT registration_deadline_precision FROM programme") == "day");
        CHECK(one(db, "SELECT typeof(reading_hours_per_month) FROM programme") == "integer");
        CHECK(one(db, "SELECT count(*) FROM region") == "1");
    }

    TEST_CASE("a file that cannot be written leaves nothing behind") {
        const auto loaded = registry();
        const testing::TempDir dir;
        const auto failed = render::export_sqlite(loaded.registry, dir.path() / "no" / "such" / "x.db");
        CHECK_FALSE(failed.ok());
        CHECK(std::filesystem::is_empty(dir.path()));
    }

    TEST_CASE("the schema has a table for every kind") {
        const auto schema = render::sqlite_schema();
        std::string all;
        for (const auto& statement : schema) all += statement + "\n";
        for (const char* table : {"\"region\"", "\"centre\"", "\"meeting\"", "\"source\"", "\"centre_contacts\""}) {
            CHECK(all.find(std::string("CREATE TABLE ") + table + " (") != std::string::npos);
        }
    }
}
