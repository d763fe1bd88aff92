#!/usr/bin/env python3
"""Adding a plain field to a centre is the five edits docs/architecture.md
("Adding a field") says it is, and every output sees it.

In a copy of the source tree (the test tree) it adds `phone` to the centre:
the struct member and the row of its field table (lib/model/centre.hpp),
the line of the catalogue that says what it holds (lib/catalog/messages.def),
the snapshot's member count (lib/snapshot/codec.cpp) and the line of
docs/registry.md; nothing else. It builds the `netadmin` target of that tree
with the compiler and the compiler launcher (ccache) of the build under test,
then, on a copy of the bundled registry, checks that `set` writes the field
and that `show` (text, JSON and CSV), `report region --format json`,
`export sqlite` and `import centres` see it.

The tree lives in the build folder under a fixed name, so that ccache can
serve a second run (in part: 16 CPU-minutes the first time, 11 the second). Skipped (exit 77) in sanitizer builds, which run
the same tests again: once is enough. It is slow the first time (a build of
netadmin), and carries the label `walkthrough` and a timeout of its own.

    test_add_field.py --netadmin BIN --source SRC_DIR
"""
import argparse
import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEMBER_ANCHOR = "    std::string url;  // its web address\n"
MEMBER = "    std::string phone;  // its switchboard\n"
ROW_ANCHOR = ('    {.key = "url", .type = ValueType::text, .member = &Centre::url, '
              '.doc = catalog::Msg::doc_centre_url},\n')
ROW = ('    {.key = "phone", .type = ValueType::text, .member = &Centre::phone, '
       '.doc = catalog::Msg::doc_centre_phone},\n')
MSG_ANCHOR = 'MSG(doc_centre_url, "", "dess webbadress", "its web address")\n'
MSG = 'MSG(doc_centre_phone, "", "dess växel", "its switchboard")\n'
COUNT_ANCHOR = "inline constexpr int kMembers<model::Centre> = "
DOC_ANCHOR = 'url = "https://…"                            # its web address\n'
DOC = 'phone = "…"                                  # its switchboard\n'

CENTRE = "kalix-familjecentral"
PHONE = "0923-650 00"


def sanitized(netadmin):
    return b"__asan_init" in Path(netadmin).read_bytes()


