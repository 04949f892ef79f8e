#!/usr/bin/env bash
# A PostgreSQL server killed under load loses only the commands in flight (docs/postgresql.md):
# WRITERS processes file and acknowledge complaints while the server of their ledger is killed
# with SIGKILL (postmaster and backends, as a crash would) and started again. Commands that ran
# while it was down fail with exit 1 and a one-line error; afterwards every reference a `file`
# printed exists, the references are gapless, every event chains to the one before, and
# `redress verify` passes. The server is this test's own (tests/tools/pg-server), not the
# run's shared one, since it is killed.
# Usage: tests/stress/crash_postgresql.sh [N]   (redress on PATH; WRITERS=4, N=25)
set -euo pipefail
writers=${WRITERS:-4}
n=${1:-25}
tool=$(cd "$(dirname "$0")/../tools" && pwd)/pg-server
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  [ "${REDRESS_REQUIRE_POSTGRESQL:-0}" = 1 ] && { echo "FAIL: no PostgreSQL binaries" >&2; exit 1; }
  echo "skipped: no PostgreSQL binaries (scripts/install-deps installs them)"
  exit 77
fi
work=$(mktemp -d)
state=$work/server
trap 'bash "$tool" stop "$state"; rm -rf "$work"' EXIT
cd "$work"
export REDRESS_ACTOR=stress REDRESS_BUSY_TIMEOUT_MS=10000
unset FAKETIME REDRESS_LEDGER REDRESS_STORE LD_PRELOAD
bash "$tool" start "$state"
d=$(cat "$state")
url=$(printf 'postgresql:///postgres?host=%s/socket&port=%s&user=redress' "$d" "$(cat "$d/port")")
psql -X -q -v ON_ERROR_STOP=1 "$url" -c "CREATE DATABASE crash"
url=${url/\/postgres\?//crash?}
redress init -q --store "$url"
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$url" -c "$1"; }

writer() {
  local w=$1 i ref
  for ((i = 1; i <= n; i++)); do
    if ref=$(redress file -q --customer "Writer $w customer $i" --channel email --category delivery \
               --summary "writer $w, complaint $i" 2>>"errors.$w"); then
      echo "$ref" >>"filed.$w"
      redress -q ack "$ref" 2>>"errors.$w" || true
    fi
  done
}

pids=()
for ((w = 1; w <= writers; w++)); do
  writer "$w" &
  pids+=($!)
done
sleep 1.5
bash "$tool" kill "$state"
sleep 0.5
bash "$tool" restart "$state"
for pid in "${pids[@]}"; do
  wait "$pid"
done

status=0
filed=$(cat filed.* 2>/dev/null | sort -u | wc -l)
failed=$(cat errors.* | grep -c '^redress: error:' || true)
others=$(cat errors.* | grep -vc '^redress: error:' || true)
if [ "$others" -ne 0 ]; then
  echo "FAIL: $others lines of errors were not one-line redress errors:" >&2
  cat errors.* >&2
  status=1
fi
if [ "$failed" -eq 0 ]; then
  echo "FAIL: no command failed while the server was down: the kill came too late to test anything" >&2
  status=1
fi
# Every reference a successful `file` printed is there; a filing that failed may be there too
# (it committed before the connection was lost), but only whole.
for ref in $(cat filed.*); do
  [ "$(sql "SELECT count(*) FROM complaints WHERE reference = '$ref'")" = 1 ] ||
    { echo "FAIL: $ref was printed but is not in the ledger" >&2; status=1; }
done
summary=$(sql "SELECT count(*), count(DISTINCT reference), coalesce(max(seq), 0) FROM complaints")
count=${summary%%|*}
if [ "$summary" != "$count|$count|$count" ] || [ "$count" -lt "$filed" ]; then
  echo "FAIL: complaints (count|distinct|max seq) = $summary, with $filed printed references" >&2
  status=1
fi
chain=$(sql "SELECT count(*) = max(id), (SELECT count(*) FROM events AS e JOIN events AS p ON p.id = e.id - 1
  WHERE e.prev_hash <> p.hash), (SELECT last_id FROM chain_head) = max(id) FROM events")
if [ "$chain" != "t|0|t" ]; then
  echo "FAIL: events (ids gapless|unlinked|head is the newest) = $chain" >&2
  status=1
fi
if ! redress verify >verify.out 2>&1; then
  echo "FAIL: verify" >&2
  cat verify.out >&2
  status=1
fi
echo "crash on PostgreSQL: $writers writers x $n filings, server killed and restarted; $filed filed," \
     "$count in the ledger, $failed commands refused while it was down; references gapless;" \
     "verify $([ $status -eq 0 ] && echo passed || echo FAILED)"
exit $status
