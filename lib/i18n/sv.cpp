// Svenska texter. Nycklar och argumentnummer som i i18n/messages.hpp.
// Stil: svensk offentlig sektor (Myndigheternas skrivregler): gemener i
// månads- och veckodagsnamn, "kl. 8.30–16.00".
#include "i18n/catalog.hpp"

namespace netadmin::i18n {

std::string_view text_sv(Msg msg) {
    switch (msg) {
        case Msg::severity_error: return "error";
        case Msg::severity_warning: return "varning";
        case Msg::did_you_mean: return "menade du '{0}'?";
        case Msg::kind_full: return "familjecentral";
        case Msg::kind_similar: return "familjecentralsliknande verksamhet";
        case Msg::op_mvc: return "MVC";
        case Msg::op_bvc: return "BVC";
        case Msg::op_open_preschool: return "öppen förskola";
        case Msg::op_social_services: return "socialtjänst";
        case Msg::meeting_network_meeting: return "nätverksträff";
        case Msg::meeting_conference: return "konferens";
        case Msg::meeting_programme_session: return "utbildningstillfälle";
        case Msg::meeting_dialogue_day: return "dialogdag";
        case Msg::meeting_planning_meeting: return "planeringsmöte";
        case Msg::meeting_coordinators_meeting: return "samordnarträff";
        case Msg::meeting_house_meeting: return "husmöte";
        case Msg::meeting_other: return "möte";
        case Msg::entity_region: return "region";
        case Msg::entity_organisation: return "organisation";
        case Msg::entity_person: return "person";
        case Msg::entity_centre: return "familjecentral";
        case Msg::entity_network: return "nätverk";
        case Msg::entity_programme: return "satsning";
        case Msg::entity_meeting: return "möte";
        case Msg::entity_venue: return "lokal";
        case Msg::entity_resource: return "resurs";
        case Msg::entity_source: return "källa";
        case Msg::entity_settings: return "inställningar";
        case Msg::term_spring: return "VT {0}";
        case Msg::term_autumn: return "HT {0}";
        case Msg::approx_about: return "cirka {0}";
        case Msg::approx_nearly: return "nära {0}";
        case Msg::approx_over: return "över {0}";
        case Msg::status_cancelled: return "inställt";
        case Msg::date_not_set: return "datum ej bestämt";
        case Msg::yes: return "ja";
        case Msg::no: return "nej";
        case Msg::month_1: return "januari";
        case Msg::month_2: return "februari";
        case Msg::month_3: return "mars";
        case Msg::month_4: return "april";
        case Msg::month_5: return "maj";
        case Msg::month_6: return "juni";
        case Msg::month_7: return "juli";
        case Msg::month_8: return "augusti";
        case Msg::month_9: return "september";
        case Msg::month_10: return "oktober";
        case Msg::month_11: return "november";
        case Msg::month_12: return "december";
        case Msg::weekday_0: return "måndag";
        case Msg::weekday_1: return "tisdag";
        case Msg::weekday_2: return "onsdag";
        case Msg::weekday_3: return "torsdag";
        case Msg::weekday_4: return "fredag";
        case Msg::weekday_5: return "lördag";
        case Msg::weekday_6: return "söndag";
        case Msg::date_day: return "{0} {1} {2}";
        case Msg::date_day_weekday: return "{0} {1} {2} {3}";
        case Msg::date_month: return "{0} {1}";
        case Msg::clock_time: return "{0}.{1:02}";
        case Msg::time_single: return "kl. {0}";
        case Msg::time_range: return "kl. {0}–{1}";

        case Msg::err_cannot_read: return "kan inte läsa '{0}': {1}";
        case Msg::err_not_a_directory: return "'{0}' är ingen katalog";
        case Msg::err_no_toml_files: return "inga .toml-filer i '{0}'";
        case Msg::err_not_a_regular_file: return "'{0}' är ingen vanlig fil (en pipe, socket eller enhet läses inte)";
        case Msg::err_file_too_large: return "'{0}' är större än {1} MB, gränsen för en registerfil";
        case Msg::err_toml_syntax: return "TOML-syntax: {0}";
        case Msg::err_invalid_utf8: return "filen är inte giltig UTF-8";
        case Msg::err_unknown_key: return "okänd nyckel '{0}' i {1}";
        case Msg::err_missing_key: return "{0} saknar den obligatoriska nyckeln '{1}'";
        case Msg::err_expected_string: return "'{0}' ska vara en sträng";
        case Msg::err_expected_integer: return "'{0}' ska vara ett heltal";
        case Msg::err_expected_boolean: return "'{0}' ska vara true eller false";
        case Msg::err_expected_string_list: return "'{0}' ska vara en lista med strängar";
        case Msg::err_expected_integer_list: return "'{0}' ska vara en lista med heltal";
        case Msg::err_expected_table: return "'{0}' ska vara en tabell";
        case Msg::err_expected_table_list: return "'{0}' ska vara en lista med tabeller ([[{0}]])";
        case Msg::err_expected_date: return "'{0}' är inget giltigt datum: '{1}'";
        case Msg::err_expected_time: return "'{0}' är ingen giltig tid: '{1}' (skriv 08:30)";
        case Msg::err_expected_count:
            return "'{0}' är inget giltigt antal: '{1}' (skriv 30, \"about 30\", \"nearly 800\" eller \"over 100\")";
        case Msg::err_invalid_id: return "ogiltigt id '{0}'";
        case Msg::err_duplicate_id: return "id '{0}' finns redan: används av {1} på {2}";
        case Msg::err_unknown_reference: return "'{0}' hänvisar till okänd {1} '{2}'";
        case Msg::err_wrong_reference_kind: return "'{0}' ska ange en {1}, men '{2}' är en {3}";
        case Msg::err_unknown_value: return "okänd {0} '{1}' (tillåtet: {2})";
        case Msg::err_unknown_county: return "okänd länskod '{0}' (01–25, se data/reference/counties.csv)";
        case Msg::err_unknown_municipality: return "okänd kommun '{0}'";
        case Msg::err_municipality_outside_region: return "kommunen '{0}' ligger i {1}, inte i regionen '{2}'";
        case Msg::err_no_region: return "{0} '{1}' hör inte till någon region";
        case Msg::err_end_before_start: return "'{0}' ({1}) är före '{2}' ({3})";
        case Msg::err_time_without_day: return "en tid kräver ett datum med dag, men datumet är '{0}'";
        case Msg::err_invalid_email: return "ogiltig e-postadress '{0}'";
        case Msg::err_kind_contradicts_operations: return "angiven typ '{0}' motsäger verksamheterna, som ger '{1}'";
        case Msg::err_operations_not_a_centre:
            return "verksamheterna ger varken en familjecentral eller en familjecentralsliknande verksamhet (det "
                   "kräver BVC tillsammans med öppen förskola eller socialtjänst)";
        case Msg::err_invalid_reminder_days: return "'{0}' ska ange hela dagar från 0 till 365";
        case Msg::err_duplicate_settings: return "[settings] finns redan på {0}";
        case Msg::err_duplicate_value: return "'{0}' anger '{1}' två gånger";
        case Msg::err_region_table_twice: return "en fil kan definiera en region; den här definierar redan '{0}'";
        case Msg::err_too_deep: return "'{0}' är för djupt nästlad";
        case Msg::hint_date_forms: return "skriv 2019-05-10, 2019-05, 2019-autumn, 2019-spring eller 2019";
        case Msg::hint_id_form:
            return "id skrivs med gemena a–z, siffror och '-', börjar med en bokstav, högst 64 tecken";
        case Msg::hint_region_key:
            return "lägg till region = \"ID\", eller definiera regionen med [region] i samma fil";
        case Msg::warn_outside_programme_period:
            return "mötet ({0}) ligger utanför perioden för satsningen '{1}' ({2} – {3})";

        case Msg::col_id: return "Id";
        case Msg::col_name: return "Namn";
        case Msg::col_region: return "Region";
        case Msg::col_county: return "Län";
        case Msg::col_municipality: return "Kommun";
        case Msg::col_municipalities: return "Kommuner";
        case Msg::col_centres: return "Familjecentraler";
        case Msg::col_kind: return "Typ";
        case Msg::col_operations: return "Verksamheter";
        case Msg::col_opened: return "Öppnad";
        case Msg::col_email: return "E-post";
        case Msg::col_phone: return "Telefon";
        case Msg::col_role: return "Roll";
        case Msg::col_organisation: return "Organisation";
        case Msg::col_centre: return "Familjecentral";
        case Msg::col_date: return "Datum";
        case Msg::col_time: return "Tid";
        case Msg::col_publisher: return "Utgivare";
        case Msg::col_published: return "Publicerad";
        case Msg::col_accessed: return "Läst";
        case Msg::col_url: return "Webbadress";
        case Msg::col_title: return "Rubrik";
        case Msg::col_place: return "Plats";
        case Msg::col_status: return "Status";
        case Msg::col_programme: return "Satsning";
        case Msg::col_network: return "Nätverk";
        case Msg::col_field: return "Fält";
        case Msg::col_value: return "Värde";
        case Msg::show_referenced_by: return "Hänvisas till av";
        case Msg::err_no_such_id: return "inget har id '{0}'";
        case Msg::err_unknown_format: return "okänt format '{0}' (tillåtet: {1})";
        case Msg::err_bad_filter_date: return "ogiltigt datum '{0}' för {1} (skriv ÅÅÅÅ-MM-DD)";
        case Msg::err_unknown_region: return "okänd region '{0}'";
        case Msg::err_output_failed: return "{0}";
        case Msg::see_help: return "(se '{0}')";

        // --- calendar ---------------------------------------------------------
        case Msg::kind_registration_deadline: return "sista anmälningsdag";
        case Msg::agenda_registration: return "Anmälan till {0}";
        case Msg::agenda_registration_via: return "Anmälan till {0} via {1}";
        case Msg::ics_deadline_summary: return "Sista anmälningsdag: {0}";
        case Msg::ics_register_via: return "Anmälan via {0}.";
        case Msg::ics_left_out_vague: return "mötet '{0}' kommer inte med i kalendern: datumet är bara {1}";
        case Msg::ics_left_out_undated: return "mötet '{0}' kommer inte med i kalendern: det har inget datum än";
        case Msg::ics_deadline_left_out:
            return "sista anmälningsdag för '{0}' kommer inte med i kalendern: datumet är bara {1}";
        case Msg::err_days_with_range: return "--days går inte att kombinera med --from eller --to";
        case Msg::err_bad_days: return "--days ska vara ett antal dagar från 1 till 3660, inte '{0}'";
        case Msg::err_range_reversed: return "--from ({0}) är efter --to ({1})";
        case Msg::err_export_what: return "ange vad som ska exporteras, till exempel 'netadmin export ics'";
        case Msg::err_bad_lang: return "--lang ska vara sv eller en, inte '{0}'";
        case Msg::err_bad_today: return "--today ska vara ett datum ÅÅÅÅ-MM-DD, inte '{0}'";
        case Msg::err_subcommand_required: return "ange ett underkommando";
        case Msg::err_bad_operation: return "--operation ska vara en av {0}, inte '{1}'";
        case Msg::err_unknown_programme: return "okänd satsning '{0}'";

        // --- command line -----------------------------------------------------
        case Msg::err_unknown_command: return "okänt kommando '{0}'";
        case Msg::err_unknown_option: return "okänd flagga '{0}'";
        case Msg::err_unexpected_argument: return "oväntat argument '{0}'";
        case Msg::err_missing_argument: return "{0} saknas";
        case Msg::err_option_needs_value: return "{0} behöver ett värde";
        case Msg::err_option_repeated: return "{0} får bara anges en gång";
        case Msg::err_command_required: return "'{0}' behöver ett kommando: {1}";
        case Msg::err_bad_command_line: return "kan inte tolka kommandoraden: {0}";
        case Msg::err_empty_value: return "{0} är tomt: ange ett värde eller utelämna flaggan";
        case Msg::err_empty_argument: return "{0} är tomt";
        case Msg::err_empty_env: return "{0} är satt men tom: ge den ett värde eller ta bort den";
        case Msg::err_bad_choice: return "{0} tar inte '{1}' (tillåtet: {2})";
        case Msg::err_ambiguous_name: return "fler än en post heter '{0}'";
        case Msg::did_you_mean_any: return "menade du {0}?";
        case Msg::word_or: return "eller";
        case Msg::help_global_options: return "Globala flaggor (före eller efter kommandot)";
        case Msg::check_all_well: return "{0} regioner, {1} familjecentraler, {2} möten: inga problem";
        case Msg::empty_regions: return "inga regioner";
        case Msg::empty_centres: return "inga familjecentraler matchar";
        case Msg::empty_contacts: return "inga kontaktpersoner matchar";
        case Msg::empty_meetings: return "inga möten matchar";
        case Msg::empty_meetings_from: return "inga möten från och med {0}";
        case Msg::empty_programmes: return "inga satsningar matchar";
        case Msg::empty_networks: return "inga nätverk matchar";
        case Msg::empty_organisations: return "inga organisationer matchar";
        case Msg::empty_sources: return "inga källor matchar";
        case Msg::empty_venues: return "inga lokaler matchar";
        case Msg::empty_agenda: return "inget från {0} till {1}";
        case Msg::empty_log: return "loggen är tom";
        case Msg::col_short_name: return "Kortnamn";
        case Msg::col_starts: return "Börjar";
        case Msg::col_ends: return "Slutar";
        case Msg::col_founded: return "Grundat";
        case Msg::col_frequency: return "Träffas";
        case Msg::col_parent: return "Del av";
        case Msg::col_building: return "Byggnad";
        case Msg::col_address: return "Adress";
        case Msg::contacts_no_email: return "{0} har ingen e-postadress och kommer inte med";

        // --- reports ----------------------------------------------------------
        case Msg::rpt_no_centres_recorded:
            return "Registret har ännu inga uppgifter om familjecentraler eller liknande verksamheter i regionen.";
        case Msg::rpt_region_subtitle_plain: return "Familjecentraler i {0}";
        case Msg::rpt_contents: return "Innehåll";
        case Msg::rpt_chart_municipalities_title: return "Kommuner med familjecentral";
        case Msg::rpt_chart_municipalities_description:
            return "Kommunerna i varje region: med familjecentral, med bara familjecentralsliknande verksamhet, och "
                   "utan någondera. Regioner utan uppgifter i registret saknar stapel.";
        case Msg::map_heading: return "Karta";
        case Msg::map_title_national: return "Familjecentraler per kommun";
        case Msg::map_title_county: return "Familjecentraler per kommun i {0}";
        case Msg::map_description:
            return "Karta över {0} kommuner: {1} med familjecentral, {2} med bara familjecentralsliknande verksamhet, "
                   "{3} med ingetdera och {4} som registret saknar uppgifter om.";
        case Msg::map_legend: return "Kommuner";
        case Msg::map_status_full: return "Familjecentral";
        case Msg::map_status_similar: return "Bara familjecentralsliknande verksamhet";
        case Msg::map_status_none: return "Ingetdera";
        case Msg::map_status_unknown: return "Uppgift saknas";
        case Msg::err_bad_outline_row: return "inte en konturrad (nivå,kod,punkter med minst tre hörn)";
        case Msg::rpt_overview: return "Översikt";
        case Msg::rpt_region_subtitle: return "Familjecentraler och regionalt nätverk i {0}";
        case Msg::rpt_area_share: return "Andel av Sveriges yta";
        case Msg::rpt_percent: return "{0} %";
        case Msg::rpt_births_per_year: return "Födda per år";
        case Msg::rpt_births_per_centre: return "Födda per registrerad verksamhet (beräknat)";
        case Msg::rpt_full_centres: return "Familjecentraler";
        case Msg::rpt_similar_centres: return "Familjecentralsliknande verksamheter";
        case Msg::rpt_unknown_kind_centres: return "Verksamheter av okänd typ";
        case Msg::rpt_centres_by_kind: return "Familjecentraler och liknande verksamheter";
        case Msg::rpt_note: return "Anmärkning";
        case Msg::rpt_none: return "inga";
        case Msg::rpt_none_planned: return "Ingen träff planerad.";
        case Msg::rpt_municipalities_with_full: return "Med familjecentral ({0})";
        case Msg::rpt_municipalities_only_similar: return "Bara familjecentralsliknande ({0})";
        case Msg::rpt_municipalities_without: return "Utan familjecentral eller liknande ({0})";
        case Msg::rpt_municipalities_all: return "Alla kommuner i länet ({0})";
        case Msg::rpt_networks: return "Regionalt nätverk";
        case Msg::rpt_founded: return "Startade";
        case Msg::rpt_meets: return "Träffas";
        case Msg::rpt_topics: return "Ämnen";
        case Msg::rpt_contact: return "Kontakt";
        case Msg::rpt_contacts: return "Kontakt";
        case Msg::rpt_upcoming_meetings: return "Nästa träff";
        case Msg::rpt_past_meetings: return "Tidigare träffar";
        case Msg::rpt_programmes: return "Satsningar och utbildningar";
        case Msg::rpt_kind: return "Typ";
        case Msg::rpt_period: return "Period";
        case Msg::rpt_parts: return "Antal delar";
        case Msg::rpt_purpose: return "Syfte";
        case Msg::rpt_led_by: return "Leds av";
        case Msg::rpt_organisers: return "Arrangör";
        case Msg::rpt_funded_by: return "Bekostas av";
        case Msg::rpt_taking_part: return "Deltagande verksamheter";
        case Msg::rpt_more: return "Mer";
        case Msg::rpt_programme_page: return "Satsningens egen sida";
        case Msg::rpt_other_meetings: return "Andra träffar";
        case Msg::rpt_resources: return "Tips, länkar och filer";
        case Msg::rpt_outlook: return "Framåt";
        case Msg::rpt_since: return "från {0}";
        case Msg::rpt_until: return "till {0}";
        case Msg::rpt_word_yearly: return "en gång om året";
        case Msg::rpt_word_twice_a_year: return "två gånger om året";
        case Msg::rpt_word_monthly: return "en gång i månaden";
        case Msg::rpt_word_quarterly: return "en gång i kvartalet";
        case Msg::rpt_word_training: return "utbildning";
        case Msg::rpt_word_dialogue: return "dialog";
        case Msg::rpt_word_supervision: return "handledning";
        case Msg::rpt_file_format: return "format {0}";
        case Msg::rpt_by: return "av {0}";
        case Msg::rpt_from_meeting: return "från {0}";
        case Msg::rpt_file_at: return "filen: {0}";
        case Msg::rpt_address_not_known: return "adressen finns inte i registret";
        case Msg::rpt_date_not_set_yet: return "datum inte bestämt ännu";
        case Msg::rpt_status_held: return "genomförd";
        case Msg::rpt_status_planned: return "planerad";
        case Msg::rpt_status_coming: return "kommande";
        case Msg::rpt_status_next: return "nästa";
        case Msg::rpt_moved_from: return "Flyttad från";
        case Msg::rpt_theme: return "Tema";
        case Msg::rpt_themes: return "Teman";
        case Msg::rpt_invited: return "Inbjudna";
        case Msg::rpt_participants: return "Deltagare";
        case Msg::rpt_among_them: return "bland andra {0}";
        case Msg::rpt_outcome: return "Resultat";
        case Msg::rpt_speakers: return "Talare";
        case Msg::err_inferred_unknown_key: return "'inferred' nämner '{0}', som {1} inte anger";
        case Msg::err_inferred_without_note: return "'inferred' behöver en 'inference_note' som anger underlaget";
        case Msg::warn_no_source: return "{0} '{1}' anger ingen källa";
        case Msg::hint_cite_source: return "lägg till sources = [\"ID\"] som pekar på en [[source]]";
        case Msg::warn_more_without_source: return "ytterligare {0} poster anger ingen källa";
        case Msg::warn_reminded_without_email: return "'{0}' ska få påminnelser men saknar e-postadress";
        case Msg::warn_more_reminded_without_email:
            return "ytterligare {0} personer ska få påminnelser men saknar e-postadress";
        case Msg::hint_add_email: return "lägg till email = \"ADRESS\" hos personen";
        case Msg::warn_no_mail_from:
            return "det finns regler för påminnelser men [settings] anger ingen avsändare, så påminnelser skulle "
                   "skickas från datorns standardadress";
        case Msg::hint_add_mail_from: return "lägg till mail_from = \"ADRESS\" i [settings]";
        case Msg::check_errors_one: return "{0} fel";
        case Msg::check_errors_many: return "{0} fel";
        case Msg::check_warnings_one: return "{0} varning";
        case Msg::check_warnings_many: return "{0} varningar";
        case Msg::rpt_sources: return "Källor";
        case Msg::rpt_source_published: return "publicerad {0}";
        case Msg::rpt_source_accessed: return "läst {0}";
        case Msg::rpt_probably: return "troligen {0}";
        case Msg::rpt_inference_note: return "”Troligen” står för en slutsats, inte en uppgift ur källorna: {0}";
        case Msg::rpt_footer_plain: return "Sammanställt av netadmin ur registret.";
        case Msg::rpt_status_not_recorded: return "datum passerat, inte registrerad som genomförd";
        case Msg::rpt_status_moved: return "flyttad";
        case Msg::rpt_later_meetings: return "Senare träffar";
        case Msg::rpt_developed_by: return "Verktyget framtaget av";
        case Msg::rpt_address: return "Adress";
        case Msg::rpt_operations: return "Verksamheter";
        case Msg::rpt_footer: return "Sammanställt av netadmin ur registret. Uppgifterna gäller {0}.";
        case Msg::rpt_trained: return "Utbildade hittills";
        case Msg::rpt_audience: return "Vem deltar";
        case Msg::rpt_focus_themes: return "Huvudteman";
        case Msg::rpt_other_themes: return "Dessutom i träffarna";
        case Msg::rpt_sessions: return "Träffar";
        case Msg::rpt_sessions_held: return "Per den {2}: {0} av {1} träffar registrerade som genomförda.";
        case Msg::rpt_venue_and_catering: return "Plats och förtäring";
        case Msg::rpt_venue: return "Lokal";
        case Msg::rpt_directions: return "Vägbeskrivning";
        case Msg::rpt_catering: return "Förtäring";
        case Msg::rpt_registration: return "Anmälan";
        case Msg::rpt_deadline: return "Sista anmälningsdag";
        case Msg::rpt_deadline_passed: return "har passerat";
        case Msg::rpt_register_via: return "Anmälan via";
        case Msg::rpt_requirement: return "Krav";
        case Msg::rpt_local_work: return "Arbetet mellan träffarna";
        case Msg::rpt_reading: return "Inläsning";
        case Msg::rpt_hours_per_month: return "{0} timmar i månaden inför husmötena";
        case Msg::rpt_hour_per_month: return "{0} timme i månaden inför husmötena";
        case Msg::rpt_quotes: return "Röster från deltagare";
        case Msg::rpt_coverage_title: return "Familjecentraler i Sveriges regioner";
        case Msg::rpt_coverage_subtitle: return "Registret har uppgifter om {0} av {1} regioner.";
        case Msg::rpt_chart_title: return "Verksamheter per region";
        case Msg::rpt_chart_description:
            return "Familjecentraler och familjecentralsliknande verksamheter per region; {0} regioner har uppgifter i "
                   "registret, övriga saknar uppgift.";
        case Msg::rpt_not_known: return "uppgift saknas";
        case Msg::rpt_coverage_table: return "Kommuner och verksamheter";
        case Msg::rpt_col_with_full: return "Med familjecentral";
        case Msg::rpt_col_only_similar: return "Bara liknande";
        case Msg::rpt_col_without: return "Utan";
        case Msg::rpt_col_full_centres: return "Familjecentraler";
        case Msg::rpt_col_similar_centres: return "Liknande verksamheter";
        case Msg::rpt_national_total: return "Hela landet";
        case Msg::rpt_coverage_note:
            return "– betyder att uppgiften saknas i registret. Summorna räknar bara regioner med uppgifter.";
        case Msg::rpt_site_title: return "Familjecentraler – regionala nätverk";
        case Msg::rpt_site_subtitle: return "Regioner, satsningar och täckning, sammanställt ur registret";
        case Msg::rpt_nav_home: return "Start";
        case Msg::rpt_nav_coverage: return "Täckning";
        case Msg::rpt_regions: return "Regioner";
        case Msg::rpt_region_line: return "{0} familjecentraler, {1} familjecentralsliknande verksamheter";
        case Msg::rpt_coverage_link: return "Täckning i hela landet";
        case Msg::rpt_calendar: return "Kalender";
        case Msg::err_unsupported_format: return "formatet '{0}' finns inte för den här rapporten (tillåtet: {1})";
        case Msg::err_unsafe_id: return "id '{0}' kan inte bli ett filnamn";
        case Msg::err_cannot_create_dir: return "kan inte skapa katalogen {0}: {1}";

        // --- reminders --------------------------------------------------------
        case Msg::rem_subject_meeting: return "Påminnelse: {0}, {1}";
        case Msg::rem_subject_deadline: return "Påminnelse: sista anmälningsdag för {0} är {1}";
        case Msg::rem_greeting: return "Hej {0}!";
        case Msg::rem_greeting_anonymous: return "Hej!";
        case Msg::rem_intro_meeting: return "Det här är en påminnelse om {0}.";
        case Msg::rem_intro_deadline:
            return "Det här är en påminnelse om att sista dag att anmäla sig till {0} är {1}.";
        case Msg::rem_label_date: return "Datum";
        case Msg::rem_label_time: return "Tid";
        case Msg::rem_label_place: return "Plats";
        case Msg::rem_label_theme: return "Tema";
        case Msg::rem_label_registration: return "Anmälan";
        case Msg::rem_label_requirement: return "Krav";
        case Msg::rem_label_programme: return "Satsning";
        case Msg::rem_moved: return "Observera att mötet har flyttats, det skulle först ha varit {0}.";
        case Msg::rem_footer: return "Du får det här meddelandet eftersom du står som kontakt i nätverkets register.";
        case Msg::rem_plan_meeting: return "{0} ({1}), {2}";
        case Msg::rem_plan_deadline: return "Sista anmälningsdag för {0} ({1}), {2}";
        case Msg::rem_days_before: return "{0} dagar före";
        case Msg::rem_one_day_before: return "1 dag före";
        case Msg::rem_on_the_day: return "samma dag";
        case Msg::rem_action_send: return "{0}: skicka till {1}";
        case Msg::rem_action_retry: return "{0}: skicka igen till {1} (förra försöket misslyckades)";
        case Msg::rem_action_superseded: return "{0}: hoppas över för {1}, en senare påminnelse gäller";
        case Msg::rem_action_no_address: return "{0}: ingen e-postadress för {1}";
        case Msg::rem_result_sent: return "{0}: skickad till {1}";
        case Msg::rem_result_failed: return "{0}: kunde inte skickas till {1}: {2}";
        case Msg::rem_status_sent: return "skickad";
        case Msg::rem_status_failed: return "misslyckad";
        case Msg::rem_status_unknown: return "okänt (lämnad till e-postprogrammet, utfallet inte registrerat)";
        case Msg::rem_status_superseded: return "överhoppad (en senare påminnelse gällde)";
        case Msg::rem_status_no_address: return "överhoppad (ingen e-postadress)";
        case Msg::col_rem_when: return "Tidpunkt (UTC)";
        case Msg::col_rem_status: return "Status";
        case Msg::col_rem_target: return "Gäller";
        case Msg::col_rem_recipient: return "Mottagare";
        case Msg::col_rem_address: return "Adress";
        case Msg::col_rem_offset: return "Dagar före";
        case Msg::col_rem_reference: return "Referensdatum";
        case Msg::col_rem_due: return "Förfallodag";
        case Msg::col_rem_attempts: return "Försök";
        case Msg::col_rem_detail: return "Detalj";
        case Msg::err_state_not_sqlite:
            return "{0} är inte en tillståndsdatabas för netadmin (inte en SQLite-fil); filen lämnades orörd";
        case Msg::err_state_foreign:
            return "{0} är inte en tillståndsdatabas för netadmin (den hör till ett annat program); filen lämnades "
                   "orörd";
        case Msg::err_state_truncated: return "{0} är skadad (kortare än dess huvud anger); filen lämnades orörd";
        case Msg::err_state_damaged: return "{0} är skadad eller ingen databas ({1}); filen lämnades orörd";
        case Msg::err_state_newer:
            return "{0} skrevs av en nyare netadmin (schema {1}, den här känner till högst {2}); filen lämnades orörd";
        case Msg::err_state_read_only_file:
            return "{0}: kan inte skriva i tillståndsdatabasen ({1}); inget skickades och filen lämnades orörd";
        case Msg::err_state_read_only_dir:
            return "{0}: kan inte skriva i tillståndsdatabasen, dess katalog {1} är skrivskyddad ({2}); inget "
                   "skickades och filen lämnades orörd";
        case Msg::err_state_locked:
            return "{0}: tillståndsdatabasen är låst av ett annat program (väntade {1} sekunder); försök igen när det "
                   "är klart";
        case Msg::err_state_cannot_create: return "{0}: kan inte skapa tillståndsdatabasen ({1})";
        case Msg::err_state_cannot_read: return "{0}: kan inte läsa tillståndsdatabasen ({1}); den lämnades orörd";
        case Msg::err_state_not_regular: return "{0}: tillståndsdatabasen är inte en vanlig fil; den lämnades orörd";
        case Msg::err_state_failed: return "{0}: tillståndsdatabasen kunde inte användas ({1})";
        case Msg::err_empty_option: return "{0} behöver ett värde: ett tomt värde är inte standardvärdet";
        case Msg::err_stdout_failed: return "kunde inte skriva till standard ut ({0}): utdata är ofullständiga";
        case Msg::err_state_created:
            return "skapade tillståndsdatabasen {0}: en ny, tom leveranslogg (om påminnelser har skickats förut finns "
                   "de registrerade någon annanstans: kontrollera --state, NETADMIN_STATE och HOME)";
        case Msg::rem_result_withheld: return "{0}: hålls inne för {1} (registret har fel)";
        case Msg::rem_result_missed:
            return "{0}: missad för {1} (inhållen medan registret hade fel, och dagen har passerat)";
        case Msg::rem_withheld_one: return "1 påminnelse för {0} skickades inte: {1}; kör 'netadmin check'";
        case Msg::rem_withheld_many: return "{0} påminnelser för {1} skickades inte: {2}; kör 'netadmin check'";
        case Msg::rem_file_one_error: return "{0} har 1 fel";
        case Msg::rem_file_errors: return "{0} har {1} fel";
        case Msg::rem_registry_errors:
            return "registret har fel ({0}): påminnelser som beror på dem hålls inne; kör 'netadmin check'";
        case Msg::rem_unknown_notice:
            return "leverans {0} ({1} till {2}, {3}) lämnades till e-postprogrammet men utfallet registrerades aldrig: "
                   "sök upp den i e-postserverns logg ('netadmin reminders log --status unknown'), kör sedan 'netadmin "
                   "reminders ack {0}'";
        case Msg::rem_stopped:
            return "stoppad av {0}: påminnelser som ännu inte lämnats till e-postprogrammet skickas av nästa körning";
        case Msg::rem_status_withheld: return "inhållen (registret hade fel)";
        case Msg::rem_status_missed: return "missad (inhållen tills dagen hade passerat)";
        case Msg::rem_status_acknowledged: return "okänt, kvitterat";
        case Msg::rem_ack_done: return "leverans {0} kvitterad: den rapporteras inte längre";
        case Msg::err_ack_not_unknown:
            return "det finns ingen leverans {0} med okänt utfall (se 'netadmin reminders log --status unknown')";
        case Msg::col_rem_id: return "id";
        case Msg::err_mailer_empty: return "--mailer måste ange ett program";
        case Msg::err_no_state_path: return "ingen tillståndsdatabas: ange --state FIL (HOME är inte satt)";
        case Msg::err_bad_mailer_timeout:
            return "'mailer_timeout' ska vara ett antal sekunder från 1 till 3600, inte {0}";
        case Msg::warn_shared_address:
            return "e-postadressen '{0}' är också {1}s ({2}): de är en brevlåda och får en påminnelse";

        case Msg::csv_encoding_utf8: return "UTF-8";
        case Msg::csv_encoding_utf8_bom: return "UTF-8 med byte-order mark";
        case Msg::csv_encoding_windows_1252: return "Windows-1252";
        case Msg::csv_read_as: return "läst som '{0}'-separerad {1}";
        case Msg::err_csv_too_large: return "filen är större än {0} MB, gränsen för en CSV-fil";
        case Msg::err_csv_unknown_encoding:
            return "okänd teckenkodning: filen är varken UTF-8 eller Windows-1252 (spara den som CSV UTF-8)";
        case Msg::err_csv_empty: return "filen är tom";
        case Msg::err_csv_header_only: return "filen har en rubrikrad men inga rader";
        case Msg::err_csv_ragged: return "raden har {0} celler, rubrikraden {1}";
        case Msg::err_csv_unterminated_quote: return "citattecknet som börjar cellen avslutas aldrig";
        case Msg::err_csv_text_after_quote:
            return "text efter citattecknet som avslutar cellen (skriv \"\" för ett citattecken)";
        case Msg::err_csv_unknown_column: return "okänd kolumn '{0}'";
        case Msg::err_csv_duplicate_column: return "kolumnen '{0}' finns redan som kolumn {1}";
        case Msg::err_csv_missing_column: return "kolumnen '{0}' saknas (den kan heta {1})";

        case Msg::err_reg_no_email: return "raden saknar e-postadress";
        case Msg::err_reg_bad_email: return "'{0}' är inte en e-postadress";
        case Msg::err_reg_duplicate_email: return "'{0}' finns redan på rad {1}";
        case Msg::err_reg_ambiguous_workplace:
            return "arbetsplatsen '{0}' kan vara flera familjecentraler: {1}; skriv centralens id";
        case Msg::warn_reg_unmatched_workplace:
            return "arbetsplatsen '{0}' är ingen familjecentral i registret; den sparas som text";

        case Msg::col_workplace: return "Arbetsplats";
        case Msg::col_registered: return "Anmäld";
        case Msg::col_walk_in: return "Oanmäld";
        case Msg::err_unknown_target: return "inget program eller möte heter '{0}'";
        case Msg::err_unknown_meeting: return "inget möte har id '{0}'";
        case Msg::reg_import_summary: return "{0} nya, {1} ändrade, {2} oförändrade";
        case Msg::reg_kept_unregistered:
            return "{0} har avanmält sig sedan och förblir avanmälda (använd 'netadmin register' för att anmäla igen)";
        case Msg::reg_nothing_imported: return "inget sparades: {0} fel i filen";
        case Msg::empty_registrations: return "inga anmälningar";
        case Msg::err_not_registered: return "'{0}' är inte anmäld till {1}";
        case Msg::reg_unregistered: return "'{0}' är avanmäld från {1}";
        case Msg::err_att_cancelled: return "mötet {0} är inställt: ingen närvaro kan registreras";
        case Msg::err_att_future: return "mötet {0} är {1}, inte ännu: ange --force för att registrera närvaro ändå";
        case Msg::err_att_bad_count: return "--count ska vara ett antal som '25' eller 'ett 30-tal', inte '{0}'";
        case Msg::err_att_one_source: return "ange en av --present, --import och --count";
        case Msg::att_count_recorded: return "{0} närvarande registrerade för {1}";
        case Msg::att_recorded: return "{0} närvarande vid {1}, varav {2} oanmälda";

        case Msg::rpt_progress: return "Deltagare och närvaro";
        case Msg::rpt_col_registered: return "Anmälda";
        case Msg::rpt_col_trained: return "Utbildade";
        case Msg::rpt_col_present: return "Närvarande";
        case Msg::rpt_col_walk_ins: return "Oanmälda";
        case Msg::rpt_trained_recorded_and_stated: return "{0} registrerade (registret anger {1})";
        case Msg::rpt_centres_missed: return "Anmälda familjecentraler som inte var med vid alla träffar:";

        case Msg::att_sheet_title: return "Närvarolista: {0}";
        case Msg::att_col_signature: return "Namnteckning";
        case Msg::att_page: return "sida {0} av {1}";
        case Msg::att_no_names: return "Ingen anmäld eller närvarande ännu: fyll i namnen för hand.";

        case Msg::count_: break;
    }
    return "";
}

}  // namespace netadmin::i18n
