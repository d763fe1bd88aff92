#!/usr/bin/env python3
"""Writes a synthetic, valid netadmin registry for the benchmark.

Scale 1 is Sweden today: 21 regions (every county in
data/reference/counties.csv), their 290 municipalities, 300 centres, 3,000
contact people, 1,000 meetings, a few programmes with themes and
registration deadlines, and one regional network per region. Scale K
multiplies centres, contacts, meetings and programmes by K, and networks
with them: a region gets a network per 15 centres, so a network stays the
size of today's. When a region has more than one, each lists the contacts
of its centres as members (one network alone keeps the default: the
contacts of every centre in the region) and the region's network meetings
go to each in turn. The output only
depends on the scale and the split size (fixed seed), so two runs write the
same bytes.

    generate.py --scale 10 --out DIR            one file per region
    generate.py --scale 10 --out DIR --split 1000
                                                each region split into files
                                                of at most about 1000 kB

Standard library only.
"""

import argparse
import csv
import os
import random
import shutil
import sys
from pathlib import Path

SEED = 20260101
CENTRES_PER_NETWORK = 15
SOURCE = Path(__file__).resolve().parents[2]

FIRST_NAMES = [
    "Åsa", "Örjan", "Änna", "Åke", "Östen", "Agnes", "Anna", "Björn", "Birgitta", "Cecilia", "Dag", "Elin",
    "Erik", "Filippa", "Gunnel", "Göran", "Hanna", "Håkan", "Ingela", "Inger", "Jöns", "Karin", "Kjell",
    "Lena", "Linnéa", "Maja", "Märta", "Nils", "Olle", "Pär", "Ragnhild", "Sören", "Stina", "Sven",
    "Tove", "Ulla", "Viveka", "Wilma", "Yngve", "Zacharias", "Ebba", "Frida", "Gösta", "Jonna", "Lovisa",
    "Mårten", "Signe", "Tuva", "Valter", "Alva",
]
LAST_NAMES = [
    "Åberg", "Ödman", "Ängquist", "Öhrström", "Åström", "Andersson", "Berglund", "Dahlström", "Ek",
    "Forsberg", "Gustafsson", "Hägglund", "Holm", "Isaksson", "Jönsson", "Karlsson", "Lindqvist",
    "Lundström", "Malmqvist", "Nordström", "Nyström", "Olsson", "Persson", "Sjöberg", "Söderberg",
    "Strömberg", "Wahlström", "Vikström", "Zetterlund", "Frisk", "Alakulju", "Bäckström", "Hellström",
    "Ljungberg", "Sandén",
]
CENTRE_NAMES = [
    "Familjecentralen i {m}", "Familjecentralen {w} i {m}", "Familjecentralsliknande verksamhet i {m}",
    "{w}s familjecentral", "Familjens hus {w}, {m}", "familjecentralen {w}", "Öppna förskolan {w} i {m}",
    "Ängens familjecentral i {m}", "Åkerns familjecentral", "\"{w}\" familjecentral i {m}",
]
CENTRE_WORDS = [
    "Solrosen", "Björken", "Äppelgården", "Örnen", "Ängen", "Tallen", "Måsen", "Lärkan", "Vitsippan",
    "Gläntan", "Källan", "Hamnen", "Bryggan", "Eken", "Aspen", "Vänskapen", "Wasa", "Zäta", "Émile",
    "Ödegården",
]
ROLES = ["Samordnare", "Barnmorska", "Distriktssköterska", "Förskollärare", "Socionom", "Enhetschef",
         "Kurator", "Psykolog", "Barnsjuksköterska", "Familjebehandlare"]
TOPICS = ["utbildning", "utvecklingsfrågor", "goda exempel", "samverkan", "föräldraskapsstöd",
          "tidiga insatser", "språkutveckling"]
THEMES = [("halsa", "Hälsa och välmående"), ("sprak", "Språk och läsning"), ("trygghet", "Trygghet och anknytning"),
          ("samverkan", "Samverkan över gränserna"), ("foraldrar", "Föräldraskap i förändring")]
