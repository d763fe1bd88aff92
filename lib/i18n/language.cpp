#include "i18n/language.hpp"

#include <string>

namespace netadmin::i18n {

std::optional<Language> parse_language(std::string_view text) {
    if (text.size() < 2) return std::nullopt;
    const bool whole_or_qualified = text.size() == 2 || text[2] == '_' || text[2] == '-' || text[2] == '.';
    if (!whole_or_qualified) return std::nullopt;
    // "SV" and "En" as well as "sv": the code is a word people type.
    std::string code(text.substr(0, 2));
    for (auto& c : code) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const auto language : kLanguages) {
        if (code == language_code(language)) return language;
    }
    return std::nullopt;
}

std::string_view language_code(Language language) {
    switch (language) {
        case Language::sv: return "sv";
        case Language::en: return "en";
    }
    return "en";
}

std::string language_names() {
    std::string names;
    for (const auto language : kLanguages) {
        if (!names.empty()) names += ", ";
        names += language_code(language);
    }
    return names;
}

Language language_from_locale(const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* value : {lc_all, lc_messages, lang}) {
        if (value == nullptr || *value == '\0') continue;
        // Any "sv…" is Swedish, as the locale names vary ("sv_SE.UTF-8", "sv_FI@euro").
        for (const auto language : kLanguages) {
            if (std::string_view(value).starts_with(language_code(language))) return language;
        }
        return Language::en;
    }
    return Language::en;
}

}  // namespace netadmin::i18n
