#pragma once
// Reports (redress/report.hpp) in every output format.
//
// For scripts (JSON, NDJSON, CSV, TSV) every column, keyed as documented in schemas/
// report-*.schema.json: counts and seconds as integers, percentages as numbers with one
// decimal, money as a decimal string with its currency, times RFC 3339 UTC in JSON and
// `YYYY-MM-DD HH:MM:SS` local in CSV/TSV (what spreadsheets parse), null (empty in CSV) for
// no value. For people (terminal table, Markdown, HTML) the columns meant for them, with
// durations as "24h 30m", local times, and `*` on a partial period.

#include <redress/render.hpp>
#include <redress/report.hpp>

#include <string>
#include <vector>

namespace redress {

/// Who the report is about, for its header.
struct ReportSource {
  std::string ledger_name;
  TimeZone zone;
  std::string generator; // "redress 0.1.0", named in the HTML page's footer
};

/// One report in `format`: table and Markdown a header (window, as-of, zone) and every
/// section; JSON one object (the window, the figures as members, one array per table); CSV,
/// TSV and NDJSON the primary table (or the figures as one row).
std::string render_report(const Report& report, const ReportSource& source, OutputFormat format,
                          const TerminalStyle& style);

/// Several reports (`report all`): table and Markdown one after another; JSON one object with
/// a member per report; NDJSON one line per report; HTML one page. Error{usage} for CSV and
/// TSV, which hold one table.
std::string render_reports(const std::vector<Report>& reports, const ReportSource& source,
                           OutputFormat format, const TerminalStyle& style);

/// The reports as one self-contained HTML page: inline CSS and SVG charts, no script and no
/// network (a Content-Security-Policy forbids both), every text escaped.
std::string render_report_html(const std::vector<Report>& reports, const ReportSource& source);

/// A report value as people read it: counts, "24h 30m", "75.0", "3.00", "35.50", local
/// times, "2026-11-16*" for a partial period; `null_text` for null.
std::string people_text(const Value& value, const TimeZone& zone, const std::string& null_text = "-");

} // namespace redress
