#!/usr/bin/env bash
# Several processes at once (SPEC §9): WRITERS processes each file, acknowledge and resolve
# N complaints while a reader runs `list` and `show` in a loop. Afterwards every command must
# have succeeded (no "database is locked" reaching a user), the references must be unique
# and gapless, every complaint resolved, and `redress verify` must pass.
# Usage: tests/stress/concurrency.sh [N]   (redress on PATH; WRITERS=4, N=30 by default)
set -euo pipefail
writers=${WRITERS:-4}
n=${1:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export REDRESS_ACTOR=stress
unset FAKETIME REDRESS_LEDGER REDRESS_BUSY_TIMEOUT_MS
redress init -q

writer() {
  local w=$1 failed=0 ref i
  for ((i = 1; i <= n; i++)); do
    if ! ref=$(redress file -q --customer "Writer $w customer $i" --channel email \
                 --category delivery --summary "writer $w, complaint $i" 2>>"errors.$w"); then
      failed=$((failed + 1))
      continue
    fi
    redress -q ack "$ref" --note "writer $w" 2>>"errors.$w" || failed=$((failed + 1))
    redress -q resolve "$ref" --outcome refund --amount "$w.$((i % 100))" 2>>"errors.$w" ||
      failed=$((failed + 1))
  done
  echo "$failed" >"failed.$w"
}

reader() {
  local reads=0 failed=0 ref
  while [ ! -e writers.done ]; do
    redress list --format tsv >list.out 2>>errors.reader || failed=$((failed + 1))
    ref=$(sed -n 2p list.out | cut -f1)
    if [ -n "$ref" ]; then
      redress show "$ref" --format json >/dev/null 2>>errors.reader || failed=$((failed + 1))
    fi
    reads=$((reads + 1))
  done
  echo "$failed $reads" >reader.result
}

start=$(date +%s%N)
reader &
reader_pid=$!
pids=()
for ((w = 1; w <= writers; w++)); do
  writer "$w" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid"
done
touch writers.done
wait "$reader_pid"
elapsed_ms=$((($(date +%s%N) - start) / 1000000))

status=0
failed=$(cat failed.* | awk '{ s += $1 } END { print s }')
read -r reader_failed reads <reader.result
if [ "$failed" -ne 0 ] || [ "$reader_failed" -ne 0 ]; then
  echo "FAIL: $failed writer commands and $reader_failed reader commands failed:" >&2
  cat errors.* >&2
  status=1
fi
expected=$((writers * n))
summary=$(sqlite3 .redress/ledger.db "SELECT count(*), count(DISTINCT reference), min(seq), max(seq),
  sum(status = 'resolved') FROM complaints")
if [ "$summary" != "$expected|$expected|1|$expected|$expected" ]; then
  echo "FAIL: complaints (count|distinct refs|min seq|max seq|resolved) = $summary, expected" \
       "$expected|$expected|1|$expected|$expected" >&2
  status=1
fi
events=$(sqlite3 .redress/ledger.db "SELECT count(*) FROM events")
if [ "$events" -ne $((3 * expected)) ]; then
  echo "FAIL: $events events, expected $((3 * expected))" >&2
  status=1
fi
if ! redress verify >verify.out 2>&1; then
  echo "FAIL: verify" >&2
  cat verify.out >&2
  status=1
fi
echo "concurrency: $writers writers x $n complaints (file, ack, resolve: $((3 * expected)) writes)" \
     "and $reads reader rounds (list, show) in ${elapsed_ms} ms; references 1..$expected gapless;" \
     "verify $([ $status -eq 0 ] && echo passed || echo FAILED)"
exit $status
