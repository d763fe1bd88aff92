// A registry that uses every kind of entity and most kinds of value, for
// the snapshot tests: what a round trip through bytes must keep.
#pragma once

#include <string_view>

namespace netadmin::snapshot::testing {

inline constexpr std::string_view kRichRegistry = R"toml(
[settings]
language = "sv"
mail_from = "natverk@example.se"
as_of = "2024-05"
[settings.reminders]
meeting_days = [10, 2]
to = ["contacts", "registered"]

[[source]]
id = "sida"
title = "Sidan om familjecentraler"
publisher = "Region Norrbotten"
published = "2019-autumn"

[region]
id = "nb"
county = "25"
summary = "Åtta familjecentraler."
births_per_year = "about 2500"
contacts = ["anna"]
sources = ["sida"]
[region.reminders]
deadline_days = [5]

[[organisation]]
id = "kalix-kommun"
name = "Kalix kommun"
kind = "kommun"
municipality = "Kalix"
url = "https://kalix.se"

[[person]]
id = "anna"
name = "Anna Öberg"
email = "anna@example.se"
role = "samordnare"
organisation = "kalix-kommun"

[[centre]]
id = "kalix-fc"
name = "Familjecentralen i Kalix"
municipality = "Kalix"
operations = ["mvc", "bvc", "open-preschool"]
opened = "2018-05-03"
contacts = ["anna"]
sources = ["sida"]
inferred = ["municipality"]
inference_note = "Sidan nämner orten."

[[network]]
id = "nb-natverk"
name = "Nätverket i Norrbotten"
founded = "2017"
topics = ["samverkan", "föräldraskap"]
contacts = ["anna"]
members = ["anna"]

[[venue]]
id = "sal"
name = "Stora salen"
municipality = "Övertorneå"

[[programme]]
id = "fcd"
name = "Familjecentralsdialog"
short_name = "FCD"
organisers = ["kalix-kommun"]
starts = "2019-spring"
ends = "2019-12"
parts = 3
trained = "nearly 800"
reading_hours_per_month = 2
venue = "sal"
catering = ["lunch"]
participants = ["kalix-fc"]
themes = [{ id = "lek", name = "Lek", focus = true }, { id = "somn", name = "Sömn" }]
registration = { deadline = 2019-02-01, channel = "e-post" }
quotes = [{ text = "Bra dag!", source = "deltagare" }]

[[meeting]]
id = "fcd-1"
kind = "programme-session"
title = "Första träffen"
programme = "fcd"
session = 1
date = 2019-03-14
start = "08:30"
end = "16:00"
status = "held"
participants = "about 30"
speakers = [{ person = "anna", topic = "Lek" }]
themes = ["lek"]
former_ids = ["fcd-start"]

[[meeting]]
id = "natverk-host"
kind = "network-meeting"
network = "nb-natverk"
title = "Höstträffen"
date = "2019-autumn"
status = "moved"
moved_from = 2019-09-01
place = "Kalix"

[[resource]]
id = "bilder"
kind = "file"
title = "Bilder"
meeting = "fcd-1"
format = "pdf"
author = "anna"
)toml";

}  // namespace netadmin::snapshot::testing
