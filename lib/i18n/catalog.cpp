// The texts of catalog/messages.def by language, and the build-time checks
// of the table: every text present, every pattern's arguments exactly
// those its kinds declare, and every plural selector sound and chosen by a
// whole number (i18n/plural.hpp), in every language.
#include "i18n/catalog.hpp"

#include "i18n/plural.hpp"

#include "catalog/stored.hpp"
#include "util/visible.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <array>

namespace netadmin::i18n {
namespace {

using catalog::kMessageCount;

constexpr std::array<std::string_view, kMessageCount> kSwedish{
#define MSG(key, kinds, sv, en) std::string_view(sv),
#include "catalog/messages.def"
#undef MSG
};

constexpr std::array<std::string_view, kMessageCount> kEnglish{
#define MSG(key, kinds, sv, en) std::string_view(en),
#include "catalog/messages.def"
#undef MSG
};

// Which of the arguments 0..31 a pattern uses ("{{" is a literal brace);
// a bit past 31 or a "{" without a number marks the pattern as malformed.
constexpr std::uint64_t kMalformed = std::uint64_t{1} << 63;
constexpr std::uint64_t used_arguments(std::string_view pattern) {
    std::uint64_t used = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') continue;
        if (i + 1 < pattern.size() && pattern[i + 1] == '{') {
            ++i;
            continue;
        }
        std::size_t number = 0;
        std::size_t j = i + 1;
        if (j >= pattern.size() || pattern[j] < '0' || pattern[j] > '9') return kMalformed;
        while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9')
            number = number * 10 + (pattern[j++] - '0');
        if (number > 31) return kMalformed;
        used |= std::uint64_t{1} << number;
    }
    return used;
}

// A pattern fits its kinds when it uses each declared argument and no other.
constexpr bool fits(std::string_view pattern, std::size_t arity) {
    return used_arguments(pattern) == (std::uint64_t{1} << arity) - 1;
}

constexpr bool table_is_complete() {
    for (std::size_t i = 0; i < kMessageCount; ++i) {
        if (kSwedish[i].empty() || kEnglish[i].empty()) return false;
    }
    return true;
}

constexpr bool patterns_fit_kinds(const std::array<std::string_view, kMessageCount>& texts) {
    for (std::size_t i = 0; i < kMessageCount; ++i) {
        if (!fits(texts[i], catalog::kKinds[i].size())) return false;
    }
    return true;
}

// Every selector well formed and chosen by an argument of kind 'n'.
constexpr bool selectors_fit_kinds(const std::array<std::string_view, kMessageCount>& texts) {
    for (std::size_t i = 0; i < kMessageCount; ++i) {
        if (plural::check(texts[i], catalog::kKinds[i]) != plural::Error::none) return false;
    }
    return true;
}

static_assert(used_arguments("{0} {1:02} {{x}}") == 0b11);
static_assert(used_arguments("{0} {0|fil|filer}") == 0b1);
static_assert(table_is_complete(), "a message in catalog/messages.def has an empty text");
static_assert(patterns_fit_kinds(kSwedish),
              "a Swedish pattern in catalog/messages.def does not use exactly the arguments its kinds declare");
static_assert(patterns_fit_kinds(kEnglish),
              "an English pattern in catalog/messages.def does not use exactly the arguments its kinds declare");
static_assert(selectors_fit_kinds(kSwedish),
              "a Swedish plural selector in catalog/messages.def is malformed or not chosen by a whole number "
              "(see i18n/plural.hpp)");
static_assert(selectors_fit_kinds(kEnglish),
              "an English plural selector in catalog/messages.def is malformed or not chosen by a whole number "
              "(see i18n/plural.hpp)");

// The pattern with its plural selectors resolved, in a buffer on the stack
// for any pattern of ordinary length.
using Resolved = fmt::basic_memory_buffer<char, 512>;
bool resolve_plurals(Language language, std::string_view pattern, std::span<const MsgArg> args, Resolved& out) {
    const auto count = [args](std::size_t argument, std::int64_t& n) {
        if (argument >= args.size()) return false;
        const auto* number = std::get_if<std::int64_t>(&args[argument]);
        if (number == nullptr) return false;
        n = *number;
        return true;
    };
    return plural::resolve(language, pattern, count, out);
}

}  // namespace

std::string_view runtime_text(Language language, Msg msg) {
    const auto index = static_cast<std::size_t>(msg);
    switch (language) {
        case Language::sv: return kSwedish.at(index);
        case Language::en: return kEnglish.at(index);
    }
    return kEnglish.at(index);
}

std::string_view text(Language language, catalog::Checked<> msg) { return runtime_text(language, msg.msg()); }

std::string runtime_format(Language language, Msg msg, std::span<const MsgArg> args) {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& arg : args) {
        if (const auto* plain = std::get_if<std::string>(&arg)) {
            store.push_back(*plain);
        } else if (const auto* key = std::get_if<Msg>(&arg)) {
            store.push_back(std::string(runtime_text(language, *key)));
        } else {
            store.push_back(std::get<std::int64_t>(arg));
        }
    }
    // The patterns are ours and checked; a bad one must not take the program
    // down with it, so fall back to the raw pattern.
    const auto raw = runtime_text(language, msg);
    Resolved resolved;
    if (plural::has_selector(raw) && !resolve_plurals(language, raw, args, resolved)) return std::string(raw);
    const auto pattern = resolved.size() > 0 ? std::string_view(resolved.data(), resolved.size()) : raw;
    try {
        return fmt::vformat(pattern, store);
    } catch (const fmt::format_error&) {
        return std::string(raw);
    }
}

std::string diagnostic_format(Language language, Msg msg, std::span<const MsgArg> args) {
    std::vector<MsgArg> shown(args.begin(), args.end());
    for (auto& arg : shown) {
        if (auto* plain = std::get_if<std::string>(&arg)) *plain = util::visible_excerpt(*plain);
    }
    return runtime_format(language, msg, shown);
}

std::string format(Language language, const catalog::Problem& problem) {
    auto text = diagnostic_format(language, problem.msg(), problem.args());
    if (!problem.suggestions().empty()) text += "; " + suggestions_text(language, problem.suggestions());
    if (!problem.where()) return text;
    const auto& where = *problem.where();
    std::string place = where.file;
    if (where.line > 0) place += fmt::format(":{}:{}", where.line, where.column);
    return util::visible_controls(place) + ": " + text;
}

std::string format_stored(Language language, std::string_view stored) {
    if (const auto problem = catalog::from_stored(stored)) return format(language, *problem);
    return std::string(stored);
}

std::string suggestions_text(Language language, const std::vector<std::string>& candidates) {
    if (candidates.empty()) return {};
    if (candidates.size() == 1) return format(language, Msg::did_you_mean, candidates.front());
    std::string list;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (i > 0) list += i + 1 == candidates.size() ? " " + std::string(text(language, Msg::word_or)) + " " : ", ";
        list += "'" + candidates[i] + "'";
    }
    return format(language, Msg::did_you_mean_any, list);
}

}  // namespace netadmin::i18n
