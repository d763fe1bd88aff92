#include "i18n/catalog.hpp"

#include <doctest/doctest.h>

#include <fmt/args.h>
#include <fmt/format.h>

#include <set>

using namespace netadmin::i18n;

namespace {

// The argument numbers a pattern uses: "{0} {1:02}" -> {0, 1}.
std::set<int> arguments(std::string_view pattern) {
    std::set<int> found;
    for (std::size_t i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern[i] == '{' && pattern[i + 1] >= '0' && pattern[i + 1] <= '9') found.insert(pattern[i + 1] - '0');
    }
    return found;
}

}  // namespace

TEST_SUITE("i18n::catalog") {
    TEST_CASE("every message exists in every language and every pattern formats") {
        for (int i = 0; i < static_cast<int>(netadmin::catalog::kMessageCount); ++i) {
            const auto msg = static_cast<Msg>(i);
            for (const auto language : kLanguages) {
                CAPTURE(i);
                CAPTURE(language_code(language));
                CHECK_FALSE(text(language, msg).empty());
                fmt::dynamic_format_arg_store<fmt::format_context> store;
                for (int a = 0; a < 5; ++a) store.push_back(std::int64_t{7});
                CHECK_NOTHROW((void)fmt::vformat(text(language, msg), store));
            }
        }
    }
    TEST_CASE("every translation uses the same arguments as the English text") {
        for (int i = 0; i < static_cast<int>(netadmin::catalog::kMessageCount); ++i) {
            const auto msg = static_cast<Msg>(i);
            for (const auto language : kLanguages) {
                CAPTURE(i);
                CAPTURE(language_code(language));
                CHECK(arguments(text(language, msg)) == arguments(text(Language::en, msg)));
            }
        }
    }
    TEST_CASE("every language is found by its code and by locale names") {
        for (const auto language : kLanguages) {
            const auto code = std::string(language_code(language));
            CHECK(parse_language(code) == language);
            CHECK(language_from_locale(nullptr, nullptr, (code + "_XX.UTF-8").c_str()) == language);
        }
    }
    TEST_CASE("message arguments are translated in the same language") {
        CHECK(format(Language::sv, Msg::err_no_region, {Msg::entity_centre, std::string("kalix")}) ==
              "familjecentral 'kalix' hör inte till någon region");
        CHECK(format(Language::en, Msg::err_no_region, {Msg::entity_centre, std::string("kalix")}) ==
              "the centre 'kalix' belongs to no region");
    }
    TEST_CASE("Swedish clock times have no leading zero and a full stop") {
        CHECK(format(Language::sv, Msg::clock_time, {std::int64_t{8}, std::int64_t{30}}) == "8.30");
        CHECK(format(Language::en, Msg::clock_time, {std::int64_t{8}, std::int64_t{30}}) == "08:30");
    }
}
