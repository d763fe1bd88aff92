// Message composition: headers that cannot be split, RFC 2047 words that
// stay within line limits and whole characters, the Stockholm Date, bodies
// in quoted-printable, and the attachment seam.
#include "mail/message.hpp"

#include "mail/encode.hpp"
#include "mail/sendmail.hpp"

#include <sys/resource.h>
#include <csignal>

#include <doctest/doctest.h>

#include <chrono>
#include <sstream>

namespace netadmin::mail {
namespace {

MessageInput sample() {
    MessageInput input;
    input.from = {"", "natverket@example.se"};
    input.to = {"Åsa Ranung", "asa@example.se"};
    input.subject = "Påminnelse: Nätverksträff i Kalix, fredag 10 maj 2019";
    input.body = "Hej Åsa!\n\nDatum: fredag 10 maj 2019\n";
    input.date = 1556866800;  // 2019-05-03 07:00 UTC
    input.message_id = "<abc.1@example.se>";
    return input;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string headers_of(const std::string& message) { return message.substr(0, message.find("\n\n") + 1); }

}  // namespace

TEST_SUITE("mail::compose") {
    TEST_CASE("a message has the RFC 5322 headers and is 7-bit clean with short lines") {
        const auto message = *compose(sample());
        const auto headers = headers_of(message);
        CHECK(headers.find("From: natverket@example.se\n") != std::string::npos);
        CHECK(headers.find("To: =?UTF-8?B?w4VzYSBSYW51bmc=?= <asa@example.se>\n") != std::string::npos);
        CHECK(headers.find("Subject: =?UTF-8?B?") != std::string::npos);
        CHECK(headers.find("Date: Fri, 03 May 2019 09:00:00 +0200\n") != std::string::npos);
        CHECK(headers.find("Message-ID: <abc.1@example.se>\n") != std::string::npos);
        CHECK(headers.find("MIME-Version: 1.0\n") != std::string::npos);
        CHECK(headers.find("Content-Type: text/plain; charset=utf-8\n") != std::string::npos);
        CHECK(message.find("Hej =C3=85sa!") != std::string::npos);
        for (const auto& line : lines_of(message)) {
            CHECK(line.size() <= 78);
            for (unsigned char c : line) CHECK(c < 0x80);
        }
    }

    TEST_CASE("a newline in a subject or name cannot start a new header") {
        auto input = sample();
        input.subject = "Hej\nBcc: victim@example.se";
        input.to.name = "Eve\r\nBcc: victim@example.se";
        const auto message = *compose(input);
        for (const auto& line : lines_of(headers_of(message))) CHECK(line.rfind("Bcc:", 0) != 0);
    }

    TEST_CASE("an address that could split a header is refused") {
        for (const auto* address :
             {"a@example.se\nBcc: b@example.se", "a@example.se, b@example.se", "<a@example.se>"}) {
            auto input = sample();
            input.to.address = address;
            CHECK_FALSE(compose(input).ok());
        }
        auto input = sample();
        input.message_id = "<a b@example.se>";
        CHECK_FALSE(compose(input).ok());
    }

    TEST_CASE("a display name with commas is quoted") {
        CHECK(encode_display_name("Ek, Bo") == "\"Ek, Bo\"");
        CHECK(encode_display_name("Bo Ek") == "Bo Ek");
    }

    TEST_CASE("long subjects fold into encoded words of whole characters") {
        std::string subject;
        for (int i = 0; i < 40; ++i) subject += "åäö ";
        const auto header = encode_header("Subject", subject);
        const auto lines = lines_of(header);
        CHECK(lines.size() > 2);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            CHECK(lines[i].size() <= 78);
            if (i > 0) CHECK(lines[i].front() == ' ');
        }
        // 39 bytes per word at most: the first word is "åäö åäö åäö åäö åäö åä", whole characters.
        CHECK(header.find("Subject: =?UTF-8?B?w6XDpMO2IMOlw6TDtiDDpcOkw7Ygw6XDpMO2IMOlw6TDtiDDpcOk?=\n") == 0);
    }

    TEST_CASE("the date is in Stockholm winter or summer time") {
        CHECK(rfc5322_date(1577836800) == "Wed, 01 Jan 2020 01:00:00 +0100");
        CHECK(rfc5322_date(1593561600) == "Wed, 01 Jul 2020 02:00:00 +0200");
    }

    TEST_CASE("quoted-printable keeps lines short and encodes trailing space") {
        CHECK(quoted_printable("a = b \nc") == "a =3D b=20\nc");
        const auto long_line = quoted_printable(std::string(200, 'x'));
        for (const auto& line : lines_of(long_line)) CHECK(line.size() <= 76);
    }

