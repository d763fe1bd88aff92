// A new registry for a region (see new_registry.hpp).
#include "edit/new_registry.hpp"

#include "edit/journal.hpp"
#include "edit/value.hpp"
#include "i18n/catalog.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

namespace netadmin::edit {

namespace {

using i18n::Msg;

// Catalogue text as TOML comment lines: "# " before each line.
std::string comment(std::string_view text) {
    std::string lines;
    for (std::size_t start = 0; start < text.size();) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines += "# ";
        lines += text.substr(start, end - start);
        lines += '\n';
        start = end + 1;
    }
    return lines;
}

// "Norrbottens län" -> "Norrbotten"; "Skåne län" -> "Skåne".
std::string short_name(const model::County& county) {
    std::string name = county.name;
    constexpr std::string_view suffix = " län";
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        name.resize(name.size() - suffix.size());
        if (!name.empty() && name.back() == 's') name.pop_back();
    }
    return name;
}

// Every kind, commented out, as a person would copy it: the keys and words
// are the file format's.
constexpr std::string_view kCommentedExamples = R"toml(
# [[organisation]]
# id = "exempel-kommun"
# name = "Exempel kommun"
# kind = "kommun"
# municipality = "…"
# sources = ["…"]

# [[person]]
# id = "fornamn-efternamn"
# name = "Förnamn Efternamn"
# email = "fornamn.efternamn@example.se"
# role = "Samordnare"
# organisation = "exempel-kommun"
# sources = ["…"]

# [[centre]]
# id = "exempel-familjecentral"
# name = "Familjecentralen i …"
# municipality = "…"
# operations = ["mvc", "bvc", "open-preschool", "social-services"]
# opened = 2020
# contacts = ["fornamn-efternamn"]
# sources = ["…"]

# [[network]]
# id = "exempel-natverk"
# name = "Regionalt nätverk för familjecentraler"
# frequency = "yearly"
# contacts = ["fornamn-efternamn"]
# sources = ["…"]

# [[programme]]
# id = "exempel-utbildning"
# name = "…"
# kind = "training"
# starts = "2027-spring"
# participants = ["exempel-familjecentral"]
# sources = ["…"]

# [[meeting]]
# id = "exempel-natverkstraff"
# kind = "network-meeting"
# title = "Nätverksträff"
# network = "exempel-natverk"
# date = 2027-05-10
# start = 09:00:00
# venue = "exempel-lokal"
# sources = ["…"]

# [[venue]]
# id = "exempel-lokal"
# name = "…"
# address = "…"
# municipality = "…"
# sources = ["…"]

# [[resource]]
# id = "exempel-lank"
# kind = "link"
# title = "…"
# url = "https://…"
# sources = ["…"]
)toml";

// The text of the region's file: [region] and the commented examples.
std::string region_file(const model::County& county, const std::string& id, i18n::Language language) {
    std::string text = comment(i18n::format(language, Msg::new_registry_region_intro, county.region_name));
    text += fmt::format(
        "\n"
        "[region]\n"
        "id = {0}\n"
        "county = {1}   # {2}\n"
        "name = {3}\n"
        "sources = [\"lansindelning\"]\n",
        basic_string(id), basic_string(county.code), i18n::format(language, Msg::new_registry_county_code),
        basic_string(county.region_name));
    text += kCommentedExamples;
    return text;
}

std::string settings_file(i18n::Language language) {
    const auto say = [language](Msg msg) { return std::string(i18n::runtime_text(language, msg)); };
    return comment(say(Msg::new_registry_settings_intro)) + "[settings]\n" +
           "language = \"sv\"                     # " + say(Msg::new_registry_language) + "\n" +
           "# mail_from = \"natverk@example.se\"  # " + say(Msg::new_registry_mail_from) + "\n" +
           "\n"
           "# [settings.reminders]\n"
           "# meeting_days = [14, 7, 1]         # " +
           say(Msg::new_registry_meeting_days) + "\n" + "# deadline_days = [7, 1]            # " +
           say(Msg::new_registry_deadline_days) + "\n";
}

constexpr std::string_view kSources = R"toml(
[[source]]
id = "lansindelning"
title = "Sveriges län och kommuner med koder"
publisher = "Statistiska centralbyrån (SCB)"
note = "netadmin:s referensdata (data/reference): länets kod och namn."

#[[source]]
#id = "…"
#title = "…"
#url = "https://…"
#published = "2027-01"
)toml";

std::string sources_file(i18n::Language language) {
    return comment(i18n::format(language, Msg::new_registry_sources_intro)) + std::string(kSources);
}

}  // namespace

std::string region_id(const model::County& county) {
    std::string id;
    for (const char c : util::fold_for_match(short_name(county))) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            id += c;
        } else if (!id.empty() && id.back() != '-') {
            id += '-';
        }
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id;
}

std::vector<std::string> county_names(const model::Reference& reference) {
    std::vector<std::string> names;
    for (const auto& county : reference.counties()) {
        names.push_back(county.code);
        names.push_back(county.name);
        names.push_back(short_name(county));
        names.push_back(county.region_name);
        names.push_back(region_id(county));
    }
    return names;
}

const model::County* find_county(const model::Reference& reference, std::string_view value) {
    const auto wanted = util::fold_for_match(value);
    for (const auto& county : reference.counties()) {
        for (const auto& name : {county.code, county.name, short_name(county), county.region_name, region_id(county)}) {
            if (util::fold_for_match(name) == wanted) return &county;
        }
    }
    return nullptr;
}

std::vector<NewFile> new_registry(const model::County& county, i18n::Language language) {
    const auto id = region_id(county);
    return {
        {id + ".toml", region_file(county, id, language)},
        {"settings.toml", settings_file(language)},
        {"sources.toml", sources_file(language)},
        // netadmin's lock, journal and temporary files stay out of `git status`.
        {".gitignore", gitignore_text()},
    };
}

}  // namespace netadmin::edit
