#!/usr/bin/env bash
# Several writers on one PostgreSQL ledger (docs/postgresql.md): WRITERS processes (8) each file,
# acknowledge and resolve N complaints, half of them connected through the server's Unix socket
# and half over TCP on 127.0.0.1 (two folders joined to one ledger), while a reader lists in a
# loop. Afterwards every command must have succeeded, the references must be unique and
# gapless, every complaint resolved, the event ids 1..3*WRITERS*N with each event chained to
# the one before, and `redress verify` must pass.
# Run by ctest through tests/tools/pg-server run (REDRESS_TEST_PG_URL, REDRESS_TEST_PG_TCP_URL).
# Usage: tests/stress/concurrency_postgresql.sh [N]   (redress on PATH; WRITERS=8, N=12)
set -euo pipefail
writers=${WRITERS:-8}
n=${1:-12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export REDRESS_ACTOR=stress
unset FAKETIME REDRESS_LEDGER REDRESS_BUSY_TIMEOUT_MS REDRESS_STORE LD_PRELOAD
db=stress_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
psql -X -q -v ON_ERROR_STOP=1 "${REDRESS_TEST_PG_URL:?}" -c "CREATE DATABASE $db"
socket_url=${REDRESS_TEST_PG_URL/\/postgres\?//$db?}
tcp_url=${REDRESS_TEST_PG_TCP_URL:?}
tcp_url=${tcp_url%/postgres}/$db
mkdir socket tcp
(cd socket && redress init -q --store "$socket_url")
(cd tcp && redress init -q --join "$tcp_url")
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$socket_url" -c "$1"; }

writer() {
  local w=$1 failed=0 ref i folder=socket
  [ $((w % 2)) -eq 0 ] && folder=tcp
  cd "$folder"
  for ((i = 1; i <= n; i++)); do
    if ! ref=$(redress file -q --customer "Writer $w customer $i" --channel email \
                 --category delivery --summary "writer $w, complaint $i" 2>>"../errors.$w"); then
      failed=$((failed + 1))
      continue
    fi
    redress -q ack "$ref" --note "writer $w" 2>>"../errors.$w" || failed=$((failed + 1))
    redress -q resolve "$ref" --outcome refund --amount "$w.$((i % 100))" 2>>"../errors.$w" ||
      failed=$((failed + 1))
  done
  echo "$failed" >"../failed.$w"
}

reader() {
  local reads=0 failed=0
  cd socket
  while [ ! -e ../writers.done ]; do
    redress list --format tsv >../list.out 2>>../errors.reader || failed=$((failed + 1))
    reads=$((reads + 1))
  done
  echo "$failed $reads" >../reader.result
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
summary=$(sql "SELECT count(*), count(DISTINCT reference), min(seq), max(seq),
  count(*) FILTER (WHERE status = 'resolved') FROM complaints")
if [ "$summary" != "$expected|$expected|1|$expected|$expected" ]; then
  echo "FAIL: complaints (count|distinct refs|min seq|max seq|resolved) = $summary, expected" \
       "$expected|$expected|1|$expected|$expected" >&2
  status=1
fi
# The references as a user sees them: exactly PREFIX-YEAR-00001 .. N, each once.
cut -f1 <(cd socket && redress list --format tsv) | tail -n +2 | sort >refs.seen
year=$(sql "SELECT DISTINCT year FROM complaints")
seq -f "CMP-$year-%05g" 1 "$expected" | sort >refs.expected
if ! cmp -s refs.seen refs.expected; then
  echo "FAIL: the references listed are not CMP-$year-00001..$expected" >&2
  status=1
fi
chain=$(sql "SELECT count(*), min(id), max(id),
  (SELECT count(*) FROM events AS e JOIN events AS p ON p.id = e.id - 1 WHERE e.prev_hash <> p.hash),
  (SELECT last_id FROM chain_head) FROM events")
if [ "$chain" != "$((3 * expected))|1|$((3 * expected))|0|$((3 * expected))" ]; then
  echo "FAIL: events (count|min id|max id|unlinked|chain head) = $chain, expected" \
       "$((3 * expected))|1|$((3 * expected))|0|$((3 * expected))" >&2
  status=1
fi
for folder in socket tcp; do
  if ! (cd "$folder" && redress verify) >verify.out 2>&1; then
    echo "FAIL: verify in $folder" >&2
    cat verify.out >&2
    status=1
  fi
done
echo "concurrency on PostgreSQL: $writers writers x $n complaints (socket and TCP; $((3 * expected)) writes)" \
     "and $reads reader rounds in ${elapsed_ms} ms; references 1..$expected gapless; chain linear;" \
     "verify $([ $status -eq 0 ] && echo passed || echo FAILED)"
exit $status
