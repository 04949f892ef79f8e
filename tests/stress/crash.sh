#!/usr/bin/env bash
# Crash safety (SPEC §9): SIGKILL `redress file` and `redress import` of a largish CSV in the
# middle of their write transactions, many times. After each kill `redress verify` must pass,
# the ledger must hold all or none of the killed command's work (complaints and events
# counted), and references must stay gapless.
#
# Where the kills land is not left to chance: the shim kill_in_write.c (LD_PRELOAD, built by
# the tests) counts the writes and syncs a command makes to the ledger's write-ahead log and
# kills it with SIGKILL at the Nth one, so each of those kills happens inside a write
# transaction; the test fails when too few of them did. A few more kills after a random delay
# cover the moments around the writes.
#
# Usage: tests/stress/crash.sh [FILE_KILLS] [IMPORT_KILLS] [RANDOM_KILLS] [ROWS]
#        (redress on PATH, CRASH_SHIM = the shim's .so)
set -euo pipefail
file_kills=${1:-16}
import_kills=${2:-6}
random_kills=${3:-8}
rows=${4:-2000}
shim=${CRASH_SHIM:?set CRASH_SHIM to the built kill_in_write shim (tests/CMakeLists.txt does)}
[ -f "$shim" ] || { echo "FAIL: no shim at $shim" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export REDRESS_ACTOR=crash
unset FAKETIME REDRESS_LEDGER REDRESS_BUSY_TIMEOUT_MS KILL_AT_WAL_OP KILL_LOG
redress init -q
RANDOM=${CRASH_SEED:-$$}

counts() { sqlite3 .redress/ledger.db "SELECT (SELECT count(*) FROM complaints), (SELECT count(*) FROM events)"; }
now_us() { echo $(($(date +%s%N) / 1000)); }
fail() { echo "FAIL: $*" >&2; exit 1; }
random_below() { echo $(((RANDOM * 32768 + RANDOM) % $1)); }

# References are gapless per year (1..n) and the allocator agrees with the complaints.
check_references() {
  local bad
  bad=$(sqlite3 .redress/ledger.db "
    SELECT (SELECT count(*) FROM (SELECT year FROM complaints GROUP BY year HAVING count(*) != max(seq)))
         + (SELECT count(*) FROM reference_sequences r
            WHERE r.last_seq != (SELECT count(*) FROM complaints c WHERE c.year = r.year))")
  [ "$bad" = 0 ] || fail "after killing $1: references have a gap or the sequence disagrees"
}

none=0 all=0
check() {
  local what=$1 before=$2 complaints_added=$3 events_added=$4
  redress verify >verify.out 2>&1 || { cat verify.out >&2; fail "verify after killing $what"; }
  local after
  after=$(counts)
  local c0=${before%|*} e0=${before#*|}
  if [ "$after" != "$c0|$e0" ] && [ "$after" != "$((c0 + complaints_added))|$((e0 + events_added))" ]; then
    fail "after killing $what: (complaints|events) $before became $after, not all or nothing"
  fi
  check_references "$what"
  if [ "$after" = "$c0|$e0" ]; then none=$((none + 1)); else all=$((all + 1)); fi
}

# How many WAL writes and syncs "$@" makes, run once to the end under the shim (counting only).
wal_ops_of() {
  rm -f count.log
  KILL_LOG=count.log LD_PRELOAD=$shim "$@" >/dev/null
  local ops
  ops=$(sed -n 's/^finished //p' count.log | tail -n 1)
  [ "${ops:-0}" -gt 0 ] || fail "the shim saw no write to the WAL of '$*': LD_PRELOAD interposition does not work"
  echo "$ops"
}

# Runs "$@" under the shim, killed at its Nth WAL operation; counts whether the kill landed.
landed=0 ran_out=0
kill_at_op() {
  local n=$1 status=0
  shift
  rm -f kill.log
  # In a subshell that outlives the command and whose stderr is dropped: that is where bash
  # reports "Killed".
  (KILL_AT_WAL_OP=$n KILL_LOG=kill.log LD_PRELOAD=$shim "$@"; exit $?) >/dev/null 2>&1 || status=$?
  if [ "$status" -eq 137 ] && grep -q "^killed " kill.log; then
    landed=$((landed + 1))
  elif [ "$status" -eq 0 ] && grep -q '^finished ' kill.log; then
    ran_out=$((ran_out + 1)) # this run made fewer than N operations: it finished
  else
    fail "'$*' with a kill at WAL operation $n ended with status $status: $(cat kill.log 2>/dev/null)"
  fi
}

# Kills "$@" after a random delay in [0, max_us) microseconds.
run_and_kill() {
  local max_us=$1
  shift
  "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$(printf '0.%06d' "$(random_below "$max_us")")"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Large details (stored twice, in the row and in the event) make a `file` write many WAL
# frames, so a kill can land between frames of one transaction and not only at its commit.
head -c 400000 /dev/zero | tr '\0' x >details.txt
file_cmd() {
  redress -q file --customer "Killed $1" --channel phone --category delivery --summary "kill $1" \
    --details-file details.txt
}
t0=$(now_us)
file_ops=$(wal_ops_of file_cmd counted)
file_us=$(($(now_us) - t0))

# `file`: at the first operation (nothing written yet: nothing may show), at the sync after
# the commit frame (the complaint is whole in the log, only not synced: it must survive), and
# at random operations between.
for ((k = 1; k <= file_kills; k++)); do
  case $k in
  1) n=1 ;;
  2) n=commit ;;
  *) n=$((1 + $(random_below "$file_ops"))) ;;
  esac
  before=$(counts)
  kill_at_op "$n" file_cmd "$k"
  check "file #$k at WAL operation $n of $file_ops" "$before" 1 1
done
file_landed=$landed file_none=$none file_all=$all
[ "$file_landed" -ge $((file_kills * 3 / 4)) ] ||
  fail "only $file_landed of $file_kills kills of 'file' landed inside a write transaction"
[ "$file_none" -gt 0 ] && [ "$file_all" -gt 0 ] ||
  fail "kills inside 'file' left nothing $file_none times and the whole complaint $file_all times; expected both"

# A CSV of `rows` complaints, imported once to the end (counted), then killed inside its writes.
{
  printf 'received_at,channel,customer_name,customer_email,category,summary,details,status,acknowledged_at,resolved_at,outcome,compensation_amount\r\n'
  for ((i = 1; i <= rows; i++)); do
    printf '2026-01-%02d 10:00,email,Customer %d,c%d@example.com,delivery,Summary %d,"Details, with a comma, of %d",resolved,2026-01-%02d 11:00,2026-01-%02d 12:00,refund,%d.50\r\n' \
      $((i % 28 + 1)) "$i" "$i" "$i" "$i" $((i % 28 + 1)) $((i % 28 + 1)) $((i % 90))
  done
} >big.csv
before=$(counts)
t0=$(now_us)
import_ops=$(wal_ops_of redress -q import big.csv)
import_us=$(($(now_us) - t0))
check "nothing (a complete import)" "$before" "$rows" "$rows"

landed=0 ran_out=0 none=0 all=0
for ((k = 1; k <= import_kills; k++)); do
  case $k in
  1) n=commit ;;
  *) n=$((1 + $(random_below "$import_ops"))) ;;
  esac
  before=$(counts)
  kill_at_op "$n" redress -q import big.csv
  check "import #$k at WAL operation $n of $import_ops" "$before" "$rows" "$rows"
done
import_landed=$landed import_none=$none import_all=$all
[ "$import_landed" -ge $((import_kills * 3 / 4)) ] ||
  fail "only $import_landed of $import_kills kills of 'import' landed inside a write transaction"
[ "$import_none" -gt 0 ] && [ "$import_all" -gt 0 ] ||
  fail "kills inside 'import' left nothing $import_none times and every row $import_all times; expected both"

# Kills after a random delay, anywhere in a `file` (opening, checking, writing, closing).
none=0 all=0
for ((k = 1; k <= random_kills; k++)); do
  before=$(counts)
  run_and_kill "$file_us" file_cmd "random $k"
  check "file (random kill #$k)" "$before" 1 1
done

echo "crash: verify passed and references stayed gapless after every kill;" \
     "file (~$((file_us / 1000)) ms, $file_ops WAL writes and syncs): $file_landed of $file_kills kills" \
     "landed inside its write transaction ($file_none left nothing, $file_all the whole complaint);" \
     "import of $rows rows (~$((import_us / 1000)) ms, $import_ops WAL operations): $import_landed of" \
     "$import_kills landed ($import_none left nothing, $import_all everything);" \
     "$random_kills more after a random delay ($none left nothing, $all had committed)"
