// Tests for the CSV reader: encodings, separators, quoting, and the located
// refusals of files that cannot be read as a table.
#include "csv/csv_reader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace std::literals;

using namespace netadmin;
using csv::parse;

namespace {

csv::Table ok(std::string_view bytes) {
    auto result = parse(bytes, "in.csv");
    if (!result) FAIL(csv::render(result.problem(), i18n::Language::en));
    REQUIRE(result.ok());
    return std::move(result).value();
}

std::string refused(std::string_view bytes) {
    const auto result = parse(bytes, "in.csv");
    REQUIRE_FALSE(result.ok());
    return csv::render(result.problem(), i18n::Language::en);
}

}  // namespace

TEST_SUITE("csv::reader") {
    TEST_CASE("semicolons UTF-8 with byte-order mark and CRLF as Swedish Excel writes them") {
        const auto table = ok("\xEF\xBB\xBFnamn;e-post;arbetsplats\r\nÅsa Öberg;asa@example.se;Västerås\r\n");
        CHECK(table.encoding == csv::Encoding::utf8_bom);
        CHECK(table.separator == ';');
        CHECK(table.header == std::vector<std::string>{"namn", "e-post", "arbetsplats"});
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows[0].number == 2);
        CHECK(table.rows[0].cells == std::vector<std::string>{"Åsa Öberg", "asa@example.se", "Västerås"});
        CHECK(csv::describe(table, i18n::Language::en) == "read as ';'-separated UTF-8 with byte-order mark");
    }

    TEST_CASE("Windows-1252 is decoded to UTF-8 and said") {
        const auto table = ok("namn;ort\n\xC5sa;V\xE4ster\xE5s\n\x80;x\n");
        CHECK(table.encoding == csv::Encoding::windows_1252);
        CHECK(table.rows[0].cells == std::vector<std::string>{"Åsa", "Västerås"});
        CHECK(table.rows[1].cells[0] == "€");
        CHECK(csv::describe(table, i18n::Language::sv) == "läst som ';'-separerad Windows-1252");
    }

    TEST_CASE("plain UTF-8 with commas and LF") {
        const auto table = ok("name,email\nAnna,anna@example.se\nBo,bo@example.se");
        CHECK(table.encoding == csv::Encoding::utf8);
        CHECK(table.separator == ',');
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[1].cells == std::vector<std::string>{"Bo", "bo@example.se"});
        CHECK(table.rows[1].number == 3);
    }

    TEST_CASE("the separator is the one the header uses more outside quotes") {
        CHECK(ok("\"a;b;c\",d\n1,2\n").separator == ',');
        CHECK(ok("a;b,c;d\n1;2;3\n").separator == ';');
        CHECK(ok("one column\nvalue\n").separator == ',');
    }

    TEST_CASE("RFC 4180 quoting: doubled quotes, separators and line breaks inside") {
        const auto table = ok("name;note\r\n\"Öberg; Åsa\";\"says \"\"hej\"\"\r\non two lines\"\r\nBo;\"\"\r\n");
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].cells[0] == "Öberg; Åsa");
        CHECK(table.rows[0].cells[1] == "says \"hej\"\r\non two lines");
        // A line break in quotes does not start a row: Bo is on spreadsheet row 3.
        CHECK(table.rows[1].number == 3);
        CHECK(table.rows[1].cells == std::vector<std::string>{"Bo", ""});
    }

    TEST_CASE("empty cells, a trailing separator and blank lines") {
        const auto table = ok("a;b;c\n;;\n\n1;2;\n\r\n");
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].cells == std::vector<std::string>{"", "", ""});
        CHECK(table.rows[1].cells == std::vector<std::string>{"1", "2", ""});
        // A blank line is a row of the spreadsheet, though not one of the table.
        CHECK(table.rows[1].number == 4);
        const auto crlf = ok("a;b\r\n\r\n\r\n\"x\r\ny\";2\r\n3;4\r\n");
        REQUIRE(crlf.rows.size() == 2);
        CHECK(crlf.rows[0].number == 4);
        CHECK(crlf.rows[1].number == 5);
        CHECK(refused("a;b\n\n1;2;3\n") == "in.csv:3:3: error: the row has 3 cells, the header 2");
    }

    TEST_CASE("a cell that looks like a formula stays text") {
        CHECK(ok("a,b\n=1+2,@x\n").rows[0].cells == std::vector<std::string>{"=1+2", "@x"});
    }

    TEST_CASE("ragged rows are refused at their row and first odd column") {
        CHECK(refused("a;b;c\n1;2;3\n1;2\n") == "in.csv:3:3: error: the row has 2 cells, the header 3");
        CHECK(refused("a;b\n1;2;3\n") == "in.csv:2:3: error: the row has 3 cells, the header 2");
    }

    TEST_CASE("an empty file a header only and nothing but blank lines") {
        CHECK(refused("") == "in.csv: error: the file is empty");
        CHECK(refused("\r\n\n") == "in.csv: error: the file is empty");
        CHECK(refused("\xEF\xBB\xBF") == "in.csv: error: the file is empty");
        CHECK(refused("name;email\r\n") == "in.csv:2:1: error: the file has a header row but no rows");
    }

    TEST_CASE("broken quoting is located") {
        CHECK(refused("a;b\n1;\"open\n2;3\n") == "in.csv:2:2: error: the quote that starts the cell is never closed");
        CHECK(refused("a;b\n\"x\"y;2\n") ==
              "in.csv:2:1: error: text after the quote that ends the cell (write \"\" for a quote)");
    }

    TEST_CASE("bytes that are not text are placed at their row and column") {
        // UTF-16 little-endian with its byte-order mark: a NUL in the first cell.
        CHECK(refused(std::string("\xFF\xFEn\0a\0", 6)) ==
              "in.csv:1:1: error: a NUL byte (0x00) in the cell: the file is not text, or is UTF-16 (save it as CSV "
              "UTF-8)");
        // A byte Windows-1252 leaves undefined, in a file that is not UTF-8: the row's error.
        const auto undefined = ok("a;b\nx;\x81\ny;z\n");
        CHECK(undefined.encoding == csv::Encoding::windows_1252);
        REQUIRE(undefined.problems.size() == 1);
        CHECK(csv::render(undefined.problems[0], i18n::Language::en) ==
              "in.csv:2:2: error: the byte 0x81 is no character in Windows-1252 (save the file as CSV UTF-8)");
        REQUIRE(undefined.rows.size() == 1);
        CHECK(undefined.rows[0].number == 3);
        // A byte-order mark before a byte that is not UTF-8.
        const auto marked =
            ok("\xEF\xBB\xBF"
               "a\n\xE5\nb\n");
        CHECK(marked.encoding == csv::Encoding::utf8_bom);
        REQUIRE(marked.problems.size() == 1);
        CHECK(csv::render(marked.problems[0], i18n::Language::sv) ==
              "in.csv:2:1: error: inte UTF-8: byten 0xE5 hör inte till något tecken, fast filen i övrigt är UTF-8 "
              "(spara den som CSV UTF-8)");
        CHECK(marked.rows.size() == 1);
    }

    TEST_CASE("a UTF-8 file with one stray byte stays UTF-8 and the byte is an error of its row") {
        // Read as Windows-1252, "Åsa Öberg" became "Ã…sa Ã–berg".
        const auto table =
            ok("namn;ort\n\xC3\x85sa \xC3\x96"
               "berg;Lule\xE5\nBo;Kalix\nCy;\x00x\n"sv);
        CHECK(table.encoding == csv::Encoding::utf8);
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows[0].cells[0] == "Bo");
        REQUIRE(table.problems.size() == 2);
        CHECK(csv::render(table.problems[0], i18n::Language::en) ==
              "in.csv:2:2: error: not UTF-8: the byte 0xE5 is part of no character, though the rest of the file is "
              "UTF-8 (save it as CSV UTF-8)");
        CHECK(csv::render(table.problems[1], i18n::Language::en).starts_with("in.csv:4:2: error: a NUL byte"));
    }

    TEST_CASE("the encoding is decided on evidence") {
        CHECK(csv::detect_encoding("a;b\n\xC3\xA5;\xE5\n").encoding == csv::Encoding::utf8);
        CHECK(csv::detect_encoding("a;b\n\xE5;\xF6\n").encoding == csv::Encoding::windows_1252);
        CHECK(csv::detect_encoding("a;b\n1;2\n").encoding == csv::Encoding::utf8);
        CHECK(csv::detect_encoding("\xEF\xBB\xBF\xE5").encoding == csv::Encoding::utf8_bom);
        CHECK(csv::detect_encoding("\xEF\xBB\xBF\xE5").body == "\xE5");
        // An overlong or cut sequence is no evidence.
        CHECK_FALSE(csv::has_utf8_sequence("\xC0\x80 \xE5\x80"));
        CHECK(csv::has_utf8_sequence("x\xF0\x9F\x98\x80"));
    }

    TEST_CASE("a file over the size limit is refused before it is parsed") {
        std::string big(csv::kMaxBytes + 1, 'a');
        CHECK(refused(big) == "in.csv: error: the file is larger than 64 MB, the limit for a CSV file");
    }

    TEST_CASE("the Swedish messages") {
        const auto result = parse("a;b\n1\n", "fil.csv");
        REQUIRE_FALSE(result.ok());
        CHECK(csv::render(result.problem(), i18n::Language::sv) ==
              "fil.csv:2:2: error: raden har 1 cell, rubrikraden 2");
    }
}
