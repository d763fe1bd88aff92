#include "labels/frequency.hpp"

#include "i18n/catalog.hpp"
#include "util/utf8.hpp"

#include <iterator>

namespace netadmin::labels {
namespace {

using i18n::Language;
using i18n::Msg;

struct Form {
    std::string_view written;  // as fold_words leaves it
    Language language;
    Msg meaning;
};

// The ways people write the common frequencies, each with its language.
constexpr Form kForms[] = {
    {"yearly", Language::en, Msg::rpt_word_yearly},
    {"annually", Language::en, Msg::rpt_word_yearly},
    {"annual", Language::en, Msg::rpt_word_yearly},
    {"once a year", Language::en, Msg::rpt_word_yearly},
    {"every year", Language::en, Msg::rpt_word_yearly},
    {"en gang om aret", Language::sv, Msg::rpt_word_yearly},
    {"en gang per ar", Language::sv, Msg::rpt_word_yearly},
    {"1 gang per ar", Language::sv, Msg::rpt_word_yearly},
    {"arligen", Language::sv, Msg::rpt_word_yearly},
    {"varje ar", Language::sv, Msg::rpt_word_yearly},
    {"twice a year", Language::en, Msg::rpt_word_twice_a_year},
    {"twice yearly", Language::en, Msg::rpt_word_twice_a_year},
    {"semiannually", Language::en, Msg::rpt_word_twice_a_year},
    {"semi annually", Language::en, Msg::rpt_word_twice_a_year},
    {"biannually", Language::en, Msg::rpt_word_twice_a_year},
    {"two times a year", Language::en, Msg::rpt_word_twice_a_year},
    {"tva ganger om aret", Language::sv, Msg::rpt_word_twice_a_year},
    {"tva ganger per ar", Language::sv, Msg::rpt_word_twice_a_year},
    {"2 ganger per ar", Language::sv, Msg::rpt_word_twice_a_year},
    {"2 ganger om aret", Language::sv, Msg::rpt_word_twice_a_year},
    {"halvarsvis", Language::sv, Msg::rpt_word_twice_a_year},
    {"three times a year", Language::en, Msg::freq_three_times_a_year},
    {"tre ganger om aret", Language::sv, Msg::freq_three_times_a_year},
    {"tre ganger per ar", Language::sv, Msg::freq_three_times_a_year},
    {"3 ganger per ar", Language::sv, Msg::freq_three_times_a_year},
    {"quarterly", Language::en, Msg::rpt_word_quarterly},
    {"four times a year", Language::en, Msg::rpt_word_quarterly},
    {"en gang i kvartalet", Language::sv, Msg::rpt_word_quarterly},
    {"en gang per kvartal", Language::sv, Msg::rpt_word_quarterly},
    {"kvartalsvis", Language::sv, Msg::rpt_word_quarterly},
    {"varje kvartal", Language::sv, Msg::rpt_word_quarterly},
    {"fyra ganger om aret", Language::sv, Msg::rpt_word_quarterly},
    {"fyra ganger per ar", Language::sv, Msg::rpt_word_quarterly},
    {"every other month", Language::en, Msg::freq_every_other_month},
    {"every second month", Language::en, Msg::freq_every_other_month},
    {"every two months", Language::en, Msg::freq_every_other_month},
    {"varannan manad", Language::sv, Msg::freq_every_other_month},
    {"monthly", Language::en, Msg::rpt_word_monthly},
    {"once a month", Language::en, Msg::rpt_word_monthly},
    {"every month", Language::en, Msg::rpt_word_monthly},
    {"en gang i manaden", Language::sv, Msg::rpt_word_monthly},
    {"en gang per manad", Language::sv, Msg::rpt_word_monthly},
    {"manadsvis", Language::sv, Msg::rpt_word_monthly},
    {"varje manad", Language::sv, Msg::rpt_word_monthly},
    {"every other week", Language::en, Msg::freq_every_other_week},
    {"every second week", Language::en, Msg::freq_every_other_week},
    {"every two weeks", Language::en, Msg::freq_every_other_week},
    {"fortnightly", Language::en, Msg::freq_every_other_week},
    {"varannan vecka", Language::sv, Msg::freq_every_other_week},
    {"weekly", Language::en, Msg::freq_weekly},
    {"once a week", Language::en, Msg::freq_weekly},
    {"every week", Language::en, Msg::freq_weekly},
    {"en gang i veckan", Language::sv, Msg::freq_weekly},
    {"en gang per vecka", Language::sv, Msg::freq_weekly},
    {"veckovis", Language::sv, Msg::freq_weekly},
    {"varje vecka", Language::sv, Msg::freq_weekly},
    {"every other year", Language::en, Msg::freq_every_other_year},
    {"every two years", Language::en, Msg::freq_every_other_year},
    {"biennially", Language::en, Msg::freq_every_other_year},
    {"vartannat ar", Language::sv, Msg::freq_every_other_year},
    {"as needed", Language::en, Msg::freq_as_needed},
    {"when needed", Language::en, Msg::freq_as_needed},
    {"vid behov", Language::sv, Msg::freq_as_needed},
    {"irregularly", Language::en, Msg::freq_irregularly},
    {"irregular", Language::en, Msg::freq_irregularly},
    {"oregelbundet", Language::sv, Msg::freq_irregularly},
};

// Lower case without diacritics, '-' and '_' as spaces, runs of spaces as
// one, no spaces or full stop at the ends: "Två gånger om året." and "two
// times a year" are compared as "tva ganger om aret" and "two times a year".
std::string fold_words(std::string_view text) {
    std::string out;
    for (const char c : util::fold_for_match(text)) {
        const bool space = c == ' ' || c == '-' || c == '_' || c == '\t';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
    return out;
}

const Form* find_form(std::string_view written) {
    const auto folded = fold_words(written);
    for (const auto& form : kForms) {
        if (form.written == folded) return &form;
    }
    return nullptr;
}

}  // namespace

std::optional<i18n::Msg> frequency_label(std::string_view written) {
    const auto* form = find_form(written);
    if (form == nullptr) return std::nullopt;
    return form->meaning;
}

std::string frequency_text(i18n::Language language, std::string_view written) {
    const auto* form = find_form(written);
    if (form == nullptr || form->language == language) return std::string(written);
    return std::string(i18n::runtime_text(language, form->meaning));
}

}  // namespace netadmin::labels
