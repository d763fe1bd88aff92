// RFC 5322 / MIME composition (see message.hpp).
#include "mail/message.hpp"

#include "mail/encode.hpp"
#include "time/stockholm.hpp"
#include "util/email.hpp"
#include "util/visible.hpp"

#include <fmt/format.h>

#include <array>

namespace netadmin::mail {
namespace {

catalog::Status check(const MessageInput& input) {
    for (const auto* box : {&input.from, &input.to}) {
        if (!util::is_valid_email(box->address)) return catalog::Problem(catalog::Msg::mail_bad_address, box->address);
    }
    const auto& id = input.message_id;
    if (id.size() < 5 || id.front() != '<' || id.back() != '>' || id.find('@') == std::string::npos ||
        id.find_first_of(" \t\r\n,", 0) != std::string::npos) {
        return catalog::Problem(catalog::Msg::mail_bad_message_id, id);
    }
    if (input.attachment) {
        const auto& attachment = *input.attachment;
        const auto bad = attachment.content_type.find_first_of("\r\n") != std::string::npos ||
                         attachment.filename.find_first_of("\"\\\r\n/") != std::string::npos;
        if (bad) return catalog::Problem(catalog::Msg::mail_bad_attachment);
    }
    return {};
}

// `Name: display name <address>`, folded between words (RFC 5322 2.2.3),
// so a display name of any length gives lines of at most 78 characters.
std::string mailbox_header(std::string_view name, const Mailbox& box) {
    auto words = display_name_words(box.name);
    words.push_back(words.empty() ? box.address : "<" + box.address + ">");
    return fold_header(name, words);
}

std::string text_part_headers() {
    return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n";
}

// The boundary is derived from the Message-ID so it is unique and deterministic.
std::string boundary_for(const std::string& message_id) {
    std::uint32_t hash = 2166136261U;
    for (unsigned char c : message_id) hash = (hash ^ c) * 16777619U;
    return fmt::format("=_netadmin_{:08x}", hash);
}

}  // namespace

std::string rfc5322_date(std::int64_t unix_seconds) {
    static constexpr std::array<const char*, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offset = time::stockholm_utc_offset_minutes(unix_seconds);
    const std::int64_t local = unix_seconds + std::int64_t{offset} * 60;
    const auto days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const auto date = time::civil_from_days(days);
    const auto seconds = local - days * 86400;
    return fmt::format("{}, {:02} {} {} {:02}:{:02}:{:02} +{:02}{:02}",
                       kDays[static_cast<std::size_t>(time::weekday(date))], date.day,
                       kMonths[static_cast<std::size_t>(date.month - 1)], date.year, seconds / 3600, seconds / 60 % 60,
                       seconds % 60, offset / 60, offset % 60);
}

catalog::Result<std::string> compose(const MessageInput& input) {
    if (auto checked = check(input); !checked) return checked.problem();
    std::string out;
    out += mailbox_header("From", input.from) + "\n";
    out += mailbox_header("To", input.to) + "\n";
    out += encode_header("Subject", input.subject) + "\n";
    out += "Date: " + rfc5322_date(input.date) + "\n";
    out += "Message-ID: " + input.message_id + "\n";
    out += "MIME-Version: 1.0\n";
    out += "Auto-Submitted: auto-generated\n";
    // Raw control characters mean nothing to a reader, and strict parsers
    // refuse them: the body shows them as escapes, as the terminal does
    // (util/visible.hpp), so nothing a person wrote is lost or hidden.
    const auto body = quoted_printable(util::visible_controls_in_lines(input.body));
    if (!input.attachment) return out + text_part_headers() + "\n" + body;
    const auto boundary = boundary_for(input.message_id);
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n";
    out += "--" + boundary + "\n" + text_part_headers() + "\n" + body + "\n";
    const auto& attachment = *input.attachment;
    out += "--" + boundary + "\n";
    out += "Content-Type: " + attachment.content_type + "; name=\"" + attachment.filename + "\"\n";
    out += "Content-Disposition: attachment; filename=\"" + attachment.filename + "\"\n";
    out += "Content-Transfer-Encoding: base64\n\n" + base64(attachment.content);
    out += "--" + boundary + "--\n";
    return out;
}

}  // namespace netadmin::mail
