// Unit tests of render/contacts: what reaches an address book and a mail
// client's To: field.
#include "render/contacts.hpp"

#include <doctest/doctest.h>

#include <vector>

namespace netadmin::render {

TEST_SUITE("render::contacts") {
    model::Person person(std::string id, std::string name, std::string email) {
        model::Person p;
        p.id = std::move(id);
        p.name = std::move(name);
        p.email = std::move(email);
        return p;
    }

    TEST_CASE("a card escapes commas and semicolons and drops control characters") {
        model::Registry registry;
        const auto anna = person("anna", "Anna \x1b[2JAndersson, BVC; Kalix", "anna@example.se");
        const std::vector<const model::Person*> people{&anna};
        const auto card = to_vcard(registry, people);
        CHECK(card.find('\x1b') == std::string::npos);
        CHECK(card.find("FN:Anna [2JAndersson\\, BVC\\; Kalix\r\n") != std::string::npos);
        CHECK(card.find("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 0);
    }

    TEST_CASE("an e-mail list quotes a name that needs it and drops control characters") {
        const auto anna = person("anna", "Andersson, Anna\r\nBcc: x@example.se", "anna@example.se");
        const auto nils = person("nils", "Nils Nilsson", "nils@example.se");
        const auto bo = person("bo", "Bo", "");
        const std::vector<const model::Person*> people{&anna, &nils, &bo};
        const auto list = to_email_list(people);
        CHECK(list.text == "\"Andersson, Anna Bcc: x@example.se\" <anna@example.se>; Nils Nilsson <nils@example.se>\n");
        CHECK(list.without_email == std::vector<std::string>{"bo"});
    }
}

}  // namespace netadmin::render
