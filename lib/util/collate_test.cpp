// Tests for the Swedish collation.
#include "util/collate.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace netadmin::util;

namespace {

int sign_of(std::string_view a, std::string_view b) {
    const int c = compare_swedish(a, b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Checks that a < b and that the comparison is antisymmetric.
bool before(std::string_view a, std::string_view b) { return sign_of(a, b) == -1 && sign_of(b, a) == 1; }

}  // namespace

TEST_SUITE("util::collate") {
    TEST_CASE("municipality names sort A to Z then Å Ä Ö") {
        std::vector<std::string> names = {"Övertorneå", "Arjeplog",  "Älvsbyn", "Åre",   "Kalix",
                                          "Vara",       "Wadköping", "Zeta",    "östra", "alpha"};
        std::sort(names.begin(), names.end(), SwedishLess{});
        const std::vector<std::string> expected = {"alpha", "Arjeplog", "Kalix",   "Vara",  "Wadköping",
                                                   "Zeta",  "Åre",      "Älvsbyn", "östra", "Övertorneå"};
        CHECK(names == expected);
    }

    TEST_CASE("Å sorts before Ä although its bytes are larger") {
        CHECK(std::string_view("Ä") < std::string_view("Å"));  // the byte order this corrects
        CHECK(before("Å", "Ä"));
        CHECK(before("Ä", "Ö"));
        CHECK(before("Z", "Å"));
        CHECK(before("zz", "å"));
    }

    TEST_CASE("V and W are separate letters") {
        CHECK(before("Vb", "Wa"));
        CHECK(before("va", "wa"));
        CHECK(before("Vz", "Wa"));
    }

    TEST_CASE("letter case only breaks ties, lowercase first") {
        CHECK(before("alpha", "Beta"));
        CHECK(before("Alpha", "beta"));
        CHECK(before("åre", "Åre"));
        CHECK(before("kalix", "Kalix"));
        CHECK(before("Kalix", "kalixa"));
    }

    TEST_CASE("accents sort with their base letter and break ties before case") {
        CHECK(before("Eda", "Éda"));
        CHECK(before("Éda", "Edb"));
        CHECK(before("Èb", "Ec"));
        CHECK(before("Edb", "éda") == false);
        CHECK(before("E", "e") == false);
        CHECK(before("e", "E"));
        CHECK(before("E", "é"));  // accent outranks case
    }

    TEST_CASE("Ü sorts with Y, Æ with Ä and Ø with Ö") {
        CHECK(before("Ux", "Üa"));
        CHECK(before("Üa", "Yb"));
        CHECK(before("Ya", "Üb"));
        CHECK(before("Zz", "Æa"));
        CHECK(before("Åz", "Æa"));
        CHECK(before("Æa", "Äb"));
        CHECK(before("Äz", "Øa"));
        CHECK(before("Øa", "Öb"));
    }

    TEST_CASE("spaces and punctuation before digits before letters") {
        CHECK(before(" ", "-"));
        CHECK(before("-", "0"));
        CHECK(before("9", "A"));
        CHECK(before("Ale kommun", "Alebo"));
        CHECK(before("Upplands-Bro", "Upplands Väsby") == false);
        CHECK(before("Upplands Väsby", "Upplands-Bro"));
        CHECK(before("E4", "Ea"));
    }

    TEST_CASE("shorter prefix sorts first") {
        CHECK(before("", "a"));
        CHECK(before("Kalix", "Kalixälven"));
    }

    TEST_CASE("zero only for identical strings") {
        CHECK(compare_swedish("", "") == 0);
        CHECK(compare_swedish("Övertorneå", "Övertorneå") == 0);
        CHECK(compare_swedish("Åre", "A\u030Are") != 0);  // same letters, different bytes
        CHECK(compare_swedish("a\x01"
                              "b",
                              "ab") != 0);            // ignorable control character
        CHECK(compare_swedish("\xFF", "\xFE") == 1);  // invalid bytes still ordered
    }

    TEST_CASE("decomposed å ä ö sort as the Swedish letters") {
        CHECK(before("Zeta", "A\u030Are"));
        CHECK(before("A\u030Are", "Älvsbyn"));
        CHECK(before("Åre", "A\u0308lvsbyn"));
        CHECK(before("o\u0308stra", "Övertorneå"));
        // A shared "ba" prefix must not hide the ring that follows it.
        CHECK(before("bax", "ba\u030A"));
    }

    TEST_CASE("ß expands to ss") {
        CHECK(before("Strasse", "Straße"));
        CHECK(before("Straße", "Strasst"));
    }

    TEST_CASE("other scripts sort after the Swedish letters") { CHECK(before("Ö", "東京")); }

    TEST_CASE("sorting is consistent for names sharing prefixes") {
        std::vector<std::string> names = {"Stora Ö", "Stora A", "Stora Å", "Stora", "Stora-Ä",
                                          "stora a", "Stora a", "Storå",   "Stor",  "Stora 1"};
        std::sort(names.begin(), names.end(), SwedishLess{});
        const std::vector<std::string> expected = {"Stor",    "Stora",   "Stora 1", "stora a", "Stora a",
                                                   "Stora A", "Stora Å", "Stora Ö", "Stora-Ä", "Storå"};
        CHECK(names == expected);
        for (std::size_t i = 0; i + 1 < names.size(); ++i) CHECK(before(names[i], names[i + 1]));
    }

    TEST_CASE("primary weights that differ give the order of compare_swedish") {
        const std::vector<std::string> names = {
            "Kalix", "kalix",  "Övertorneå", "Överkalix", "Ängelholm", "Åre",   "Aare",   "Ärla", "Zürich", "Zurich",
            "Ystad", "Wemmel", "Vännäs",     "10 år",     "A\u030Are", "Boden", "Bo den", "Ã",    ""};
        for (const auto& a : names) {
            for (const auto& b : names) {
                const auto wa = primary_weights(a);
                const auto wb = primary_weights(b);
                CAPTURE(a);
                CAPTURE(b);
                if (wa != wb) CHECK((wa < wb) == (compare_swedish(a, b) < 0));
            }
        }
        CHECK(primary_weights("Åre") == primary_weights("A\u030Are"));
        CHECK(primary_weights("Kalix") == primary_weights("kalix"));
        CHECK(primary_weights("Kalix") < primary_weights("Kalixx"));
    }
}
