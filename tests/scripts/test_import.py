#!/usr/bin/env python3
"""netadmin import centres|people on a copy of the bundled registry: the
spreadsheets people have (';' and UTF-8 with a byte-order mark and CRLF,
Windows-1252, ',') import; a second import changes nothing; a rejected row
is reported at its row and column and nothing is written unless --skip-bad;
unknown columns have a did-you-mean or are ignored; a formula stays text;
comments survive; what list-centres and list-contacts write as CSV reads
back with no change.

    test_import.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FAILURES = []
BOM = b"\xef\xbb\xbf"


def expect(what, condition, detail=""):
    if not condition:
        FAILURES.append(f"{what}\n{detail}")


class Registry:
    def __init__(self, netadmin, source, folder):
        self.netadmin = netadmin
        self.source = Path(source) / "data" / "registry"
        self.dir = folder
        self.reset()

    def reset(self):
        if self.dir.exists():
            shutil.rmtree(self.dir)
        shutil.copytree(self.source, self.dir)

    def run(self, *words, cwd=None):
        env = dict(os.environ, LANG="C", NO_COLOR="1")
        for name in ("LC_ALL", "LC_MESSAGES", "NETADMIN_REGISTRY"):
            env.pop(name, None)
        return subprocess.run([self.netadmin, "--registry", str(self.dir), *words], capture_output=True, text=True,
                              env=env, cwd=cwd)

    def files(self):
        return {p.name: p.read_bytes() for p in sorted(self.dir.glob("*.toml"))}

    def text(self):
        return "".join(data.decode() for data in self.files().values())

    def check_passes(self, after):
        done = self.run("check", "--no-warnings")
        expect(f"check passes after {after}", done.returncode == 0, done.stderr)


def write(folder, name, data):
    path = folder / name
    path.write_bytes(data)
    return path


def test_excel_sv_twice(reg, tmp):
    csv = write(tmp, "centres.csv", BOM + "Namn;Kommun;Typ\r\nFamiljecentralen Öjebyn;Piteå;full\r\n"
                "Familjecentralen i Boden;Boden;full\r\n".encode())
    done = reg.run("import", "centres", str(csv))
    expect("the Excel file imports", done.returncode == 0, done.stderr)
    expect("the separator and encoding are named", "';'-separated UTF-8 with byte-order mark" in done.stderr,
           done.stderr)
    expect("the summary counts two added", "2 added, 0 updated, 0 unchanged, 0 rejected" in done.stdout, done.stdout)
    text = reg.text()
    expect("the centre is in the registry", 'name = "Familjecentralen Öjebyn"' in text, text)
    expect("its id is made from its name", 'id = "familjecentralen-ojebyn"' in text, text)
    reg.check_passes("the import")
    before = reg.files()
    done = reg.run("import", "centres", str(csv))
    expect("the second import exits 0", done.returncode == 0, done.stderr)
    expect("the second import changes nothing", "0 added, 0 updated, 2 unchanged" in done.stdout, done.stdout)
    expect("no file changes on the second import", reg.files() == before)
    # A change in one cell updates that field only.
    csv = write(tmp, "centres.csv", BOM + "Namn;Kommun;Typ\r\nFamiljecentralen Öjebyn;Piteå;similar\r\n".encode())
    done = reg.run("import", "centres", str(csv), "--dry-run")
    expect("a dry run exits 0", done.returncode == 0, done.stderr)
    expect("a dry run prints the diff", '-kind = "full"' in done.stdout and '+kind = "similar"' in done.stdout,
           done.stdout)
    expect("a dry run prints the summary", "0 added, 1 updated, 0 unchanged, 0 rejected" in done.stdout, done.stdout)
    expect("a dry run writes nothing", reg.files() == before)
    reg.reset()


def test_windows_1252(reg, tmp):
    csv = write(tmp, "people.csv", "namn,e-post,roll\r\nÅsa Öberg,asa.oberg@example.org,Samordnare i Västerås\r\n"
                .encode("cp1252"))
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("the Windows-1252 file imports", done.returncode == 0, done.stderr)
    expect("the encoding is named", "Windows-1252" in done.stderr, done.stderr)
    text = reg.files()["norrbotten.toml"].decode()
    expect("'Västerås' survives Windows-1252", 'role = "Samordnare i Västerås"' in text, text)
    expect("'Åsa Öberg' survives Windows-1252", 'name = "Åsa Öberg"' in text, text)
    reg.check_passes("the Windows-1252 import")
    # Matched by e-mail address, whatever its case.
    csv = write(tmp, "people.csv", "E-mail,Phone\nASA.OBERG@example.org,070-123 45 67\n".encode())
    done = reg.run("import", "people", str(csv))
    expect("a row matched by e-mail updates", "0 added, 1 updated" in done.stdout, done.stdout + done.stderr)
    expect("the phone is set", 'phone = "070-123 45 67"' in reg.files()["norrbotten.toml"].decode())
    reg.reset()


def test_rejected_row(reg, tmp):
    csv = write(tmp, "bad.csv", "name,municipality,kind\nFamiljecentralen i Boden,Boden,full\n"
                "Familjecentralen i Älvsbyn,Älvsbin,full\n".encode())
    before = reg.files()
    done = reg.run("import", "centres", str(csv))
    expect("a rejected row exits 1", done.returncode == 1, done.stderr)
    expect("the bad municipality is reported at row 3, column 2",
           f"{csv}:3:2: error: unknown municipality 'Älvsbin'; did you mean 'Älvsbyn'?" in done.stderr, done.stderr)
    expect("nothing is written", reg.files() == before)
    expect("the summary counts the rejected row", "1 added, 0 updated, 0 unchanged, 1 rejected" in done.stdout,
           done.stdout)
    done = reg.run("import", "centres", str(csv), "--skip-bad")
    expect("--skip-bad still exits 1", done.returncode == 1, done.stderr)
    expect("--skip-bad lists the bad row", f"{csv}:3:2: error" in done.stderr, done.stderr)
    text = reg.text()
    expect("--skip-bad writes the good row", 'name = "Familjecentralen i Boden"' in text, text)
    expect("--skip-bad skips the bad row", "Älvsbyn" not in text, text)
    reg.check_passes("--skip-bad")
    reg.reset()
    # What only the whole registry shows is placed at the row too.
    csv = write(tmp, "region.csv", "namn;kommun;typ\nFamiljecentralen i Boden;Boden;full\n"
                "Familjecentralen i Västerås;Västerås;full\n".encode())
    done = reg.run("import", "centres", str(csv), "--region", "norrbotten")
    expect("a municipality outside the region exits 1", done.returncode == 1, done.stderr)
    expect("a municipality outside the region is placed at its row and column",
           f"{csv}:3:2: error: municipality 'Västerås' lies in Västmanlands län, not in the region 'norrbotten'"
           in done.stderr, done.stderr)
    expect("nothing is written for a municipality outside the region", reg.files() == before)
    done = reg.run("import", "centres", str(csv), "--region", "norrbotten", "--skip-bad")
    expect("--skip-bad writes the rows the registry accepts", 'name = "Familjecentralen i Boden"' in reg.text()
           and "Västerås" not in reg.text(), done.stderr)
    reg.check_passes("--skip-bad of a row the registry refuses")
    reg.reset()
    # The same address twice in one file.
    csv = write(tmp, "twice.csv", b"name,email\nA B,a@example.org\nA C,A@example.org\n")
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("a second row for one person is rejected", f"{csv}:3:2: error:" in done.stderr, done.stderr)
    expect("nothing is written for a duplicate", reg.files() == before)
    csv = write(tmp, "twice-id.csv", b"id;Namn;E-post\nnew-one;New One;nn@example.se\n;Other;NN@example.se\n")
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("an address twice is caught when a row has an id", f"{csv}:3:3: error:" in done.stderr, done.stderr)
    expect("nothing is written for an address twice", reg.files() == before)
    # A blank line is a row of the spreadsheet: the row after it is row 3.
    csv = write(tmp, "blank.csv", b"Namn;E-post\n\nA B;bad\n")
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("a row after a blank line is placed at its line", f"{csv}:3:2: error:" in done.stderr, done.stderr)
    # A row whose id another row gives, or whose name makes no id, is its row's error.
    csv = write(tmp, "ids.csv", b'id;Namn\n;Foo Bar\nfoo-bar;Other\n')
    done = reg.run("import", "people", str(csv), "--region", "norrbotten", "--skip-bad")
    expect("an id made from a name steps aside for the file's", done.returncode == 0, done.stderr)
    expect("both rows are added", 'id = "foo-bar-2"' in reg.text() and 'id = "foo-bar"' in reg.text(), done.stdout)
    reg.reset()
    csv = write(tmp, "noname.csv", b'Namn;E-post\nOk;ok@example.se\n"""";q@example.se\n')
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("a name without letters exits 1", done.returncode == 1, done.stderr)
    expect("a name without letters is placed at its cell", f"{csv}:3:1: error: a new person needs id=" in done.stderr,
           done.stderr)
    expect("nothing is written for a name without letters", reg.files() == before)
    done = reg.run("import", "people", str(csv), "--region", "norrbotten", "--skip-bad")
    expect("--skip-bad writes the other rows", done.returncode == 1 and 'email = "ok@example.se"' in reg.text(),
           done.stderr)
    reg.reset()


