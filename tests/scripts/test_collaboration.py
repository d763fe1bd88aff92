#!/usr/bin/env python3
"""Several coordinators, one registry, git as the engine (docs/collaboration.md).

With real git, on copies of the bundled registry:

- two clones edit at once, one with `set`, the other with `add` in the same
  file and an `import` into another region's file; the merge has no
  conflict, `check` passes, and no file of netadmin's own (lock, journal,
  temporary files) is ever shown by `git status`;
- two `add`s of one kind to one file conflict as appends do, and the
  resolution docs/collaboration.md gives (their file, one's own `add`
  again) gives a registry `check` passes;
- `check FILE` and `check --changed-only REF` report only the problems of
  those files, the whole registry still loaded;
- `blame ID` names the commit, date and author of each field's line, and
  outside a repository is one located line, exit 1;
- a registry that needs a newer format is refused in one line by `check`
  and by `remind` (exit 1), in the user's language; `set … publish_contact=true`
  writes `requires = "2"`;
- the site shows a person's address and phone only with publish_contact;
- `pre-commit try-repo` runs the hook `netadmin-check` of
  .pre-commit-hooks.yaml on a registry repository, offline (skipped without
  the pre-commit program).

    test_collaboration.py --netadmin BIN --source SRC_DIR
"""
import argparse
import csv
import io
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


def git_env(author="Seed"):
    email = author.lower().replace(" ", ".") + "@example.org"
    return dict(os.environ, GIT_AUTHOR_NAME=author, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=author,
                GIT_COMMITTER_EMAIL=email, GIT_CONFIG_NOSYSTEM="1", HOME=os.environ.get("TMPDIR", "/tmp"))


def git(folder, *words, author="Seed", check=True):
    done = subprocess.run(["git", "-C", str(folder), *words], capture_output=True, text=True, env=git_env(author))
    if check and done.returncode != 0:
        raise SystemExit(f"git {' '.join(words)} failed in {folder}:\n{done.stdout}{done.stderr}")
    return done


class Netadmin:
    def __init__(self, binary):
        self.binary = binary

    def __call__(self, registry, *words, lang="C"):
        env = dict(os.environ, LANG=lang, NO_COLOR="1", NETADMIN_CACHE="off")
        for name in ("LC_ALL", "LC_MESSAGES", "NETADMIN_REGISTRY"):
            env.pop(name, None)
        return subprocess.run([self.binary, "--registry", str(registry), *words], capture_output=True, text=True,
                              env=env)


def own_files_hidden(what, clone):
    """`git status` shows registry .toml files only."""
    lines = git(clone, "status", "--porcelain", "--untracked-files=all").stdout.splitlines()
    others = [line for line in lines if not line[3:].endswith(".toml")]
    expect(f"{what}: git status shows registry files only", not others, "\n".join(lines))


def seed(source, tmp):
    """A bare origin holding the bundled registry, with the .gitignore `init` writes."""
    work = tmp / "seed"
    shutil.copytree(Path(source) / "data" / "registry", work, ignore=shutil.ignore_patterns(".*"))
    (work / ".gitignore").write_text("# netadmin's lock, journal and temporary files\n.*netadmin*\n")
    git(tmp, "init", "-q", "-b", "main", str(work))
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "The registry")
    git(tmp, "clone", "-q", "--bare", str(work), str(tmp / "origin.git"))
    return tmp / "origin.git"


def clone(origin, folder, author):
    git(folder.parent, "clone", "-q", str(origin), str(folder))
    git(folder, "config", "user.name", author)
    git(folder, "config", "user.email", author.lower().replace(" ", ".") + "@example.org")
    return folder


