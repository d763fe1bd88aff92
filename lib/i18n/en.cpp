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
        case Msg::entity_source: return "source";
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
        case Msg::err_expected_count:
            return "'{0}' is not a valid count: '{1}' (use 30, \"about 30\", \"nearly 800\" or \"over 100\")";
        case Msg::err_invalid_id: return "invalid id '{0}'";
        case Msg::err_duplicate_id: return "duplicate id '{0}': already used by the {1} at {2}";
        case Msg::err_unknown_reference: return "'{0}' refers to an unknown {1} '{2}'";
        case Msg::err_wrong_reference_kind: return "'{0}' must name a {1}, but '{2}' is a {3}";
        case Msg::err_unknown_value: return "unknown {0} '{1}' (expected one of: {2})";
        case Msg::err_unknown_county:
            return "unknown county code '{0}' (expected 01–25, see data/reference/counties.csv)";
        case Msg::err_unknown_municipality: return "unknown municipality '{0}'";
        case Msg::err_municipality_outside_region: return "municipality '{0}' lies in {1}, not in the region '{2}'";
        case Msg::err_no_region: return "the {0} '{1}' belongs to no region";
        case Msg::err_end_before_start: return "'{0}' ({1}) is before '{2}' ({3})";
        case Msg::err_time_without_day: return "a time needs a date with a day, but the date is '{0}'";
        case Msg::err_invalid_email: return "invalid e-mail address '{0}'";
        case Msg::err_kind_contradicts_operations:
            return "declared kind '{0}' contradicts the listed operations, which make it '{1}'";
        case Msg::err_operations_not_a_centre:
            return "the listed operations make neither a family centre nor a similar operation (that needs BVC "
                   "together with open preschool or social services)";
        case Msg::err_invalid_reminder_days: return "'{0}' must list whole days from 0 to 365";
        case Msg::err_duplicate_settings: return "[settings] is already defined at {0}";
        case Msg::err_duplicate_value: return "'{0}' lists '{1}' twice";
        case Msg::err_region_table_twice: return "a file may define one region; this one already defines '{0}'";
        case Msg::err_too_deep: return "'{0}' is nested too deeply";
        case Msg::hint_date_forms: return "use 2019-05-10, 2019-05, 2019-autumn, 2019-spring or 2019";
        case Msg::hint_id_form:
            return "ids are lowercase a–z, digits and '-', starting with a letter, at most 64 characters";
        case Msg::hint_region_key:
            return "add region = \"ID\" to it, or define the region with [region] in the same file";
        case Msg::warn_outside_programme_period:
            return "the meeting ({0}) lies outside the period of its programme '{1}' ({2} – {3})";

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
        case Msg::col_publisher: return "Publisher";
        case Msg::col_published: return "Published";
        case Msg::col_accessed: return "Accessed";
        case Msg::col_url: return "Address (URL)";
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
        case Msg::kind_registration_deadline: return "registration deadline";
        case Msg::agenda_registration: return "Registration for {0}";
        case Msg::agenda_registration_via: return "Registration for {0} via {1}";
        case Msg::ics_deadline_summary: return "Registration deadline: {0}";
        case Msg::ics_register_via: return "Register via {0}.";
        case Msg::ics_left_out_vague: return "meeting '{0}' left out of the calendar: its date is only {1}";
        case Msg::ics_left_out_undated: return "meeting '{0}' left out of the calendar: it has no date yet";
        case Msg::ics_deadline_left_out:
            return "registration deadline of '{0}' left out of the calendar: its date is only {1}";
        case Msg::err_days_with_range: return "--days cannot be combined with --from or --to";
        case Msg::err_bad_days: return "--days must be a number of days from 1 to 3660, not '{0}'";
        case Msg::err_range_reversed: return "--from ({0}) is after --to ({1})";
        case Msg::err_export_what: return "say what to export, for example 'netadmin export ics'";
        case Msg::err_bad_lang: return "--lang must be sv or en, not '{0}'";
        case Msg::err_bad_today: return "--today must be a date YYYY-MM-DD, not '{0}'";
        case Msg::err_subcommand_required: return "a subcommand is required";
        case Msg::err_bad_operation: return "--operation must be one of {0}, not '{1}'";
        case Msg::err_unknown_programme: return "unknown programme '{0}'";

        // --- command line -----------------------------------------------------
        case Msg::err_unknown_command: return "unknown command '{0}'";
        case Msg::err_unknown_option: return "unknown option '{0}'";
        case Msg::err_unexpected_argument: return "unexpected argument '{0}'";
        case Msg::err_missing_argument: return "missing {0}";
        case Msg::err_option_needs_value: return "{0} needs a value";
        case Msg::err_option_repeated: return "{0} may be given only once";
        case Msg::err_command_required: return "'{0}' needs a command: {1}";
        case Msg::err_bad_command_line: return "cannot read the command line: {0}";
        case Msg::err_empty_value: return "{0} is empty: give a value or leave the option out";
        case Msg::err_empty_argument: return "{0} is empty";
        case Msg::err_empty_env: return "{0} is set but empty: give a value or unset it";
        case Msg::err_bad_choice: return "{0} does not take '{1}' (expected one of: {2})";
        case Msg::err_ambiguous_name: return "more than one entity is named '{0}'";
        case Msg::did_you_mean_any: return "did you mean {0}?";
        case Msg::word_or: return "or";
        case Msg::help_global_options: return "Global options (before or after the command)";
        case Msg::check_all_well: return "{0} regions, {1} centres, {2} meetings: no problems";
        case Msg::empty_regions: return "no regions";
        case Msg::empty_centres: return "no centres match";
        case Msg::empty_contacts: return "no contacts match";
        case Msg::empty_meetings: return "no meetings match";
        case Msg::empty_meetings_from: return "no meetings from {0}";
        case Msg::empty_programmes: return "no programmes match";
        case Msg::empty_networks: return "no networks match";
        case Msg::empty_organisations: return "no organisations match";
        case Msg::empty_sources: return "no sources match";
        case Msg::empty_venues: return "no venues match";
        case Msg::empty_agenda: return "nothing from {0} to {1}";
        case Msg::empty_log: return "the log is empty";
        case Msg::col_short_name: return "Short name";
        case Msg::col_starts: return "Starts";
        case Msg::col_ends: return "Ends";
        case Msg::col_founded: return "Founded";
        case Msg::col_frequency: return "Meets";
        case Msg::col_parent: return "Part of";
        case Msg::col_building: return "Building";
        case Msg::col_address: return "Address";
        case Msg::contacts_no_email: return "{0} has no e-mail address and is left out";

        // --- reports ----------------------------------------------------------
        case Msg::rpt_no_centres_recorded:
            return "The registry lists no family centres or similar operations in this region yet.";
        case Msg::rpt_region_subtitle_plain: return "Family centres in {0}";
        case Msg::rpt_contents: return "Contents";
        case Msg::rpt_chart_municipalities_title: return "Municipalities with a family centre";
        case Msg::rpt_chart_municipalities_description:
            return "The municipalities of each region: with a family centre, with only a similar operation, and with "
                   "neither. Regions without figures in the registry have no bar.";
        case Msg::map_heading: return "Map";
        case Msg::map_title_national: return "Family centres by municipality";
        case Msg::map_title_county: return "Family centres by municipality in {0}";
        case Msg::map_description:
            return "Map of {0} municipalities: {1} with a family centre, {2} with only a similar operation, {3} with "
                   "neither, and {4} for which the registry has no figures.";
        case Msg::map_legend: return "Municipalities";
        case Msg::map_status_full: return "Family centre";
        case Msg::map_status_similar: return "Similar operation only";
        case Msg::map_status_none: return "Neither";
        case Msg::map_status_unknown: return "Not known";
        case Msg::err_bad_outline_row: return "not an outline row (level,code,points with at least three corners)";
        case Msg::rpt_overview: return "Overview";
        case Msg::rpt_region_subtitle: return "Family centres and the regional network in {0}";
        case Msg::rpt_area_share: return "Share of Sweden's area";
        case Msg::rpt_percent: return "{0}%";
        case Msg::rpt_births_per_year: return "Births a year";
        case Msg::rpt_births_per_centre: return "Births per recorded centre (computed)";
        case Msg::rpt_full_centres: return "Family centres";
        case Msg::rpt_similar_centres: return "Similar operations";
        case Msg::rpt_unknown_kind_centres: return "Operations of unknown kind";
        case Msg::rpt_centres_by_kind: return "Family centres and similar operations";
        case Msg::rpt_note: return "Note";
        case Msg::rpt_none: return "none";
        case Msg::rpt_none_planned: return "No meeting planned.";
        case Msg::rpt_municipalities_with_full: return "With a family centre ({0})";
        case Msg::rpt_municipalities_only_similar: return "Only similar operations ({0})";
        case Msg::rpt_municipalities_without: return "With neither ({0})";
        case Msg::rpt_municipalities_all: return "All municipalities of the county ({0})";
        case Msg::rpt_networks: return "Regional network";
        case Msg::rpt_founded: return "Founded";
        case Msg::rpt_meets: return "Meets";
        case Msg::rpt_topics: return "Topics";
        case Msg::rpt_contact: return "Contact";
        case Msg::rpt_contacts: return "Contact";
        case Msg::rpt_upcoming_meetings: return "Next meeting";
        case Msg::rpt_past_meetings: return "Past meetings";
        case Msg::rpt_programmes: return "Programmes and initiatives";
        case Msg::rpt_kind: return "Kind";
        case Msg::rpt_period: return "Period";
        case Msg::rpt_parts: return "Parts";
        case Msg::rpt_purpose: return "Purpose";
        case Msg::rpt_led_by: return "Led by";
        case Msg::rpt_organisers: return "Organised by";
        case Msg::rpt_funded_by: return "Funded by";
        case Msg::rpt_taking_part: return "Taking part";
        case Msg::rpt_more: return "More";
        case Msg::rpt_programme_page: return "The programme's own page";
        case Msg::rpt_other_meetings: return "Other meetings";
        case Msg::rpt_resources: return "Tips, links and files";
        case Msg::rpt_outlook: return "Looking ahead";
        case Msg::rpt_since: return "from {0}";
        case Msg::rpt_until: return "until {0}";
        case Msg::rpt_word_yearly: return "once a year";
        case Msg::rpt_word_twice_a_year: return "twice a year";
        case Msg::rpt_word_monthly: return "once a month";
        case Msg::rpt_word_quarterly: return "once a quarter";
        case Msg::rpt_word_training: return "training";
        case Msg::rpt_word_dialogue: return "dialogue";
        case Msg::rpt_word_supervision: return "supervision";
        case Msg::rpt_file_format: return "format {0}";
        case Msg::rpt_by: return "by {0}";
        case Msg::rpt_from_meeting: return "from {0}";
        case Msg::rpt_file_at: return "file: {0}";
        case Msg::rpt_address_not_known: return "address not in the registry";
        case Msg::rpt_date_not_set_yet: return "date not set yet";
        case Msg::rpt_status_held: return "held";
        case Msg::rpt_status_planned: return "planned";
        case Msg::rpt_status_coming: return "coming";
        case Msg::rpt_status_next: return "next";
        case Msg::rpt_moved_from: return "Moved from";
        case Msg::rpt_theme: return "Theme";
        case Msg::rpt_themes: return "Themes";
        case Msg::rpt_invited: return "Invited";
        case Msg::rpt_participants: return "Participants";
        case Msg::rpt_among_them: return "among them {0}";
        case Msg::rpt_outcome: return "Outcome";
        case Msg::rpt_speakers: return "Speakers";
        case Msg::err_inferred_unknown_key: return "'inferred' names '{0}', which {1} does not state";
        case Msg::err_inferred_without_note: return "'inferred' needs an 'inference_note' that gives the evidence";
        case Msg::warn_no_source: return "the {0} '{1}' cites no source";
        case Msg::hint_cite_source: return "add sources = [\"ID\"] naming a [[source]]";
        case Msg::warn_more_without_source: return "{0} more entities cite no source";
        case Msg::warn_reminded_without_email: return "'{0}' will receive reminders but has no e-mail address";
        case Msg::warn_more_reminded_without_email:
            return "{0} more people will receive reminders but have no e-mail address";
        case Msg::hint_add_email: return "add email = \"ADDRESS\" to the person";
        case Msg::warn_no_mail_from:
            return "reminder rules are set but [settings] gives no sender, so reminders would go out from the "
                   "machine's default address";
        case Msg::hint_add_mail_from: return "add mail_from = \"ADDRESS\" to [settings]";
        case Msg::check_errors_one: return "{0} error";
        case Msg::check_errors_many: return "{0} errors";
        case Msg::check_warnings_one: return "{0} warning";
        case Msg::check_warnings_many: return "{0} warnings";
        case Msg::rpt_sources: return "Sources";
        case Msg::rpt_source_published: return "published {0}";
        case Msg::rpt_source_accessed: return "read {0}";
        case Msg::rpt_probably: return "probably {0}";
        case Msg::rpt_inference_note: return "“Probably” marks an inference, not a statement of the sources: {0}";
        case Msg::rpt_footer_plain: return "Compiled by netadmin from the registry.";
        case Msg::rpt_status_not_recorded: return "date passed, not recorded as held";
        case Msg::rpt_status_moved: return "moved";
        case Msg::rpt_later_meetings: return "Later meetings";
        case Msg::rpt_developed_by: return "Material developed by";
        case Msg::rpt_address: return "Address";
        case Msg::rpt_operations: return "Operations";
        case Msg::rpt_footer: return "Compiled by netadmin from the registry. Figures as of {0}.";
        case Msg::rpt_trained: return "Trained so far";
        case Msg::rpt_audience: return "Who takes part";
        case Msg::rpt_focus_themes: return "Main themes";
        case Msg::rpt_other_themes: return "Also in the sessions";
        case Msg::rpt_sessions: return "Sessions";
        case Msg::rpt_sessions_held: return "As of {2}: {0} of {1} sessions recorded as held.";
        case Msg::rpt_venue_and_catering: return "Venue and catering";
        case Msg::rpt_venue: return "Venue";
        case Msg::rpt_directions: return "Directions";
        case Msg::rpt_catering: return "Catering";
        case Msg::rpt_registration: return "Registration";
        case Msg::rpt_deadline: return "Registration deadline";
        case Msg::rpt_deadline_passed: return "passed";
        case Msg::rpt_register_via: return "Register via";
        case Msg::rpt_requirement: return "Requirement";
        case Msg::rpt_local_work: return "Work between the sessions";
        case Msg::rpt_reading: return "Reading";
        case Msg::rpt_hours_per_month: return "{0} hours a month before the house meetings";
        case Msg::rpt_hour_per_month: return "{0} hour a month before the house meetings";
        case Msg::rpt_quotes: return "Voices of participants";
        case Msg::rpt_coverage_title: return "Family centres in Sweden's regions";
        case Msg::rpt_coverage_subtitle: return "The registry has figures for {0} of {1} regions.";
        case Msg::rpt_chart_title: return "Centres per region";
        case Msg::rpt_chart_description:
            return "Family centres and similar operations per region; {0} regions have figures in the registry, the "
                   "others are not known.";
        case Msg::rpt_not_known: return "not known";
        case Msg::rpt_coverage_table: return "Municipalities and centres";
        case Msg::rpt_col_with_full: return "With a family centre";
        case Msg::rpt_col_only_similar: return "Only similar";
        case Msg::rpt_col_without: return "With neither";
        case Msg::rpt_col_full_centres: return "Family centres";
        case Msg::rpt_col_similar_centres: return "Similar operations";
        case Msg::rpt_national_total: return "Sweden";
        case Msg::rpt_coverage_note:
            return "– means the registry has no figure. Totals count only regions with figures.";
        case Msg::rpt_site_title: return "Family centres – regional networks";
        case Msg::rpt_site_subtitle: return "Regions, programmes and coverage, compiled from the registry";
        case Msg::rpt_nav_home: return "Home";
        case Msg::rpt_nav_coverage: return "Coverage";
        case Msg::rpt_regions: return "Regions";
        case Msg::rpt_region_line: return "{0} family centres, {1} similar operations";
        case Msg::rpt_coverage_link: return "Coverage across Sweden";
        case Msg::rpt_calendar: return "Calendar";
        case Msg::err_unsupported_format: return "format '{0}' is not available for this report (available: {1})";
        case Msg::err_unsafe_id: return "id '{0}' cannot become a file name";
        case Msg::err_cannot_create_dir: return "cannot create the directory {0}: {1}";

        // --- reminders --------------------------------------------------------
        case Msg::rem_subject_meeting: return "Reminder: {0}, {1}";
        case Msg::rem_subject_deadline: return "Reminder: registration for {0} closes {1}";
        case Msg::rem_greeting: return "Hello {0},";
        case Msg::rem_greeting_anonymous: return "Hello,";
        case Msg::rem_intro_meeting: return "This is a reminder of {0}.";
        case Msg::rem_intro_deadline: return "This is a reminder that registration for {0} closes on {1}.";
        case Msg::rem_label_date: return "Date";
        case Msg::rem_label_time: return "Time";
        case Msg::rem_label_place: return "Place";
        case Msg::rem_label_theme: return "Theme";
        case Msg::rem_label_registration: return "Registration";
        case Msg::rem_label_requirement: return "Requirement";
        case Msg::rem_label_programme: return "Programme";
        case Msg::rem_moved: return "Please note that the meeting has been moved; it was first set for {0}.";
        case Msg::rem_footer:
            return "You receive this message because you are listed as a contact in the network's registry.";
        case Msg::rem_plan_meeting: return "{0} ({1}), {2}";
        case Msg::rem_plan_deadline: return "Registration deadline for {0} ({1}), {2}";
        case Msg::rem_days_before: return "{0} days before";
        case Msg::rem_one_day_before: return "1 day before";
        case Msg::rem_on_the_day: return "on the day";
        case Msg::rem_action_send: return "{0}: send to {1}";
        case Msg::rem_action_retry: return "{0}: send again to {1} (the last attempt failed)";
        case Msg::rem_action_superseded: return "{0}: skipped for {1}, a later reminder is due";
        case Msg::rem_action_no_address: return "{0}: no e-mail address for {1}";
        case Msg::rem_result_sent: return "{0}: sent to {1}";
        case Msg::rem_result_failed: return "{0}: could not be sent to {1}: {2}";
        case Msg::rem_status_sent: return "sent";
        case Msg::rem_status_failed: return "failed";
        case Msg::rem_status_unknown: return "unknown (handed to the mailer, outcome not recorded)";
        case Msg::rem_status_superseded: return "skipped (a later reminder was due)";
        case Msg::rem_status_no_address: return "skipped (no e-mail address)";
        case Msg::col_rem_when: return "When (UTC)";
        case Msg::col_rem_status: return "Status";
        case Msg::col_rem_target: return "About";
        case Msg::col_rem_recipient: return "Recipient";
        case Msg::col_rem_address: return "Address";
        case Msg::col_rem_offset: return "Days before";
        case Msg::col_rem_reference: return "Reference date";
        case Msg::col_rem_due: return "Due";
        case Msg::col_rem_attempts: return "Attempts";
        case Msg::col_rem_detail: return "Detail";
        case Msg::err_state_not_sqlite:
            return "{0} is not a netadmin state database (not an SQLite file); it was left unchanged";
        case Msg::err_state_foreign:
            return "{0} is not a netadmin state database (it belongs to another program); it was left unchanged";
        case Msg::err_state_truncated: return "{0} is damaged (shorter than its header says); it was left unchanged";
        case Msg::err_state_damaged: return "{0} is damaged or not a database ({1}); it was left unchanged";
        case Msg::err_state_newer:
            return "{0} was written by a newer netadmin (schema {1}, this one knows up to {2}); it was left unchanged";
        case Msg::err_state_read_only_file:
            return "{0}: cannot write the state database ({1}); nothing was sent and it was left unchanged";
        case Msg::err_state_read_only_dir:
            return "{0}: cannot write the state database, its folder {1} is not writable ({2}); nothing was sent and "
                   "it was left unchanged";
        case Msg::err_state_locked:
            return "{0}: the state database is locked by another program (waited {1} seconds); try again when it is "
                   "done";
        case Msg::err_state_cannot_create: return "{0}: cannot create the state database ({1})";
        case Msg::err_state_cannot_read: return "{0}: cannot read the state database ({1}); it was left unchanged";
        case Msg::err_state_not_regular: return "{0}: the state database is not a regular file; it was left unchanged";
        case Msg::err_state_failed: return "{0}: the state database could not be used ({1})";
        case Msg::err_empty_option: return "{0} needs a value: an empty one is not the default";
        case Msg::err_stdout_failed: return "could not write to standard output ({0}): the output is incomplete";
        case Msg::err_state_created:
            return "created the state database {0}: a new, empty delivery log (if reminders were sent before, they are "
                   "recorded elsewhere: check --state, NETADMIN_STATE and HOME)";
        case Msg::rem_result_withheld: return "{0}: withheld for {1} (the registry has errors)";
        case Msg::rem_result_missed:
            return "{0}: missed for {1} (withheld while the registry had errors, and the day has passed)";
        case Msg::rem_withheld_one: return "1 reminder for {0} not sent: {1}; run 'netadmin check'";
        case Msg::rem_withheld_many: return "{0} reminders for {1} not sent: {2}; run 'netadmin check'";
        case Msg::rem_file_one_error: return "{0} has 1 error";
        case Msg::rem_file_errors: return "{0} has {1} errors";
        case Msg::rem_registry_errors:
            return "the registry has errors ({0}): reminders that depend on them are withheld; run 'netadmin check'";
        case Msg::rem_unknown_notice:
            return "delivery {0} ({1} to {2}, {3}) was handed to the mailer but its outcome was never recorded: look "
                   "it up in the mail server's log ('netadmin reminders log --status unknown'), then 'netadmin "
                   "reminders ack {0}'";
        case Msg::rem_stopped:
            return "stopped by {0}: the reminders not yet handed to the mailer are sent by the next run";
        case Msg::rem_status_withheld: return "withheld (the registry had errors)";
        case Msg::rem_status_missed: return "missed (withheld until the day had passed)";
        case Msg::rem_status_acknowledged: return "unknown, acknowledged";
        case Msg::rem_ack_done: return "delivery {0} acknowledged: it is no longer reported";
        case Msg::err_ack_not_unknown:
            return "there is no delivery {0} with an unknown outcome (see 'netadmin reminders log --status unknown')";
        case Msg::col_rem_id: return "id";
        case Msg::err_mailer_empty: return "--mailer must name a program";
        case Msg::err_no_state_path: return "no state database: give --state FILE (HOME is not set)";
        case Msg::err_bad_mailer_timeout: return "'mailer_timeout' must be a number of seconds from 1 to 3600, not {0}";
        case Msg::warn_shared_address:
            return "the e-mail address '{0}' is also {1}'s ({2}): they are one mailbox and get one reminder";

        case Msg::csv_encoding_utf8: return "UTF-8";
        case Msg::csv_encoding_utf8_bom: return "UTF-8 with byte-order mark";
        case Msg::csv_encoding_windows_1252: return "Windows-1252";
        case Msg::csv_read_as: return "read as '{0}'-separated {1}";
        case Msg::err_csv_too_large: return "the file is larger than {0} MB, the limit for a CSV file";
        case Msg::err_csv_unknown_encoding:
            return "unknown encoding: the file is neither UTF-8 nor Windows-1252 (save it as CSV UTF-8)";
        case Msg::err_csv_empty: return "the file is empty";
        case Msg::err_csv_header_only: return "the file has a header row but no rows";
        case Msg::err_csv_ragged: return "the row has {0} cells, the header {1}";
        case Msg::err_csv_unterminated_quote: return "the quote that starts the cell is never closed";
        case Msg::err_csv_text_after_quote: return "text after the quote that ends the cell (write \"\" for a quote)";
        case Msg::err_csv_unknown_column: return "unknown column '{0}'";
        case Msg::err_csv_duplicate_column: return "the column '{0}' is already column {1}";
        case Msg::err_csv_missing_column: return "the column '{0}' is missing (it may be named {1})";

        case Msg::err_reg_no_email: return "the row has no e-mail address";
        case Msg::err_reg_bad_email: return "'{0}' is not an e-mail address";
        case Msg::err_reg_duplicate_email: return "'{0}' is already on row {1}";
        case Msg::err_reg_ambiguous_workplace:
            return "the workplace '{0}' matches several centres: {1}; write the centre's id";
        case Msg::warn_reg_unmatched_workplace:
            return "the workplace '{0}' is no centre of the registry; it is kept as text";

        case Msg::col_workplace: return "Workplace";
        case Msg::col_registered: return "Registered";
        case Msg::col_walk_in: return "Walk-in";
        case Msg::err_unknown_target: return "no programme or meeting is named '{0}'";
        case Msg::err_unknown_meeting: return "no meeting has the id '{0}'";
        case Msg::reg_import_summary: return "{0} added, {1} updated, {2} unchanged";
        case Msg::reg_kept_unregistered:
            return "{0} have unregistered since and stay unregistered (use 'netadmin register' to register again)";
        case Msg::reg_nothing_imported: return "nothing was recorded: {0} errors in the file";
        case Msg::empty_registrations: return "no registrations";
        case Msg::err_not_registered: return "'{0}' is not registered for {1}";
        case Msg::reg_unregistered: return "'{0}' is unregistered from {1}";
        case Msg::err_att_cancelled: return "the meeting {0} is cancelled: no attendance can be recorded";
        case Msg::err_att_future: return "the meeting {0} is on {1}, not yet: give --force to record attendance anyway";
        case Msg::err_att_bad_count: return "--count must be a number such as '25' or 'ett 30-tal', not '{0}'";
        case Msg::err_att_one_source: return "give one of --present, --import and --count";
        case Msg::att_count_recorded: return "{0} present recorded for {1}";
        case Msg::att_recorded: return "{0} present at {1}, {2} of them walk-ins";

        case Msg::rpt_progress: return "Participants and attendance";
        case Msg::rpt_col_registered: return "Registered";
        case Msg::rpt_col_trained: return "Trained";
        case Msg::rpt_col_present: return "Present";
        case Msg::rpt_col_walk_ins: return "Walk-ins";
        case Msg::rpt_trained_recorded_and_stated: return "{0} recorded (the registry states {1})";
        case Msg::rpt_centres_missed: return "Registered centres not present at every session:";

        case Msg::att_sheet_title: return "Sign-in sheet: {0}";
        case Msg::att_col_signature: return "Signature";
        case Msg::att_page: return "page {0} of {1}";
        case Msg::att_no_names: return "Nobody registered or present yet: write the names by hand.";

        case Msg::count_: break;
    }
    return "";
}

}  // namespace netadmin::i18n