def test_columns(reg, tmp):
    csv = write(tmp, "cols.csv", "Namn;Kommun;Tyyp;Kommentar2\r\nFamiljecentralen i Boden;Boden;full;x\r\n"
                .encode())
    before = reg.files()
    done = reg.run("import", "centres", str(csv))
    expect("an unknown column exits 1", done.returncode == 1, done.stderr)
    expect("an unknown column has a did-you-mean",
           f"{csv}:1:3: error: unknown column 'Tyyp'; did you mean 'typ'?" in done.stderr, done.stderr)
    expect("nothing is written for an unknown column", reg.files() == before)
    done = reg.run("import", "centres", str(csv), "--ignore-column", "Tyyp", "--ignore-column", "kommentar2")
    expect("ignored columns import", done.returncode == 0, done.stderr)
    expect("the rows of a file with ignored columns are added", "1 added" in done.stdout, done.stdout)
    reg.reset()


def test_person_by_name(reg, tmp):
    csv = write(tmp, "nomail.csv", b"Namn;Roll\nUtan Post;x\n")
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("a person without e-mail address is added", done.returncode == 0 and "1 added" in done.stdout,
           done.stdout + done.stderr)
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("the second import matches the person by name",
           done.returncode == 0 and "0 added, 0 updated, 1 unchanged" in done.stdout, done.stdout + done.stderr)
    expect("no second person", 'id = "utan-post-2"' not in reg.text())
    reg.reset()


