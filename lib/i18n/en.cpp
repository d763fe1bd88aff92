// English texts. Keys and argument numbers as in i18n/messages.hpp.
#include "i18n/catalog.hpp"

namespace netadmin::i18n {

std::string_view text_en(Msg msg) {
    switch (msg) {
        case Msg::severity_error: return "error";
        case Msg::severity_warning: return "warning";
        case Msg::did_you_mean: return "did you mean '{0}'?";
        case Msg::kind_full: return "family centre";
        case Msg::kind_similar: return "similar operation";
        case Msg::op_mvc: return "MVC";
        case Msg::op_bvc: return "BVC";
        case Msg::op_open_preschool: return "open preschool";
        case Msg::op_social_services: return "social services";
        case Msg::meeting_network_meeting: return "network meeting";
        case Msg::meeting_conference: return "conference";
        case Msg::meeting_programme_session: return "programme session";
        case Msg::meeting_dialogue_day: return "dialogue day";
        case Msg::meeting_planning_meeting: return "planning meeting";
        case Msg::meeting_coordinators_meeting: return "coordinators' meeting";
        case Msg::meeting_house_meeting: return "house meeting";
        case Msg::meeting_other: return "meeting";
        case Msg::entity_region: return "region";
        case Msg::entity_organisation: return "organisation";
        case Msg::entity_person: return "person";
        case Msg::entity_centre: return "centre";
        case Msg::entity_network: return "network";
        case Msg::entity_programme: return "programme";
        case Msg::entity_meeting: return "meeting";
        case Msg::entity_venue: return "venue";
        case Msg::entity_resource: return "resource";
        case Msg::entity_settings: return "settings";
        case Msg::term_spring: return "spring {0}";
        case Msg::term_autumn: return "autumn {0}";
        case Msg::approx_about: return "about {0}";
        case Msg::approx_nearly: return "nearly {0}";
        case Msg::approx_over: return "over {0}";
        case Msg::status_cancelled: return "cancelled";
        case Msg::date_not_set: return "date not set";
        case Msg::yes: return "yes";
        case Msg::no: return "no";
        case Msg::month_1: return "January";
        case Msg::month_2: return "February";
        case Msg::month_3: return "March";
        case Msg::month_4: return "April";
        case Msg::month_5: return "May";
        case Msg::month_6: return "June";
        case Msg::month_7: return "July";
        case Msg::month_8: return "August";
        case Msg::month_9: return "September";
        case Msg::month_10: return "October";
        case Msg::month_11: return "November";
        case Msg::month_12: return "December";
        case Msg::weekday_0: return "Monday";
        case Msg::weekday_1: return "Tuesday";
        case Msg::weekday_2: return "Wednesday";
        case Msg::weekday_3: return "Thursday";
        case Msg::weekday_4: return "Friday";
        case Msg::weekday_5: return "Saturday";
        case Msg::weekday_6: return "Sunday";
        case Msg::date_day: return "{0} {1} {2}";
        case Msg::date_day_weekday: return "{0} {1} {2} {3}";
        case Msg::date_month: return "{0} {1}";
        case Msg::clock_time: return "{0:02}:{1:02}";
        case Msg::time_single: return "{0}";
        case Msg::time_range: return "{0}–{1}";

        case Msg::err_cannot_read: return "cannot read '{0}': {1}";
        case Msg::err_not_a_directory: return "'{0}' is not a directory";
        case Msg::err_no_toml_files: return "no .toml files in '{0}'";
        case Msg::err_not_a_regular_file: return "'{0}' is not a regular file (a pipe, socket or device is not read)";
        case Msg::err_file_too_large: return "'{0}' is larger than {1} MB, the limit for one registry file";
        case Msg::err_toml_syntax: return "TOML syntax: {0}";
        case Msg::err_invalid_utf8: return "the file is not valid UTF-8";
        case Msg::err_unknown_key: return "unknown key '{0}' in {1}";
        case Msg::err_missing_key: return "{0} is missing the required key '{1}'";
        case Msg::err_expected_string: return "'{0}' must be a string";
        case Msg::err_expected_integer: return "'{0}' must be an integer";
        case Msg::err_expected_boolean: return "'{0}' must be true or false";
        case Msg::err_expected_string_list: return "'{0}' must be a list of strings";
        case Msg::err_expected_integer_list: return "'{0}' must be a list of integers";
        case Msg::err_expected_table: return "'{0}' must be a table";
        case Msg::err_expected_table_list: return "'{0}' must be a list of tables ([[{0}]])";
        case Msg::err_expected_date: return "'{0}' is not a valid date: '{1}'";
        case Msg::err_expected_time: return "'{0}' is not a valid time: '{1}' (use 08:30)";
        case Msg::err_expected_count: return "'{0}' is not a valid count: '{1}' (use 30, \"about 30\", \"nearly 800\" or \"over 100\")";
        case Msg::err_invalid_id: return "invalid id '{0}'";
        case Msg::err_duplicate_id: return "duplicate id '{0}': already used by the {1} at {2}";
        case Msg::err_unknown_reference: return "'{0}' refers to an unknown {1} '{2}'";
        case Msg::err_wrong_reference_kind: return "'{0}' must name a {1}, but '{2}' is a {3}";
        case Msg::err_unknown_value: return "unknown {0} '{1}' (expected one of: {2})";
        case Msg::err_unknown_county: return "unknown county code '{0}' (expected 01–25, see data/reference/counties.csv)";
        case Msg::err_unknown_municipality: return "unknown municipality '{0}'";
        case Msg::err_municipality_outside_region: return "municipality '{0}' lies in {1}, not in the region '{2}'";
        case Msg::err_no_region: return "the {0} '{1}' belongs to no region";
        case Msg::err_end_before_start: return "'{0}' ({1}) is before '{2}' ({3})";
        case Msg::err_time_without_day: return "a time needs a date with a day, but the date is '{0}'";
        case Msg::err_invalid_email: return "invalid e-mail address '{0}'";
        case Msg::err_kind_contradicts_operations: return "declared kind '{0}' contradicts the listed operations, which make it '{1}'";
        case Msg::err_operations_not_a_centre: return "the listed operations make neither a family centre nor a similar operation (that needs BVC together with open preschool or social services)";
        case Msg::err_invalid_reminder_days: return "'{0}' must list whole days from 0 to 365";
        case Msg::err_duplicate_settings: return "[settings] is already defined at {0}";
        case Msg::err_duplicate_value: return "'{0}' lists '{1}' twice";
        case Msg::err_region_table_twice: return "a file may define one region; this one already defines '{0}'";
        case Msg::err_too_deep: return "'{0}' is nested too deeply";
        case Msg::hint_date_forms: return "use 2019-05-10, 2019-05, 2019-autumn, 2019-spring or 2019";
        case Msg::hint_id_form: return "ids are lowercase a–z, digits and '-', starting with a letter, at most 64 characters";
        case Msg::hint_region_key: return "add region = \"ID\" to it, or define the region with [region] in the same file";
        case Msg::warn_outside_programme_period: return "the meeting ({0}) lies outside the period of its programme '{1}' ({2} – {3})";

        case Msg::col_id: return "Id";
        case Msg::col_name: return "Name";
        case Msg::col_region: return "Region";
        case Msg::col_county: return "County";
        case Msg::col_municipality: return "Municipality";
        case Msg::col_municipalities: return "Municipalities";
        case Msg::col_centres: return "Centres";
        case Msg::col_kind: return "Kind";
        case Msg::col_operations: return "Operations";
        case Msg::col_opened: return "Opened";
        case Msg::col_email: return "E-mail";
        case Msg::col_phone: return "Phone";
        case Msg::col_role: return "Role";
        case Msg::col_organisation: return "Organisation";
        case Msg::col_centre: return "Centre";
        case Msg::col_date: return "Date";
        case Msg::col_time: return "Time";
        case Msg::col_title: return "Title";
        case Msg::col_place: return "Place";
        case Msg::col_status: return "Status";
        case Msg::col_programme: return "Programme";
        case Msg::col_network: return "Network";
        case Msg::col_field: return "Field";
        case Msg::col_value: return "Value";
        case Msg::show_referenced_by: return "Referred to by";
        case Msg::err_no_such_id: return "no entity has the id '{0}'";
        case Msg::err_unknown_format: return "unknown format '{0}' (expected one of: {1})";
        case Msg::err_bad_filter_date: return "invalid date '{0}' for {1} (use YYYY-MM-DD)";
        case Msg::err_unknown_region: return "unknown region '{0}'";
        case Msg::err_output_failed: return "{0}";
        case Msg::see_help: return "(see '{0}')";

        // --- calendar ---------------------------------------------------------

        // --- reports ----------------------------------------------------------

        // --- reminders --------------------------------------------------------

        case Msg::count_: break;
    }
    return "";
}

}  // namespace netadmin::i18n
