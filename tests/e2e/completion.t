Shell completions
=================

The completions are generated from the command tree at build time (tests/dist/check_docs.py
checks that they name every command and option). Here: what they offer, including names from
the ledger in the current folder, which they ask of `redress __complete`.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ completions="$REDRESS_BUILD/dist/generated/completions"
  $ redress init -q
  $ redress file -q --customer "Ivana Horvat" --channel email --category delivery --summary "Bicikl isporučen s oštećenim kotačem" --at "2026-11-16 09:00"
  CMP-2026-00001
  $ redress file -q --customer "山田太郎" --channel phone --category delivery --summary "配達が遅れた" --confidential
  CMP-2026-00002
  $ redress resolve 1 -q --outcome refund --amount 10 --at "2026-11-17 09:00"

`__complete` gives the policy's names, and the references a command can act on now, newest
first, each with its summary (made safe for a terminal, and hidden when confidential):

  $ redress __complete severities
  critical
  high
  normal
  low
  $ redress __complete references ack
  CMP-2026-00002\t(confidential) (esc)
  $ redress __complete references reopen
  CMP-2026-00001\tBicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  $ redress __complete references show | cut -f1
  CMP-2026-00002
  CMP-2026-00001
  $ cd / && redress __complete categories; echo "exit $?"
  exit 0

bash, with the words typed so far:

  $ cd "$OLDPWD"
  $ complete_bash() {
  >   bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _redress; printf "%s\n" "${COMPREPLY[@]}"' \
  >     _ "$completions/redress" "$@"
  > }
  $ complete_bash redress li
  list
  $ complete_bash redress list --cat
  --category
  $ complete_bash redress list --category ""
  billing
  delivery
  product
  service
  regulated
  $ complete_bash redress list --status new,ac
  new,acknowledged
  $ complete_bash redress --format j
  json
  $ complete_bash redress ack ""
  CMP-2026-00002
  $ complete_bash redress report s
  sla
  summary
  $ complete_bash redress report sla --fail
  --fail-on-breach
  $ complete_bash redress resolve 2 --outcome re
  refund
  replacement
  $ complete_bash redress help rep
  report
  $ complete_bash redress list --format csv --sor
  --sort

fish, asked the same way a user's Tab asks it:

  $ complete_fish() { HOME=$PWD fish --no-config -c "source '$completions/redress.fish'; complete -C '$1'"; }
  $ complete_fish "redress li"
  list\tList complaints, filtered and sorted (esc)
  $ complete_fish "redress list --category " | cut -f1
  billing
  delivery
  product
  regulated
  service
  $ complete_fish "redress reopen "
  CMP-2026-00001\tBicikl isporu\xc4\x8den s o\xc5\xa1te\xc4\x87enim kota\xc4\x8dem (esc)
  $ complete_fish "redress report sla --fail" | cut -f1
  --fail-on-breach

zsh reads its completion without a syntax error:

  $ zsh -n "$completions/_redress" && echo ok
  ok