def test_blank_column(reg, tmp):
    before = reg.files()
    csv = write(tmp, "trailing.csv", b"Namn;E-post;\nA B;ab@example.se;\n")
    done = reg.run("import", "people", str(csv), "--region", "norrbotten", "--dry-run")
    expect("an empty column without a name is skipped", done.returncode == 0 and "1 added" in done.stdout,
           done.stdout + done.stderr)
    csv = write(tmp, "unnamed.csv", b"Namn;E-post;\nA B;ab@example.se;x\n")
    done = reg.run("import", "people", str(csv), "--region", "norrbotten")
    expect("a column without a name but with a value is refused at its header",
           done.returncode != 0 and f"{csv}:1:3: error: unknown column ''" in done.stderr, done.stderr)
    expect("nothing is written for an unnamed column", reg.files() == before)


def test_formula_and_comments(reg, tmp):
    comments = [line for line in reg.text().splitlines() if line.strip().startswith("#")]
    csv = write(tmp, "formula.csv", b'name,email,role,phone\n"=HYPERLINK(""x"")",f@example.org,@SUM(A1),+46 70 1\n')
    done = reg.run("import", "people", str(csv), "--region", "jonkoping")
    expect("a formula-like row imports", done.returncode == 0, done.stderr)
    text = reg.files()["jonkoping.toml"].decode()
    expect("a formula is stored as its text", 'name = "=HYPERLINK(\\"x\\")"' in text, text)
    expect("an @ cell is stored as its text", 'role = "@SUM(A1)"' in text, text)
    expect("a + cell is stored as its text", 'phone = "+46 70 1"' in text, text)
    after = reg.text().splitlines()
    expect("every comment line survives an import", all(line in after for line in comments))
    reg.check_passes("the formula import")
    # What the listing writes (an apostrophe before a formula) reads back.
    listing = reg.run("list-contacts", "--format", "csv")
    path = write(tmp, "listed.csv", listing.stdout.encode())
    before = reg.files()
    done = reg.run("import", "people", str(path))
    expect("the listed formula reads back unchanged", "0 added, 0 updated" in done.stdout, done.stdout + done.stderr)
    expect("no file changes after reading the formula back", reg.files() == before)
    reg.reset()


