#!/usr/bin/env bash
# Fuzz one target for a while:  tests/fuzz/run.sh TARGET SECONDS [BUILD_DIR]
#   e.g. tests/fuzz/run.sh fuzz_registry_file 600     (ten minutes)
# Builds the fuzzers with clang-14 in BUILD_DIR (default build-fuzz) when
# needed, starts from the seed corpus in tests/fuzz/corpus/TARGET and keeps
# new inputs in BUILD_DIR/corpus/TARGET (the seeds are not modified).
# Crashes are written to BUILD_DIR/findings/TARGET/; exit status non-zero
# when libFuzzer found one. Set FUZZ_JOBS=N to run N workers in parallel.
set -euo pipefail
if (($# < 2)); then
  echo "usage: $0 TARGET SECONDS [BUILD_DIR]" >&2
  exit 2
fi
target=$1
seconds=$2
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${3:-$source_dir/build-fuzz}

if [[ ! -f $build/build.ninja ]]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$source_dir" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNETADMIN_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" --target "$target"

seeds=$source_dir/tests/fuzz/corpus/$target
work=$build/corpus/$target
findings=$build/findings/$target
mkdir -p "$work" "$findings"
dict=()
[[ -f $source_dir/tests/fuzz/$target.dict ]] && dict=(-dict="$source_dir/tests/fuzz/$target.dict")

jobs=()
[[ -n ${FUZZ_JOBS:-} ]] && jobs=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")

# Leaks are findings too; a single input may take at most 10 s and 2 GB.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$build/tests/fuzz/$target" "$work" "$seeds" "${dict[@]}" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  "${jobs[@]}" \
  -artifact_prefix="$findings/" -print_final_stats=1
