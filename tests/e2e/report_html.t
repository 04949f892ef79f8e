The HTML report, rendered by a real browser
===========================================

`report all --format html -o FILE` writes every report as one self-contained page: inline
CSS and SVG charts drawn by redress, no script, no network (its Content-Security-Policy
forbids both), every text escaped. Headless Chromium (Debian's `chromium`) renders it here.

  $ export FAKETIME="2026-11-20 11:00:00" REDRESS_ACTOR=ana
  $ redress init -q
  $ sed -i 's/^name = .*/name = "Bicikli <b>\&amp; Co<\/b>"/' .redress/policy.toml
  $ f() { redress file -q --channel email --allow-incomplete "$@"; }

Complaints in Croatian, Japanese and Persian, and hostile ones: markup and script in a
customer's name, a product, a root cause and an assignee; a right-to-left override; a
confidential complaint whose customer must not appear.

  $ a=$(f --customer "Ivana Horvat" --category delivery --product "Gradski bicikl" --summary "Kotač" --at "2026-11-16 16:30")
  $ redress -q resolve $a --outcome refund --amount 25.50 --root-cause '<svg onload=alert(1)>' --at "2026-11-17 10:00"
  $ redress -q followup $a --score 4 --at "2026-11-18 10:00"
  $ b=$(f --customer "山田太郎" --category delivery --product "自転車" --summary "配達が遅れた" --at "2026-11-17 10:00")
  $ redress -q assign $b --to '</td><script>alert("x")</script>' --at "2026-11-17 11:00"
  $ c=$(f --customer "مریم احمدی" --category billing --product 'x"><img src=http://evil.example/t.png onerror=alert(1)>' --summary "دو بار برداشت شد" --at "2026-11-18 09:15")
  $ redress -q resolve $c --outcome apology --at "2026-11-18 10:15"
  $ d=$(f --customer '<script>alert(document.cookie)</script>' --email x@example.com --category product --product "$(printf 'abc\342\200\256dcba')" --summary "<b>bold</b>" --at "2026-11-19 09:00")
  $ e=$(f --customer '<script>alert(document.cookie)</script>' --email x@example.com --category product --product "Kaciga" --summary "again" --at "2026-11-19 09:30")
  $ s=$(f --customer "Secret Person" --email secret@example.com --category service --summary "Tajna" --confidential --at "2026-11-19 14:00")
  $ s2=$(f --customer "Secret Person" --email secret@example.com --category service --summary "Tajna 2" --confidential --at "2026-11-19 15:00")

  $ redress report all --since 2026-11-01 --by product --format html -o nightly.html
  $ stat -c %a nightly.html
  600
  $ ls -A | grep -c redress-
  0
  [1]

The raw file: no script element, no event handler attribute, no address to fetch, no
confidential customer; the hostile texts are there, escaped:

  $ grep -ci '<script' nightly.html
  0
  [1]
  $ grep -c '<img\|<svg onload' nightly.html
  0
  [1]
  $ grep -c 'onerror=alert(1)&gt;' nightly.html
  1
  $ grep -o '&lt;script&gt;alert(document.cookie)&lt;/script&gt;' nightly.html | head -1
  &lt;script&gt;alert(document.cookie)&lt;/script&gt;
  $ grep -c 'Secret Person' nightly.html
  0
  [1]
  $ grep -o 'http[s]*://[^ "<]*' nightly.html | sort -u
  http://evil.example/t.png
  $ grep -o 'abc\\u202edcba' nightly.html | head -1
  abc\u202edcba

(The one address is the hostile product's text, escaped: nothing loads it.)

Headless Chromium renders the page; its DOM has the page's own title, the five charts (SLA
compliance over time, aging, trends, outcomes, satisfaction) with their bars, no script, no
image, and the console stayed silent (no CSP violation, no failed load):

  $ chrome() { env -u LD_PRELOAD -u FAKETIME chromium --headless --no-sandbox --disable-gpu \
  >   --disable-background-networking --disable-component-update --disable-sync --no-first-run \
  >   --hide-scrollbars --user-data-dir="$(mktemp -d)" --enable-logging=stderr --v=0 "$@"; }
  $ chrome --dump-dom "file://$PWD/nightly.html" > dom.html 2> console.log
  $ grep -c ':CONSOLE' console.log
  0
  [1]
  $ $PYTHON - dom.html <<'PY'
  > import collections, html.parser, sys
  > class Count(html.parser.HTMLParser):
  >     def __init__(self):
  >         super().__init__(); self.tags = collections.Counter(); self.title = ""; self.in_title = False
  >         self.charts = []; self.bars = collections.Counter(); self.chart = None; self.handlers = 0
  >     def handle_starttag(self, tag, attrs):
  >         a = dict(attrs); self.tags[tag] += 1; self.in_title = tag == "title" and not self.tags["svg"]
  >         self.handlers += sum(1 for k, _ in attrs if k.startswith("on"))
  >         if tag == "figure" and "chart" in a.get("class", ""): self.chart = a["id"]; self.charts.append(a["id"])
  >         if tag == "rect" and "bar" in a.get("class", "").split(): self.bars[self.chart] += 1
  >     def handle_data(self, data):
  >         if self.in_title: self.title += data
  >     def handle_endtag(self, tag): self.in_title = False
  > p = Count(); p.feed(open(sys.argv[1], encoding="utf-8").read())
  > print("title:", p.title)
  > print("charts:", " ".join(f"{c}={p.bars[c]}" for c in p.charts))
  > print("svg", p.tags["svg"], "section", p.tags["section"], "table", p.tags["table"])
  > print("script", p.tags["script"], "img", p.tags["img"], "iframe", p.tags["iframe"], "on* attributes", p.handlers)
  > PY
  title: Complaints report \xe2\x80\x94 Bicikli <b>&amp; Co</b> (esc)
  charts: chart-sla-compliance=1 chart-aging=3 chart-trends=6 chart-outcomes=2 chart-satisfaction=1
  svg 5 section 5 table 12
  script 0 img 0 iframe 0 on* attributes 0

The title is the ledger's name as text (its markup shown, not applied). Bars: compliance in
the one week of receipt with complaints (16 November); aging: new ones under a day old (the
confidential two) and 1-3 days (the two from 19 November 09:00), the assigned one 3-7 days;
trends: the six products of the week of 16 November (none for the confidential two);
outcomes: refund and apology; satisfaction: the one score.

Screenshots at a phone's width and a desktop's: the page lays out at both (tables scroll
sideways on the phone rather than squeezing the page):

  $ chrome --window-size=390,844 --screenshot=phone.png "file://$PWD/nightly.html" 2>/dev/null
  $ chrome --window-size=1280,2400 --screenshot=desktop.png "file://$PWD/nightly.html" 2>/dev/null
  $ $PYTHON -c 'import struct,sys
  > for f in sys.argv[1:]:
  >     b = open(f, "rb").read(); print(f, b[:8] == b"\x89PNG\r\n\x1a\n", struct.unpack(">II", b[16:24]), len(b) > 20000)' phone.png desktop.png
  phone.png True (390, 844) True
  desktop.png True (1280, 2400) True

One report alone, its format taken from the file's extension; and on stdout:

  $ redress report sla --since 2026-11-01 -o sla.htm && grep -o '<title>[^<]*' sla.htm | head -1
  <title>SLA report \xe2\x80\x94 Bicikli &lt;b&gt;&amp;amp; Co&lt;/b&gt; (esc)
  $ redress report trends --format html | grep -c 'id="chart-trends"'
  1

Only reports are pages:

  $ redress --format html list
  redress: error: --format html is for reports only; use table, csv, tsv, json, ndjson or markdown, or 'redress report all --format html'
  [2]
  $ redress --format html init elsewhere
  redress: error: --format html is for reports only; use table, csv, tsv, json, ndjson or markdown, or 'redress report all --format html'
  [2]
  $ redress report all --format csv
  redress: error: report all holds several tables, which one CSV or TSV file cannot; use --format html, json, ndjson, markdown or table, or one report at a time
  [2]

A report that cannot be written leaves nothing behind, and an existing file is replaced only
by a complete report:

  $ redress report all -o /no/such/folder/nightly.html
  redress: error: cannot write /no/such/folder/nightly.html: no folder /no/such/folder
  [3]
  $ cp nightly.html before.html
  $ redress report all --as-of "2026-12-01 09:00" -o nightly.html
  redress: error: --as-of 2026-12-01 09:00:00 is in the future; a report can only say what the ledger knows now
  [5]
  $ cmp nightly.html before.html && ls -A | grep -c redress-
  0
  [1]
