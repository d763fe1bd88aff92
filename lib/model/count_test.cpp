#include "model/count.hpp"

#include <doctest/doctest.h>

using netadmin::model::Approx;
using netadmin::model::Count;
using netadmin::model::parse_count;

TEST_SUITE("model::Count") {
    TEST_CASE("plain digits are an exact count") { CHECK(parse_count("2500") == Count{2500, Approx::exact}); }
    TEST_CASE("words before the number say how approximate it is") {
        CHECK(parse_count("about 30") == Count{30, Approx::about});
        CHECK(parse_count("~30") == Count{30, Approx::about});
        CHECK(parse_count("nearly 800") == Count{800, Approx::nearly});
        CHECK(parse_count("over 100") == Count{100, Approx::over});
    }
    TEST_CASE("the Swedish words of the sources say the same") {
        CHECK(parse_count("ungefär 2500") == Count{2500, Approx::about});
        CHECK(parse_count("Ungefär 2500") == Count{2500, Approx::about});
        CHECK(parse_count("ca 12") == Count{12, Approx::about});
        CHECK(parse_count("cirka 12") == Count{12, Approx::about});
        CHECK(parse_count("ett 30-tal") == Count{30, Approx::about});
        CHECK(parse_count("nära 800") == Count{800, Approx::nearly});
        CHECK(parse_count("nästan 800") == Count{800, Approx::nearly});
        CHECK(parse_count("drygt 40") == Count{40, Approx::over});
        CHECK(parse_count("över 100") == Count{100, Approx::over});
    }
    TEST_CASE("anything else is rejected") {
        CHECK_FALSE(parse_count(""));
        CHECK_FALSE(parse_count("about"));
        CHECK_FALSE(parse_count("-3"));
        CHECK_FALSE(parse_count("30 or so"));
        CHECK_FALSE(parse_count("99999999999999999999"));
        CHECK_FALSE(parse_count("ett 30"));
        CHECK_FALSE(parse_count("ett 30-talet"));
        CHECK_FALSE(parse_count("ungefär"));
    }
    TEST_CASE("the data string round-trips") {
        for (const auto* text : {"7", "about 30", "nearly 800", "over 100"}) {
            CHECK(to_data_string(*parse_count(text)) == text);
        }
    }
}
