#!/usr/bin/env python3
"""`cpack -G DEB` builds a package Debian's tools accept, and it runs.

Builds the .deb from the build tree of the binary under test, then checks:
lintian reports no error; the dependencies are what dpkg-shlibdeps found
(the C library, nothing else for the self-contained build); the data is in
/usr/share/netadmin with the man page and the completions beside it; and
the binary unpacked from it runs `list-centres` and `check` on its own data.
The reminder timer ships in it: the service and timer units,
/etc/default/netadmin as a conffile, the sysusers.d file and the postinst
that uses it; `systemd-analyze verify --root` accepts the units (skipped
with a message where systemd-analyze is missing); and the service's
ExecStart, with the variables of its Environment= lines and of the
package's /etc/default/netadmin, sends the day's reminders through the
capture mailer into the state and cache folders systemd would give it,
and exits 1 with one line per failed delivery.

    test_deb_package.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

from mailer_support import capture_command, captured_paths

FAILURES = []
UNITS = ("./lib/systemd/system/netadmin-remind.service", "./lib/systemd/system/netadmin-remind.timer")


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def run(*words, **kwargs):
    return subprocess.run(words, capture_output=True, text=True, **kwargs)


def check_control(deb, folder):
    check(run("dpkg-deb", "-e", str(deb), str(folder)).returncode == 0, "dpkg-deb -e failed")
    conffiles = (folder / "conffiles").read_text() if (folder / "conffiles").exists() else ""
    check("/etc/default/netadmin" in conffiles.split(), f"conffiles: {conffiles!r}")
    postinst = folder / "postinst"
    check(postinst.exists() and os.access(postinst, os.X_OK), "no executable postinst")
    check(postinst.exists() and "systemd-sysusers netadmin.conf" in postinst.read_text(), "postinst makes no user")


def verify_units(root):
    """systemd-analyze verify works offline: no running systemd needed."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        print("skipped: systemd-analyze verify (systemd-analyze is missing)")
        return
    # The targets and slices every unit depends on come with systemd, not
    # with the package: lend the root this system's. The man page is
    # checked in the package's contents above.
    systemd_units = root / "usr" / "lib" / "systemd" / "system"
    systemd_units.mkdir(parents=True, exist_ok=True)
    for unit in list(Path("/lib/systemd/system").glob("*.target")) + list(Path("/lib/systemd/system").glob("*.slice")):
        if not (systemd_units / unit.name).exists():
            shutil.copy(unit, systemd_units / unit.name)
    units = [str(root / unit) for unit in UNITS]
    done = run(analyze, "verify", "--man=no", f"--root={root}", *units)
    check(done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(),
          f"systemd-analyze verify: {done.returncode}\n{done.stdout}{done.stderr}")
    timer = (root / UNITS[1]).read_text()
    for line in ("Persistent=true", "RandomizedDelaySec=", "OnCalendar="):
        check(line in timer, f"the timer has no {line}")
    service = (root / UNITS[0]).read_text()
    for line in ("User=netadmin", "StateDirectory=netadmin", "CacheDirectory=netadmin", "ProtectSystem=full",
                 "ProtectHome=read-only", "PrivateTmp=yes", "EnvironmentFile=/etc/default/netadmin"):
        check(line in service, f"the service has no {line}")
    settings = [line for line in service.splitlines() if not line.startswith("#")]
    check("NoNewPrivileges=yes" not in settings, "NoNewPrivileges=yes breaks a setgid sendmail")


def unit_settings(text, key):
    return [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(key + "=")]


def service_environment(service, defaults, specifiers):
    """Environment= lines (systemd's quoting and %-specifiers), then the EnvironmentFile."""
    variables = {}
    for value in unit_settings(service, "Environment"):
        for word in shlex.split(value):
            name, _, setting = word.partition("=")
            variables[name] = re.sub(r"%[A-Za-z]", lambda m: specifiers[m.group(0)], setting)
    for line in defaults.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, setting = line.partition("=")
            variables[name.strip()] = setting.strip()
    return variables


def exec_start(service, variables, binary):
    """ExecStart as systemd expands it: ${NAME} one word, $NAME split at spaces."""
    words = []
    for word in unit_settings(service, "ExecStart")[0].split():
        if word.startswith("${"):
            words.append(variables.get(word[2:-1], ""))
        elif word.startswith("$"):
            words.extend(variables.get(word[1:], "").split())
        else:
            words.append(word)
    check(words[0] == "/usr/bin/netadmin", f"ExecStart runs {words[0]}")
    return [binary, *words[1:]]


