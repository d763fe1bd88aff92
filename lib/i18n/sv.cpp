// Svenska texter. Nycklar och argumentnummer som i i18n/messages.hpp.
// Stil: svensk offentlig sektor (Myndigheternas skrivregler): gemener i
// månads- och veckodagsnamn, "kl. 8.30–16.00".
#include "i18n/catalog.hpp"

namespace netadmin::i18n {

std::string_view text_sv(Msg msg) {
    switch (msg) {
        case Msg::severity_error: return "error";
        case Msg::severity_warning: return "warning";
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
        case Msg::err_expected_count: return "'{0}' är inget giltigt antal: '{1}' (skriv 30, \"about 30\", \"nearly 800\" eller \"over 100\")";
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
        case Msg::err_operations_not_a_centre: return "verksamheterna ger varken en familjecentral eller en familjecentralsliknande verksamhet (det kräver BVC tillsammans med öppen förskola eller socialtjänst)";
        case Msg::err_invalid_reminder_days: return "'{0}' ska ange hela dagar från 0 till 365";
        case Msg::err_duplicate_settings: return "[settings] finns redan på {0}";
        case Msg::err_duplicate_value: return "'{0}' anger '{1}' två gånger";
        case Msg::err_region_table_twice: return "en fil kan definiera en region; den här definierar redan '{0}'";
        case Msg::err_too_deep: return "'{0}' är för djupt nästlad";
        case Msg::hint_date_forms: return "skriv 2019-05-10, 2019-05, 2019-autumn, 2019-spring eller 2019";
        case Msg::hint_id_form: return "id skrivs med gemena a–z, siffror och '-', börjar med en bokstav, högst 64 tecken";
        case Msg::hint_region_key: return "lägg till region = \"ID\", eller definiera regionen med [region] i samma fil";
        case Msg::warn_outside_programme_period: return "mötet ({0}) ligger utanför perioden för satsningen '{1}' ({2} – {3})";

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

        // --- reports ----------------------------------------------------------

        // --- reminders --------------------------------------------------------

        case Msg::count_: break;
    }
    return "";
}

}  // namespace netadmin::i18n
