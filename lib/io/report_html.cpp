// Reports as one self-contained HTML page: inline CSS, SVG charts, no script, no network.
//
// Everything that comes from the ledger (names, products, root causes, the ledger's own name)
// goes through html_escape(); the page forbids scripts and every fetch with a
// Content-Security-Policy, so even a missed escape could not run code or call home. Tables
// scroll sideways on a phone; printing drops the navigation and keeps charts whole.

#include "io/report_values.hpp"
#include "util/text.hpp"

#include <fmt/format.h>


namespace redress {

std::string html_escape(std::string_view text) {
  const std::string safe = util::sanitize_for_terminal(text);
  std::string out;
  out.reserve(safe.size());
  for (const char ch : safe) {
    switch (ch) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += ch;
    }
  }
  return out;
}

namespace {

constexpr const char* k_style = R"css(
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d8dce3; --alert: #b42318;
  --alert-bg: #fdecea; --warn-bg: #fff6db; --accent: #0b5cab; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, "Segoe UI", "DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Vazirmatn",
    "Hiragino Sans", "Yu Gothic", "IPAGothic", "Noto Sans CJK JP", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; padding-top: .5rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
p { margin: .2rem 0; }
.meta { color: var(--muted); }
nav ul { list-style: none; padding: 0; margin: .75rem 0 0; display: flex; flex-wrap: wrap; gap: .4rem 1rem; }
nav a { color: var(--accent); }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: .5rem; margin: .75rem 0; }
.tiles div { border: 1px solid var(--line); border-radius: 6px; padding: .45rem .6rem; }
.tiles dt { color: var(--muted); font-size: .8rem; }
.tiles dd { margin: 0; font-size: 1.2rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; font-size: .85rem; min-width: 50%; }
th, td { padding: .25rem .5rem; border-bottom: 1px solid var(--line); text-align: start; white-space: nowrap; }
th { background: #f3f5f8; font-weight: 600; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
td.text { white-space: normal; max-width: 22rem; overflow-wrap: anywhere; }
tr.alert td { background: var(--alert-bg); }
tr.alert td:first-child { box-shadow: inset 3px 0 var(--alert); }
tr.warning td { background: var(--warn-bg); }
tfoot td { font-weight: 600; border-top: 2px solid var(--line); }
.none { color: var(--muted); font-style: italic; }
.note { color: var(--muted); font-size: .8rem; }
figure.chart { margin: 1rem 0; max-width: 40rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .25rem; }
svg text { font-size: 12px; fill: var(--ink); unicode-bidi: plaintext; }
svg text.scale { text-anchor: end; fill: var(--muted); }
svg text.label, svg text.none { text-anchor: middle; }
svg text.hlabel { text-anchor: end; }
svg text.value { text-anchor: start; fill: var(--muted); }
svg line.grid { stroke: var(--line); stroke-width: 1; }
rect.bar.partial { fill-opacity: .45; stroke-dasharray: 3 2; stroke-width: 1.5; }
.s0 { fill: #0072b2; stroke: #0072b2; background: #0072b2; } .s1 { fill: #e69f00; stroke: #e69f00; background: #e69f00; }
.s2 { fill: #009e73; stroke: #009e73; background: #009e73; } .s3 { fill: #cc79a7; stroke: #cc79a7; background: #cc79a7; }
.s4 { fill: #56b4e9; stroke: #56b4e9; background: #56b4e9; } .s5 { fill: #d55e00; stroke: #d55e00; background: #d55e00; }
.s6 { fill: #7f7f7f; stroke: #7f7f7f; background: #7f7f7f; } .s7 { fill: #b8a200; stroke: #b8a200; background: #b8a200; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; margin: .4rem 0 0; font-size: .8rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-inline-end: .3rem; vertical-align: -.1rem; }
footer { margin-top: 2.5rem; padding-top: .5rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .8rem; }
@media (max-width: 40rem) { body { padding: .6rem; font-size: 14px; } .tiles { grid-template-columns: repeat(2, 1fr); }
  svg text { font-size: 14px; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure.chart, .tiles div, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  td.text { max-width: none; }
}
@page { margin: 1.5cm; }
)css";

// `free_text`: a column of names or other free text, which may wrap (codes and times do not).
std::string cell_html(const Value& v, const Column& col, const TimeZone& zone, bool free_text, bool numeric) {
  const std::string text = people_text(v, zone, col.null_text);
  if (std::holds_alternative<std::monostate>(v)) {
    return std::string(numeric ? "<td class=\"none num\">" : "<td class=\"none\">") + html_escape(text) + "</td>";
  }
  if (is_numeric(v)) {
    return "<td class=\"num\">" + html_escape(text) + "</td>";
  }
  // Text may be in any script: its own direction, without reordering the row.
  if (std::holds_alternative<std::string>(v)) {
    return std::string(free_text ? "<td class=\"text\" dir=\"auto\">" : "<td dir=\"auto\">") + html_escape(text) +
           "</td>";
  }
  return "<td>" + html_escape(text) + "</td>";
}

std::string table_html(const ReportTable& t, const TimeZone& zone) {
  std::string out = "<h3>" + html_escape(t.title) + "</h3>";
  if (t.rows.empty()) {
    return out + "<p class=\"none\">(none)</p>";
  }
  const auto columns = people_columns(t);
  std::vector<bool> numeric(t.columns.size());
  for (const std::size_t c : columns) {
    numeric[c] = column_numeric(t, c);
  }
  out += "<div class=\"scroll\"><table><thead><tr>";
  for (const std::size_t c : columns) {
    out += fmt::format("<th scope=\"col\"{}>{}</th>", numeric[c] ? " class=\"num\"" : "",
                       html_escape(t.columns[c].label));
  }
  out += "</tr></thead><tbody>";
  const auto free_text = [&t](std::size_t c) { return c + t.free_text_columns >= t.columns.size(); };
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const Tone tone = r < t.tones.size() ? t.tones[r] : Tone::plain;
    out += tone == Tone::alert ? "<tr class=\"alert\">" : tone == Tone::warning ? "<tr class=\"warning\">" : "<tr>";
    for (const std::size_t c : columns) {
      out += cell_html(t.rows[r][c], t.columns[c], zone, free_text(c), numeric[c]);
    }
    out += "</tr>";
  }
  out += "</tbody>";
  if (t.totals) {
    out += "<tfoot><tr>";
    for (const std::size_t c : columns) {
      out += cell_html((*t.totals)[c], t.columns[c], zone, false, numeric[c]);
    }
    out += "</tr></tfoot>";
  }
  out += "</table></div>";
  if (has_partial(t)) {
    out += "<p class=\"note\">* partial: the period is not over, or the window cuts it; counts can change</p>";
  }
  return out;
}

std::string tiles_html(const Report& r, const TimeZone& zone) {
  std::string out;
  for (const Figure& f : r.figures) {
    if (f.for_people) {
      out += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", html_escape(f.label),
                         html_escape(people_text(f.value, zone, f.null_text)));
    }
  }
  return out.empty() ? out : "<dl class=\"tiles\">" + out + "</dl>";
}

std::string section_html(const Report& r, const ReportSource& source, bool several) {
  const std::string kind(to_string(r.kind));
  std::string out = fmt::format("<section class=\"report\" id=\"report-{}\">", kind);
  if (several) { // a single report's title is the page's
    out += "<h2>" + html_escape(r.title) + "</h2>";
  }
  out += "<p class=\"meta\">" + html_escape(window_text(r, source.zone)) + "</p>";
  for (const auto& line : parameter_lines(r, source.zone)) {
    out += "<p class=\"meta\">" + html_escape(line) + "</p>";
  }
  out += tiles_html(r, source.zone);
  for (const auto& chart : report_charts(r, source.zone)) {
    out += chart;
  }
  for (const ReportTable& t : r.tables) {
    out += table_html(t, source.zone);
  }
  return out + "</section>";
}

} // namespace

std::string render_report_html(const std::vector<Report>& reports, const ReportSource& source) {
  const bool several = reports.size() > 1;
  const std::string title = several || reports.empty() ? std::string("Complaints report") : reports.front().title;
  const std::string page_title = title + " — " + source.ledger_name;
  std::string out = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content=")" + html_escape(source.generator) + R"(">
<title>)" + html_escape(page_title) + "</title>\n<style>" + k_style + "</style>\n</head>\n<body>\n<header>";
  out += "<h1>" + html_escape(title) + ": <bdi>" + html_escape(source.ledger_name) + "</bdi></h1>";
  if (several) { // a single report's window line says it
    out += "<p class=\"meta\">as of " + html_escape(format_local_short(reports.front().window.as_of, source.zone)) +
           " (" + html_escape(source.zone.name()) + ")</p>";
  }
  if (several) {
    out += "<nav><ul>";
    for (const Report& r : reports) {
      out += fmt::format("<li><a href=\"#report-{}\">{}</a></li>", to_string(r.kind), html_escape(r.title));
    }
    out += "</ul></nav>";
  }
  out += "</header>\n<main>\n";
  for (const Report& r : reports) {
    out += section_html(r, source, several) + "\n";
  }
  out += "</main>\n<footer><p>Made by " + html_escape(source.generator) +
         ". Confidential complaints count in every figure; no customer details or complaint texts are shown, "
         "and confidential complaints' customers are not named.</p></footer>\n</body>\n</html>\n";
  return out;
}

} // namespace redress