def test_swedish_words(reg, tmp):
    # The kind and the operations as a Swedish spreadsheet writes them.
    csv = write(tmp, "svenska.csv", BOM + "Namn;Kommun;Typ;Verksamheter\r\n"
                "Familjecentralen Norrfjärden;Piteå;Fullständig;MVC, BVC, Öppen förskola, socialtjänst\r\n"
                "Familjecentralen Hortlax;Piteå;liknande;BVC, öppen förskola\r\n".encode())
    done = reg.run("import", "centres", str(csv))
    expect("Swedish words import", done.returncode == 0, done.stdout + done.stderr)
    text = reg.files()["norrbotten.toml"].decode()
    expect("the English words are written", 'kind = "full"\noperations = ["mvc", "bvc", "open-preschool", '
           '"social-services"]' in text and 'kind = "similar"' in text, text)
    reg.check_passes("an import with Swedish words")
    done = reg.run("import", "centres", str(csv))
    expect("Swedish words are unchanged the second time", "0 added, 0 updated, 2 unchanged" in done.stdout,
           done.stdout + done.stderr)
    reg.reset()


def test_round_trip(reg, tmp):
    before = reg.files()
    for listing, kind in (("list-centres", "centres"), ("list-contacts", "people")):
        for dialect in ([], ["--csv-dialect", "excel-sv"]):
            path = tmp / f"{kind}-listed.csv"
            done = reg.run(listing, "--format", "csv", "--output", str(path), *dialect)
            expect(f"{listing} {dialect} writes", done.returncode == 0, done.stderr)
            if dialect:
                data = path.read_bytes()
                expect("excel-sv starts with a byte-order mark", data.startswith(BOM), data[:20])
                expect("excel-sv separates with ';' and ends lines with CRLF",
                       data[3:].split(b"\r\n")[0].count(b";") >= 5, data[:80])
            done = reg.run("import", kind, str(path))
            expect(f"{listing} {dialect} reads back", done.returncode == 0, done.stderr)
            expect(f"{listing} {dialect} reads back with no change", " 0 added, 0 updated," in " " + done.stdout,
                   done.stdout)
            expect(f"no file changes after {listing} {dialect}", reg.files() == before)


def test_round_trip_values(reg, tmp):
    # Values a listing has to guard, and their own apostrophes, come back as they are.
    values = {"apostrophe-formula": "'=x", "apostrophe": "'plain", "tab": "\tx"}
    for n, (what, role) in enumerate(values.items()):
        done = reg.run("add", "person", f"name=Round Trip {n}", f"email=rt{n}@example.se", f"role={role}",
                       "region=norrbotten")
        expect(f"a person with a role starting with {what} is added", done.returncode == 0, done.stderr)
    done = reg.run("add", "person", "name= Sp ace ", "email=sp@example.se", "region=norrbotten")
    expect("a person whose name has spaces at its ends is added", done.returncode == 0, done.stderr)
    before = reg.files()
    for dialect in ([], ["--csv-dialect", "excel-sv"]):
        path = tmp / "values.csv"
        done = reg.run("list-contacts", "--format", "csv", "--output", str(path), *dialect)
        expect(f"list-contacts {dialect} writes", done.returncode == 0, done.stderr)
        done = reg.run("import", "people", str(path))
        expect(f"the guarded values read back with no change {dialect}",
               done.returncode == 0 and " 0 added, 0 updated," in " " + done.stdout, done.stdout + done.stderr)
        expect(f"no file changes for the guarded values {dialect}", reg.files() == before)
    reg.reset()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        reg = Registry(args.netadmin, args.source, tmp / "registry")
        test_excel_sv_twice(reg, tmp)
        test_windows_1252(reg, tmp)
        test_rejected_row(reg, tmp)
        test_columns(reg, tmp)
        test_blank_column(reg, tmp)
        test_person_by_name(reg, tmp)
        test_formula_and_comments(reg, tmp)
        test_swedish_words(reg, tmp)
        test_round_trip(reg, tmp)
        test_round_trip_values(reg, tmp)
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