def two_clones(netadmin, origin, tmp):
    a = clone(origin, tmp / "anna", "Anna Andersson")
    b = clone(origin, tmp / "bo", "Bo Berg")
    done = netadmin(a, "set", "kalix-familjecentral", "opened=2008")
    expect("set in clone A", done.returncode == 0, done.stderr)
    own_files_hidden("after set", a)
    done = netadmin(b, "add", "person", "name=Pia Lund", "email=pia.lund@example.org", "--file", "norrbotten.toml")
    expect("add in clone B", done.returncode == 0, done.stderr)
    sheet = tmp / "centres.csv"
    sheet.write_text("Namn;Kommun;Typ;Verksamheter\nFamiljecentralen Tenhult;Jönköping;similar;bvc,open-preschool\n")
    done = netadmin(b, "import", "centres", str(sheet))
    expect("import in clone B", done.returncode == 0, done.stderr)
    own_files_hidden("after add and import", b)
    changed = sorted(line[3:] for line in git(b, "status", "--porcelain").stdout.splitlines())
    expect("B changed two region files", changed == ["jonkoping.toml", "norrbotten.toml"], str(changed))
    git(a, "commit", "-q", "-am", "Kalix opened in 2008", author="Anna Andersson")
    git(a, "push", "-q", "origin", "main", author="Anna Andersson")
    git(b, "commit", "-q", "-am", "Pia Lund and Tenhult", author="Bo Berg")
    merged = git(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main", author="Bo Berg", check=False)
    expect("the two clones merge without conflict", merged.returncode == 0, merged.stdout + merged.stderr)
    done = netadmin(b, "check", "--no-warnings")
    expect("check passes on the merge", done.returncode == 0, done.stderr)
    shown = netadmin(b, "show", "kalix-familjecentral", "--format", "json").stdout
    expect("the merge holds A's change", '"2008"' in shown or "2008" in shown, shown)
    expect("the merge holds B's person", netadmin(b, "show", "pia-lund").returncode == 0)
    own_files_hidden("after the merge", b)
    tracked = git(b, "ls-tree", "-r", "--name-only", "HEAD").stdout.split()
    expect("the commits hold registry files and the .gitignore only",
           all(name.endswith(".toml") or name == ".gitignore" for name in tracked), str(tracked))
    git(b, "push", "-q", "origin", "main", author="Bo Berg")
    return a, b


def conflicting_adds(netadmin, a, b):
    """Two adds of one kind to one file: an append conflict, resolved by keeping both."""
    git(a, "pull", "-q", "--no-rebase", "origin", "main", author="Anna Andersson")
    for folder, name, author in ((a, "Ulla Nilsson", "Anna Andersson"), (b, "Karin Ek", "Bo Berg")):
        done = netadmin(folder, "add", "person", f"name={name}", "--file", "norrbotten.toml")
        expect(f"add {name}", done.returncode == 0, done.stderr)
        git(folder, "commit", "-q", "-am", f"{name}", author=author)
    git(a, "push", "-q", "origin", "main", author="Anna Andersson")
    merged = git(b, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main", author="Bo Berg", check=False)
    expect("two adds of one kind to one file conflict", merged.returncode != 0, merged.stdout)
    # The resolution docs/collaboration.md gives: take their file, add one's own again.
    git(b, "checkout", "--theirs", "norrbotten.toml")
    done = netadmin(b, "add", "person", "name=Karin Ek", "--file", "norrbotten.toml")
    expect("the add again on their file", done.returncode == 0, done.stderr)
    done = netadmin(b, "check", "--no-warnings")
    expect("check passes after the resolution", done.returncode == 0, done.stderr)
    for person in ("ulla-nilsson", "karin-ek"):
        expect(f"{person} is kept", netadmin(b, "show", person).returncode == 0)
    own_files_hidden("after the resolution", b)
    git(b, "commit", "-q", "-am", "Merge", author="Bo Berg")


def checks_changed_only(netadmin, b):
    broken = b / "jonkoping.toml"
    broken.write_text(broken.read_text() + '\n[[person]]\nid = "x-y"\nemail = "not-an-address"\n')
    other = b / "vastra-gotaland.toml"
    other.write_text(other.read_text() + '\n[[person]]\nid = "z-w"\nemail = "neither"\n')
    git(b, "add", "vastra-gotaland.toml")
    git(b, "commit", "-q", "-m", "A mistake committed", author="Bo Berg")
    whole = netadmin(b, "check", "--no-warnings")
    expect("check reports both files", "jonkoping.toml" in whole.stderr and "vastra-gotaland.toml" in whole.stderr,
           whole.stderr)
    changed = netadmin(b, "check", "--no-warnings", "--changed-only", "HEAD")
    expect("--changed-only HEAD reports the changed file only",
           changed.returncode == 1 and "jonkoping.toml" in changed.stderr
           and "vastra-gotaland.toml" not in changed.stderr and "1 error" in changed.stderr, changed.stderr)
    named = netadmin(b, "check", "--no-warnings", str(other))
    expect("check FILE reports that file only",
           named.returncode == 1 and "vastra-gotaland.toml" in named.stderr and "jonkoping.toml" not in named.stderr,
           named.stderr)
    clean = netadmin(b, "check", "--no-warnings", str(b / "norrbotten.toml"))
    expect("check of a file without problems passes", clean.returncode == 0 and clean.stderr == "", clean.stderr)
    stranger = netadmin(b, "check", str(b.parent / "centres.csv"))
    expect("a file outside the registry is a wrong command line", stranger.returncode == 2, stranger.stderr)
    bad_ref = netadmin(b, "check", "--changed-only", "no-such-ref")
    expect("an unknown REF is one line, exit 1",
           bad_ref.returncode == 1 and len(bad_ref.stderr.splitlines()) == 1, bad_ref.stderr)
    git(b, "reset", "-q", "--hard", "HEAD~1")


def blames(netadmin, b, tmp):
    done = netadmin(b, "blame", "kalix-familjecentral", "--format", "csv")
    expect("blame runs", done.returncode == 0, done.stderr)
    rows = {row["field"]: row for row in csv.DictReader(io.StringIO(done.stdout))}
    expect("blame lists the fields", {"id", "name", "opened", "note"} <= set(rows), done.stdout)
    if {"id", "opened"} <= set(rows):
        expect("the changed field names its author", rows["opened"]["author"] == "Anna Andersson", str(rows["opened"]))
        expect("an old field names the first commit's", rows["id"]["author"] == "Seed", str(rows["id"]))
        expect("a commit is a hash", len(rows["opened"]["commit"]) == 40, str(rows["opened"]))
        expect("a date is ISO", len(rows["opened"]["date"]) == 10 and rows["opened"]["date"][4] == "-",
               str(rows["opened"]))
    text = netadmin(b, "blame", "kalix-familjecentral").stdout
    expect("blame for people shows the short commit", "Anna Andersson" in text, text)
    plain = tmp / "plain"
    shutil.copytree(b, plain, ignore=shutil.ignore_patterns(".git"))
    outside = netadmin(plain, "blame", "kalix-familjecentral")
    lines = outside.stderr.splitlines()
    expect("blame outside a repository: one located line, exit 1",
           outside.returncode == 1 and len(lines) == 1 and "norrbotten.toml:" in lines[0]
           and "git blame" in lines[0], outside.stderr)


def version_guard(netadmin, source, tmp):
    newer = tmp / "newer"
    shutil.copytree(Path(source) / "data" / "registry", newer, ignore=shutil.ignore_patterns(".*"))
    settings = newer / "settings.toml"
    settings.write_text(settings.read_text().replace('requires = "2"', 'requires = "3"'))
    norrbotten = newer / "norrbotten.toml"
    norrbotten.write_text(norrbotten.read_text().replace('kind = "full"\n', 'kind = "full"\nwheelchair = true\n', 1))
    for words in (["check"], ["list-centres"], ["remind", "--today", "2019-05-03", "--state", str(tmp / "s.db")],
                  ["set", "kalix-familjecentral", "opened=2008"]):
        done = netadmin(newer, *words)
        lines = done.stderr.splitlines()
        expect(f"{words[0]}: a newer format is one line, exit 1",
               done.returncode == 1 and len(lines) == 1 and "needs registry format 3" in lines[0]
               and "settings.toml:" in lines[0] and done.stdout == "", done.stdout + done.stderr)
    swedish = netadmin(newer, "check", "--lang", "sv")
    expect("in Swedish", "kräver registerformat 3" in swedish.stderr, swedish.stderr)
    # A new registry gets requires = "2" when an edit brings in publish_contact.
    fresh = tmp / "fresh"
    done = netadmin(fresh, "init", str(fresh), "--region", "Norrbotten")
    expect("init", done.returncode == 0, done.stderr)
    netadmin(fresh, "add", "person", "name=Anna Berg", "email=anna.berg@example.org", "phone=0923-123 45")
    before = (fresh / "settings.toml").read_text()
    expect("a new registry states no format", "requires" not in before, before)
    done = netadmin(fresh, "set", "anna-berg", "publish_contact=true")
    expect("set publish_contact", done.returncode == 0, done.stderr)
    after = (fresh / "settings.toml").read_text()
    expect("set publish_contact writes requires = \"2\"", 'requires = "2"' in after, after)
    return fresh


def published_contacts(netadmin, fresh, tmp):
    netadmin(fresh, "set", "anna-berg", "publish_contact=false")
    done = netadmin(fresh, "set", "norrbotten", "contacts=anna-berg")
    expect("set the region's contact", done.returncode == 0, done.stderr)
    site = tmp / "site-private"
    done = netadmin(fresh, "report", "site", "--output", str(site))
    expect("report site", done.returncode == 0, done.stderr)
    page = (site / "region-norrbotten.html").read_text()
    expect("the site names the person", "Anna Berg" in page, page[:400])
    expect("the site hides the address without publish_contact",
           "anna.berg@example.org" not in page and "0923-123 45" not in page)
    stdout = netadmin(fresh, "report", "region", "norrbotten", "--format", "html").stdout
    expect("a report on stdout shows the address", "anna.berg@example.org" in stdout)
    netadmin(fresh, "set", "anna-berg", "publish_contact=true")
    site = tmp / "site-public"
    netadmin(fresh, "report", "site", "--output", str(site))
    page = (site / "region-norrbotten.html").read_text()
    expect("the site shows the address with publish_contact",
           "anna.berg@example.org" in page and "0923-123 45" in page)


def pre_commit(netadmin, source, tmp):
    if shutil.which("pre-commit") is None:
        print("pre-commit is not installed: the try-repo case is skipped")
        return
    hooks = tmp / "hooks"
    hooks.mkdir()
    shutil.copy(Path(source) / ".pre-commit-hooks.yaml", hooks)
    git(hooks, "init", "-q", "-b", "main")
    git(hooks, "add", "-A")
    git(hooks, "commit", "-q", "-m", "hooks")
    registry = tmp / "hooked"
    shutil.copytree(Path(source) / "data" / "registry", registry, ignore=shutil.ignore_patterns(".*"))
    git(registry, "init", "-q", "-b", "main")
    git(registry, "add", "-A")
    git(registry, "commit", "-q", "-m", "The registry")
    bin_dir = tmp / "bin"
    bin_dir.mkdir()
    (bin_dir / "netadmin").symlink_to(os.path.abspath(netadmin.binary))
    env = dict(git_env(), PATH=f"{bin_dir}:{os.environ['PATH']}", PRE_COMMIT_HOME=str(tmp / "pre-commit-home"),
               LANG="C", NETADMIN_CACHE="off")
    env.pop("NETADMIN_REGISTRY", None)

    def try_repo():
        return subprocess.run(["pre-commit", "try-repo", str(hooks), "netadmin-check"], cwd=registry,
                              capture_output=True, text=True, env=env)

    path = registry / "jonkoping.toml"
    path.write_text(path.read_text() + '\n[[person]]\nid = "x-y"\nemail = "not-an-address"\nsources = ["rjl-kommunal-utveckling"]\n')
    git(registry, "add", "jonkoping.toml")
    failed = try_repo()
    expect("the hook fails on a staged mistake",
           failed.returncode == 1 and "jonkoping.toml" in failed.stdout and "not-an-address" in failed.stdout,
           failed.stdout + failed.stderr)
    path.write_text(path.read_text().replace("not-an-address", "x.y@example.org"))
    git(registry, "add", "jonkoping.toml")
    passed = try_repo()
    expect("the hook passes once it is right", passed.returncode == 0, passed.stdout + passed.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    if shutil.which("git") is None:
        print("git is not installed")
        return 77
    netadmin = Netadmin(os.path.abspath(args.netadmin))
    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(scratch)
        origin = seed(args.source, tmp)
        a, b = two_clones(netadmin, origin, tmp)
        conflicting_adds(netadmin, a, b)
        checks_changed_only(netadmin, b)
        blames(netadmin, b, tmp)
        fresh = version_guard(netadmin, args.source, tmp)
        published_contacts(netadmin, fresh, tmp)
        pre_commit(netadmin, args.source, tmp)
    for failure in FAILURES:
        print(f"FAIL: {failure}\n")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