OPERATIONS = ["mvc", "bvc", "open-preschool", "social-services"]
OPERATION_SETS = [
    ["mvc", "bvc", "open-preschool", "social-services"],
    ["bvc", "open-preschool"],
    ["bvc", "social-services"],
    ["bvc", "open-preschool", "social-services"],
]
ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "Å": "a", "Ä": "a", "Ö": "o",
                       "É": "e"})


def slug(text):
    out = []
    for c in text.translate(ASCII).lower():
        out.append(c if ("a" <= c <= "z" or "0" <= c <= "9") else "-")
    s = "-".join(part for part in "".join(out).split("-") if part)
    return s[:50].rstrip("-")


def q(text):
    """A TOML basic string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def q_list(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def read_reference():
    with open(SOURCE / "data/reference/counties.csv", encoding="utf-8", newline="") as f:
        counties = list(csv.DictReader(f))
    with open(SOURCE / "data/reference/municipalities.csv", encoding="utf-8", newline="") as f:
        municipalities = list(csv.DictReader(f))
    by_county = {}
    for m in municipalities:
        by_county.setdefault(m["lanskod"], []).append(m["kommun"])
    return counties, by_county


def region_id(county):
    name = county["region_name"]
    return slug(name[len("Region "):] if name.startswith("Region ") else name)


def share(total, count):
    """Splits `total` items over `count` regions as evenly as possible."""
    return [total // count + (1 if i < total % count else 0) for i in range(count)]


def fuzzy_date(rng, first_year, last_year):
    """A date as a TOML value: mostly days, some months, terms and years."""
    year = rng.randint(first_year, last_year)
    pick = rng.random()
    if pick < 0.7:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if pick < 0.8:
        return q(f"{year}-{rng.randint(1, 12):02d}")
    if pick < 0.87:
        return q(f"{year}-{rng.choice(['spring', 'autumn'])}")
    if pick < 0.92:
        return q(f"{rng.choice(['HT', 'VT'])} {year}")
    return str(year)


class Region:
    """Writes one region: its entities as text blocks, in file order."""

    def __init__(self, rng, county, municipalities, index):
        self.rng = rng
        self.county = county
        self.municipalities = municipalities
        self.index = index
        self.id = region_id(county)
        self.org = f"{self.id}-regionen"
        self.header = []   # region, organisations, network, programmes: the first file
        self.blocks = []   # people, centres, meetings: any file

    def person(self, n):
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        pid = f"{slug(first)}-{slug(last)}-{self.index}-{n}"
        lines = ["[[person]]", f"id = {q(pid)}", f"name = {q(first + ' ' + last)}"]
        if rng.random() < 0.9:
            lines.append(f"email = {q(slug(first) + '.' + slug(last) + str(n) + '@' + self.id + '.se')}")
        if rng.random() < 0.4:
            lines.append(f'phone = "0{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"')
        lines.append(f"role = {q(rng.choice(ROLES))}")
        municipality = rng.choice(self.municipalities)
        lines.append(f"organisation = {q(self.kommun_org(municipality))}")
        self.blocks.append("\n".join(lines) + "\n")
        return pid

    def kommun_org(self, municipality):
        return f"{slug(municipality)}-kommun-{self.index}"

    def centre(self, n, contacts):
        rng = self.rng
        municipality = rng.choice(self.municipalities)
        name = rng.choice(CENTRE_NAMES).format(m=municipality, w=rng.choice(CENTRE_WORDS))
        if rng.random() < 0.01:
            name = "-" + name  # a name a spreadsheet would take for a formula
        cid = f"{slug(name)}-{self.index}-{n}"
        lines = ["[[centre]]", f"id = {q(cid)}", f"name = {q(name)}", f"municipality = {q(municipality)}"]
        pick = rng.random()
        if pick < 0.6:
            lines.append(f"operations = {q_list(rng.choice(OPERATION_SETS))}")
        elif pick < 0.9:
            lines.append(f"kind = {q(rng.choice(['full', 'similar']))}")
        if rng.random() < 0.7:
            lines.append(f"opened = {fuzzy_date(rng, 1998, 2025)}")
        elif rng.random() < 0.3:
            lines.append('opened_note = "Öppnade efter grannkommunens familjecentral."')
        if contacts:
            lines.append(f"contacts = {q_list(contacts)}")
        if rng.random() < 0.5:
            lines.append(f'address = "Storgatan {rng.randint(1, 99)}, {municipality}"')
        if rng.random() < 0.3:
            lines.append('note = "Samverkar med förskolan och socialtjänsten i kommunen."')
        self.blocks.append("\n".join(lines) + "\n")
        return cid

    def meeting(self, n, network, programme, contacts):
        rng = self.rng
        lines = ["[[meeting]]"]
        if programme is not None and rng.random() < 0.2:
            pid, themes, sessions = programme
            session = rng.randint(1, min(sessions, 1000))
            lines += [f'id = "{pid}-traff-{self.index}-{n}"', 'kind = "programme-session"',
                      f"title = {q(f'Träff {session} i programmet')}", f"programme = {q(pid)}",
                      f"session = {session}"]
            year = rng.randint(2016, 2030)
            lines.append(f"date = {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            start = rng.choice([8 * 60 + 30, 9 * 60, 13 * 60])
            lines.append(f'start = "{start // 60:02d}:{start % 60:02d}"')
            lines.append(f"end = {(start + 180) // 60:02d}:{(start + 180) % 60:02d}:00")
            lines.append(f"themes = {q_list(rng.sample(themes, 2))}")
            if rng.random() < 0.3:
                lines.append(f"registration = {{ deadline = {year - 1}-12-01, channel = \"Lärandekalendern\" }}")
        else:
            lines += [f'id = "{self.id}-natverkstraff-{n}"', 'kind = "network-meeting"',
                      f"title = {q(rng.choice(['Nätverksträff', 'Höstträff', 'Vårträff', 'Årsmöte']) + ' i ' + rng.choice(self.municipalities))}",
                      f"network = {q(network)}"]
            if rng.random() < 0.97:
                lines.append(f"date = {fuzzy_date(rng, 2010, 2030)}")
            lines.append(f"place = {q(rng.choice(self.municipalities))}")
            if rng.random() < 0.5:
                lines.append(f"theme = {q(rng.choice(TOPICS).capitalize())}")
        if rng.random() < 0.03:
            lines.append('status = "cancelled"')
        if contacts and rng.random() < 0.3:
            lines.append(f"speakers = [{{ person = {q(rng.choice(contacts))}, topic = \"Erfarenheter från vår familjecentral\" }}]")
        if rng.random() < 0.4:
            lines.append(f"summary = {q('Samtal om ' + rng.choice(TOPICS) + ' och ' + rng.choice(TOPICS) + ' för barnfamiljer i länet.')}")
        self.blocks.append("\n".join(lines) + "\n")

    def write_header(self, contacts, programmes, networks):
        c = self.county
        self.header.append("\n".join([
            "[region]", f"id = {q(self.id)}", f"county = {q(c['lanskod'])}", f"name = {q(c['region_name'])}",
            f"summary = {q(c['lan'] + ' har ' + str(len(self.municipalities)) + ' kommuner.')}",
            f"births_per_year = \"about {self.rng.randint(5, 300) * 100}\"",
            f"contacts = {q_list(contacts[:1])}",
        ]) + "\n")
        self.header.append("\n".join(["[[organisation]]", f"id = {q(self.org)}", f"name = {q(c['region_name'])}",
                                      'kind = "region"']) + "\n")
        for m in self.municipalities:
            self.header.append("\n".join(["[[organisation]]", f"id = {q(self.kommun_org(m))}",
                                          f"name = {q(m + ' kommun')}", 'kind = "kommun"',
                                          f"municipality = {q(m)}"]) + "\n")
        for n, (network, members) in enumerate(networks):
            name = "Regionalt nätverk för familjecentraler, " + c["lan"] + (f" {n + 1}" if n else "")
            lines = [
                "[[network]]", f"id = {q(network)}", f"name = {q(name)}",
                f"founded = {self.rng.randint(2005, 2020)}", 'frequency = "twice a year"',
                f"topics = {q_list(self.rng.sample(TOPICS, 3))}", f"contacts = {q_list(contacts[:2])}",
            ]
            if members is not None:
                lines.append(f"members = {q_list(members)}")
            self.header.append("\n".join(lines) + "\n")
        for pid, themes, sessions, participants in programmes:
            year = self.rng.randint(2016, 2028)
            theme_list = ", ".join(f"{{ id = {q(t)}, name = {q(dict(THEMES)[t])}, focus = {'true' if i == 0 else 'false'} }}"
                                   for i, t in enumerate(themes))
            self.header.append("\n".join([
                "[[programme]]", f"id = {q(pid)}", f"name = {q('Utbildning i föräldraskapsstöd ' + pid.rsplit('-', 1)[1])}",
                'short_name = "UFS"', 'kind = "training"', f"organisers = {q_list([self.org])}",
                f"leaders = {q_list(contacts[:1])}", f"contacts = {q_list(contacts[1:3])}",
                f"funders = {q_list([self.org])}", f"starts = \"{year}-{self.rng.choice(['spring', 'autumn'])}\"",
                f"ends = {year + 2}-06-30", f"parts = {sessions}", f"themes = [{theme_list}]",
                f"participants = {q_list(participants)}",
                f"registration = {{ deadline = {year - 1}-11-15, channel = \"Lärandekalendern\", requirement = \"Chefens stöd\" }}",
            ]) + "\n")


def build_region(rng, county, municipalities, index, counts):
    people, centres, meetings, programmes = counts
    region = Region(rng, county, municipalities, index)
    contacts = [region.person(n) for n in range(people)]
    centre_ids = []
    per_centre = max(1, people // max(1, centres))
    for n in range(centres):
        chosen = contacts[n * per_centre:(n + 1) * per_centre] if people else []
        centre_ids.append(region.centre(n, chosen))
    network_count = max(1, -(-centres // CENTRES_PER_NETWORK))
    networks = []
    for j in range(network_count):
        network_id = f"{region.id}-natverk" + (f"-{j + 1}" if j else "")
        members = None
        if network_count > 1:
            last = centres if j == network_count - 1 else (j + 1) * CENTRES_PER_NETWORK
            members = contacts[j * CENTRES_PER_NETWORK * per_centre:last * per_centre]
        networks.append((network_id, members))
    progs = []
    for p in range(programmes):
        themes = [t for t, _ in rng.sample(THEMES, 3)]
        progs.append((f"{region.id}-program-{p + 1}", themes, 12, centre_ids[:3]))
    for n in range(meetings):
        programme = rng.choice(progs)[:3] if progs else None
        region.meeting(n, networks[n % network_count][0], programme, contacts)
    region.write_header(contacts, progs, networks)
    return region


def write_region(region, out, split_bytes):
    if not split_bytes:
        text = "# Synthetic region for the benchmark (tests/perf/generate.py).\n\n" + "\n".join(region.header + region.blocks)
        (out / f"{region.id}.toml").write_text(text, encoding="utf-8")
        return
    folder = out / region.id
    folder.mkdir()
    files = [[]]
    sizes = [0]
    for block in region.header:
        files[0].append(block)
        sizes[0] += len(block.encode()) + 1
    prefix = f"region = {q(region.id)}\n\n"
    for block in region.blocks:
        size = len(block.encode()) + 1
        if sizes[-1] + size > split_bytes:
            files.append([prefix])
            sizes.append(len(prefix))
        files[-1].append(block)
        sizes[-1] += size
    for n, blocks in enumerate(files):
        (folder / f"{n:05d}.toml").write_text("\n".join(blocks), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=int, default=1, help="multiplier of centres, contacts and meetings")
    parser.add_argument("--out", required=True, help="directory to write (replaced)")
    parser.add_argument("--split", type=int, default=0, metavar="KB",
                        help="split each region into files of at most about KB kilobytes")
    args = parser.parse_args()
    rng = random.Random(SEED)
    counties, by_county = read_reference()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    k = args.scale
    n = len(counties)
    people, centres, meetings = share(3000 * k, n), share(300 * k, n), share(1000 * k, n)
    programmes = share(3 * k, n)
    for i, county in enumerate(counties):
        region = build_region(rng, county, by_county[county["lanskod"]], i,
                              (people[i], centres[i], meetings[i], programmes[i]))
        write_region(region, out, args.split * 1000)
    (out / "settings.toml").write_text(
        "[settings]\nlanguage = \"sv\"\n\n[settings.reminders]\nmeeting_days = [14, 7, 1]\ndeadline_days = [7, 1]\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
