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
    entity_source,  // follows entity_resource: model::label(EntityKind) counts on the order
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
    // clang-format off
    month_1, month_2, month_3, month_4, month_5, month_6,
    month_7, month_8, month_9, month_10, month_11, month_12,
    weekday_0, weekday_1, weekday_2, weekday_3, weekday_4, weekday_5, weekday_6,
    // clang-format on
    date_day,          // {0} day, {1} month name, {2} year
    date_day_weekday,  // {0} weekday, {1} day, {2} month name, {3} year
    date_month,        // {0} month name, {1} year
    clock_time,        // {0} hour, {1} minute (integers)
    time_single,       // {0} a clock_time
    time_range,        // {0}, {1} clock_times

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
    col_publisher,
    col_published,
    col_accessed,
    col_url,
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
    kind_registration_deadline,
    agenda_registration,      // {0} programme or meeting name
    agenda_registration_via,  // {0} name, {1} channel ("Lärandekalendern")
    ics_deadline_summary,     // {0} programme or meeting name
    ics_register_via,         // {0} channel
    ics_left_out_vague,       // {0} meeting id, {1} date as people read it
    ics_left_out_undated,     // {0} meeting id
    ics_deadline_left_out,    // {0} programme or meeting id, {1} date
    err_days_with_range,
    err_bad_days,        // {0} the value given
    err_range_reversed,  // {0} from, {1} to
    err_export_what,
    err_bad_lang,   // {0} the value given
    err_bad_today,  // {0} the value given
    err_subcommand_required,
    err_bad_operation,      // {0} allowed names, {1} the value given
    err_unknown_programme,  // {0} the value given

    // --- command line: parsing, empty results, listings ---------------------
    err_unknown_command,      // {0} the command as typed
    err_unknown_option,       // {0} the option as typed
    err_unexpected_argument,  // {0} the argument
    err_missing_argument,     // {0} ID, --output …
    err_option_needs_value,   // {0} the option
    err_option_repeated,      // {0} the option
    err_command_required,     // {0} 'netadmin report', {1} the commands
    err_bad_command_line,     // {0} what the parser says
    err_empty_value,          // {0} the option
    err_empty_argument,       // {0} ID …
    err_empty_env,            // {0} the variable
    err_bad_choice,           // {0} option, {1} value, {2} choices
    err_ambiguous_name,       // {0} the name
    did_you_mean_any,         // {0} a list of quoted ids
    word_or,
    help_global_options,
    check_all_well,  // {0} regions, {1} centres, {2} meetings (integers)
    empty_regions,
    empty_centres,
    empty_contacts,
    empty_meetings,
    empty_meetings_from,  // {0} a date
    empty_programmes,
    empty_networks,
    empty_organisations,
    empty_sources,
    empty_venues,
    empty_agenda,  // {0} first day, {1} last day
    empty_log,
    col_short_name,
    col_starts,
    col_ends,
    col_founded,
    col_frequency,
    col_parent,
    col_building,
    col_address,
    contacts_no_email,  // {0} person id

    // --- reports --------------------------------------------------------------
    rpt_no_centres_recorded,
    rpt_region_subtitle_plain,
    rpt_contents,
    rpt_chart_municipalities_title,
    rpt_chart_municipalities_description,
    // The coverage maps (render/map_svg).
    map_heading,
    map_title_national,
    map_title_county,  // {0} the county: "Norrbottens län"
    map_description,   // {0} municipalities, {1} full, {2} only similar, {3} none, {4} not known
    map_legend,
    map_status_full,
    map_status_similar,
    map_status_none,
    map_status_unknown,
    err_bad_outline_row,
    rpt_overview,
    rpt_region_subtitle,
    rpt_area_share,
    rpt_percent,
    rpt_births_per_year,
    rpt_births_per_centre,
    rpt_full_centres,
    rpt_similar_centres,
    rpt_unknown_kind_centres,
    rpt_centres_by_kind,
    rpt_note,
    rpt_none,
    rpt_none_planned,
    rpt_municipalities_with_full,
    rpt_municipalities_only_similar,
    rpt_municipalities_without,
    rpt_municipalities_all,
    rpt_networks,
    rpt_founded,
    rpt_meets,
    rpt_topics,
    rpt_contact,
    rpt_contacts,
    rpt_upcoming_meetings,
    rpt_past_meetings,
    rpt_programmes,
    rpt_kind,
    rpt_period,
    rpt_parts,
    rpt_purpose,
    rpt_led_by,
    rpt_organisers,
    rpt_funded_by,
    rpt_taking_part,
    rpt_more,
    rpt_programme_page,
    rpt_other_meetings,
    rpt_resources,
    rpt_outlook,
    rpt_since,
    rpt_until,
    rpt_word_yearly,
    rpt_word_twice_a_year,
    rpt_word_monthly,
    rpt_word_quarterly,
    rpt_word_training,
    rpt_word_dialogue,
    rpt_word_supervision,
    rpt_file_format,
    rpt_by,
    rpt_from_meeting,
    rpt_file_at,
    rpt_address_not_known,
    rpt_date_not_set_yet,
    rpt_status_held,
    rpt_status_planned,
    rpt_status_coming,
    rpt_status_next,
    rpt_moved_from,
    rpt_theme,
    rpt_themes,
    rpt_invited,
    rpt_participants,
    rpt_among_them,
    rpt_outcome,
    rpt_speakers,
    rpt_footer,
    rpt_trained,
    rpt_audience,
    rpt_focus_themes,
    rpt_other_themes,
    rpt_sessions,
    rpt_sessions_held,
    rpt_venue_and_catering,
    rpt_venue,
    rpt_directions,
    rpt_catering,
    rpt_registration,
    rpt_deadline,
    rpt_deadline_passed,
    rpt_register_via,
    rpt_requirement,
    rpt_local_work,
    rpt_reading,
    rpt_hours_per_month,
    rpt_hour_per_month,
    rpt_quotes,
    rpt_coverage_title,
    rpt_coverage_subtitle,
    rpt_chart_title,
    rpt_chart_description,
    rpt_not_known,
    rpt_coverage_table,
    rpt_col_with_full,
    rpt_col_only_similar,
    rpt_col_without,
    rpt_col_full_centres,
    rpt_col_similar_centres,
    rpt_national_total,
    rpt_coverage_note,
    rpt_site_title,
    rpt_site_subtitle,
    rpt_nav_home,
    rpt_nav_coverage,
    rpt_regions,
    rpt_region_line,
    rpt_coverage_link,
    rpt_calendar,
    err_unsupported_format,
    err_unsafe_id,
    err_cannot_create_dir,

    // --- reminders ------------------------------------------------------------
    rem_subject_meeting,   // {0} title, {1} date
    rem_subject_deadline,  // {0} what, {1} date
    rem_greeting,          // {0} name
    rem_greeting_anonymous,
    rem_intro_meeting,   // {0} title
    rem_intro_deadline,  // {0} what, {1} date
    rem_label_date,
    rem_label_time,
    rem_label_place,
    rem_label_theme,
    rem_label_registration,
    rem_label_requirement,
    rem_label_programme,
    rem_moved,  // {0} earlier date
    rem_footer,
    rem_plan_meeting,   // {0} title, {1} id, {2} date
    rem_plan_deadline,  // {0} what, {1} id, {2} date
    rem_days_before,    // {0} days
    rem_one_day_before,
    rem_on_the_day,
    rem_action_send,        // {0} when, {1} who
    rem_action_retry,       // {0} when, {1} who
    rem_action_superseded,  // {0} when, {1} who
    rem_action_no_address,  // {0} when, {1} who
    rem_result_sent,        // {0} when, {1} who
    rem_result_failed,      // {0} when, {1} who, {2} why
    rem_status_sent,
    rem_status_failed,
    rem_status_unknown,
    rem_status_superseded,
    rem_status_no_address,
    col_rem_when,
    col_rem_status,
    col_rem_target,
    col_rem_recipient,
    col_rem_address,
    col_rem_offset,
    col_rem_reference,
    col_rem_due,
    col_rem_attempts,
    col_rem_detail,
    // The state database. {0} is always the file's path.
    err_state_not_sqlite,
    err_state_foreign,
    err_state_truncated,
    err_state_damaged,         // {1} what SQLite says
    err_state_newer,           // {1} its schema version, {2} the newest this netadmin knows
    err_state_read_only_file,  // {1} why (the system's words)
    err_state_read_only_dir,   // {1} the folder, {2} why
    err_state_locked,          // {1} seconds waited
    err_state_cannot_create,   // {1} why
    err_state_cannot_read,     // {1} why
    err_state_not_regular,
    err_state_failed,  // {1} what SQLite says
    // Reminders under real conditions (docs/cron.md).
    err_empty_option,     // {0} the option, e.g. --state
    err_stdout_failed,    // {0} why (the system's words)
    err_state_created,    // {0} the file
    rem_result_withheld,  // {0} when, {1} who
    rem_result_missed,    // {0} when, {1} who
    rem_withheld_one,     // {0} the region, {1} the files and their errors
    rem_withheld_many,    // {0} count, {1} the region, {2} the files and their errors
    rem_file_one_error,   // {0} file
    rem_file_errors,      // {0} file, {1} count
    rem_registry_errors,  // {0} the files and their errors
    rem_unknown_notice,   // {0} id, {1} target, {2} address, {3} when (UTC)
    rem_stopped,          // {0} the signal's name
    rem_status_withheld,
    rem_status_missed,
    rem_status_acknowledged,
    rem_ack_done,         // {0} id
    err_ack_not_unknown,  // {0} id
    col_rem_id,
    warn_shared_address,     // {0} address, {1} the other person's id, {2} where the other is
    err_bad_mailer_timeout,  // {0} the value given
    err_mailer_empty,
    err_no_state_path,

    // --- provenance, recorded outcomes, check summary ---------------------------
    err_inferred_unknown_key,
    err_inferred_without_note,
    warn_no_source,
    hint_cite_source,
    warn_more_without_source,
    warn_reminded_without_email,
    warn_more_reminded_without_email,
    hint_add_email,
    warn_no_mail_from,
    hint_add_mail_from,
    check_errors_one,
    check_errors_many,
    check_warnings_one,
    check_warnings_many,
    rpt_sources,
    rpt_source_published,
    rpt_source_accessed,
    rpt_probably,
    rpt_inference_note,
    rpt_footer_plain,
    rpt_status_not_recorded,
    rpt_status_moved,
    rpt_later_meetings,
    rpt_developed_by,
    rpt_address,
    rpt_operations,

    // --- participants: registrations, attendance, privacy -------------------
    csv_encoding_utf8,
    csv_encoding_utf8_bom,
    csv_encoding_windows_1252,
    csv_read_as,        // {0} the separator, {1} an encoding
    err_csv_too_large,  // {0} the limit in MB
    err_csv_unknown_encoding,
    err_csv_empty,
    err_csv_header_only,
    err_csv_ragged,  // {0} cells in the row, {1} in the header
    err_csv_unterminated_quote,
    err_csv_text_after_quote,
    err_csv_unknown_column,    // {0} the column's name
    err_csv_duplicate_column,  // {0} the name, {1} the first column with it
    err_csv_missing_column,    // {0} the key, {1} its names
    err_reg_no_email,
    err_reg_bad_email,             // {0} the text
    err_reg_duplicate_email,       // {0} address, {1} the row it is first on
    err_reg_ambiguous_workplace,   // {0} workplace, {1} quoted centre ids
    warn_reg_unmatched_workplace,  // {0} workplace
    col_workplace,
    col_registered,
    col_walk_in,
    err_unknown_target,     // {0} the value given
    err_unknown_meeting,    // {0} the value given
    reg_import_summary,     // {0} added, {1} updated, {2} unchanged
    reg_kept_unregistered,  // {0} count
    reg_nothing_imported,   // {0} the number of errors
    empty_registrations,
    err_not_registered,  // {0} address, {1} programme or meeting
    reg_unregistered,    // {0} address, {1} programme or meeting
    err_att_cancelled,   // {0} meeting id
    err_att_future,      // {0} meeting id, {1} its date
    err_att_bad_count,   // {0} the value given
    err_att_one_source,
    att_count_recorded,  // {0} count, {1} meeting id
    att_recorded,        // {0} people, {1} meeting id, {2} walk-ins
    rpt_progress,
    rpt_col_registered,
    rpt_col_trained,
    rpt_col_present,
    rpt_col_walk_ins,
    rpt_trained_recorded_and_stated,  // {0} recorded, {1} stated
    rpt_centres_missed,
    att_sheet_title,  // {0} meeting title
    att_col_signature,
    att_page,  // {0} page, {1} pages
    att_no_names,

    count_  // not a message: the number of keys

};

}  // namespace netadmin::i18n
