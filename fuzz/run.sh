#!/usr/bin/env bash
# Builds the fuzz targets (cargo-fuzz, libFuzzer) and runs each for FUZZ_SECONDS (default 30),
# then prints the executions per target. Exits non-zero on any crash, failed invariant, memory
# blow-up, hang (10 s) or unit that takes over 1 s when timed again alone, and names the input.
#
#   fuzz/run.sh [TARGET...]          all targets when none is named
#   FUZZ_SECONDS=600 make fuzz       a long run
#   FUZZ_SECONDS_wire_decode=120     one target's own time (any target: FUZZ_SECONDS_<target>)
#   FUZZ_PARALLEL=2                  targets run two at a time (default 1)
#   FUZZ_WORKERS=2                   libFuzzer processes per target (default 1)
#
# Working corpora grow in fuzz/corpus/<target>/ (git-ignored); the seeds are tests/data/articles
# and fuzz/seeds/<target>/ (committed, read-only to the fuzzer). Crashes land in
# fuzz/artifacts/<target>/; see fuzz/README.md for turning one into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
unset NO_COLOR

ALL_TARGETS=(analyze analyze_news wire_decode wire_flip link)
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
FUZZ_PARALLEL=${FUZZ_PARALLEL:-1}
FUZZ_WORKERS=${FUZZ_WORKERS:-1}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")
say() { printf '[fuzz] %s\n' "$*"; }

command -v cargo-fuzz >/dev/null || { say "cargo-fuzz is missing: run scripts/setup.sh"; exit 1; }

# cargo-fuzz needs nightly rustc flags (-Zsanitizer-coverage and friends); RUSTC_BOOTSTRAP=1
# unlocks them on the stable toolchain, for this build only, as the size build does. No address
# sanitizer (`-s none`): the crate is safe Rust outside the wasm-only allocator, and the runs are
# two to three times faster without it. Debug assertions and overflow checks stay on.
started=$(date +%s)
say "building ${targets[*]}"
build_only=()
[ ${#targets[@]} -eq 1 ] && build_only=("${targets[0]}")
RUSTC_BOOTSTRAP=1 cargo fuzz build -s none "${build_only[@]}" || { say "cargo fuzz build failed"; exit 1; }
built=$(date +%s)
say "built in $((built - started)) s"
bin_dir=fuzz/target/x86_64-unknown-linux-gnu/release

# The seconds target $1 runs for: FUZZ_SECONDS_<target> if set, else FUZZ_SECONDS.
seconds_of() {
  local own="FUZZ_SECONDS_$1"
  echo "${!own:-$FUZZ_SECONDS}"
}

run_target() {
  local target=$1 root=$PWD
  local out=$root/fuzz/artifacts/$target
  mkdir -p "$root/fuzz/corpus/$target" "$out"
  local seeds=()
  case $target in
    analyze | analyze_news | wire_flip) seeds+=("$root/tests/data/articles") ;;
  esac
  [ -d "fuzz/seeds/$target" ] && seeds+=("$root/fuzz/seeds/$target")
  # A unit slower than 1 s is saved (slow-unit-*) and timed again alone after the run, so that
  # a unit starved by a loaded machine is not taken for a slow input; 10 s stops a real hang.
  rm -f "$out"/slow-unit-*
  local seconds
  seconds=$(seconds_of "$target")
  local options=(-max_total_time="$seconds" -max_len=4096 -timeout=10 -report_slow_units=1
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/")
  case $target in
    analyze | analyze_news) options+=(-dict="$root/fuzz/dict/analyze.dict") ;;
    link) options+=(-dict="$root/fuzz/dict/link.dict") ;;
  esac
  [ "$FUZZ_WORKERS" -gt 1 ] && options+=(-jobs="$FUZZ_WORKERS" -workers="$FUZZ_WORKERS")
  local rc=0
  # From its artifacts folder: with -jobs, libFuzzer writes each worker's fuzz-N.log there.
  (cd "$out" && "$root/$bin_dir/$target" "${options[@]}" "$root/fuzz/corpus/$target" "${seeds[@]}") \
    >"$out/last-run.log" 2>&1 || rc=$?
  # With -jobs, each worker's final stats are in its fuzz-N.log (the main log repeats some).
  local logs=("$out/last-run.log")
  [ "$FUZZ_WORKERS" -gt 1 ] && logs=("$out"/fuzz-*.log)
  local execs
  execs=$(awk '/stat::number_of_executed_units/ { n += $2 } END { print n + 0 }' "${logs[@]}")
  local slow=0
  [ "$rc" = 0 ] && slow=$(retime_slow_units "$target") || true
  [ "$rc" = 0 ] && [ "$slow" != 0 ] && rc=71
  printf '%s %s %s\n' "$target" "$execs" "$rc" >"$out/last-run.result"
}

