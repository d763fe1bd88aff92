// Every piece of text meant for people, by key. Each language implements
// text_sv / text_en (i18n/sv.cpp, i18n/en.cpp) as a switch over Msg, so a
// key without a translation fails to compile (-Werror=switch). A third
// language is one more file like sv.cpp and a case in catalog.cpp.
//
// Patterns use fmt syntax with positional arguments: "{0}", "{1}".
// Keep each area's keys in its own section, so parallel work stays apart.
#pragma once

#include <string_view>

namespace netadmin::i18n {

enum class Msg {
    // --- words -----------------------------------------------------------
    severity_error,
    severity_warning,
    did_you_mean,
    kind_full,
    kind_similar,
    op_mvc,
    op_bvc,
    op_open_preschool,
    op_social_services,
    meeting_network_meeting,
    meeting_conference,
    meeting_programme_session,
    meeting_dialogue_day,
    meeting_planning_meeting,
    meeting_coordinators_meeting,
    meeting_house_meeting,
    meeting_other,
    entity_region,
    entity_organisation,
    entity_person,
    entity_centre,
    entity_network,
    entity_programme,
    entity_meeting,
    entity_venue,
    entity_resource,
    entity_settings,
    term_spring,
    term_autumn,
    approx_about,
    approx_nearly,
    approx_over,
    status_cancelled,
    date_not_set,
    yes,
    no,
    month_1, month_2, month_3, month_4, month_5, month_6,
    month_7, month_8, month_9, month_10, month_11, month_12,
    weekday_0, weekday_1, weekday_2, weekday_3, weekday_4, weekday_5, weekday_6,
    date_day,            // {0} day, {1} month name, {2} year
    date_day_weekday,    // {0} weekday, {1} day, {2} month name, {3} year
    date_month,          // {0} month name, {1} year
    clock_time,          // {0} hour, {1} minute (integers)
    time_single,         // {0} a clock_time
    time_range,          // {0}, {1} clock_times

    // --- loading and checking -----------------------------------------------
    err_cannot_read,
    err_not_a_directory,
    err_no_toml_files,
    err_not_a_regular_file,
    err_file_too_large,
    err_toml_syntax,
    err_invalid_utf8,
    err_unknown_key,
    err_missing_key,
    err_expected_string,
    err_expected_integer,
    err_expected_boolean,
    err_expected_string_list,
    err_expected_integer_list,
    err_expected_table,
    err_expected_table_list,
    err_expected_date,
    err_expected_time,
    err_expected_count,
    err_invalid_id,
    err_duplicate_id,
    err_unknown_reference,
    err_wrong_reference_kind,
    err_unknown_value,
    err_unknown_county,
    err_unknown_municipality,
    err_municipality_outside_region,
    err_no_region,
    err_end_before_start,
    err_time_without_day,
    err_invalid_email,
    err_kind_contradicts_operations,
    err_operations_not_a_centre,
    err_invalid_reminder_days,
    err_duplicate_settings,
    err_duplicate_value,
    err_region_table_twice,
    err_too_deep,
    hint_date_forms,
    hint_id_form,
    hint_region_key,
    warn_outside_programme_period,

    // --- listings -----------------------------------------------------------
    col_id,
    col_name,
    col_region,
    col_county,
    col_municipality,
    col_municipalities,
    col_centres,
    col_kind,
    col_operations,
    col_opened,
    col_email,
    col_phone,
    col_role,
    col_organisation,
    col_centre,
    col_date,
    col_time,
    col_title,
    col_place,
    col_status,
    col_programme,
    col_network,
    col_field,
    col_value,
    show_referenced_by,
    err_no_such_id,
    err_unknown_format,
    err_bad_filter_date,
    err_unknown_region,
    err_output_failed,
    see_help,

    // --- calendar -------------------------------------------------------------

    // --- reports --------------------------------------------------------------

    // --- reminders ------------------------------------------------------------

    count_  // not a message: the number of keys
};

}  // namespace netadmin::i18n