def smoke_test_service(root, source, folder, env):
    service = (root / UNITS[0]).read_text()
    defaults = (root / "etc" / "default" / "netadmin").read_text()
    folder.mkdir()
    specifiers = {"%S": str(folder / "var-lib"), "%C": str(folder / "var-cache")}
    variables = service_environment(service, defaults, specifiers)
    check(variables.get("NETADMIN_REGISTRY") == "/srv/netadmin/registry", f"defaults: {variables}")
    registry = folder / "registry"
    shutil.copytree(source / "tests" / "fixtures" / "remind", registry)
    captured = folder / "captured"
    variables.update(NETADMIN_REGISTRY=str(registry), NETADMIN_REMIND_OPTIONS="--today 2030-03-06",
                     NETADMIN_MAILER=capture_command(captured))
    command = exec_start(service, variables, str(root / "usr" / "bin" / "netadmin"))
    environment = dict(env, LANG="C", HOME=str(folder / "home"),
                       XDG_STATE_HOME=variables["XDG_STATE_HOME"], XDG_CACHE_HOME=variables["XDG_CACHE_HOME"])
    # StateDirectory= and CacheDirectory= exist before the service starts.
    for name in ("%S", "%C"):
        os.makedirs(Path(specifiers[name]) / "netadmin", mode=0o700)
    done = run(*command, env=environment, cwd=folder)
    sent = captured_paths(captured)
    check(done.returncode == 0 and len(sent) == 4, f"ExecStart: {done.returncode}, {len(sent)} sent\n{done.stderr}")
    state = Path(specifiers["%S"]) / "netadmin" / "state.db"
    check(state.exists() and stat.S_IMODE(state.stat().st_mode) == 0o600, "no private state in StateDirectory")
    check(any((Path(specifiers["%C"]) / "netadmin").iterdir()), "no snapshot in CacheDirectory")
    variables.update(NETADMIN_REMIND_OPTIONS="--today 2030-03-13",
                     NETADMIN_MAILER=capture_command(captured, "--stderr", "refused"))
    done = run(*exec_start(service, variables, str(root / "usr" / "bin" / "netadmin")), env=environment, cwd=folder)
    # stdout and stderr both go to the journal: one line per failed delivery.
    failures = [line for line in (done.stdout + done.stderr).splitlines() if "could not be sent" in line]
    check(done.returncode == 1 and len(failures) == 4 and all(line.endswith("refused") for line in failures),
          f"a failing mailer: {done.returncode}\n{done.stdout}{done.stderr}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    build = Path(args.netadmin).resolve().parent.parent
    if "libasan" in run("ldd", args.netadmin).stdout:
        print("skipped: a sanitizer build is not packaged (the release build's test checks the package)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        done = run("cpack", "-G", "DEB", "-B", tmp, cwd=build)
        packages = list(Path(tmp).glob("netadmin_*.deb"))
        if done.returncode != 0 or len(packages) != 1:
            print(f"cpack failed: {done.stdout}{done.stderr}")
            return 1
        deb = packages[0]

        lintian = run("lintian", "--no-tag-display-limit", str(deb))
        errors = [line for line in lintian.stdout.splitlines() if line.startswith("E:")]
        check(lintian.returncode == 0 and not errors, f"lintian: {lintian.returncode}\n{lintian.stdout}")

        depends = run("dpkg-deb", "-f", str(deb), "Depends").stdout.strip()
        static = "libstdc++" not in run("ldd", args.netadmin).stdout
        if static:
            check(depends.startswith("libc6 (") and "," not in depends, f"Depends: {depends}")
        contents = run("dpkg-deb", "-c", str(deb)).stdout
        for path in ("./usr/bin/netadmin", "./usr/share/netadmin/registry/", "./usr/share/netadmin/reference/",
                     "./usr/share/man/man1/netadmin.1.gz", "./usr/share/bash-completion/completions/netadmin",
                     "./usr/share/zsh/vendor-completions/_netadmin", "./usr/share/doc/netadmin/copyright",
                     *UNITS, "./etc/default/netadmin", "./usr/lib/sysusers.d/netadmin.conf"):
            check(path in contents, f"the package has no {path}")
        check_control(deb, Path(tmp) / "control")

        root = Path(tmp) / "root"
        check(run("dpkg-deb", "-x", str(deb), str(root)).returncode == 0, "dpkg-deb -x failed")
        env = {k: v for k, v in os.environ.items() if not k.startswith("NETADMIN_")}
        binary = str(root / "usr" / "bin" / "netadmin")
        centres = run(binary, "list-centres", "--format", "csv", env=env, cwd=tmp)
        check(centres.returncode == 0 and "kalix-familjecentral" in centres.stdout,
              f"unpacked list-centres: {centres.returncode} {centres.stderr}")
        checked = run(binary, "check", env=env, cwd=tmp)
        check(checked.returncode == 0, f"unpacked check: {checked.returncode} {checked.stderr}")
        verify_units(root)
        smoke_test_service(root, Path(args.source), Path(tmp) / "smoke", env)
    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
