#!/usr/bin/env bash
# Fuzzes each target for FUZZ_SECONDS (default 60) seconds, starting from the committed
# corpus and every regression input, and fails on the first crash (kept under
# fuzz/artifacts/). `make fuzz-smoke` runs it, and `make test` runs that.
#
# cargo fuzz wants a nightly compiler for its sanitizer flags; RUSTC_BOOTSTRAP=1 lets the
# installed stable one accept them, so the fuzzers run wherever the project builds.
# FUZZ_RUNS=N runs each target N times instead (the long runs: FUZZ_RUNS=10000000).
set -euo pipefail
cd "$(dirname "$0")"

export RUSTC_BOOTSTRAP=1
FLAGS=(-O -a -s none --no-trace-compares)   # release with overflow checks; Rust needs no ASan
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=(analyze_bytes analyze_structured merge)
declare -A MAX_LEN=([analyze_bytes]=192 [analyze_structured]=512 [merge]=1024)

say() { printf '[fuzz] %s\n' "$*"; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  say "cargo-fuzz is not installed (scripts/setup.sh installs it): fuzzing SKIPPED"
  exit 0
fi

cargo fuzz build "${FLAGS[@]}"
for t in "${TARGETS[@]}"; do
  work=$(mktemp -d)                     # new inputs go here, not into the committed corpus
  mkdir -p "corpus/$t" "regressions/$t"
  if [ -n "${FUZZ_RUNS:-}" ]; then limit=(-runs="$FUZZ_RUNS"); else limit=(-max_total_time="$SECONDS_EACH"); fi
  say "$t: ${FUZZ_RUNS:-$SECONDS_EACH s} from $(ls "corpus/$t" | wc -l) corpus and $(ls "regressions/$t" | wc -l) regression inputs"
  set +e
  cargo fuzz run "${FLAGS[@]}" "$t" "$work" "corpus/$t" "regressions/$t" -- \
    "${limit[@]}" -max_len="${MAX_LEN[$t]}" -timeout=30 -print_final_stats=1 2>&1 \
    | grep -E '^(Done|stat::number_of_executed_units|==|thread)|panicked|SUMMARY|ERROR'
  status=${PIPESTATUS[0]}
  set -e
  rm -rf "$work"
  if [ "$status" != 0 ]; then
    say "$t: FAILED (exit $status); the input is under fuzz/artifacts/$t/"
    exit 1
  fi
done
say "every target ran without a crash"