    TEST_CASE("an attachment makes a multipart message with the text first") {
        auto input = sample();
        input.attachment =
            Attachment{"text/calendar; charset=utf-8; method=PUBLISH", "meeting.ics", "BEGIN:VCALENDAR\r\n"};
        const auto message = *compose(input);
        CHECK(message.find("Content-Type: multipart/mixed; boundary=") != std::string::npos);
        CHECK(message.find("filename=\"meeting.ics\"") != std::string::npos);
        CHECK(message.find("QkVHSU46VkNBTEVOREFSDQo=") != std::string::npos);
        CHECK(message.find("Content-Type: text/plain") < message.find("Content-Type: text/calendar"));
    }

    TEST_CASE("a mailer command is split at spaces without a shell") {
        CHECK(split_command("  /usr/sbin/sendmail  -t\t-oi ") ==
              std::vector<std::string>{"/usr/sbin/sendmail", "-t", "-oi"});
        CHECK(split_command("").empty());
    }

    TEST_CASE("the mailer's exit status decides success") {
        CHECK(run_mailer({"true"}, "x").ok());
        const auto failed = run_mailer({"sh", "-c", "cat >/dev/null; echo refused >&2; exit 75"}, "x");
        CHECK_FALSE(failed.ok());
        CHECK(failed.problem() == catalog::Problem(catalog::Msg::mail_exit_status_said, "sh", 75, "refused"));
        const auto missing = run_mailer({"/nonexistent/mailer"}, "x");
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.problem().msg() == catalog::Msg::mail_cannot_run);
        CHECK(run_mailer({}, "x").problem() == catalog::Problem(catalog::Msg::mail_no_command));
    }

    TEST_CASE("a display name of any length folds into lines of at most 78 characters") {
        auto input = sample();
        std::string name;
        for (int i = 0; i < 900; ++i) name += "Åsa Ränung-";
        input.to.name = name + "\x1b[31m\r\nBcc: x@example.se";
        const auto headers = headers_of(*compose(input));
        for (const auto& line : lines_of(headers)) CHECK(line.size() <= 78);
        CHECK(headers.find('\x1b') == std::string::npos);
        CHECK(headers.find("\nBcc:") == std::string::npos);
        CHECK(headers.find(" <asa@example.se>\n") != std::string::npos);
        input.to.name = std::string(5000, 'x') + ",";
        for (const auto& line : lines_of(headers_of(*compose(input)))) CHECK(line.size() <= 78);
    }

    TEST_CASE("control characters in the body are shown as escapes but line breaks stay") {
        auto input = sample();
        input.body = "Hej\x1b[2J\r\nrad\x07 två \u202Egnp.exe\n";
        const auto message = *compose(input);
        CHECK(message.find("\n\nHej\\x1b[2J\nrad\\x07 tv=C3=A5 \\u202egnp.exe\n") != std::string::npos);
    }

    TEST_CASE("a bidi control never reaches a header") {
        // The words are base64, so compare with the header of the text without them.
        CHECK(encode_header("Subject", "Faktura \u202Egnp.exe \u200F") == encode_header("Subject", "Faktura gnp.exe "));
        CHECK(encode_display_name("Anna \u2066Berg\u2069\xc2\x85") == encode_display_name("Anna Berg"));
    }

    TEST_CASE("a mailer that does not exit is stopped at the timeout and one that leaves a child is done at its exit") {
        const auto hung = run_mailer({"sh", "-c", "cat >/dev/null; sleep 30"}, "x", 1);
        CHECK_FALSE(hung.ok());
        CHECK(hung.problem() == catalog::Problem(catalog::Msg::mail_timed_out, "sh", 1));
        const auto started = std::chrono::steady_clock::now();
        CHECK(run_mailer({"sh", "-c", "cat >/dev/null; sleep 30 & exit 0"}, "x", 20).ok());
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    }

    TEST_CASE("a mailer's failure is seen even when netadmin was started with SIGCHLD ignored") {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        struct sigaction previous {};
        sigaction(SIGCHLD, &ignore, &previous);
        const auto failed = run_mailer({"sh", "-c", "cat >/dev/null; exit 75"}, "x");
        sigaction(SIGCHLD, &previous, nullptr);
        CHECK_FALSE(failed.ok());
        CHECK(failed.problem() == catalog::Problem(catalog::Msg::mail_exit_status, "sh", 75));
    }

    TEST_CASE("a mailer that closes its output and keeps running is waited for without spinning") {
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        CHECK(run_mailer({"sh", "-c", "cat >/dev/null; exec >/dev/null 2>&1; sleep 2"}, "x", 20).ok());
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        const auto used_us = [](const rusage& r) {
            return (r.ru_utime.tv_sec + r.ru_stime.tv_sec) * 1000000L + r.ru_utime.tv_usec + r.ru_stime.tv_usec;
        };
        // Spinning on POLLHUP used the whole two seconds; waiting uses almost none.
        CHECK(used_us(after) - used_us(before) < 250000L);
    }

    TEST_CASE("the mailer gets SIGPIPE at its default, so its own pipelines end quietly") {
        const auto result = run_mailer({"sh", "-c", "cat >/dev/null; yes | head -n 1 >/dev/null"}, "x");
        CHECK(result.ok());
    }

}  // TEST_SUITE

}  // namespace netadmin::mail
