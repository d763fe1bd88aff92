#!/usr/bin/env python3
"""The layers of lib/ hold, and what guards them works.

- .ci/check-layers passes on this tree, and docs/architecture.md shows the
  layers exactly as lib/CMakeLists.txt declares them (the table of layers
  with their links and the drawing by height, as `--print` writes them), and
  its table of folders names every folder of lib/, no more;
- on small trees it rejects, naming file and line: an upward include (also
  one written with ".."), an include cycle between folders, layers that link
  in a cycle, a folder that is not a layer, a pending include nothing uses,
  a link that no include needs, an include of a cli/ header in lib/; and it
  accepts a declared pending include (reporting it), a link used only
  through what it brings, and cli/ including any layer;
- cmake/Layers.cmake makes the compiler refuse an upward include: a tree of
  two layers builds, and fails to build once the lower one includes the
  higher one (skipped when no C++ compiler or cmake is found).

    test_layers.py --netadmin BIN --source SRC_DIR
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TWO_LAYERS = """\
netadmin_layer(low)
netadmin_layer(high)
target_link_libraries(netadmin_high PUBLIC netadmin_low)
"""

# base <- middle <- top, and top also links base directly.
THREE_LAYERS = """\
netadmin_layer(base)
netadmin_layer(middle)
target_link_libraries(netadmin_middle PUBLIC netadmin_base)
netadmin_layer(top)
target_link_libraries(netadmin_top PUBLIC netadmin_middle netadmin_base PRIVATE netadmin_toml)
"""


def make_tree(root, cmake, files):
    """A repository in `root` with lib/CMakeLists.txt and lib/<path> files
    (a path starting with "../" is beside lib/: "../cli/app.hpp")."""
    lib = root / "lib"
    lib.mkdir(parents=True)
    (lib / "CMakeLists.txt").write_text(cmake, encoding="utf-8")
    for path, text in files.items():
        (lib / path).parent.mkdir(parents=True, exist_ok=True)
        (lib / path).write_text(text, encoding="utf-8")
    return root


def run_check(checker, root):
    result = subprocess.run([sys.executable, str(checker), "--root", str(root)],
                            capture_output=True, text=True, check=False)
    return result.returncode, result.stdout, result.stderr


class Failures(list):
    def expect(self, condition, what, output=""):
        if not condition:
            self.append(f"{what}\n{output}".rstrip())


def check_cases(checker, failures):
    """Each case: (name, cmake, files, exit status, texts that must appear in the output)."""
    cases = [
        ("downward includes pass", TWO_LAYERS,
         {"low/low.hpp": "#pragma once\n", "high/high.hpp": '#pragma once\n#include "low/low.hpp"\n'},
         0, ["2 layers, 1 includes between folders"]),
        ("an upward include", TWO_LAYERS,
         {"low/low.hpp": '#pragma once\n\n#include "high/high.hpp"\n', "high/high.hpp": "#pragma once\n"},
         1, ["lib/low/low.hpp:3: upward include of high/high.hpp: high is above low"]),
        ("an upward include with ..", TWO_LAYERS,
         {"low/low.cpp": '#include "../high/high.hpp"\n', "high/high.hpp": "#pragma once\n"},
         1, ["lib/low/low.cpp:1: upward include of ../high/high.hpp"]),
        ("an upward include in a test beside the code", TWO_LAYERS,
         {"low/low_test.cpp": '#include <doctest/doctest.h>\n#include <high/high.hpp>\n',
          "high/high.hpp": "#pragma once\n"},
         1, ["lib/low/low_test.cpp:2: upward include of high/high.hpp"]),
        ("an include cycle", TWO_LAYERS,
         {"low/low.hpp": '#pragma once\n#include "high/high.hpp"\n',
          "high/high.hpp": '#pragma once\n// the way down\n#include "low/low.hpp"\n'},
         1, ["include cycle between folders: high -> low -> high",
             "lib/high/high.hpp:3: high includes low/low.hpp",
             "lib/low/low.hpp:2: low includes high/high.hpp"]),
        ("layers that link in a cycle",
         TWO_LAYERS + "target_link_libraries(netadmin_low PUBLIC netadmin_high)\n",
         {"low/low.hpp": "#pragma once\n", "high/high.hpp": "#pragma once\n"},
         1, ["the layers link in a cycle: high -> low -> high",
             "lib/CMakeLists.txt:3: netadmin_high links netadmin_low",
             "lib/CMakeLists.txt:4: netadmin_low links netadmin_high"]),
        ("a folder that is not a layer", TWO_LAYERS,
         {"low/low.hpp": "#pragma once\n", "high/high.hpp": "#pragma once\n", "stray/stray.hpp": "#pragma once\n"},
         1, ["lib/stray: not a layer"]),
        ("an include of a folder that is not a layer", TWO_LAYERS,
         {"low/low.hpp": "#pragma once\n", "high/high.hpp": '#pragma once\n#include "stray/stray.hpp"\n',
          "stray/stray.hpp": "#pragma once\n"},
         1, ["lib/high/high.hpp:2: upward include of stray/stray.hpp: stray is not a layer"]),
        ("a declared pending include",
         TWO_LAYERS + "netadmin_pending_include(low high/keys.hpp)\n",
         {"low/low.hpp": '#pragma once\n#include "high/keys.hpp"\n', "high/keys.hpp": "#pragma once\n",
          "high/high.hpp": '#pragma once\n#include "low/low.hpp"\n'},
         0, ["note: lib/low/low.hpp:2: low includes high/keys.hpp from the higher layer high, "
             "declared pending at lib/CMakeLists.txt:4"]),
        ("a pending include that is not pending any more",
         TWO_LAYERS + "netadmin_pending_include(low high/keys.hpp)\n",
         {"low/low.hpp": "#pragma once\n", "high/keys.hpp": "#pragma once\n"},
         1, ["lib/CMakeLists.txt:4: nothing in lib/low includes high/keys.hpp any more"]),
        ("a link that no include needs", TWO_LAYERS,
         {"low/low.hpp": "#pragma once\n", "high/high.hpp": "#pragma once\n#include <string>\n"},
         1, ["lib/CMakeLists.txt:3: netadmin_high links netadmin_low, which no include of lib/high needs"]),
        ("a link beside another that brings all the file includes", THREE_LAYERS,
         {"base/base.hpp": "#pragma once\n", "middle/middle.hpp": '#pragma once\n#include "base/base.hpp"\n',
          "top/top.cpp": '#include "base/base.hpp"\n'},
         1, ["lib/CMakeLists.txt:5: netadmin_top links netadmin_middle, which no include of lib/top needs"]),
        ("a link used through what it brings, and one used directly", THREE_LAYERS,
         {"base/base.hpp": "#pragma once\n", "middle/middle.hpp": '#pragma once\n#include "base/base.hpp"\n',
          "top/top.cpp": '#include "middle/middle.hpp"\n#include "base/base.hpp"\n'},
         0, ["3 layers, 3 includes between folders", "no unused link"]),
        ("a link used only through the layer it brings", TWO_LAYERS.replace("high", "middle") +
         "netadmin_layer(top)\ntarget_link_libraries(netadmin_top PUBLIC netadmin_middle)\n",
         {"low/low.hpp": "#pragma once\n", "middle/middle.hpp": '#pragma once\n#include "low/low.hpp"\n',
          "top/top.cpp": '#include "low/low.hpp"\n'},
         0, ["no unused link"]),
        ("an include of a cli header in lib", TWO_LAYERS,
         {"low/low.hpp": "#pragma once\n", "high/high.cpp": '#include "low/low.hpp"\n#include "cli/app.hpp"\n',
          "../cli/app.hpp": "#pragma once\n"},
         1, ["lib/high/high.cpp:2: include of the cli header cli/app.hpp"]),
        ("an include of a header that only cli has", TWO_LAYERS,
         {"low/low.hpp": '#pragma once\n#include "commands.hpp"\n#include "commands/edit_run.hpp"\n',
          "high/high.hpp": '#pragma once\n#include "low/low.hpp"\n',
          "../cli/commands.hpp": "#pragma once\n", "../cli/commands/edit_run.hpp": "#pragma once\n"},
         1, ["lib/low/low.hpp:2: include of the cli header commands.hpp",
             "lib/low/low.hpp:3: include of the cli header commands/edit_run.hpp"]),
        ("an include of a cli header through ..", TWO_LAYERS,
         {"low/low.cpp": '#include "../../cli/context.hpp"\n',
          "high/high.hpp": '#pragma once\n#include "low/low.hpp"\n', "low/low.hpp": "#pragma once\n",
          "../cli/context.hpp": "#pragma once\n"},
         1, ["lib/low/low.cpp:1: include of the cli header ../../cli/context.hpp"]),
        ("cli includes any layer; a header of the same name in the folder is its own", TWO_LAYERS,
         {"low/low.hpp": "#pragma once\n", "low/context.hpp": "#pragma once\n",
          "low/low.cpp": '#include "context.hpp"\n',
          "high/high.hpp": '#pragma once\n#include "low/low.hpp"\n',
          "../cli/context.hpp": "#pragma once\n",
          "../cli/app.cpp": '#include "context.hpp"\n#include "low/low.hpp"\n#include "high/high.hpp"\n'},
         0, ["2 includes of layers in cli/, none of cli/ in lib/"]),
        ("only the pending header, not its folder",
         TWO_LAYERS + "netadmin_pending_include(low high/keys.hpp)\n",
         {"low/low.hpp": '#pragma once\n#include "high/keys.hpp"\n#include "high/high.hpp"\n',
          "high/keys.hpp": "#pragma once\n", "high/high.hpp": "#pragma once\n"},
         1, ["lib/low/low.hpp:3: upward include of high/high.hpp"]),
    ]
    for name, cmake, files, status, texts in cases:
        with tempfile.TemporaryDirectory() as tmp:
            root = make_tree(Path(tmp), cmake, files)
            code, out, err = run_check(checker, root)
            output = out + err
            failures.expect(code == status, f"{name}: exit {code}, expected {status}", output)
            for text in texts:
                failures.expect(text in output, f"{name}: output lacks {text!r}", output)


def check_build(source, failures):
    """An upward include fails to compile; the same tree without it builds."""
    cmake = shutil.which("cmake")
    compiler = os.environ.get("CXX") or shutil.which("c++") or shutil.which("g++")
    if cmake is None or compiler is None:
        print("skip: the compiler check needs cmake and a C++ compiler")
        return False
    project = f"""\
