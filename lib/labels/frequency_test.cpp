#include "labels/frequency.hpp"

#include <doctest/doctest.h>

using namespace netadmin;
using i18n::Language;

TEST_SUITE("labels::frequency_text") {
    TEST_CASE("a common frequency reads in the language of the view") {
        CHECK(labels::frequency_text(Language::sv, "yearly") == "en gång om året");
        CHECK(labels::frequency_text(Language::sv, "Twice a year") == "två gånger om året");
        CHECK(labels::frequency_text(Language::sv, "every-other month.") == "varannan månad");
        CHECK(labels::frequency_text(Language::en, "en gång i månaden") == "once a month");
        CHECK(labels::frequency_text(Language::en, "Årligen") == "once a year");
    }
    TEST_CASE("a frequency already in the view's language stays as written") {
        CHECK(labels::frequency_text(Language::en, "annually") == "annually");
        CHECK(labels::frequency_text(Language::en, "yearly") == "yearly");
        CHECK(labels::frequency_text(Language::sv, "Kvartalsvis") == "Kvartalsvis");
    }
    TEST_CASE("a report names the frequency whatever its language") {
        CHECK(labels::frequency_label("yearly") == i18n::Msg::rpt_word_yearly);
        CHECK(labels::frequency_label("en gång om året") == i18n::Msg::rpt_word_yearly);
        CHECK(labels::frequency_label("now and then") == std::nullopt);
    }
    TEST_CASE("other text is shown as written") {
        CHECK(labels::frequency_text(Language::sv, "after the summer") == "after the summer");
        CHECK(labels::frequency_text(Language::sv, "") == "");
        CHECK(labels::frequency_text(Language::en, "var sjätte vecka") == "var sjätte vecka");
    }
}
