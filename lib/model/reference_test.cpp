#include "model/reference.hpp"

#include <doctest/doctest.h>

using netadmin::model::Reference;

namespace {
Reference sample() {
    Reference reference;
    reference.add_county({"14", "Västra Götalands län", "Västra Götalandsregionen"});
    reference.add_municipality({"1480", "Göteborg", "14"});
    reference.add_municipality({"0139", "Upplands-Bro", "01"});
    reference.add_municipality({"1980", "Västerås", "19"});
    reference.add_municipality({"2518", "Övertorneå", "25"});
    return reference;
}
}  // namespace

TEST_SUITE("model::Reference") {
    TEST_CASE("municipalities are found by code and by name in any case") {
        const auto reference = sample();
        CHECK(reference.find_municipality("1480")->name == "Göteborg");
        CHECK(reference.find_municipality("ÖVERTORNEÅ")->code == "2518");
    }
    TEST_CASE("the forms of running text are accepted") {
        const auto reference = sample();
        CHECK(reference.find_municipality("Göteborgs stad")->code == "1480");
        CHECK(reference.find_municipality("Övertorneå kommun")->code == "2518");
        CHECK(reference.find_municipality("Västerås stad")->code == "1980");
        CHECK(reference.find_municipality("upplands bro")->code == "0139");
        CHECK(reference.find_municipality(" Upplands  Bro ")->code == "0139");
    }
    TEST_CASE("misspellings and unknown codes are not guessed") {
        const auto reference = sample();
        CHECK(reference.find_municipality("Overtornea") == nullptr);
        CHECK(reference.find_municipality("Göteborgs") == nullptr);
        CHECK(reference.find_municipality("9999") == nullptr);
        CHECK(reference.find_municipality("") == nullptr);
    }
}