def cache_entry(build, name):
    for line in (build / "CMakeCache.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(name + ":"):
            return line.split("=", 1)[1]
    return ""


def replace_once(path, anchor, new):
    text = path.read_text(encoding="utf-8")
    if text.count(anchor) != 1:
        raise SystemExit(f"{path}: expected the line {anchor.strip()!r} once; update this test")
    path.write_text(text.replace(anchor, new), encoding="utf-8")


def add_field(tree):
    """The five edits, and only those."""
    # entities.hpp, or the centre's own header once the model has one per entity
    holders = [p for p in sorted((tree / "lib" / "model").glob("*.hpp")) if ROW_ANCHOR in p.read_text("utf-8")]
    if len(holders) != 1:
        raise SystemExit(f"expected one header with the centre's table, found {holders}; update this test")
    model = holders[0]
    replace_once(model, MEMBER_ANCHOR, MEMBER_ANCHOR + MEMBER)
    replace_once(model, ROW_ANCHOR, ROW_ANCHOR + ROW)
    catalogue = tree / "lib" / "catalog" / "messages.def"
    replace_once(catalogue, MSG_ANCHOR, MSG_ANCHOR + MSG)
    codec = tree / "lib" / "snapshot" / "codec.cpp"
    text = codec.read_text(encoding="utf-8")
    start = text.index(COUNT_ANCHOR) + len(COUNT_ANCHOR)
    end = text.index(";", start)
    codec.write_text(text[:start] + str(int(text[start:end]) + 1) + text[end:], encoding="utf-8")
    replace_once(tree / "docs" / "registry.md", DOC_ANCHOR, DOC_ANCHOR + DOC)
    return [model, catalogue, codec, tree / "docs" / "registry.md"]


def copy_tree(source, tree):
    if tree.exists():
        shutil.rmtree(tree)
    ignore = shutil.ignore_patterns(".git", "build*", "__pycache__", "*.db", ".cache", "node_modules")
    shutil.copytree(source, tree, ignore=ignore, symlinks=True)


def build(tree, build_under_test, out):
    cmake = shutil.which("cmake")
    if cmake is None:
        return None, "cmake not found"
    args = [cmake, "-S", str(tree), "-B", str(out), "-DCMAKE_BUILD_TYPE=Debug", "-DNETADMIN_WERROR=ON",
            # Neither optimised nor with debug information: the quickest build
            # that shows what the outputs see.
            "-DCMAKE_CXX_FLAGS_DEBUG=-O0"]
    for name in ("CMAKE_CXX_COMPILER", "CMAKE_GENERATOR"):
        value = cache_entry(build_under_test, name)
        if value:
            args.append(f"-D{name}={value}" if name != "CMAKE_GENERATOR" else f"-G{value}")
    launcher = cache_entry(build_under_test, "CCACHE_EXE")
    if launcher and not launcher.endswith("NOTFOUND"):
        args.append(f"-DCCACHE_EXE={launcher}")
    started = time.monotonic()
    for step in (args, [cmake, "--build", str(out), "--target", "netadmin", "-j", str(os.cpu_count() or 2)]):
        result = subprocess.run(step, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return None, f"{' '.join(step)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    print(f"built netadmin in the test tree in {time.monotonic() - started:.0f} s")
    return out / "cli" / "netadmin", ""


class Failures(list):
    def expect(self, condition, what, output=""):
        if not condition:
            self.append(f"{what}\n{output}".rstrip())


def check_outputs(netadmin, registry, work, failures):
    env = dict(os.environ, LANG="C.UTF-8", NETADMIN_NOW="1735689600")

    def run(*args):
        result = subprocess.run([str(netadmin), "--registry", str(registry), *args], capture_output=True,
                                text=True, env=env, check=False)
        failures.expect(result.returncode == 0, f"netadmin {' '.join(args)} exits 0",
                        result.stdout + result.stderr)
        return result.stdout

    run("set", CENTRE, f"phone={PHONE}")
    failures.expect(f'phone = "{PHONE}"' in (registry / "norrbotten.toml").read_text("utf-8"),
                    "set writes the field into the registry file")

    text = run("show", CENTRE)
    failures.expect(any(line.split() == ["phone", *PHONE.split()] for line in text.splitlines()),
                    "show lists the field", text)

    shown = run("show", CENTRE, "--format", "json")
    try:
        failures.expect(json.loads(shown)["fields"].get("phone") == PHONE, "show --format json has it", shown)
    except (ValueError, KeyError) as error:
        failures.append(f"show --format json: {error}\n{shown}")

    rows = dict(csv.reader(io.StringIO(run("show", CENTRE, "--format", "csv"))))
    failures.expect(rows.get("phone") == PHONE, "show --format csv has it", str(rows))

    report = run("report", "region", "norrbotten", "--format", "json")
    try:
        centres = {c["id"]: c for c in json.loads(report)["centres"]}
        failures.expect(centres[CENTRE].get("phone") == PHONE, "report region --format json has it",
                        json.dumps(centres.get(CENTRE), ensure_ascii=False))
        others = [c for c in centres.values() if c["id"] != CENTRE]
        failures.expect(all("phone" in c and c["phone"] is None for c in others),
                        "report region --format json has it as null where it is not set")
    except (ValueError, KeyError) as error:
        failures.append(f"report region --format json: {error}")

    database = work / "registry.db"
    run("export", "sqlite", str(database))
    with sqlite3.connect(database) as db:
        row = db.execute("SELECT phone FROM centre WHERE id = ?", (CENTRE,)).fetchone()
    failures.expect(row == (PHONE,), "export sqlite has a column for it", str(row))

    sheet = work / "centres.csv"
    sheet.write_text(f"id,phone\r\n{CENTRE},0923-1\r\n", encoding="utf-8")
    run("import", "centres", str(sheet))
    failures.expect('phone = "0923-1"' in (registry / "norrbotten.toml").read_text("utf-8"),
                    "import centres reads a column named by its key")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    if sanitized(args.netadmin):
        print("skipped: the sanitizer build runs the same tests again; this one builds netadmin, once is enough")
        return 77
    source = Path(args.source).resolve()
    build_under_test = Path(args.netadmin).resolve().parent.parent
    if not (build_under_test / "CMakeCache.txt").exists():
        print(f"skipped: no CMakeCache.txt beside {args.netadmin}")
        return 77
    root = build_under_test / "add-field-walkthrough"
    tree = root / "src"
    started = time.monotonic()
    copy_tree(source, tree)
    changed = add_field(tree)
    netadmin, why = build(tree, build_under_test, root / "build")
    if netadmin is None:
        print(f"FAIL: the test tree does not build\n{why}")
        return 1
    failures = Failures()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        registry = work / "registry"
        shutil.copytree(tree / "data" / "registry", registry)
        check_outputs(netadmin, registry, work, failures)
    print(f"edited {len(changed)} files: " + ", ".join(str(p.relative_to(tree)) for p in changed))
    print(f"took {time.monotonic() - started:.0f} s")
    for failure in failures:
        print(f"FAIL: {failure}")
    if failures:
        return 1
    shutil.rmtree(tree, ignore_errors=True)  # the build folder stays for the next run
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
