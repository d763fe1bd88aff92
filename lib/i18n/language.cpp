#include "i18n/language.hpp"

namespace netadmin::i18n {

std::optional<Language> parse_language(std::string_view text) {
    if (text.size() >= 2) {
        const auto prefix = text.substr(0, 2);
        const bool whole_or_qualified = text.size() == 2 || text[2] == '_' || text[2] == '-' || text[2] == '.';
        if (whole_or_qualified && prefix == "sv") return Language::sv;
        if (whole_or_qualified && prefix == "en") return Language::en;
    }
    return std::nullopt;
}

std::string_view language_code(Language language) { return language == Language::sv ? "sv" : "en"; }

Language language_from_locale(const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* value : {lc_all, lc_messages, lang}) {
        if (value == nullptr || *value == '\0') continue;
        return std::string_view(value).starts_with("sv") ? Language::sv : Language::en;
    }
    return Language::en;
}

}  // namespace netadmin::i18n
