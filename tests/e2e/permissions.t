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

A folder or policy that every user may write is refused the same way: whoever can write in
the folder can swap the ledger's files, and whoever can write the policy can change its rules.

  $ chmod o+w mine/.redress
  $ redress --ledger mine list
  redress: error: refusing to open */mine/.redress: every user may write in it (mode 0702), so anyone could replace the ledger's files; remove that permission with 'chmod o-w */mine/.redress' (glob)
  [1]
  $ chmod o-w mine/.redress
  $ chmod o+w mine/.redress/policy.toml
  $ redress --ledger mine -q file --customer Ivo --channel email --category delivery --summary "Broken"
  redress: error: refusing to open */mine/.redress/policy.toml: every user may write it (mode 0602), so anyone could change the rules the ledger applies; remove that permission with 'chmod o-w */mine/.redress/policy.toml' (glob)
  [1]
  $ chmod o-w mine/.redress/policy.toml
  $ redress --ledger mine -q verify

`init` creates a ledger only in a folder that is the user's own: a `.redress` that others may
write in (its group too, unless --shared) could already hold planted files, such as a WAL that
SQLite would replay. It is refused, naming the folder and the fix, and nothing is written.

  $ mkdir -p open/.redress && chmod 777 open/.redress
  $ redress init -q open
  redress: error: refusing to create a ledger in */open/.redress: every user may write in it (mode 0777), so files could be planted in it; remove that permission with 'chmod go-w */open/.redress' (glob)
  [1]
  $ chmod 775 open/.redress
  $ redress init -q open
  redress: error: refusing to create a ledger in */open/.redress: its group may write in it (mode 0775), so files could be planted in it; remove that permission with 'chmod go-w */open/.redress' (glob)
  [1]
  $ ls -A open/.redress
  $ redress init -q --shared open
  $ stat -c '%a %n' open/.redress
  2770 open/.redress

A symlink planted where a ledger file goes is refused too, dangling or not: init never writes
through one (here it would have created the file the link names).

  $ mkdir -p trap/.redress && chmod 700 trap/.redress
  $ ln -s "$PWD/written-through-the-link" trap/.redress/policy.toml
  $ redress init -q trap
  redress: error: refusing to create */trap/.redress/policy.toml: it is a symbolic link (to */written-through-the-link), which could redirect the ledger's files; remove it with 'rm */trap/.redress/policy.toml' and run init again (glob)
  [1]
  $ ls written-through-the-link
  ls: cannot access 'written-through-the-link': No such file or directory
  [2]
  $ rm trap/.redress/policy.toml
  $ ln -s "$PWD/mine/.redress/ledger.db" trap/.redress/ledger.db-wal
  $ redress init -q trap
  redress: error: refusing to create */trap/.redress/ledger.db-wal: it is a symbolic link (to */mine/.redress/ledger.db), which could redirect the ledger's files; remove it with 'rm */trap/.redress/ledger.db-wal' and run init again (glob)
  [1]
  $ rm trap/.redress/ledger.db-wal
  $ redress init -q trap
  $ redress --ledger mine -q verify

Files that commands write
-------------------------

`export -o FILE` and `import --rejects FILE` write a new file beside FILE under a random name,
created exclusively and never through a symlink, and rename it into place when done. In a
shared folder another user cannot predict that name, so a symlink planted where the file
would go redirects nothing. (The names used to be `.FILE.redress-PID`: here `exec` makes the
shell's PID the command's, which an attacker could only guess, to plant the link exactly.)

  $ redress --ledger mine -q file --customer Ana --channel email --category delivery --summary "Late"
  CMP-2026-00001
  $ mkdir drop && chmod 1777 drop
  $ echo "precious" >victim.txt
  $ (cd drop && exec bash -c 'ln -s ../victim.txt .out.csv.redress-$$ && exec redress --ledger ../mine export -o out.csv')
  $ cat victim.txt
  precious
  $ stat -c '%a %F' drop/out.csv
  600 regular file
  $ cut -d, -f1,13 drop/out.csv
  reference,summary
  CMP-2026-00001,Late
  $ printf 'received_at,channel,customer_name,category,summary\r\n2026-11-02 10:00,email,Ana,delivery,Late\r\n2026-11-02 10:00,fax,Ivo,delivery,Lost\r\n' >in.csv
  $ (cd drop && exec bash -c 'ln -s ../victim.txt .rejects.csv.redress-$$ && exec redress --ledger ../mine -q import ../in.csv --skip-invalid --rejects rejects.csv')
  $ cat victim.txt
  precious
  $ tr -d '\r' <drop/rejects.csv
  received_at,channel,customer_name,category,summary,reason
  2026-11-02 10:00,fax,Ivo,delivery,Lost,"row 3, column 'channel': unknown channel 'fax'; expected one of: phone, email, web, letter, in-person, chat, social, representative"

The planted links are left alone, and no temporary file is left behind, also when the
command fails after creating one (here the target is a folder, so the final rename fails).

  $ mkdir drop/folder
  $ redress --ledger mine export -o drop/folder
  redress: error: cannot write drop/folder: Is a directory
  [1]
  $ ls -A drop | sort
  .out.csv.redress-* (glob)
  .rejects.csv.redress-* (glob)
  folder
  out.csv
  rejects.csv
