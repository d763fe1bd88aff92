#include "i18n/plural.hpp"

#include "i18n/catalog.hpp"

#include <doctest/doctest.h>

#include <fmt/args.h>
#include <fmt/format.h>

#include <regex>
#include <string>
#include <vector>

using namespace netadmin::i18n;
using plural::Error;

namespace {

// The faults check() finds when compiling too: the build refuses a
// catalogue with any of them (i18n/catalog.cpp).
static_assert(plural::check("{0} {0|fil|filer}", "n") == Error::none);
static_assert(plural::check("{1} {1|fil|filer} {0:02}", "nn") == Error::none);
static_assert(plural::check("{0|a|b}", "t") == Error::not_a_count);
static_assert(plural::check("{1|a|b}", "n") == Error::not_a_count);
static_assert(plural::check("{0|a}", "n") == Error::not_two_forms);
static_assert(plural::check("{0|a|b|c}", "n") == Error::not_two_forms);
static_assert(plural::check("{0|a|b", "n") == Error::unclosed);
static_assert(plural::check("{0||b}", "n") == Error::empty_form);
static_assert(plural::check("{0|a|}", "n") == Error::empty_form);
static_assert(plural::check("{0|fel|fel}", "n") == Error::same_forms);
static_assert(plural::check("{0|a{1}|b}", "nt") == Error::brace_in_form);
static_assert(plural::check("{0} {{0|a}} {0:|>5}", "n") == Error::none);  // fmt's own syntax, no selector

// A plain resolver for the test: an independent reading of "{N|ONE|OTHER}".
const std::regex kSelector(R"(\{(\d+)\|([^{}|]+)\|([^{}|]+)\})");

struct Found {
    std::size_t argument;
    std::string one;
    std::string other;
};

std::vector<Found> selectors(std::string_view pattern) {
    std::vector<Found> found;
    const std::string text(pattern);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kSelector); it != std::sregex_iterator(); ++it) {
        found.push_back({std::stoul((*it)[1].str()), (*it)[2].str(), (*it)[3].str()});
    }
    return found;
}

// The pattern with each selector replaced by its form for the counts given.
std::string expected_pattern(std::string_view pattern, const std::vector<std::int64_t>& counts) {
    std::string out;
    const std::string text(pattern);
    std::size_t copied = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kSelector); it != std::sregex_iterator(); ++it) {
        out += text.substr(copied, static_cast<std::size_t>(it->position()) - copied);
        out += counts.at(std::stoul((*it)[1].str())) == 1 ? (*it)[2].str() : (*it)[3].str();
        copied = static_cast<std::size_t>(it->position() + it->length());
    }
    return out + text.substr(copied);
}

std::string resolved(Language language, std::string_view pattern, std::int64_t n) {
    std::string out;
    const auto count = [n](std::size_t, std::int64_t& value) {
        value = n;
        return true;
    };
    CHECK(plural::resolve(language, pattern, count, out));
    return out;
}

}  // namespace

TEST_SUITE("i18n::plural") {
    TEST_CASE("one takes the singular, every other number the plural, in both languages") {
        for (const auto language : kLanguages) {
            CHECK(plural::form_of(language, 1) == 0);
            for (const std::int64_t n : {0, 2, 5, 11, 21, 101, -1}) CHECK(plural::form_of(language, n) == 1);
        }
        CHECK(resolved(Language::sv, "{0} {0|region|regioner}", 1) == "{0} region");
        CHECK(resolved(Language::sv, "{0} {0|region|regioner}", 0) == "{0} regioner");
        CHECK(resolved(Language::en, "{0|has|have} {0:02}", 2) == "have {0:02}");
        CHECK(resolved(Language::en, "no selector {0}", 2) == "no selector {0}");
    }
    TEST_CASE("a selector whose argument is not a number shows the raw pattern") {
        const MsgArg text[] = {std::string("x"), std::string("y"), std::int64_t{2}};
        CHECK(runtime_format(Language::en, Msg::edit_renamed, text) == "renamed 'x' to 'y' in 2 files");
        const MsgArg wrong[] = {std::string("x"), std::string("y"), std::string("2")};
        CHECK(runtime_format(Language::en, Msg::edit_renamed, wrong) == runtime_text(Language::en, Msg::edit_renamed));
        CHECK(runtime_format(Language::en, Msg::edit_renamed, {}) == runtime_text(Language::en, Msg::edit_renamed));
    }
    TEST_CASE("the counted messages read right with 1 and with 0 and 2") {
        CHECK(format(Language::sv, Msg::check_warnings, 1) == "1 varning");
        CHECK(format(Language::sv, Msg::check_warnings, 2) == "2 varningar");
        CHECK(format(Language::en, Msg::check_errors, 1) == "1 error");
        CHECK(format(Language::en, Msg::check_errors, 0) == "0 errors");
        CHECK(format(Language::sv, Msg::rpt_chart_description, 1).find("; 1 region har uppgifter") !=
              std::string::npos);
        CHECK(format(Language::sv, Msg::import_summary, 1, 0, 2, 1) == "1 ny, 0 ändrade, 2 oförändrade, 1 avvisad");
    }
    TEST_CASE("every message with a selector renders with 0, 1 and 2 for each counted argument") {
        std::size_t counted = 0;
        for (std::size_t i = 0; i < netadmin::catalog::kMessageCount; ++i) {
            const auto msg = static_cast<Msg>(i);
            const auto kinds = netadmin::catalog::kinds(msg);
            for (const auto language : kLanguages) {
                const auto pattern = runtime_text(language, msg);
                const auto found = selectors(pattern);
                CHECK(plural::has_selector(pattern) == !found.empty());
                if (found.empty()) continue;
                ++counted;
                CAPTURE(netadmin::catalog::key_name(msg));
                CAPTURE(language_code(language));
                for (const auto& selector : found) {
                    REQUIRE(selector.argument < kinds.size());
                    CHECK(kinds[selector.argument] == 'n');
                    CHECK(selector.one != selector.other);
                    for (const std::int64_t n : {0, 1, 2}) {
                        CAPTURE(n);
                        // The argument counted is n; every other number is 2.
                        std::vector<std::int64_t> counts(kinds.size(), 2);
                        counts[selector.argument] = n;
                        std::vector<MsgArg> args;
                        fmt::dynamic_format_arg_store<fmt::format_context> store;
                        for (std::size_t a = 0; a < kinds.size(); ++a) {
                            if (kinds[a] == 'n') {
                                args.emplace_back(counts[a]);
                                store.push_back(counts[a]);
                            } else {
                                args.emplace_back(std::string("x"));
                                store.push_back(std::string("x"));
                            }
                        }
                        const auto text = runtime_format(language, msg, args);
                        CHECK(text.find('|') == std::string::npos);
                        CHECK(text.find('{') == std::string::npos);
                        CHECK(text == fmt::vformat(expected_pattern(pattern, counts), store));
                        // 1 gives the singular, 0 and 2 the plural.
                        CHECK(expected_pattern(pattern, counts).find(n == 1 ? selector.one : selector.other) !=
                              std::string::npos);
                    }
                }
            }
        }
        CHECK(counted >= 40);
    }
}
