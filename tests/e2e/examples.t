Every example policy loads and can file a complaint
===================================================

  $ export REDRESS_NOW=2026-11-20T11:00:00Z REDRESS_ACTOR=ana
  $ for policy in "$REDRESS_SOURCE"/examples/policies/*.toml; do
  >   name=$(basename "$policy" .toml)
  >   redress policy check -q "$policy" || echo "$name: invalid"
  >   redress init -q "$name" --policy "$policy" || echo "$name: init failed"
  >   category=$(sed -n 's/^\[category\.\([a-z-]*\)\]$/\1/p' "$policy" | head -1)
  >   channel=$(sed -n 's/^channels = \["\([a-z-]*\)".*/\1/p' "$policy")
  >   ref=$(redress --ledger "$name" file -q --customer "Test" --channel "$channel" --category "$category" \
  >     --summary "example" --allow-incomplete) || echo "$name: file failed"
  >   echo "$name: $ref"
  > done
  acme-bikes: ACME-2026-00001
