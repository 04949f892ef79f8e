Every step from every status
============================

Each cell files a fresh complaint, brings it to the row's status, tries the column's step
and prints `ok` or the exit code. A refused step (4) must leave the database byte for byte as
it was: the cell prints `CHANGED` if it did not.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ reach() {  # reach STATUS -> prints the reference of a fresh complaint in that status
  >   local ref; ref=$(redress file -q --customer "Ana" --channel email --category delivery --summary s --at "2026-11-16 10:00")
  >   case $1 in
  >     acknowledged) redress -q ack "$ref" ;;
  >     investigating) redress -q assign "$ref" --to marko ;;
  >     waiting) redress -q assign "$ref" --to marko && redress -q wait "$ref" ;;
  >     resolved) redress -q resolve "$ref" --outcome apology ;;
  >     closed) redress -q resolve "$ref" --outcome apology && redress -q close "$ref" ;;
  >     rejected) redress -q reject "$ref" --reason "not a complaint" ;;
  >     withdrawn) redress -q withdraw "$ref" ;;
  >   esac
  >   echo "$ref"
  > }
  $ try() {  # try REF STEP ARGS... -> ok, or the exit code (and CHANGED if a refusal wrote)
  >   local ref=$1 step=$2; shift 2
  >   local before; before=$(sqlite3 .redress/ledger.db .dump | md5sum)
  >   local rc=0; redress -q "$step" "$ref" "$@" 2>/dev/null || rc=$?
  >   if [ "$rc" -eq 0 ]; then printf ok; return; fi
  >   printf '%s' "$rc"
  >   [ "$(sqlite3 .redress/ledger.db .dump | md5sum)" = "$before" ] || printf ' CHANGED'
  > }
  $ steps=(ack "assign --to eva" "note text" wait resume escalate "change --severity high" \
  >   "resolve --outcome refund" "reject --reason r" withdraw "reopen --reason r" "followup --score 5" close)
  $ printf '%-14s' status; for s in "${steps[@]}"; do printf '%-9s' "${s%% *}"; done; echo
  status        ack      assign   note     wait     resume   escalate change   resolve  reject   withdraw reopen   followup close    
  $ for status in new acknowledged investigating waiting resolved closed rejected withdrawn; do
  >   printf '%-14s' "$status"
  >   for s in "${steps[@]}"; do ref=$(reach "$status"); printf '%-9s' "$(try "$ref" $s)"; done; echo
  > done
  new           ok       ok       ok       4        4        ok       ok       ok       ok       ok       4        4        4        
  acknowledged  4        ok       ok       ok       4        ok       ok       ok       ok       ok       4        4        4        
  investigating ok       ok       ok       ok       4        ok       ok       ok       ok       ok       4        4        4        
  waiting       ok       ok       ok       4        ok       ok       ok       ok       ok       ok       4        4        4        
  resolved      4        4        ok       4        4        4        4        4        4        4        ok       ok       ok       
  closed        4        4        ok       4        4        4        4        4        4        4        ok       ok       4        
  rejected      4        4        ok       4        4        4        4        4        4        4        ok       4        4        
  withdrawn     4        4        ok       4        4        4        4        4        4        4        4        4        4        
