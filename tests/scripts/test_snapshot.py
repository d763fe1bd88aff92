#!/usr/bin/env python3
"""The registry snapshot cache, run for real: a command on an unchanged
registry reads the snapshot the previous one wrote, and its output is byte
for byte the output of a fresh parse (`--no-cache`). Any change gives a
fresh parse: a byte edited, a file added, removed or renamed, the
reference data changed. A snapshot that is truncated, corrupt, someone
else's, writable by others, a link or a folder is ignored and replaced,
never believed. Eight processes writing the same snapshot at once leave
one good snapshot. --no-cache and NETADMIN_CACHE=off write nothing; the
folder keeps at most a few snapshots of one registry."""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TODAY = "2026-12-01"
FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print(f"FAIL: {message}", file=sys.stderr)


class Setup:
    def __init__(self, args, root):
        self.netadmin = args.netadmin
        self.root = root
        self.data = root / "data"
        shutil.copytree(Path(args.source) / "data" / "reference", self.data / "reference")
        self.registry = root / "registry"
        shutil.copytree(Path(args.source) / "data" / "registry", self.registry, ignore=shutil.ignore_patterns(".*"))
        self.cache_home = root / "cache"
        self.folder = self.cache_home / "netadmin"

    def env(self, **extra):
        env = {k: v for k, v in os.environ.items() if not k.startswith("NETADMIN_")}
        env.update(XDG_CACHE_HOME=str(self.cache_home), NETADMIN_DATA_DIR=str(self.data), LC_ALL="C.UTF-8")
        env.update(extra)
        return env

    def run(self, *args, status=0, **env):
        command = [self.netadmin, "--registry", str(self.registry), "--today", TODAY, *args]
        done = subprocess.run(command, capture_output=True, env=self.env(**env), timeout=120)
        check(done.returncode == status, f"{args}: exit {done.returncode}, stderr {done.stderr[-400:]!r}")
        return done

    def fresh(self, *args, status=0):
        return self.run(*args, "--no-cache", status=status)

    def snapshots(self):
        return sorted(self.folder.glob("*.snap")) if self.folder.is_dir() else []

    def same_as_fresh(self, what, *args, status=0):
        """Runs `args` with the cache and without; the outputs must be equal."""
        cached = self.run(*args, status=status)
        fresh = self.fresh(*args, status=status)
        check(cached.stdout == fresh.stdout, f"{what}: {args} differs from a fresh parse")
        check(cached.stderr == fresh.stderr, f"{what}: {args} stderr differs from a fresh parse")
        return cached

    def was_read(self, *args):
        """True when running `args` read the registry's one snapshot: a hit
        marks the file used (its modification time) and keeps it, where a
        miss writes a new file (another inode) in its place."""
        snaps = self.snapshots()
        if len(snaps) != 1:
            return False
        os.utime(snaps[0], (1_000_000_000, 1_000_000_000))
        inode = snaps[0].stat().st_ino
        self.run(*args)
        after = snaps[0].stat() if snaps[0].exists() else None
        return after is not None and after.st_ino == inode and after.st_mtime > 1_000_000_000


COMMANDS = [
    ["check"],
    ["list-centres"],
    ["list-centres", "--format", "json"],
    ["list-contacts", "--format", "csv"],
    ["list-meetings"],
    ["list-programmes"],
    ["list-sources"],
    ["agenda", "--days", "3660"],
    ["show", "vgr"],
    ["report", "region", "norrbotten", "--format", "json"],
    ["report", "programme", "en-forelder-blir-till", "--format", "markdown"],
    ["report", "coverage", "--format", "json"],
    ["export", "ics"],
]


def warm_equals_cold(args, root):
    setup = Setup(args, root)
    for command in COMMANDS:
        setup.same_as_fresh("warm", *command)
        # A second run: read from the snapshot, the same again.
        setup.same_as_fresh("warm again", *command)
    check(len(setup.snapshots()) == 1, f"one snapshot expected, found {setup.snapshots()}")
    check(setup.was_read("list-centres"), "list-centres did not read the snapshot")
    state = root / "state.db"
    cached = setup.run("remind", "--state", str(state))
    fresh = setup.fresh("remind", "--state", str(state))
    check(cached.stdout == fresh.stdout, "remind differs from a fresh parse")
    mode = stat.S_IMODE(setup.snapshots()[0].stat().st_mode)
    check(mode == 0o600, f"snapshot mode {oct(mode)}")
    check(stat.S_IMODE(setup.folder.stat().st_mode) == 0o700, "cache folder is not 0700")
    status = setup.run("cache", "status").stdout.decode()
    check("Registry: valid snapshot" in status, status)


