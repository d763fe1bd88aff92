#!/usr/bin/env python3
"""netadmin export sqlite: a database the sqlite3 command-line tool queries,
with a table per entity kind and link tables for lists; written atomically
(a failed export leaves the old file as it was).

    test_export_sqlite.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FAILURES = []


def expect(what, condition, detail=""):
    if not condition:
        FAILURES.append(f"{what}\n{detail}")


def sql(db, query):
    return subprocess.run(["sqlite3", str(db), query], capture_output=True, text=True, check=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    if not shutil.which("sqlite3"):
        print("sqlite3 is not installed")
        return 77
    env = dict(os.environ, LANG="C")
    env.pop("NETADMIN_REGISTRY", None)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "registry.db"
        done = subprocess.run([args.netadmin, "export", "sqlite", str(db)], capture_output=True, text=True, env=env)
        expect("export sqlite exits 0 and prints nothing", done.returncode == 0 and not done.stdout, done.stderr)
        expect("the centre table has the bundled centre",
               sql(db, "SELECT name FROM centre WHERE id = 'kalix-familjecentral'") == "Familjecentralen i Kalix")
        expect("dates carry their precision",
               sql(db, "SELECT opened, opened_precision FROM centre WHERE id = 'kalix-familjecentral'") ==
               "2009|year")
        joined = sql(db, "SELECT count(*) FROM programme_participants l JOIN centre c ON c.id = l.value "
                         "WHERE l.programme_id = 'familjecentraldialogen'")
        expect("link tables join to the entities they name", joined not in ("", "0"), joined)
        tables = sql(db, "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table'").split()
        for kind in ("region", "organisation", "person", "centre", "network", "programme", "meeting", "venue",
                     "resource", "source", "count"):
            expect(f"a table for {kind}", kind in tables, tables)
        expect("nothing but the database is left in the folder", sorted(os.listdir(tmp)) == ["registry.db"],
               os.listdir(tmp))
        before = db.read_bytes()
        broken = Path(args.source) / "tests" / "fixtures" / "ten-mistakes"
        done = subprocess.run([args.netadmin, "--registry", str(broken), "export", "sqlite", str(db)],
                              capture_output=True, text=True, env=env)
        expect("a broken registry is not exported (exit 1)", done.returncode == 1, done.stderr)
        expect("and the old database stays", db.read_bytes() == before)
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
