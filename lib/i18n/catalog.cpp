#include "i18n/catalog.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

namespace netadmin::i18n {

std::string_view text(Language language, Msg msg) {
    switch (language) {
        case Language::sv: return text_sv(msg);
        case Language::en: return text_en(msg);
    }
    return text_en(msg);
}

std::string format(Language language, Msg msg, std::span<const MsgArg> args) {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& arg : args) {
        if (const auto* plain = std::get_if<std::string>(&arg)) {
            store.push_back(*plain);
        } else if (const auto* key = std::get_if<Msg>(&arg)) {
            store.push_back(std::string(text(language, *key)));
        } else {
            store.push_back(std::get<std::int64_t>(arg));
        }
    }
    // The patterns are ours and tested; a bad one must not take the program
    // down with it, so fall back to the raw pattern.
    try {
        return fmt::vformat(text(language, msg), store);
    } catch (const fmt::format_error&) {
        return std::string(text(language, msg));
    }
}

std::string format(Language language, Msg msg, std::initializer_list<MsgArg> args) {
    return format(language, msg, std::span<const MsgArg>(args.begin(), args.size()));
}

}  // namespace netadmin::i18n
