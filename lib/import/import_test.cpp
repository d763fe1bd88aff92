// Planning an import: columns from the field tables, rows matched by id,
// e-mail or name and municipality, only differing fields changed, every
// bad cell placed at its row and column, and the batch validated once.
#include "import/import.hpp"
#include "load/table_reader.hpp"

#include "testing.hpp"

#include <doctest/doctest.h>

using namespace netadmin;

namespace {

model::Reference reference() {
    return load::parse_reference("lanskod,lan,region_name\n25,Norrbottens län,Region Norrbotten\n",
                                 "kommunkod,kommun,lanskod\n2514,Kalix,25\n2581,Piteå,25\n2560,Älvsbyn,25\n");
}

constexpr const char* kNorrbotten = R"(# Norrbotten
[region]
id = "nb"
county = "25"

[[person]]
id = "anna"
name = "Anna"  # the coordinator
email = "anna@example.org"

[[centre]]
id = "kalix"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
kind = "full"
)";

edit::RegistryEditor editor() { return edit::RegistryEditor({{"reg/norrbotten.toml", kNorrbotten}}, reference()); }

csv::Table table(std::string_view text) { return *csv::parse(text, "in.csv"); }

imports::Plan plan(const edit::RegistryEditor& editor, model::EntityKind kind, std::string_view text,
                   const std::string& region = {}) {
    const auto read = table(text);
    const auto columns = csv::map_columns(read, imports::kind_columns(kind));
    REQUIRE(columns);
    return imports::plan_import(editor.before().registry, editor.files(), kind, read, *columns, region);
}

std::string message(const csv::Problem& problem) { return csv::render(problem, i18n::Language::en); }

}  // namespace

