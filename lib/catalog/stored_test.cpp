#include "catalog/stored.hpp"

#include <doctest/doctest.h>

using namespace netadmin::catalog;

TEST_SUITE("catalog::to_stored") {
    TEST_CASE("a stored problem reads back as the same key and arguments") {
        const Problem text_and_number(Msg::mail_exit_status_said, "sendmail", 75, "try: again; later");
        CHECK(from_stored(to_stored(text_and_number)) == text_and_number);
        const Problem with_key(Msg::err_no_region, Msg::entity_centre, "kalix");
        CHECK(from_stored(to_stored(with_key)) == with_key);
        const Problem none(Msg::mail_no_command);
        CHECK(from_stored(to_stored(none)) == none);
        const Problem empty_text(Msg::mail_bad_address, "");
        CHECK(from_stored(to_stored(empty_text)) == empty_text);
    }
    TEST_CASE("plain text, as older versions stored it, is not a problem") {
        CHECK_FALSE(from_stored("sendmail: exit status 75: try again later"));
        CHECK_FALSE(from_stored(""));
    }
    TEST_CASE("an unknown key or arguments that do not fit the key are refused") {
        CHECK_FALSE(from_stored("\x1eno_such_key"));
        CHECK_FALSE(from_stored("\x1email_exit_status\x1ft:sendmail"));                     // too few
        CHECK_FALSE(from_stored("\x1email_exit_status\x1ft:sendmail\x1ft:seventy-five"));   // text for a number
        CHECK_FALSE(from_stored("\x1email_exit_status\x1ft:sendmail\x1fn:75\x1ft:extra"));  // too many
        CHECK_FALSE(from_stored("\x1email_exit_status\x1ft:sendmail\x1fn:7x"));
        CHECK_FALSE(from_stored("\x1email_no_command\x1f"));
        CHECK_FALSE(from_stored("\x1email_bad_address\x1fk:no_such_key"));
        CHECK(from_stored("\x1email_exit_status\x1ft:sendmail\x1fn:75") ==
              Problem(Msg::mail_exit_status, "sendmail", 75));
    }
    TEST_CASE("a key is found by its name") {
        CHECK(key_named("mail_no_command") == Msg::mail_no_command);
        CHECK_FALSE(key_named("mail_no_"));
    }
}
