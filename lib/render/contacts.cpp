#include "render/contacts.hpp"

#include "util/visible.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cstdint>
#include <string_view>

namespace netadmin::render {
namespace {

constexpr Format kContactFormats[] = {Format::table,    Format::csv,   Format::json,
                                      Format::markdown, Format::vcard, Format::emails};

// RFC 6350 3.4: backslash, comma, semicolon and newlines are escaped in
// text; other control characters have no place in a card and are dropped.
std::string escape(std::string_view value) {
    std::string out;
    for (const char c : util::strip_controls(value, true)) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ',': out += "\\,"; break;
            case ';': out += "\\;"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

// RFC 6350 3.2: lines longer than 75 octets go on in continuation lines
// that start with a space; a UTF-8 character is never split.
std::string folded(std::string_view line) {
    std::string out;
    std::size_t taken = 0;
    std::size_t limit = 75;
    while (line.size() - taken > limit) {
        std::size_t cut = taken + limit;
        while (cut > taken && (static_cast<unsigned char>(line[cut]) & 0xC0U) == 0x80U) --cut;
        out += std::string(line.substr(taken, cut - taken)) + "\r\n ";
        taken = cut;
        limit = 74;  // the leading space counts
    }
    return out + std::string(line.substr(taken)) + "\r\n";
}

// A UUID made from the id (FNV-1a, twice), so a re-import updates a card
// instead of adding a second one. Version 8 (RFC 9562: custom).
std::string uid(const std::string& id) {
    auto hash = [&](std::uint64_t seed) {
        std::uint64_t h = seed;
        for (const unsigned char c : id) h = (h ^ c) * 1099511628211ULL;
        return h;
    };
    const std::uint64_t high = (hash(14695981039346656037ULL) & ~0xF000ULL) | 0x8000ULL;
    const std::uint64_t low = (hash(0x6e657461646d696eULL) & ~(3ULL << 62)) | (2ULL << 62);
    return fmt::format("urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xFFFF, high & 0xFFFF,
                       low >> 48, low & 0xFFFFFFFFFFFFULL);
}

std::string card(const model::Registry& registry, const model::Person& person) {
    const std::string& shown = !person.name.empty() ? person.name : !person.email.empty() ? person.email : person.id;
    std::string out = "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    out += folded("FN:" + escape(shown));
    const auto space = person.name.rfind(' ');
    if (space != std::string::npos && person.name.find(',') == std::string::npos) {
        // Family name last, as Swedish names are written; the rest is given.
        // A comma ("Åberg, Jr.") makes the split a guess: FN alone then.
        out +=
            folded("N:" + escape(person.name.substr(space + 1)) + ";" + escape(person.name.substr(0, space)) + ";;;");
    }
    if (!person.email.empty()) out += folded("EMAIL;TYPE=work:" + escape(person.email));
    if (!person.phone.empty()) out += folded("TEL;VALUE=text;TYPE=work:" + escape(person.phone));
    if (!person.role.empty()) out += folded("ROLE:" + escape(person.role));
    if (const auto* organisation = registry.organisation(person.organisation)) {
        out += folded("ORG:" + escape(organisation->name));
    }
    out += folded("UID:" + uid(person.id));
    return out + "END:VCARD\r\n";
}

// RFC 5322 3.2.3: a display name of atoms needs no quotes; anything else
// (a comma, a full stop, a quote …) goes in a quoted string.
std::string display_name(const std::string& name) {
    bool plain = true;
    for (const unsigned char c : name) {
        if (c >= 0x80 || std::isalnum(c) != 0 || c == ' ' ||
            std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos) {
            continue;
        }
        plain = false;
    }
    if (plain) return name;
    std::string quoted = "\"";
    for (const char c : name) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace

std::span<const Format> contact_formats() { return kContactFormats; }

std::string to_vcard(const model::Registry& registry, std::span<const model::Person* const> people) {
    std::string out;
    for (const auto* person : people) out += card(registry, *person);
    return out;
}

EmailList to_email_list(std::span<const model::Person* const> people) {
    EmailList list;
    for (const auto* person : people) {
        if (person->email.empty()) {
            list.without_email.push_back(person->id);
            continue;
        }
        if (!list.text.empty()) list.text += "; ";
        // No control character reaches a terminal or a mail client's To: field.
        const auto name = util::strip_controls(person->name, false);
        list.text += name.empty() ? person->email : display_name(name) + " <" + person->email + ">";
    }
    if (!list.text.empty()) list.text += "\n";
    return list;
}

}  // namespace netadmin::render