TEST_SUITE("imports::plan_import") {
    TEST_CASE("the columns are the fields of the kind's table, by key or Swedish name") {
        const auto read = table("Namn;E-post;Telefon;Roll;organisation;id\nA;a@example.org;1;r;;\n");
        const auto columns = csv::map_columns(read, imports::kind_columns(model::EntityKind::person));
        REQUIRE(columns);
        CHECK(columns->column("email") == 2);
        CHECK(columns->column("phone") == 3);
        CHECK(columns->column("role") == 4);
        const auto centres = table("namn,kommun,verksamheter,typ,url\nA,Kalix,bvc,full,x\n");
        const auto mapped = csv::map_columns(centres, imports::kind_columns(model::EntityKind::centre));
        REQUIRE(mapped);
        CHECK(mapped->column("operations") == 3);
        CHECK(mapped->column("kind") == 4);
        CHECK(mapped->column("url") == 5);  // a field named by its key alone
    }

    TEST_CASE("a matched row with the same values is unchanged, a new one is added") {
        const auto ed = editor();
        const auto p =
            plan(ed, model::EntityKind::person, "name,email\nAnna,ANNA@example.org\nÅsa Öberg,asa@example.org\n");
        CHECK(p.unchanged == 1);
        CHECK(p.added == 1);
        CHECK(p.rejected == 0);
        REQUIRE(p.batch.additions.size() == 1);
        const auto outcome = ed.apply(p.batch);
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->added == std::vector<std::string>{"asa-oberg"});
        const auto& text = outcome.edited->files[0].content;
        CHECK(text.find("name = \"Anna\"  # the coordinator") != std::string::npos);
        CHECK(text.find("[[person]]\nid = \"asa-oberg\"\nname = \"Åsa Öberg\"\nemail = \"asa@example.org\"") !=
              std::string::npos);
    }

    TEST_CASE("spaces at the ends of a value or a cell are no change") {
        std::string text = kNorrbotten;
        text.replace(text.find("name = \"Anna\""), 13, "name = \" Anna \"");
        const edit::RegistryEditor ed({{"reg/norrbotten.toml", text}}, reference());
        const auto same = plan(ed, model::EntityKind::person, "name,email\nAnna,anna@example.org\n");
        CHECK(same.unchanged == 1);
        CHECK(same.updated == 0);
        const auto padded = plan(ed, model::EntityKind::person, "name,email\n  Anna ,anna@example.org\n");
        CHECK(padded.unchanged == 1);
        const auto other = plan(ed, model::EntityKind::person, "name,email\nAnna B,anna@example.org\n");
        CHECK(other.updated == 1);
        // A value starting with a tab, as a listing guards it, is no change either.
        std::string tabbed = kNorrbotten;
        tabbed.replace(tabbed.find("email = \"anna@example.org\""), 26,
                       "email = \"anna@example.org\"\nrole = \"\\tx\"");
        const edit::RegistryEditor tab({{"reg/norrbotten.toml", tabbed}}, reference());
        const auto guarded = plan(tab, model::EntityKind::person, "name,email,role\nAnna,anna@example.org,\"'\tx\"\n");
        CHECK(guarded.unchanged == 1);
    }

    TEST_CASE("a person without id or e-mail address is matched by name when one person has it") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::person, "name,role\nANNA,boss\n");
        CHECK(p.updated == 1);
        CHECK(p.added == 0);
        REQUIRE(p.batch.updates.size() == 1);
        CHECK(p.batch.updates[0].id == "anna");
        const auto twice = plan(ed, model::EntityKind::person, "name,role\nAnna,boss\nanna,boss\n");
        REQUIRE(twice.errors.size() == 1);
        CHECK(message(twice.errors[0]) == "in.csv:3:1: error: 'anna' is already on row 2");
        // Two people with the name: no match, a new person.
        std::string text = kNorrbotten;
        text += "\n[[person]]\nid = \"anna-2\"\nname = \"Anna\"\n";
        const edit::RegistryEditor two({{"reg/norrbotten.toml", text}}, reference());
        const auto ambiguous = plan(two, model::EntityKind::person, "name,role\nAnna,boss\n", "nb");
        CHECK(ambiguous.added == 1);
        CHECK(ambiguous.updated == 0);
    }

    TEST_CASE("a centre is matched by name and municipality, and only the differing field changes") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::centre,
                            "name,municipality,kind,opened\nFamiljecentralen i Kalix,Kalix,full,2009\n");
        CHECK(p.updated == 1);
        REQUIRE(p.batch.updates.size() == 1);
        CHECK(p.batch.updates[0].id == "kalix");
        REQUIRE(p.batch.updates[0].changes.size() == 1);
        CHECK(p.batch.updates[0].changes[0].key == "opened");
    }

    TEST_CASE("a centre's contacts by id, e-mail address or name") {
        const auto ed = editor();
        for (const auto* contact : {"anna", "ANNA@example.org", "anna", " Anna "}) {
            const auto p = plan(ed, model::EntityKind::centre, std::string("id,contacts\nkalix,") + contact + "\n");
            CHECK(p.errors.empty());
            REQUIRE(p.batch.updates.size() == 1);
            REQUIRE(p.batch.updates[0].changes.size() == 1);
            CHECK(p.batch.updates[0].changes[0].value == "anna");
        }
        std::string text = kNorrbotten;
        text += "\n[[person]]\nid = \"anna-2\"\nname = \"Anna\"\n";
        const edit::RegistryEditor two({{"reg/norrbotten.toml", text}}, reference());
        const auto ambiguous = plan(two, model::EntityKind::centre, "id,contacts\nkalix,Anna\n");
        REQUIRE(ambiguous.errors.size() == 1);
        CHECK(message(ambiguous.errors[0]) ==
              "in.csv:2:2: error: 'Anna' matches several people: 'anna', 'anna-2'; write the person's id");
        const auto unknown = plan(ed, model::EntityKind::centre, "id,contacts\nkalix,Bodil\n");
        REQUIRE(unknown.errors.size() == 1);
    }

    TEST_CASE("the operations a full centre implies are no change") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::centre,
                            "id,name,municipality,kind,operations\n"
                            "kalix,Familjecentralen i Kalix,Kalix,full,mvc;bvc;open-preschool;social-services\n");
        CHECK(p.unchanged == 1);
    }

    TEST_CASE("an unknown municipality is placed at its row and column, with a did-you-mean") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::centre,
                            "name,municipality\nFamiljecentralen i Piteå,Piteå\nFamiljecentralen X,Älvsbin\n");
        CHECK(p.rejected == 1);
        CHECK(p.added == 1);
        REQUIRE(p.errors.size() == 1);
        CHECK(message(p.errors[0]) == "in.csv:3:2: error: unknown municipality 'Älvsbin'; did you mean 'Älvsbyn'?");
    }

    TEST_CASE("bad cells, a missing required value and a row twice are each an error of their row") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::person,
                            "id,name,email,organisation\nBad Id,x,,\n,B,not-an-address,\n,C,c@example.org,nowhere\n"
                            ",D,d@example.org,\n,E,D@example.org,\n");
        CHECK(p.rejected == 4);
        CHECK(p.added == 1);
        REQUIRE(p.errors.size() == 4);
        CHECK(message(p.errors[0]) == "in.csv:2:1: error: invalid id 'Bad Id'");
        CHECK(message(p.errors[1]) == "in.csv:3:3: error: invalid e-mail address 'not-an-address'");
        CHECK(message(p.errors[2]).starts_with("in.csv:4:4: error:"));
        CHECK(message(p.errors[3]) == "in.csv:6:3: error: 'D@example.org' is already on row 5");
        // The address is checked whether a row has an id or not.
        const auto with_id = plan(ed, model::EntityKind::person,
                                  "id,name,email\nnew-one,New One,nn@example.org\n,Other,NN@example.org\n");
        CHECK(with_id.added == 1);
        REQUIRE(with_id.errors.size() == 1);
        CHECK(message(with_id.errors[0]) == "in.csv:3:3: error: 'NN@example.org' is already on row 2");
        const auto centre = plan(ed, model::EntityKind::centre, "name,kind\nNew,full\n");
        REQUIRE(centre.errors.size() == 1);
        CHECK(message(centre.errors[0]) == "in.csv:2:1: error: a new centre needs 'municipality'");
    }

    TEST_CASE("an id made from a name keeps clear of the ids the file gives, a name without letters is its row's") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::person, "id,name\n,Foo Bar\nfoo-bar,Other\n", "nb");
        CHECK(p.added == 2);
        CHECK(p.rejected == 0);
        const auto outcome = ed.apply(p.batch);
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->added == std::vector<std::string>{"foo-bar-2", "foo-bar"});
        const auto quote =
            plan(ed, model::EntityKind::person, "name,email\nOk,ok@example.org\n\"\"\"\",q@example.org\n", "nb");
        CHECK(quote.added == 1);
        CHECK(quote.rejected == 1);
        REQUIRE(quote.errors.size() == 1);
        CHECK(message(quote.errors[0]) == "in.csv:3:1: error: a new person needs id= or a name to make its id from");
        CHECK(ed.apply(quote.batch).ok());
    }

    TEST_CASE("a formula-like cell is text, the apostrophe a listing adds is taken off") {
        CHECK(imports::cell_text("=SUM(A1)") == "=SUM(A1)");
        CHECK(imports::cell_text("'+46 70") == "+46 70");
        CHECK(imports::cell_text(" 'text' ") == "'text'");
        // The mirror of render::csv_field (render/escaping_test.cpp): one
        // apostrophe off before = + - @ tab CR or an apostrophe.
        CHECK(imports::cell_text("'\tx") == "\tx");
        CHECK(imports::cell_text("'\r=1") == "\r=1");
        CHECK(imports::cell_text("'-2") == "-2");
        CHECK(imports::cell_text("''=x") == "'=x");
        CHECK(imports::cell_text("''quoted") == "'quoted");
        CHECK(imports::cell_text("'text'") == "'text'");
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::person, "name,role\n\"=HYPERLINK(\"\"x\"\")\",'@boss\n", "nb");
        const auto outcome = ed.apply(p.batch);
        REQUIRE(outcome.ok());
        CHECK(outcome.edited->files[0].content.find("name = \"=HYPERLINK(\\\"x\\\")\"\nrole = \"@boss\"") !=
              std::string::npos);
    }

    TEST_CASE("a problem only the whole registry shows is placed at the row of the new entity") {
        const auto ed = editor();
        const auto read = table("name,municipality,operations\nA,Kalix,bvc;open-preschool\nB,Piteå,mvc\n");
        const auto columns = csv::map_columns(read, imports::kind_columns(model::EntityKind::centre));
        REQUIRE(columns);
        auto p = imports::plan_import(ed.before().registry, ed.files(), model::EntityKind::centre, read, *columns, {});
        REQUIRE(p.added == 2);
        const auto outcome = ed.apply(p.batch);
        REQUIRE(outcome.invalid);
        REQUIRE(outcome.attempted);
        const auto rest = imports::place_problems(p, read, *columns, *outcome.attempted, outcome.problems);
        CHECK(rest.items().empty());
        CHECK(p.added == 1);
        CHECK(p.rejected == 1);
        REQUIRE(p.errors.size() == 1);
        CHECK(message(p.errors[0]).starts_with("in.csv:3:3: error: the listed operations make neither"));
        CHECK(ed.apply(p.batch).ok());
    }

    TEST_CASE("a batch that would break the registry is refused whole") {
        const auto ed = editor();
        // Two new people with one name get ids of their own.
        edit::Batch batch;
        batch.kind = "person";
        batch.additions.push_back({{{"name", edit::Change::Op::set, "Bo"}}, {}});
        batch.additions.push_back({{{"name", edit::Change::Op::set, "Bo"}}, {}});
        const auto twice = ed.apply(batch);
        REQUIRE(twice.ok());
        CHECK(twice.edited->added == std::vector<std::string>{"bo", "bo-2"});
        // A centre whose operations no longer make it what it is.
        edit::Batch centres;
        centres.kind = "centre";
        centres.updates.push_back({"kalix", {{"kind", edit::Change::Op::set, "similar"}}});
        centres.updates.push_back({"kalix", {{"operations", edit::Change::Op::set, "mvc"}}});
        centres.additions.push_back(
            {{{"name", edit::Change::Op::set, "Ny"}, {"municipality", edit::Change::Op::set, "Kalix"}}, {}});
        const auto broken = ed.apply(centres);
        CHECK_FALSE(broken.ok());
        CHECK(broken.invalid);
        // A person's batch that names a centre is refused.
        batch.updates.push_back({"kalix", {{"name", edit::Change::Op::set, "X"}}});
        CHECK_FALSE(ed.apply(batch).ok());
    }

    TEST_CASE("any name gives a valid id: cut at a word, a letter first, a number on a clash") {
        const auto ed = editor();
        // A real name of 75 characters, a name that begins with a digit, and
        // two long names that differ only after the cut; "kalix-x" is the
        // file's own id, "anna" the registry's.
        const auto p =
            plan(ed, model::EntityKind::person,
                 "id,name,email\n"
                 ",Familjecentralsliknande verksamhet i Övertorneå kommun med öppen förskola x,a@example.org\n"
                 ",4H-gården,b@example.org\n"
                 ",Familjecentralsliknande verksamhet i Övertorneå kommun med öppen förskola y,c@example.org\n"
                 ",Anna,d@example.org\n"
                 "person-4h-garden,Given,e@example.org\n");
        CHECK(p.rejected == 0);
        REQUIRE(p.batch.additions.size() == 5);
        std::vector<std::string> ids;
        for (const auto& addition : p.batch.additions) ids.push_back(addition.changes.front().value);
        CHECK(ids == std::vector<std::string>{
                         "familjecentralsliknande-verksamhet-i-overtornea-kommun", "person-4h-garden-2",
                         "familjecentralsliknande-verksamhet-i-overtornea-kommun-2", "anna-2", "person-4h-garden"});
        for (const auto& id : ids) CHECK(load::is_valid_id(id));
        const auto outcome = ed.apply(p.batch);
        CHECK(outcome.ok());
    }

    TEST_CASE("a name without letters or digits is its row's error, the others are planned") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::person, "name,email\n–!,a@example.org\nBo,b@example.org\n");
        CHECK(p.rejected == 1);
        CHECK(p.added == 1);
        REQUIRE(p.errors.size() == 1);
        CHECK(message(p.errors[0]).starts_with("in.csv:2:1: error:"));
    }

    TEST_CASE("a row whose bytes are not text is a rejected row, placed at its cell") {
        const auto ed = editor();
        const auto p = plan(ed, model::EntityKind::person, "name,email\nÅsa,a@example.org\nBo\xE5,b@example.org\n");
        CHECK(p.added == 1);
        CHECK(p.rejected == 1);
        REQUIRE(p.errors.size() == 1);
        CHECK(message(p.errors[0]).starts_with("in.csv:3:1: error: not UTF-8"));
    }
}