# Times each unit the run saved as slow again, alone (best of three runs of the target binary on
# it), and prints how many still take over 1 s. Each is listed in slow-units.txt.
retime_slow_units() {
  local target=$1 out=fuzz/artifacts/$1 over=0 unit best seconds
  : >"$out/slow-units.txt"
  for unit in "$out"/slow-unit-*; do
    [ -e "$unit" ] || continue
    best=999
    for _ in 1 2 3; do
      seconds=$( { TIMEFORMAT=%R; time "$bin_dir/$target" "$unit" >/dev/null 2>&1; } 2>&1) || true
      best=$(awk -v a="$best" -v b="$seconds" 'BEGIN { print (b < a) ? b : a }')
    done
    printf '%s %s s alone\n' "$unit" "$best" >>"$out/slow-units.txt"
    awk -v s="$best" 'BEGIN { exit !(s > 1.0) }' && over=$((over + 1))
  done
  echo "$over"
}

say "running each target for $FUZZ_SECONDS s unless its own time is set (${FUZZ_PARALLEL} at a time, $FUZZ_WORKERS worker(s) each)"
running=0
for target in "${targets[@]}"; do
  [ -x "$bin_dir/$target" ] || { say "no such target: $target"; exit 1; }
  rm -f "fuzz/artifacts/$target/last-run.result" fuzz/artifacts/"$target"/fuzz-*.log
  run_target "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$FUZZ_PARALLEL" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

failed=0
total=0
printf '[fuzz] %-14s %14s %12s  %s\n' target executions 'per second' result
for target in "${targets[@]}"; do
  read -r _ execs rc <"fuzz/artifacts/$target/last-run.result"
  total=$((total + execs))
  result=ok
  if [ "$rc" != 0 ]; then
    failed=1
    case $rc in
      70) result="TIMEOUT (over 10 s)" ;;
      71) result="SLOW (a unit over 1 s when timed alone)" ;;
      *) result="FAILED (exit $rc)" ;;
    esac
  fi
  slow_units=$(grep -c . "fuzz/artifacts/$target/slow-units.txt" 2>/dev/null || true)
  [ "${slow_units:-0}" -gt 0 ] && result="$result; ${slow_units} unit(s) over 1 s under load, timed alone: $(awk '{ print $2 }' "fuzz/artifacts/$target/slow-units.txt" | sort -g | tail -1) s at most"
  printf '[fuzz] %-14s %14s %12s  %s\n' "$target" "$execs" "$((execs / $(seconds_of "$target")))" "$result"
  if [ "$rc" != 0 ]; then
    grep -E -A1 "panicked at" "fuzz/artifacts/$target/last-run.log" | head -2 | sed 's/^/[fuzz]     /'
    grep -E "ERROR: libFuzzer|Test unit written|^Base64" "fuzz/artifacts/$target/last-run.log" \
      | head -4 | sed 's/^/[fuzz]     /'
    say "    full log: fuzz/artifacts/$target/last-run.log; replay: $bin_dir/$target <input>"
  fi
done
say "total $total executions; wall time $(($(date +%s) - started)) s including the build"
exit "$failed"
