Evidence files: kept by content, covered by the chain, checked by verify
=======================================================================

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana COLUMNS=120
  $ redress init -q
  $ ledger() { sqlite3 .redress/ledger.db .dump | sha256sum; }
  $ printf '%%PDF-1.4\nračun 2291\n' >račun-2291.pdf
  $ printf '\211PNG\r\n\032\n' >izvod.png
  $ sha256sum račun-2291.pdf izvod.png | cut -c1-12
  a052979e9975
  4c4b6a3be131

Filing copies the file in; a plain label stays possible with --evidence-note. Billing requires
evidence, and a stored file counts.

  $ redress file -q --customer "Maryam Ahmadi" --channel web --category billing \
  >   --summary "Dvostruka naplata" --evidence račun-2291.pdf --evidence-note "izvod banke (papir)"
  CMP-2026-00001
  $ redress attach 1 izvod.png --note "fotografija izvoda"
  CMP-2026-00001: new, 1 evidence item added
  $ redress evidence 1 --format tsv | cut -f1-4,8
  number\tname\tsize\ttype\tevent (esc)
  \tizvod banke (papir)\t\tlabel\tfiled (esc)
  1\tračun-2291.pdf\t21\tapplication/pdf\tfiled (esc)
  2\tizvod.png\t8\timage/png\tattached (esc)
  $ redress evidence 1 --format json | $PYTHON -c 'import json,sys; print([i["sha256"][:12] for i in json.load(sys.stdin) if i["number"]])'
  ['a052979e9975', '4c4b6a3be131']
  $ redress show 1 --format json | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["evidence"])'
  ['izvod banke (papir)', 'račun-2291.pdf', 'izvod.png']

The store: one file per digest under .redress/evidence, owner-only.

  $ stat -c '%a %n' .redress/evidence .redress/evidence/a0/a052979e9975*
  700 .redress/evidence
  400 .redress/evidence/a0/a052979e9975* (glob)

Written out again, byte for byte, to a new owner-only file; an existing file is never replaced.

  $ redress evidence get 1 1 -o copy.pdf
  Wrote račun-2291.pdf (21 bytes, sha256 a052979e9975900fb94e10c3317fa3de63cb710b2ea185b73dde23000b2309ef) to copy.pdf
  $ cmp copy.pdf račun-2291.pdf && stat -c %a copy.pdf
  600
  $ redress evidence get 1 1 -o copy.pdf
  redress: error: 'copy.pdf' already exists; nothing was written; choose another name
  [4]
  $ redress evidence get 1 3 -o other.pdf
  redress: error: CMP-2026-00001 has no evidence file 3; its files are numbered 1 to 2
  [3]

What is refused files nothing: a missing file (3), a symbolic link, a pipe or a device (5), a
file over the policy's size limit (4).

  $ before=$(ledger)
  $ redress file -q --customer Ivo --channel web --category billing --summary x --evidence nema.pdf
  redress: error: no evidence file 'nema.pdf'; nothing was recorded
  [3]
  $ ln -s /etc/passwd lozinke.pdf && redress attach 1 lozinke.pdf
  redress: error: evidence 'lozinke.pdf' is a symbolic link; redress keeps only the file itself; give the path of the file it points to, if that is the evidence
  [5]
  $ mkfifo cijev && redress note 1 "x" --evidence cijev
  redress: error: evidence 'cijev' is a pipe; only regular files are kept
  [5]
  $ redress resolve 1 --outcome refund --evidence /dev/zero
  redress: error: evidence '/dev/zero' is a device; only regular files are kept
  [5]
  $ printf '\n[evidence]\nmax_size = "16B"\n' >>.redress/policy.toml
  $ redress attach 1 račun-2291.pdf
  redress: error: evidence file 'račun-2291.pdf' has 21 bytes, more than the 16 bytes the policy allows; raise [evidence] max_size in policy.toml, or keep a smaller copy
  [4]
  $ [ "$(ledger)" = "$before" ] && echo unchanged
  unchanged
  $ find .redress/evidence -type f | wc -l
  2

Verify checks every stored file against its digest: a changed byte fails it (7), and the file
is not written out.

  $ redress verify | tail -1
  evidence     ok: 2 stored files match their digests
Same size, other bytes: only the digest can tell.

  $ f=$(ls .redress/evidence/a0/*); chmod u+w "$f"; printf '%%PDF-1.4\nračun 9999\n' >"$f"
  $ redress verify >report.txt
  redress: error: evidence file a052979e9975 no longer holds the bytes it was stored with (it was changed or replaced) (named by event 1 (CMP-2026-00001, filed)); keep this copy for investigation and restore the last good backup
  [7]
  $ tail -1 report.txt
  evidence     FAILED
  $ redress evidence get 1 1 -o tampered.pdf
  redress: error: evidence file a052979e9975 no longer holds the bytes it was stored with (it was changed or replaced); run 'redress verify'; restore the file from a backup
  [7]
  $ ls tampered.pdf .redress-evidence-* 2>&1 | grep -c 'No such file'
  2

A file whose name holds an escape sequence or a bidi override is refused before anything is
stored: the name is listed raw in CSV, TSV and exports.

  $ printf 'x' > "$(printf 'bill\033[31m\342\200\256fdp.exe')"
  $ redress attach 1 bill*
  redress: error: the name of evidence file 'bill\x1b[31m\u202efdp.exe' contains a control character or a bidi override; rename the file
  [5]
