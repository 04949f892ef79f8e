Who may read and write a ledger
===============================

Complaints are personal data: a new ledger is its owner's only, whatever the umask.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ umask 022
  $ redress init -q mine
  $ stat -c '%a %n' mine/.redress mine/.redress/ledger.db mine/.redress/policy.toml
  700 mine/.redress
  600 mine/.redress/ledger.db
  600 mine/.redress/policy.toml

A shared ledger is kept by the folder's group: the folder is set-group-ID so the files
SQLite creates next to the database (-wal, -shm) take its group, and the files are 0660 even
under a umask that would take the group's bits away.

  $ umask 077
  $ redress init -q --shared team
  $ stat -c '%a %n' team/.redress team/.redress/ledger.db team/.redress/policy.toml
  2770 team/.redress
  660 team/.redress/ledger.db
  660 team/.redress/policy.toml
  $ redress --ledger team -q file --customer Ana --channel email --category delivery --summary "Late" --at "2026-11-02 10:00"
  CMP-2026-00001
  $ umask 022
  $ redress --ledger team -q verify

A database that every user may write could be rewritten by anyone: every command refuses it,
naming the file and why, and changes nothing.

  $ chmod o+w team/.redress/ledger.db
  $ redress --ledger team list
  redress: error: refusing to open */team/.redress/ledger.db: every user may write it (mode 0662), so anyone could rewrite the complaint record; remove that permission with 'chmod o-w */team/.redress/ledger.db' (glob)
  [1]
  $ redress --ledger team verify
  redress: error: refusing to open */team/.redress/ledger.db: every user may write it (mode 0662), so anyone could rewrite the complaint record; remove that permission with 'chmod o-w */team/.redress/ledger.db' (glob)
  [1]
  $ redress --ledger team -q file --customer Ivo --channel email --category delivery --summary "Broken"
  redress: error: refusing to open */team/.redress/ledger.db: every user may write it (mode 0662), so anyone could rewrite the complaint record; remove that permission with 'chmod o-w */team/.redress/ledger.db' (glob)
  [1]
  $ chmod o-w team/.redress/ledger.db
  $ redress --ledger team list --format tsv | cut -f1,2
  reference\tstatus (esc)
  CMP-2026-00001\tnew (esc)

Readable by others is the owner's choice, and allowed.

  $ chmod o+r mine/.redress/ledger.db
  $ redress --ledger mine -q verify
