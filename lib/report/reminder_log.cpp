// The delivery log table (see reminder_log.hpp).
#include "report/reminder_log.hpp"

#include "i18n/catalog.hpp"
#include "i18n/dates.hpp"
#include "util/visible.hpp"

namespace netadmin::report {
namespace {

using i18n::Msg;

Cell status_cell(state::DeliveryStatus status, i18n::Language language) {
    switch (status) {
        case state::DeliveryStatus::sending:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_unknown)), "unknown");
        case state::DeliveryStatus::sent:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_sent)), "sent");
        case state::DeliveryStatus::failed:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_failed)), "failed");
        case state::DeliveryStatus::skipped_superseded:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_superseded)), "skipped-superseded");
        case state::DeliveryStatus::skipped_no_address:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_no_address)), "skipped-no-address");
        case state::DeliveryStatus::withheld:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_withheld)), "withheld");
        case state::DeliveryStatus::missed:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_missed)), "missed");
        case state::DeliveryStatus::acknowledged:
            return Cell::pair(std::string(i18n::text(language, Msg::rem_status_acknowledged)), "acknowledged");
    }
    return Cell::plain("");
}

Cell date_cell(const time::CivilDate& date, i18n::Language language) {
    return Cell::pair(i18n::format_day(language, date), time::to_iso(date));
}

}  // namespace

Table reminder_log_table(const std::vector<state::LogEntry>& entries, i18n::Language language) {
    Table table;
    table.columns = {{"id", Msg::col_rem_id},
                     {"when", Msg::col_rem_when},
                     {"status", Msg::col_rem_status},
                     {"target", Msg::col_rem_target},
                     {"recipient", Msg::col_rem_recipient},
                     {"address", Msg::col_rem_address},
                     {"offset_days", Msg::col_rem_offset},
                     {"reference_date", Msg::col_rem_reference},
                     {"due", Msg::col_rem_due},
                     {"attempts", Msg::col_rem_attempts},
                     {"detail", Msg::col_rem_detail}};
    for (const auto& entry : entries) {
        table.rows.push_back({
            Cell::number(entry.id),
            Cell::plain(entry.updated_at),
            status_cell(entry.status, language),
            Cell::plain(entry.key.target),
            entry.key.recipient.empty() ? Cell::null() : Cell::plain(entry.key.recipient),
            entry.info.address.empty() ? Cell::null() : Cell::plain(entry.info.address),
            Cell::number(entry.key.offset),
            date_cell(entry.key.reference, language),
            date_cell(entry.info.due, language),
            Cell::number(entry.attempts),
            entry.detail.empty() ? Cell::null()
                                 : Cell::plain(util::visible_controls(i18n::format_stored(language, entry.detail))),
        });
    }
    return table;
}

}  // namespace netadmin::report
