// The languages netadmin speaks to people. Data formats (CSV, JSON, ICS)
// never change with the language; only text meant to be read does.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace netadmin::i18n {

// Adding a language: a value here and in kLanguages, a case in
// language_code and in i18n/catalog.cpp, and one more text column in
// catalog/messages.def, checked when compiling (i18n/catalog.cpp).
enum class Language { sv, en };
inline constexpr Language kLanguages[] = {Language::sv, Language::en};

// "sv" or "en" (also "sv_SE.UTF-8", "en-GB" …); nullopt for anything else.
std::optional<Language> parse_language(std::string_view text);
std::string_view language_code(Language language);
// The codes of every language, "sv, en", for messages listing the choices.
std::string language_names();

// The POSIX rule: the first of LC_ALL, LC_MESSAGES, LANG that is set and
// non-empty decides; "sv…" gives Swedish, a language netadmin does not
// speak (or "C") English. Pass the
// variables' values (nullptr when unset) so this stays a pure function.
Language language_from_locale(const char* lc_all, const char* lc_messages, const char* lang);

}  // namespace netadmin::i18n
