#include "i18n/catalog.hpp"

#include "util/os_error.hpp"

#include <doctest/doctest.h>

#include <fmt/args.h>
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
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
                CHECK_FALSE(runtime_text(language, msg).empty());
                // With numbers for every argument, no pattern falls back to its raw text.
                const std::vector<MsgArg> args(netadmin::catalog::arity(msg), MsgArg(std::int64_t{7}));
                if (!args.empty()) CHECK(runtime_format(language, msg, args) != runtime_text(language, msg));
            }
        }
    }
    TEST_CASE("every translation uses the same arguments as the English text") {
        for (int i = 0; i < static_cast<int>(netadmin::catalog::kMessageCount); ++i) {
            const auto msg = static_cast<Msg>(i);
            for (const auto language : kLanguages) {
                CAPTURE(i);
                CAPTURE(language_code(language));
                CHECK(arguments(runtime_text(language, msg)) == arguments(runtime_text(Language::en, msg)));
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
        CHECK(format(Language::sv, Msg::err_no_region, Msg::entity_centre, std::string("kalix")) ==
              "familjecentral 'kalix' hör inte till någon region");
        CHECK(format(Language::en, Msg::err_no_region, Msg::entity_centre, std::string("kalix")) ==
              "the centre 'kalix' belongs to no region");
    }
    TEST_CASE("what the system said is in the user's language, and in English in the C library's words") {
        CHECK(format(Language::sv, Msg::err_cannot_write, std::string("a.toml"), netadmin::util::os_error(ENOSPC)) ==
              format(Language::sv, Msg::err_cannot_write, std::string("a.toml"), Msg::os_no_space));
        CHECK(format(Language::sv, Msg::err_cannot_write, std::string("a.toml"), netadmin::util::os_error(ENOSPC))
                  .find("det finns inget utrymme kvar på disken") != std::string::npos);
        for (const int error : {ENOENT, EACCES, EPERM, ENOSPC, EROFS, EMLINK, EISDIR, ENOTDIR, EIO}) {
            CHECK(format(Language::en, Msg::err_cannot_write, std::string("a.toml"), netadmin::util::os_error(error))
                      .find(std::strerror(error)) != std::string::npos);
        }
    }
    TEST_CASE("Swedish clock times have no leading zero and a full stop") {
        CHECK(format(Language::sv, Msg::clock_time, std::int64_t{8}, std::int64_t{30}) == "8.30");
        CHECK(format(Language::en, Msg::clock_time, std::int64_t{8}, std::int64_t{30}) == "08:30");
    }
}

TEST_SUITE("i18n::catalog problems") {
    TEST_CASE("a problem reads in either language, after its place when it has one") {
        const auto problem = netadmin::catalog::Problem(Msg::err_cannot_write, std::string("ut.csv"), "Disk full");
        CHECK(format(Language::sv, problem) == "kan inte skriva ut.csv: Disk full");
        CHECK(format(Language::en, problem) == "cannot write ut.csv: Disk full");
        auto placed = netadmin::catalog::Problem(Msg::err_invalid_id, std::string("X")).at({"centres.toml", 3, 7});
        CHECK(format(Language::en, placed).starts_with("centres.toml:3:7: "));
        auto whole_file = netadmin::catalog::Problem(Msg::err_no_toml_files, std::string("reg")).at({"reg"});
        CHECK(format(Language::en, whole_file) == "reg: no .toml files in 'reg'");
    }
    TEST_CASE("a problem's suggestions follow it: one, or a list with 'or'") {
        const auto one = netadmin::catalog::Problem(Msg::err_unknown_region, std::string("norbotten"))
                             .with_suggestions({"norrbotten"});
        CHECK(format(Language::en, one).ends_with("; did you mean 'norrbotten'?"));
        const auto many =
            netadmin::catalog::Problem(Msg::err_unknown_region, std::string("x")).with_suggestions({"a", "b", "c"});
        CHECK(format(Language::sv, many).ends_with("'a', 'b' eller 'c'?"));
        CHECK(suggestions_text(Language::en, {}).empty());
    }
    TEST_CASE("a runtime key given the wrong arguments shows its pattern rather than failing") {
        CHECK(runtime_format(Language::en, Msg::err_cannot_write, {}) == "cannot write {0}: {1}");
        const MsgArg args[] = {std::string("a"), std::string("b")};
        CHECK(runtime_format(Language::en, Msg::err_cannot_write, args) == "cannot write a: b");
    }

    TEST_CASE("a problem's values are shown safe and short, wherever it is formatted") {
        const auto forged = std::string("x\nforged.csv:7:1: error: \x1b]0;title\x07\x1b[2J");
        const auto problem = netadmin::catalog::Problem(Msg::err_invalid_id, forged);
        const auto text = format(Language::en, problem);
        CHECK(text.find('\n') == std::string::npos);
        CHECK(text.find('\x1b') == std::string::npos);
        CHECK(text.find('\x07') == std::string::npos);
        CHECK(text.find("x\\nforged.csv:7:1: error: \\x1b]0;title\\x07\\x1b[2J") != std::string::npos);
        const auto big =
            format(Language::sv, netadmin::catalog::Problem(Msg::err_invalid_id, std::string(1 << 20, 'a')));
        CHECK(big.size() < 400);
        CHECK(big.find("…") != std::string::npos);
    }
}