cmake_minimum_required(VERSION 3.25)
project(layers_fixture CXX)
add_library(netadmin_fmt INTERFACE)
add_library(netadmin_settings INTERFACE)
include({(source / "cmake" / "Layers.cmake").as_posix()})
add_subdirectory(lib)
"""
    lib_cmake = TWO_LAYERS + "netadmin_layers_complete()\n"
    high = '#include "high/high.hpp"\n#include "low/low.hpp"\nint high() { return low() + 1; }\n'
    for name, low_source, should_build in [
            ("downward", '#include "low/low.hpp"\nint low() { return 1; }\n', True),
            ("upward", '#include "low/low.hpp"\n#include "high/high.hpp"\nint low() { return 1; }\n', False)]:
        with tempfile.TemporaryDirectory() as tmp:
            root = make_tree(Path(tmp) / "src", lib_cmake, {
                "low/low.hpp": "#pragma once\nint low();\n", "low/low.cpp": low_source,
                "high/high.hpp": "#pragma once\nint high();\n", "high/high.cpp": high})
            (root / "CMakeLists.txt").write_text(project, encoding="utf-8")
            build = Path(tmp) / "build"
            configure = subprocess.run([cmake, "-S", str(root), "-B", str(build),
                                        f"-DCMAKE_CXX_COMPILER={compiler}"],
                                       capture_output=True, text=True, check=False)
            failures.expect(configure.returncode == 0, f"{name}: the fixture does not configure",
                            configure.stdout + configure.stderr)
            if configure.returncode != 0:
                continue
            result = subprocess.run([cmake, "--build", str(build)], capture_output=True, text=True, check=False)
            output = result.stdout + result.stderr
            if should_build:
                failures.expect(result.returncode == 0, f"{name}: the fixture does not build", output)
            else:
                failures.expect(result.returncode != 0, f"{name}: an upward include built", output)
                failures.expect("high/high.hpp" in output and "low.cpp" in output,
                                f"{name}: the compiler's error does not name the include", output)
    # A folder left out of the layers stops the configuration.
    with tempfile.TemporaryDirectory() as tmp:
        root = make_tree(Path(tmp) / "src", lib_cmake, {
            "low/low.cpp": "int low() { return 1; }\n", "high/high.cpp": "int high() { return 2; }\n",
            "stray/stray.cpp": "int stray() { return 3; }\n"})
        (root / "CMakeLists.txt").write_text(project, encoding="utf-8")
        configure = subprocess.run([cmake, "-S", str(root), "-B", str(Path(tmp) / "build"),
                                    f"-DCMAKE_CXX_COMPILER={compiler}"],
                                   capture_output=True, text=True, check=False)
        failures.expect(configure.returncode != 0 and "lib/stray is not a layer" in configure.stderr,
                        "a folder that is not a layer configures", configure.stdout + configure.stderr)
    return True


def folder_table(docs):
    """The folders the first column of the "Folders" table of the page names."""
    section = docs.split("\n## Folders\n", 1)[1].split("\n## ", 1)[0]
    named = set()
    for line in section.split("\n"):
        if line.startswith("| `"):
            named.update(re.findall(r"`lib/([^`/]+)/`", line.split(" | ", 1)[0]))
    return named


def check_repository(source, checker, failures):
    code, out, err = run_check(checker, source)
    failures.expect(code == 0, f"this repository: exit {code}", out + err)
    printed = subprocess.run([sys.executable, str(checker), "--print", "--root", str(source)],
                             capture_output=True, text=True, check=False).stdout.strip()
    docs = (source / "docs" / "architecture.md").read_text(encoding="utf-8")
    blocks = printed.split("\n\n")
    failures.expect(len(blocks) == 2, "check-layers --print: not a table and a drawing", printed)
    for block in blocks:
        failures.expect(block and block in docs,
                        "docs/architecture.md does not show the layers as lib/CMakeLists.txt declares them; "
                        "paste the output of .ci/check-layers --print", block)
    folders = {p.name for p in (source / "lib").iterdir() if p.is_dir()}
    named = folder_table(docs)
    failures.expect(named == folders,
                    "the table of folders in docs/architecture.md does not name the folders of lib/: "
                    f"missing {sorted(folders - named)}, not in lib/ {sorted(named - folders)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--netadmin", required=True)
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    source = Path(args.source).resolve()
    checker = source / ".ci" / "check-layers"
    failures = Failures()
    check_repository(source, checker, failures)
    check_cases(checker, failures)
    built = check_build(source, failures)
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        return 1
    print("ok: the layers hold; the check rejects upward includes and cycles with file and line"
          + ("; the compiler refuses an upward include" if built else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
