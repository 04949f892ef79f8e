#!/usr/bin/env bash
# Crash safety (SPEC §9): SIGKILL `redress file` and `redress import` of a largish CSV at
# random moments, many times. After each kill `redress verify` must pass and the ledger must
# hold all or none of the killed command's work (complaints and events counted).
# Usage: tests/stress/crash.sh [FILE_KILLS] [IMPORT_KILLS] [ROWS]   (redress on PATH)
set -euo pipefail
file_kills=${1:-25}
import_kills=${2:-10}
rows=${3:-3000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export REDRESS_ACTOR=crash
unset FAKETIME REDRESS_LEDGER REDRESS_BUSY_TIMEOUT_MS
redress init -q
RANDOM=${CRASH_SEED:-$$}

counts() { sqlite3 .redress/ledger.db "SELECT (SELECT count(*) FROM complaints), (SELECT count(*) FROM events)"; }
now_us() { echo $(($(date +%s%N) / 1000)); }
fail() { echo "FAIL: $*" >&2; exit 1; }

# Kills "$@" after a random delay in [0, max_us) microseconds; says whether it got there first.
killed=0 finished=0
run_and_kill() {
  local max_us=$1
  shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  local delay=$((RANDOM * 32768 + RANDOM))
  delay=$((delay % max_us))
  sleep "$(printf '0.%06d' "$delay")"
  if kill -KILL "$pid" 2>/dev/null; then
    killed=$((killed + 1))
  else
    finished=$((finished + 1))
  fi
  wait "$pid" 2>/dev/null || true
}

check() {
  local what=$1 before=$2 complaints_added=$3 events_added=$4
  redress verify >verify.out 2>&1 || { cat verify.out >&2; fail "verify after killing $what"; }
  local after
  after=$(counts)
  local c0=${before%|*} e0=${before#*|}
  if [ "$after" != "$c0|$e0" ] && [ "$after" != "$((c0 + complaints_added))|$((e0 + events_added))" ]; then
    fail "after killing $what: (complaints|events) $before became $after, not all or nothing"
  fi
  [ "$after" = "$c0|$e0" ] && none=$((none + 1)) || all=$((all + 1))
}

# Large details (stored twice, in the row and in the event) widen the window in which a kill
# lands inside the write. How long one `file` takes here (the median of 5) aims the kills.
head -c 400000 /dev/zero | tr '\0' x >details.txt
times=()
for i in 1 2 3 4 5; do
  t0=$(now_us)
  redress -q file --customer "Timing $i" --channel email --category delivery --summary "timing" \
    --details-file details.txt >/dev/null
  times+=($(($(now_us) - t0)))
done
file_us=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)

none=0 all=0
for ((k = 1; k <= file_kills; k++)); do
  before=$(counts)
  run_and_kill "$file_us" redress -q file --customer "Killed $k" --channel phone \
    --category delivery --summary "kill $k" --details-file details.txt
  check "file #$k" "$before" 1 1
done
file_none=$none file_all=$all

# A CSV of `rows` complaints; one import of it, timed, then killed at random moments.
{
  printf 'received_at,channel,customer_name,customer_email,category,summary,details,status,acknowledged_at,resolved_at,outcome,compensation_amount\r\n'
  for ((i = 1; i <= rows; i++)); do
    printf '2026-01-%02d 10:00,email,Customer %d,c%d@example.com,delivery,Summary %d,"Details, with a comma, of %d",resolved,2026-01-%02d 11:00,2026-01-%02d 12:00,refund,%d.50\r\n' \
      $((i % 28 + 1)) "$i" "$i" "$i" "$i" $((i % 28 + 1)) $((i % 28 + 1)) $((i % 90))
  done
} >big.csv
before=$(counts)
t0=$(now_us)
redress -q import big.csv
import_us=$(($(now_us) - t0))
check "nothing (a complete import)" "$before" "$rows" "$rows"

none=0 all=0
for ((k = 1; k <= import_kills; k++)); do
  before=$(counts)
  run_and_kill "$import_us" redress -q import big.csv
  check "import #$k" "$before" "$rows" "$rows"
done

echo "crash: $((file_kills + import_kills)) SIGKILLs survived, verify passed after each;" \
     "file (~$((file_us / 1000)) ms): $file_kills kills, $file_none left nothing, $file_all had committed;" \
     "import of $rows rows (~$((import_us / 1000)) ms): $import_kills kills, $none left nothing," \
     "$all had committed; $killed of $((file_kills + import_kills)) were still running when killed"
