#!/usr/bin/env bash
# Runs the ami-core and ami-testkit test suites several times in a row while other processes keep
# every core busy, and prints the failed tests of each run. A suite on virtual time must not care
# how slow the machine is: the expected figure is 0 failures in every run.
#
#   tools/stress-tests.sh            # 10 runs, one busy process per core
#   RUNS=3 LOAD=4 tools/stress-tests.sh
#
# Extra Maven arguments go through MVN_ARGS (e.g. MVN_ARGS=-o for offline).
set -u
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
LOAD=${LOAD:-$(nproc)}
MVN_ARGS=${MVN_ARGS:-}
LOG_DIR=${LOG_DIR:-target/stress}
mkdir -p "$LOG_DIR"

load_pids=()
stop_load() {
  for pid in "${load_pids[@]}"; do
    kill "$pid" 2>/dev/null
  done
}
trap stop_load EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 "$LOAD"); do
  ( while :; do :; done ) &
  load_pids+=("$!")
done
echo "load: ${#load_pids[@]} busy process(es) on $(nproc) core(s); $RUNS run(s)"

# Compile once, so that every run measures the tests, not the compiler.
mvn -B -q $MVN_ARGS -pl ami-core,ami-testkit test-compile > "$LOG_DIR/compile.log" 2>&1 || {
  echo "compilation failed: see $LOG_DIR/compile.log"; exit 2; }

total=0
for run in $(seq 1 "$RUNS"); do
  log="$LOG_DIR/run-$run.log"
  start=$(date +%s)
  # The test phase (not surefire:test alone) so that ami-testkit sees ami-core's classes in the
  # reactor without an install; the compiler finds nothing to do after the first run.
  # A failed ami-core test must not hide ami-testkit's run: failures are counted from the log.
  mvn -B $MVN_ARGS -pl ami-core,ami-testkit test -Dsurefire.timeout=600 -Dmaven.test.failure.ignore=true \
    > "$log" 2>&1
  status=$?
  failed=$(grep -hE '<<< (FAILURE|ERROR)!' "$log" | grep -vE '^\[ERROR\] Tests run:' | sed -E 's/^\[ERROR\] //; s/ -- Time.*//' | sort -u)
  count=$(printf '%s' "$failed" | grep -c . || true)
  tests=$(grep -hE '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$log" \
    | sed -E 's/.*Tests run: ([0-9]+).*/\1/' | paste -sd+ - | bc 2>/dev/null)
  if [ "$status" -ne 0 ] && [ "$count" -eq 0 ]; then
    count=1
    failed="the build failed without a failed test (timeout or crash): see $log"
  fi
  total=$((total + count))
  echo "run $run: ${tests:-?} tests, $count failed, $(( $(date +%s) - start )) s"
  [ -n "$failed" ] && printf '%s\n' "$failed" | sed 's/^/  /'
done
echo "total: $total failed test(s) in $RUNS loaded run(s)"
[ "$total" -eq 0 ]