def invalidation(args, root):
    setup = Setup(args, root)
    setup.run("list-centres")
    norrbotten = setup.registry / "norrbotten.toml"
    text = norrbotten.read_text(encoding="utf-8")
    # One byte: a centre's name.
    check('name = "Familjecentralen' in text, "fixture changed: no centre name to edit")
    norrbotten.write_text(text.replace('name = "Familjecentralen', 'name = "Familjecentralem', 1), encoding="utf-8")
    out = setup.same_as_fresh("one byte", "list-centres").stdout.decode()
    check("Familjecentralem" in out, "the edited name is not in the output")
    # A file added: its centre is listed, and `check` warns that it cites
    # no source, naming the file.
    (setup.registry / "extra.toml").write_text(
        '[[centre]]\nid = "extra-fc"\nname = "Extra"\nmunicipality = "Kalix"\nregion = "norrbotten"\n',
        encoding="utf-8")
    out = setup.same_as_fresh("file added", "list-centres", "--format", "csv").stdout.decode()
    check("extra-fc" in out, "the added file's centre is not listed")
    out = setup.same_as_fresh("file added", "check").stderr.decode()
    check("extra.toml:1:1" in out, f"check does not name the added file: {out}")
    # Renamed: the warning names the new file.
    (setup.registry / "extra.toml").rename(setup.registry / "zz-extra.toml")
    out = setup.same_as_fresh("file renamed", "check").stderr.decode()
    check("zz-extra.toml:1:1" in out, f"check does not name the renamed file: {out}")
    # Removed: gone from the listing.
    (setup.registry / "zz-extra.toml").unlink()
    out = setup.same_as_fresh("file removed", "list-centres", "--format", "csv").stdout.decode()
    check("extra-fc" not in out, "a removed file's centre is still listed")
    # The reference data: a county renamed shows in the region listing.
    counties = setup.data / "reference" / "counties.csv"
    before = setup.run("list-regions").stdout
    text = counties.read_text(encoding="utf-8")
    check("Region Norrbotten" in text, "fixture changed: no Region Norrbotten in counties.csv")
    counties.write_text(text.replace("Norrbottens län", "Norrbottens lään"), encoding="utf-8")
    after = setup.same_as_fresh("reference data", "list-regions", "--format", "csv").stdout
    check(after != before, "list-regions did not change with the reference data")
    check(len(setup.snapshots()) <= 3, f"more than 3 snapshots of one registry: {len(setup.snapshots())}")


def valid_snapshot(setup):
    for snap in setup.snapshots():
        snap.unlink()
    setup.run("list-centres")
    snaps = setup.snapshots()
    check(len(snaps) == 1, f"one snapshot expected, found {snaps}")
    return snaps[0]


def hostile(args, root):
    setup = Setup(args, root)
    expected = setup.fresh("list-centres").stdout

    def spoiled(name, spoil, rewritten=True):
        snap = valid_snapshot(setup)
        spoil(snap)
        done = setup.run("list-centres")
        check(done.stdout == expected, f"{name}: output differs from a fresh parse")
        check(done.stderr == b"", f"{name}: stderr {done.stderr[-300:]!r}")
        if rewritten:
            check(setup.was_read("list-centres"), f"{name}: no good snapshot after the run")

    def truncate(snap, size):
        with open(snap, "r+b") as f:
            f.truncate(size)

    def flip(snap, where):
        data = bytearray(snap.read_bytes())
        data[where(len(data))] ^= 0x40
        snap.write_bytes(bytes(data))

    spoiled("truncated to half", lambda s: truncate(s, s.stat().st_size // 2))
    spoiled("emptied", lambda s: truncate(s, 0))
    spoiled("header only", lambda s: truncate(s, 40))
    spoiled("one byte in the middle", lambda s: flip(s, lambda n: n // 2))
    spoiled("the last byte", lambda s: flip(s, lambda n: n - 1))
    spoiled("the byte-order mark", lambda s: flip(s, lambda n: 8))
    spoiled("the format", lambda s: flip(s, lambda n: 12))
    spoiled("random bytes", lambda s: s.write_bytes(os.urandom(s.stat().st_size)))
    spoiled("writable by others", lambda s: s.chmod(0o666))
    spoiled("writable by the group", lambda s: s.chmod(0o620))

    def link(snap):
        elsewhere = root / "elsewhere.snap"
        shutil.copy2(snap, elsewhere)
        snap.unlink()
        snap.symlink_to(elsewhere)

    spoiled("a symbolic link", link)

    def folder(snap):
        snap.unlink()
        snap.mkdir()

    def fifo(snap):
        snap.unlink()
        os.mkfifo(snap)

    # A FIFO at the snapshot's name is neither read nor written into.
    spoiled("a FIFO", fifo)

    # The folder in the snapshot's place cannot be replaced by a file.
    spoiled("a folder", folder, rewritten=False)
    shutil.rmtree(setup.folder)
    if os.geteuid() == 0:
        spoiled("another user's", lambda s: os.chown(s, 65534, 65534))

    # A cache folder writable by others is not used at all.
    shutil.rmtree(setup.folder, ignore_errors=True)
    setup.run("list-centres")
    setup.folder.chmod(0o777)
    for snap in setup.snapshots():
        snap.unlink()
    done = setup.run("list-centres")
    check(done.stdout == expected, "open folder: output differs")
    check(setup.snapshots() == [], "a snapshot was written to a folder others can write to")
    status = setup.run("cache", "status").stdout.decode()
    check("others can write to it" in status, status)
    setup.folder.chmod(0o700)
    # A file in the folder's place: the cache is skipped.
    shutil.rmtree(setup.folder)
    setup.folder.write_text("not a folder")
    done = setup.run("list-centres")
    check(done.stdout == expected, "file as folder: output differs")
    setup.folder.unlink()


def odd_files(args, root):
    """A FIFO named *.toml in the registry: the loader reports it and the
    cache does not wait for a writer that never comes. Another user's home
    (root running with HOME set to it): no folder is made there."""
    setup = Setup(args, root)
    os.mkfifo(setup.registry / "zz-pipe.toml")
    cached = setup.run("check", status=1)
    fresh = setup.fresh("check", status=1)
    check(cached.stderr == fresh.stderr, "FIFO: stderr differs from a fresh parse")
    setup.run("cache", "status")
    (setup.registry / "zz-pipe.toml").unlink()
    if os.geteuid() == 0:
        home = root / "home"
        home.mkdir()
        os.chown(home, 65534, 65534)
        env = {k: v for k, v in setup.env().items() if k != "XDG_CACHE_HOME"}
        env["HOME"] = str(home)
        done = subprocess.run([setup.netadmin, "--registry", str(setup.registry), "list-centres"],
                              capture_output=True, env=env, timeout=120)
        check(done.returncode == 0, f"foreign home: exit {done.returncode}")
        check(not (home / ".cache").exists(), "root made a folder in another user's home")


def concurrent(args, root):
    setup = Setup(args, root)
    expected = setup.fresh("list-centres", "--format", "json").stdout
    command = [setup.netadmin, "--registry", str(setup.registry), "--today", TODAY, "list-centres", "--format", "json"]
    for _ in range(3):
        shutil.rmtree(setup.folder, ignore_errors=True)
        runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=setup.env())
                for _ in range(8)]
        for run in runs:
            out, err = run.communicate(timeout=120)
            check(run.returncode == 0, f"concurrent run exit {run.returncode}: {err[-300:]!r}")
            check(out == expected, "a concurrent run's output differs from a fresh parse")
        check(len(setup.snapshots()) == 1, f"concurrent writers left {setup.snapshots()}")
        leftovers = [p.name for p in setup.folder.iterdir() if not p.name.endswith(".snap")]
        check(leftovers == [], f"temporary files left: {leftovers}")
        check(setup.was_read("list-centres"), "the snapshot written concurrently is not read")


def switched_off(args, root):
    setup = Setup(args, root)
    setup.run("list-centres", "--no-cache")
    check(not setup.folder.exists(), "--no-cache created the cache folder")
    setup.run("list-centres", NETADMIN_CACHE="off")
    setup.run("check", NETADMIN_CACHE="OFF")
    check(not setup.folder.exists(), "NETADMIN_CACHE=off created the cache folder")
    done = setup.run("list-centres", status=2, NETADMIN_CACHE="perhaps")
    check(b"NETADMIN_CACHE" in done.stderr, done.stderr)
    out = setup.run("cache", "status", NETADMIN_CACHE="off").stdout.decode()
    check("The cache is off (NETADMIN_CACHE=off)" in out, out)
    setup.run("list-centres", NETADMIN_CACHE="on")
    check(len(setup.snapshots()) == 1, "NETADMIN_CACHE=on wrote no snapshot")
    out = setup.run("cache", "clear").stdout.decode()
    check("Snapshots removed: 1" in out, out)
    check(setup.snapshots() == [], "cache clear left snapshots")


def bounded(args, root):
    setup = Setup(args, root)
    settings = setup.registry / "settings.toml"
    text = settings.read_text(encoding="utf-8")
    for i in range(6):
        settings.write_text(text + f"\n# edit {i}\n", encoding="utf-8")
        setup.run("list-regions")
        time.sleep(0.01)
    check(len(setup.snapshots()) == 3, f"{len(setup.snapshots())} snapshots kept of one registry, not 3")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    for case in [warm_equals_cold, invalidation, hostile, odd_files, concurrent, switched_off, bounded]:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"-- {case.__name__}", file=sys.stderr)
            case(args, Path(tmp))
    if FAILURES:
        print(f"{len(FAILURES)} failures", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
